"""The server's own files: a private data folder, a private SQLite file, the secret file.

Called on the main thread at start-up (and by the CLI) before the database is opened. The
data folder is 0700 and the SQLite file 0600 (SQLite gives its -wal and -shm files the
database's mode), so other accounts on the host read nothing. The username-HMAC secret
lives apart from the data: `JUMELAGE_SERVER_SECRET` (base64url, 32 bytes) or a 0600 file of
its own; a database of the previous format, which kept it in `server_meta`, has it moved to
the file on start and removed from the database.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sync_server.codec import unb64
from sync_server.config import Settings
from sync_server.store import Store

SECRET_ENV = "JUMELAGE_SERVER_SECRET"
SECRET_BYTES = 32


class SecretError(Exception):
    """The secret cannot be read as configured; the message says what to fix."""


def private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)


def private_file(path: Path) -> None:
    """Create `path` empty if missing, and make it readable by this account only."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)


def prepare_sqlite(settings: Settings) -> None:
    """The SQLite database file and its folder, private, before SQLite first opens them."""
    if settings.database_url is None:
        private_dir(settings.data_dir)
        private_file(settings.data_dir / "jumelage-server.db")


def _write_new(path: Path, value: bytes) -> bytes:
    """Write `value` to a new 0600 file; if another process made it first, read theirs."""
    if not path.parent.exists():
        private_dir(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return _read(path)
    with os.fdopen(fd, "wb") as fh:
        fh.write(value)
        fh.flush()
        os.fsync(fh.fileno())
    return value


def _read(path: Path) -> bytes:
    value = path.read_bytes()
    if len(value) != SECRET_BYTES:
        raise SecretError(f"The server secret file {path} is damaged (not {SECRET_BYTES} bytes).")
    if os.name == "posix" and path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
    return value


def load_secret(settings: Settings, store: Store) -> bytes:
    """The username-HMAC secret: from the environment, the secret file, or moved out of an
    older database into the file; made new (and kept in the file) on a new server."""
    from_env = os.environ.get(SECRET_ENV)
    if from_env:
        try:
            value = unb64(from_env.strip())
        except ValueError:
            value = b""
        if len(value) != SECRET_BYTES:
            raise SecretError(f"{SECRET_ENV} must be {SECRET_BYTES} bytes in base64url.")
        kept = store.meta_value("server_secret")
        if kept is not None and kept != value:
            raise SecretError(
                f"The database still holds the secret of an older version, and {SECRET_ENV} "
                "differs from it: unset the variable once so it moves to the secret file."
            )
        store.drop_meta("server_secret")
        return value
    path = settings.resolved_secret_file()
    if path.exists():
        value = _read(path)
    else:
        value = _write_new(path, store.meta_value("server_secret") or secrets.token_bytes(32))
    store.drop_meta("server_secret")  # only once the file holds it
    return value
