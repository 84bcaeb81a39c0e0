"""Page MACs: new profiles use HMAC-SHA256; profiles made with SHA-512 before still open."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import Engine, text

from desktop.models.engine import close_engine, open_engine
from desktop.models.errors import DatabaseCorrupt, WrongDatabaseKey

SECRET = "Devoirs de mathématiques avec Amélie"


def _raw(path: Path, key: bytes, hmac: str | None = None) -> sqlcipher3.Connection:
    """A connection outside the engine, at SQLCipher 4's defaults unless `hmac` is given."""
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    conn.execute("PRAGMA key = \"x'" + key.hex() + "'\"").fetchall()
    if hmac is not None:
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}").fetchall()
    return conn


def _legacy_database(path: Path, key: bytes) -> None:
    """A profile as made before the change: SQLCipher 4 defaults (HMAC-SHA512), WAL."""
    conn = _raw(path, key)
    conn.execute("PRAGMA journal_mode = WAL").fetchall()
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES (?)", (SECRET,))
    conn.commit()
    conn.close()


def _hmac_of(engine: Engine) -> str:
    with engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA cipher_hmac_algorithm").scalar()


def test_new_database_is_authenticated_with_sha256(engine: Engine, db_path: Path, key: bytes):
    assert _hmac_of(engine) == "HMAC_SHA256"
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (body TEXT)"))
        conn.execute(text("INSERT INTO notes VALUES (:b)"), {"b": SECRET})
    close_engine(engine)
    assert SECRET.encode() not in db_path.read_bytes()
    # The file really is in the SHA-256 format: SQLCipher's defaults cannot read it.
    default = _raw(db_path, key)
    with pytest.raises(sqlcipher3.DatabaseError):
        default.execute("SELECT count(*) FROM sqlite_master").fetchall()
    default.close()
    sha256 = _raw(db_path, key, "HMAC_SHA256")
    assert sha256.execute("SELECT body FROM notes").fetchall() == [(SECRET,)]
    sha256.close()


def test_legacy_sha512_database_opens_and_stays_readable(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "legacy.db"
    _legacy_database(path, key)
    engine = open_engine(path, key)
    assert _hmac_of(engine) == "HMAC_SHA512"
    # Two connections at once: the second one is made with the algorithm the first found.
    with engine.connect() as first, engine.begin() as second:
        assert first.execute(text("SELECT body FROM notes")).scalar() == SECRET
        second.execute(text("INSERT INTO notes (body) VALUES ('encore')"))
        assert second.exec_driver_sql("PRAGMA cipher_hmac_algorithm").scalar() == "HMAC_SHA512"
    close_engine(engine)
    again = _raw(path, key)  # still SQLCipher 4's default format: nothing was converted
    assert [b for (b,) in again.execute("SELECT body FROM notes ORDER BY id")] == [
        SECRET,
        "encore",
    ]
    again.close()


def test_wrong_key_on_legacy_database_is_refused_untouched(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "legacy.db"
    _legacy_database(path, key)
    before = path.read_bytes()
    with pytest.raises(WrongDatabaseKey):
        open_engine(path, os.urandom(32))
    assert path.read_bytes() == before
    close_engine(open_engine(path, key))  # the right key still opens it


def test_tampered_page_is_detected(engine: Engine, db_path: Path, key: bytes) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (body TEXT)"))
        conn.execute(text("INSERT INTO notes VALUES (:b)"), {"b": SECRET * 20})
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
        root = conn.scalar(text("SELECT rootpage FROM sqlite_master WHERE name = 'notes'"))
    close_engine(engine)
    raw = bytearray(db_path.read_bytes())
    assert root > 1 and len(raw) >= root * 4096
    raw[(root - 1) * 4096 + 100] ^= 0x01  # one bit inside the notes table's encrypted page
    db_path.write_bytes(bytes(raw))
    again = open_engine(db_path, key)  # page 1 is intact, so the key is accepted
    try:
        with pytest.raises(DatabaseCorrupt), again.connect() as conn:
            conn.execute(text("SELECT body FROM notes")).all()
    finally:
        close_engine(again)
