"""Errors of the encrypted database, each with a stable `code` the UI translates.

The engine turns SQLite's own failures (not a database, malformed, full, read-only) into
these, so callers above never parse driver messages. No personal data in any message.
Raised on whichever thread touches the database.
"""

from __future__ import annotations

from jumelage_protocol import CodedError


class StoreError(CodedError):
    """Base of database errors; `code` is stable and is what the UI maps to a sentence."""

    code = "store_error"
    detail = "The profile database could not be used."

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail=detail)


class WrongDatabaseKey(StoreError):
    code = "wrong_key"
    detail = "The key does not open this database."


class DatabaseCorrupt(StoreError):
    code = "database_corrupt"
    detail = "The profile database is damaged; it was left as it is."


class DatabaseMissing(StoreError):
    code = "database_missing"
    detail = "The profile database is missing."


class DatabaseFromNewerVersion(StoreError):
    code = "database_newer"
    detail = (
        "The profile database was written by a newer version of Jumelage; it was left as it is."
    )


class DatabaseFull(StoreError):
    code = "storage_full"
    detail = "The disk is full; the last change was not saved."


class DatabaseReadOnly(StoreError):
    code = "storage_read_only"
    detail = "The data folder cannot be written to; the last change was not saved."


class DatabaseClosed(StoreError):
    code = "profile_locked"
    detail = "The profile is locked; sign in again."


_BY_SQLITE_NAME: dict[str, type[StoreError]] = {
    "SQLITE_NOTADB": DatabaseCorrupt,
    "SQLITE_CORRUPT": DatabaseCorrupt,
    "SQLITE_FULL": DatabaseFull,
    "SQLITE_READONLY": DatabaseReadOnly,
    "SQLITE_CANTOPEN": DatabaseReadOnly,
}


def store_error_for(exc: BaseException) -> StoreError | None:
    """The `StoreError` a raw driver exception stands for, or None if it is a plain bug."""
    name = getattr(exc, "sqlite_errorname", None) or ""
    for prefix, error in _BY_SQLITE_NAME.items():
        if name.startswith(prefix):
            return error()
    return None
