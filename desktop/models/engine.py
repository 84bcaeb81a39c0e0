"""The SQLCipher engine of one profile: raw 32-byte key, WAL, foreign keys, real transactions.

`open_engine` checks the key at once (a read of `sqlite_master`) so a wrong key or a damaged
file is reported at unlock, not at the first screen. Driver failures become `StoreError`s
through one `handle_error` hook. `close_engine` zeroes the key copy, closes every connection
the engine ever made and makes any later use raise `DatabaseClosed` (locking must really
close the database). The engine is used from the runtime's single writer thread and from
reader threads; connections are made with `check_same_thread=False` and pooled (QueuePool:
a new SQLCipher connection costs about 1 ms against 0.01 ms for a pooled one, measured by
benchmarks/bench_unlock.py, and a pooled one keeps its cache of decrypted pages).
`cipher_memory_security` is left at SQLCipher 4.19's default (OFF); it is not set here.
Pages are authenticated with HMAC-SHA256 rather than SQLCipher 4's default HMAC-SHA512: both
are full-strength page MACs, and SHA-256 runs on the CPU's SHA extensions: the synced
inserts' cost goes from about 1.33x to 1.24x plain SQLite's (benchmarks/bench_store.py).
Databases made before that change keep HMAC-SHA512 and are recognised when opened.
"""

from __future__ import annotations

import errno
import os
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import QueuePool

from desktop.models.errors import (
    DatabaseClosed,
    DatabaseCorrupt,
    DatabaseFull,
    DatabaseMissing,
    DatabaseReadOnly,
    StoreError,
    WrongDatabaseKey,
    store_error_for,
)

KEY_BYTES = 32
# Page MAC of new databases first, then the one databases made before it use. A database's
# algorithm is not stored in the file: it is found by which one reads page 1.
HMAC_ALGORITHMS = ("HMAC_SHA256", "HMAC_SHA512")
PAGE_SIZE = 4096  # SQLCipher 4 default; a file that is not whole pages is damaged
_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA temp_store = MEMORY",  # no plaintext temporary files for sorts and indexes
    # 16 MiB of decrypted pages (default 2 MiB): SQLCipher pays per page read from disk, and
    # a staff profile's working set (indexes of 100,000 messages) fits. Allocated as used.
    "PRAGMA cache_size = -16384",
)


class _Connection(sqlcipher3.Connection):
    """A plain SQLCipher connection that can be weakly referenced (the C type cannot)."""


class _Keyring:
    """The engine's copy of the key and every connection it made, so lock can undo both."""

    def __init__(self, key: bytes) -> None:
        self.key: bytearray | None = bytearray(key)
        self.hmac: str | None = None  # found by the first connection that reads the file
        self.connections: weakref.WeakSet[_Connection] = weakref.WeakSet()
        self.lock = threading.Lock()

    def close(self) -> None:
        with self.lock:
            if self.key is not None:
                self.key[:] = bytes(len(self.key))
            self.key = None
            connections = list(self.connections)
            self.connections.clear()
        for conn in connections:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - closing must go on whatever one connection says
                pass


_KEYS: weakref.WeakKeyDictionary[Engine, _Keyring] = weakref.WeakKeyDictionary()


def configure_connection(conn: sqlcipher3.Connection) -> None:
    """The pragmas every profile connection gets, and autocommit so `begin` is real."""
    for pragma in _PRAGMAS:
        conn.execute(pragma).fetchall()
    conn.isolation_level = None


def build_engine(
    connect: Callable[[], sqlcipher3.Connection], module: ModuleType = sqlcipher3
) -> Engine:
    """An engine over `connect` with our pool, transactions and error mapping.

    `module` is the DBAPI whose exceptions SQLAlchemy wraps. Shared by `open_engine` and by
    the benchmark's plain-SQLite baseline (module `sqlite3`) so both measure the same setup.
    """

    def creator() -> sqlcipher3.Connection:
        conn = connect()
        configure_connection(conn)
        return conn

    engine = create_engine(
        "sqlite://",
        module=module,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,  # one writer and one reader at a time; a few more under load
        max_overflow=3,
        pool_use_lifo=True,  # reuse the connection whose page cache is warm
        pool_reset_on_return="rollback",
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _map_error(context: ExceptionContext) -> StoreError | None:
        original = context.original_exception
        if isinstance(original, StoreError):
            return original
        if "closed database" in str(original):  # a connection closed by `close_engine`
            return DatabaseClosed()
        return store_error_for(original)

    return engine


def _key_pragma(key: bytearray) -> str:
    return "PRAGMA key = \"x'" + key.hex() + "'\""


def _check_readable(conn: sqlcipher3.Connection, path: Path) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.DatabaseError as exc:
        size = path.stat().st_size if path.exists() else 0
        if (
            getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB"
            and size
            and not (size % PAGE_SIZE)
        ):
            # Whole pages that do not decrypt: most likely a different key.
            raise WrongDatabaseKey() from exc
        raise store_error_for(exc) or DatabaseCorrupt() from exc


def open_engine(path: Path, key: bytes, *, create: bool = False) -> Engine:
    """Open (or, with `create`, make) the SQLCipher database at `path` with the raw `key`.

    Raises `DatabaseMissing`, `WrongDatabaseKey`, `DatabaseCorrupt`, `DatabaseReadOnly` or
    `DatabaseFull`; on any of them nothing has been written to the file.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    path = Path(path)
    if not create and not path.exists():
        raise DatabaseMissing()
    size = path.stat().st_size if path.exists() else 0
    if size % PAGE_SIZE or (size == 0 and not create):
        raise DatabaseCorrupt()
    if create and not path.exists():
        # Owner-only from the start; SQLite gives its -wal and -shm files the same mode.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass
        except OSError as exc:
            full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
            raise (DatabaseFull() if full else DatabaseReadOnly()) from exc
    keys = _Keyring(key)
    uri = path.resolve().as_uri() + ("?mode=rwc" if create else "?mode=rw")

    def attempt(hmac: str) -> _Connection:
        with keys.lock:
            if keys.key is None:
                raise DatabaseClosed()
            pragma = _key_pragma(keys.key)
        try:
            conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, factory=_Connection)
        except sqlcipher3.Error as exc:
            raise store_error_for(exc) or DatabaseCorrupt() from exc
        try:
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()  # no stderr noise
            conn.execute(pragma).fetchall()
            conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}").fetchall()
            _check_readable(conn, path)
        except BaseException:
            conn.close()
            raise
        return conn

    def connect() -> _Connection:
        if keys.hmac is not None:
            conn = attempt(keys.hmac)
        else:
            for hmac in HMAC_ALGORITHMS:
                try:
                    conn = attempt(hmac)
                except WrongDatabaseKey:
                    if hmac == HMAC_ALGORITHMS[-1]:
                        raise
                    continue
                keys.hmac = hmac
                break
        with keys.lock:
            if keys.key is None:
                conn.close()
                raise DatabaseClosed()
            keys.connections.add(conn)
        return conn

    engine = build_engine(connect)
    _KEYS[engine] = keys
    try:
        with engine.connect():
            pass
    except BaseException:
        close_engine(engine)
        raise
    return engine


def close_engine(engine: Engine) -> None:
    """Lock: zero the key copy, close every connection, refuse any later connection.

    Call it from the thread that owns database work (the runtime's writer) or when no query
    runs; a query in flight elsewhere fails with `DatabaseClosed` or a closed-database error.
    """
    keys = _KEYS.pop(engine, None)
    if keys is not None:
        keys.close()
    engine.dispose()
