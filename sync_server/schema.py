"""The server database's schema revision: create at head, migrate, or refuse.

Runs on the main thread at start-up (`serve`, `init`, `invite`, `purge`) and in
`jumelage-server migrate`, before any request. Everything happens in one transaction that
holds a schema lock (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL), so
instances starting together on one database do not race, and a migration that fails leaves
the database as it was (DDL is transactional on both engines; `store.make_engine` issues
SQLite's BEGIN itself, so batch copies are inside the transaction too).

- An empty database is created at head in one step (`create_all` from `tables.py`, then
  stamped), not revision by revision.
- A database made before Alembic (the first release, a320e76: tables but no
  `alembic_version`) is stamped at the baseline `0001` and upgraded from there.
- A database at an older revision is upgraded when the caller allows it (`migrate`, and
  `serve` on SQLite: one process owns the file); otherwise `SchemaNeedsMigration`.
- A database at a revision this code does not know was written by a newer version:
  `SchemaTooNew`, and the database is left untouched.

Adding a revision when `tables.py` changes (the files live in `migrations/versions/`):
    export PYTHONPATH=$PWD; ini=sync_server/migrations/alembic.ini
    alembic -c $ini -x url=sqlite:////tmp/dev.db upgrade head        # an empty file: at head
    alembic -c $ini -x url=sqlite:////tmp/dev.db revision --autogenerate \\
        --rev-id 0002 -m "what changes and why"
Review the generated file (batch mode makes one revision run on both engines; give every
new constraint and index a name; fill rows a new NOT NULL column needs), then run
`tests/server/test_server_migrations.py`: it checks on SQLite and PostgreSQL that the
revisions, run one by one, give exactly what `tables.py` creates, and that a database of
the previous release upgrades and still serves its data.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect, text

from sync_server import tables as t

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BASELINE = "0001"  # the schema of the first release, made by create_all before Alembic
PRE_ALEMBIC = "pre-alembic"  # what `Outcome.before` says for such a database
_PG_LOCK_KEY = 0x4A554D454C41  # "JUMELA": pg_advisory_xact_lock key for schema changes
log = logging.getLogger(__name__)


class SchemaError(Exception):
    """The database cannot be used by this version as it is; `message` says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SchemaTooNew(SchemaError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            f"The database was written by a newer version of jumelage-server (schema revision "
            f"{revision}; this version knows up to {head_revision()}). Nothing was changed. "
            "Run the newer version, or restore a backup taken before the upgrade."
        )
        self.revision = revision


class SchemaNeedsMigration(SchemaError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            f"The database schema is older than this version (revision {revision}; this "
            f"version needs {head_revision()}). Nothing was changed. Run `jumelage-server "
            "migrate` with the same --config or --database-url first, then start the server."
        )
        self.revision = revision


@dataclass(frozen=True)
class Outcome:
    """What `prepare` found and left: `before` is None for an empty database."""

    before: str | None
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic driven in code (no .ini); `connection` is what env.py migrates."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this code knows."""
    head = _script().get_current_head()
    assert head is not None, "sync_server/migrations/versions has no revision"
    return head


def _known(revision: str) -> bool:
    try:
        return _script().get_revision(revision) is not None
    except CommandError:  # alembic's ResolutionError is a CommandError
        return False


def current_revision(conn: Connection) -> str | None:
    """The database's revision; `PRE_ALEMBIC` for the first release's; None if empty."""
    revision = MigrationContext.configure(conn).get_current_revision()
    if revision is None and inspect(conn).has_table(t.meta.name):
        return PRE_ALEMBIC
    return revision


def prepare(engine: Engine, *, migrate_older: bool) -> Outcome:
    """Bring the database to head, or raise a `SchemaError` having changed nothing."""
    with engine.connect() as conn:
        conn.info["immediate"] = True  # SQLite: BEGIN IMMEDIATE (see store.make_engine)
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
            before = current_revision(conn)
            head = head_revision()
            if before == head:
                return Outcome(before, head)
            config = alembic_config(conn)
            if before is None:
                t.metadata.create_all(conn)
                command.stamp(config, "head")
                log.info("Database schema created at revision %s", head)
                return Outcome(None, head)
            if before != PRE_ALEMBIC and not _known(before):
                raise SchemaTooNew(before)
            if not migrate_older:
                raise SchemaNeedsMigration(before)
            if before == PRE_ALEMBIC:
                command.stamp(config, BASELINE)
            command.upgrade(config, "head")
            log.info("Database schema migrated from %s to revision %s", before, head)
            return Outcome(before, head)
