"""The SQLCipher engine: encrypted on disk, wrong keys and damaged files refused untouched."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.models.engine import close_engine, open_engine
from desktop.models.errors import (
    DatabaseClosed,
    DatabaseCorrupt,
    DatabaseFull,
    DatabaseMissing,
    DatabaseReadOnly,
    StoreError,
    WrongDatabaseKey,
)
from desktop.models.tables import Message, Pair

SECRET = "Rencontre à la bibliothèque jeudi"


def _add_pair(engine: Engine, pair_id: str = "p1") -> None:
    with Session(engine) as session, session.begin():
        session.add(Pair(id=pair_id, program_id="prog", mentor_id="m", mentee_id="e"))


def _add_message(engine: Engine, n: int, body: str = SECRET, pair_id: str = "p1") -> None:
    with Session(engine) as session, session.begin():
        session.add(
            Message(id=f"m{n}", pair_id=pair_id, author_id="m", body=body, hlc=f"{n:013d}-00000-a")
        )


def test_pragmas_and_encryption(engine: Engine, db_path: Path, key: bytes) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
    _add_pair(engine)
    _add_message(engine, 1)
    close_engine(engine)
    raw = db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert SECRET.encode() not in raw and b"biblioth" not in raw
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    again = open_engine(db_path, key)
    with Session(again) as session:
        assert session.get(Message, "m1").body == SECRET
    close_engine(again)


def test_wrong_key_is_refused_and_file_untouched(engine: Engine, db_path: Path) -> None:
    _add_pair(engine)
    close_engine(engine)
    before = db_path.read_bytes()
    with pytest.raises(WrongDatabaseKey) as caught:
        open_engine(db_path, os.urandom(32))
    assert caught.value.code == "wrong_key"
    assert db_path.read_bytes() == before
    with pytest.raises(ValueError):
        open_engine(db_path, b"short")


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2 + 100],  # truncated mid-page
        lambda raw: b"",  # emptied
        lambda raw: os.urandom(5000),  # not a database at all
        lambda raw: b"SQLite format 3\x00" + raw[16:],  # a plaintext header on cipher pages
    ],
    ids=["truncated", "empty", "garbage", "header"],
)
def test_damaged_file_is_refused_and_untouched(
    engine: Engine, db_path: Path, key: bytes, damage
) -> None:
    _add_pair(engine)
    close_engine(engine)
    damaged = damage(db_path.read_bytes())
    db_path.write_bytes(damaged)
    with pytest.raises((DatabaseCorrupt, WrongDatabaseKey)) as caught:
        open_engine(db_path, key)
    assert isinstance(caught.value, StoreError)
    assert db_path.read_bytes() == damaged
    assert not db_path.with_name("jumelage.db-wal").exists()


def test_missing_file_is_not_created(tmp_path: Path, key: bytes) -> None:
    with pytest.raises(DatabaseMissing):
        open_engine(tmp_path / "none.db", key)
    assert not (tmp_path / "none.db").exists()


def test_lock_closes_every_connection(engine: Engine) -> None:
    _add_pair(engine)
    held = Session(engine)
    assert held.get(Pair, "p1") is not None  # a connection is checked out by this session
    close_engine(engine)
    with pytest.raises(DatabaseClosed):
        held.execute(text("SELECT count(*) FROM pairs"))
    held.close()
    with pytest.raises(DatabaseClosed) as caught:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    assert caught.value.code == "profile_locked"


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    with pytest.raises(IntegrityError):
        _add_message(engine, 1, pair_id="nowhere")


def test_full_disk_at_write_time_keeps_earlier_data(engine: Engine) -> None:
    _add_pair(engine)
    _add_message(engine, 1)
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    # SQLite's own page limit gives the same SQLITE_FULL a full disk gives.
    with pytest.raises(DatabaseFull) as caught:
        with Session(engine) as session, session.begin():
            session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages}")
            for n in range(2, 400):
                session.add(
                    Message(id=f"m{n}", pair_id="p1", author_id="m", body="x" * 2000, hlc=f"{n}")
                )
    assert caught.value.code == "storage_full"
    with Session(engine) as session:
        assert session.query(Message).count() == 1


def test_read_only_database_is_said_plainly(engine: Engine) -> None:
    _add_pair(engine)
    with pytest.raises(DatabaseReadOnly) as caught:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA query_only = ON")
            try:
                conn.exec_driver_sql("DELETE FROM pairs")
            finally:
                conn.exec_driver_sql("PRAGMA query_only = OFF")
    assert caught.value.code == "storage_read_only"


def test_reader_thread_sees_committed_rows_while_writer_holds_a_transaction(
    engine: Engine,
) -> None:
    _add_pair(engine)
    seen: list[int] = []
    with Session(engine) as writer, writer.begin():
        writer.add(Pair(id="p2", program_id="prog", mentor_id="m", mentee_id="e"))
        writer.flush()

        def read() -> None:
            with Session(engine) as reader:
                seen.append(reader.query(Pair).count())

        thread = threading.Thread(target=read)
        thread.start()
        thread.join()
    assert seen == [1]  # WAL: the reader is not blocked and sees only committed rows
    with Session(engine) as session:
        assert session.query(Pair).count() == 2
