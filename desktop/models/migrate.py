"""Bring a profile database to this build's schema; run on unlock, on the unlock thread.

Alembic is driven in code (no alembic.ini): the script directory is this package's
`migrations/`. A database already at head costs one small read; a database whose revision
this build does not know was written by a newer build and is refused, untouched.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop.models.errors import DatabaseFromNewerVersion

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    """The newest schema revision this build knows."""
    head = _script().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, or None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> bool:
    """Migrate to head; True if anything ran. `DatabaseFromNewerVersion` leaves the file as is."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return False
    if current is not None:
        try:
            _script().get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown id
            raise DatabaseFromNewerVersion() from exc
    config = _config()
    with engine.begin() as conn:  # one transaction: all migrations or none
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return True
