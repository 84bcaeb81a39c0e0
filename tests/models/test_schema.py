"""Migrations on unlock: the schema matches the tables, newer databases are left untouched."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

import desktop.models.audit_tables  # noqa: F401 - its tables join Base.metadata
import desktop.models.learning_tables  # noqa: F401 - its tables are part of the schema
from desktop.models import people_tables  # noqa: F401 - its tables are part of the schema
from desktop.models import closing_tables  # noqa: F401 - its tables join Base.metadata
import desktop.models.rules_tables  # noqa: F401  (its tables are part of the schema)
import desktop.models.dashboard_tables  # noqa: F401  (its tables join Base.metadata)
from desktop.models.engine import close_engine, open_engine
from desktop.models.errors import DatabaseFromNewerVersion
from desktop.models.migrate import current_revision, head_revision, upgrade
from desktop.models.review_tables import ReviewDecision
from desktop.models.tables import Base, Message, Pair, Person


def test_migrated_schema_matches_the_tables(engine: Engine) -> None:
    assert ReviewDecision.__table__.metadata is Base.metadata  # its module is imported
    assert current_revision(engine) == head_revision()
    assert upgrade(engine) is False  # already at head: nothing runs

    def only_mapped(obj, name, type_, reflected, compare_to) -> bool:
        # Objects kept by raw SQL (full-text search) are not in the metadata.
        table = obj if type_ == "table" else getattr(obj, "table", None)
        return not (
            reflected
            and compare_to is None
            and table is not None
            and table.name not in Base.metadata.tables
        )

    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": only_mapped, "compare_type": True}
        )
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_first_migration_creates_the_initial_tables(engine: Engine) -> None:
    with engine.connect() as conn:
        names = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master"))}
    expected = {"people", "programs", "pairs", "messages", "meetings", "audit_events", "drafts"}
    assert expected | {"read_markers", "alembic_version"} <= names


def test_newer_database_is_refused_and_left_byte_identical(
    engine: Engine, db_path: Path, key: bytes
) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    close_engine(engine)
    before = db_path.read_bytes()
    reopened = open_engine(db_path, key)
    try:
        with pytest.raises(DatabaseFromNewerVersion) as caught:
            upgrade(reopened)
        assert caught.value.code == "database_newer"
    finally:
        close_engine(reopened)
    assert db_path.read_bytes() == before


def test_timestamps_are_utc_and_never_naive(engine: Engine) -> None:
    montreal = timezone(timedelta(hours=-5))
    with Session(engine) as session, session.begin():
        session.add(
            Person(
                id="a",
                role="mentor",
                display_name="A",
                created_at=datetime(2024, 3, 1, 9, 0, tzinfo=montreal),
                updated_at=datetime(2024, 3, 1, 9, 0, tzinfo=montreal),
            )
        )
    with Session(engine) as session:
        person = session.get(Person, "a")
        assert person.created_at == datetime(2024, 3, 1, 14, 0, tzinfo=UTC)
        assert person.created_at.tzinfo is UTC
    with pytest.raises(StatementError):
        with Session(engine) as session, session.begin():
            session.add(
                Person(id="b", role="mentor", display_name="B", created_at=datetime(2024, 1, 1))
            )


@pytest.mark.parametrize(
    "row",
    [
        Person(id="x", role="admin", display_name="X"),
        Pair(id="x", program_id="p", mentor_id="m", mentee_id="e", status="frozen"),
    ],
    ids=["role", "pair-status"],
)
def test_enumerations_are_checked_by_the_database(engine: Engine, row) -> None:
    with pytest.raises(IntegrityError):
        with Session(engine) as session, session.begin():
            session.add(row)


def test_message_state_is_checked(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        session.add(Pair(id="p", program_id="g", mentor_id="m", mentee_id="e"))
    with pytest.raises(IntegrityError):
        with Session(engine) as session, session.begin():
            session.add(
                Message(id="m", pair_id="p", author_id="m", body="b", hlc="1", state="lost")
            )
