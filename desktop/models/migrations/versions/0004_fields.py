"""Ideas packed into strings get their own fields: a meeting's series, a staff release, activity
cards and their "done" marks.

Meetings gain `series_id` (taken from old occurrence ids `<series>.<nn>`); messages gain
`release_of` / `release_author_id` (from the `released:` body prefix) and `activity_id` (from
the `activity:` prefix), and the state "released" replaces the "delivered" a released held
original used to borrow; "done" marks leave the messages for `activity_marks`. Rows are
converted by `desktop.models.legacy`, the functions that upgrade old ops too.
Changing the state CHECK copies `messages` (batch mode), which drops its full-text triggers:
they are made again from 0003's statements; the index itself is keyed by message id and
stays valid.

Revision ID: 0004
Revises: 0003
"""

import importlib
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations

from desktop.models.legacy import MARK_START, OLD_RELEASED_STATE, series_of, upgrade_fields

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_ID = sa.String(64)
_OLD_STATES = ("pending", "sent", "delivered", "read", "held", "failed")
_STATES = (*_OLD_STATES, "released")
_SEARCH = importlib.import_module("desktop.models.migrations.versions.0003_search")
_TRIGGERS = [s for s in _SEARCH.UPGRADE if s.startswith("CREATE TRIGGER")]
_TRIGGER_NAMES = ("message_fts_insert", "message_fts_update", "message_fts_delete")
_NEW_COLUMNS = ("release_of", "release_author_id", "activity_id")


def _check(values: tuple[str, ...]) -> str:
    return "state IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _rebuild_messages(change: Callable[[BatchOperations], None]) -> None:
    """One copy of `messages` (batch mode) with `change` applied; its triggers made again."""
    for name in _TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("messages", recreate="always") as batch:
        change(batch)
    for statement in _TRIGGERS:
        op.execute(statement)


def _add_message_fields(batch: BatchOperations) -> None:
    for name in _NEW_COLUMNS:
        batch.add_column(sa.Column(name, _ID))
    batch.drop_constraint("state_allowed", type_="check")
    batch.create_check_constraint("state_allowed", _check(_STATES))


def _drop_message_fields(batch: BatchOperations) -> None:
    for name in _NEW_COLUMNS:
        batch.drop_column(name)
    batch.drop_constraint("state_allowed", type_="check")
    batch.create_check_constraint("state_allowed", _check(_OLD_STATES))


def upgrade() -> None:
    op.add_column("meetings", sa.Column("series_id", _ID))
    op.create_index("ix_meetings_series_id", "meetings", ["series_id"])
    op.create_table(
        "activity_marks",
        sa.Column("card_id", _ID, primary_key=True),
        sa.Column("pair_id", _ID, sa.ForeignKey("pairs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_activity_marks_pair_id", "activity_marks", ["pair_id"])
    _rebuild_messages(_add_message_fields)
    _convert(op.get_bind())


def _convert(conn: sa.Connection) -> None:
    """Old-shape rows in today's shape (see `desktop.models.legacy`)."""
    meetings = conn.execute(sa.text("SELECT id FROM meetings WHERE id LIKE '%.%'")).all()
    for (meeting_id,) in meetings:
        if (series := series_of(meeting_id)) is not None:
            conn.execute(
                sa.text("UPDATE meetings SET series_id = :s WHERE id = :id"),
                {"s": series, "id": meeting_id},
            )
    conn.execute(
        sa.text("UPDATE messages SET state = 'released' WHERE state = :old"),
        {"old": OLD_RELEASED_STATE},
    )
    marked = conn.execute(
        sa.text("SELECT id, pair_id, body FROM messages WHERE substr(body, 1, 1) = :c"),
        {"c": MARK_START},
    ).all()
    for message_id, pair_id, body in marked:
        new = upgrade_fields("message", message_id, {"body": body})
        if new is None:
            continue
        entity, entity_id, fields = new
        if entity == "activity_mark":
            conn.execute(
                sa.text(
                    "INSERT OR REPLACE INTO activity_marks (card_id, pair_id, done) "
                    "VALUES (:card, :pair, 1)"
                ),
                {"card": entity_id, "pair": pair_id},
            )
            conn.execute(sa.text("DELETE FROM messages WHERE id = :id"), {"id": message_id})
            continue
        conn.execute(
            sa.text(
                "UPDATE messages SET body = :body, release_of = :release_of, "
                "release_author_id = :release_author_id, activity_id = :activity_id "
                "WHERE id = :id"
            ),
            {
                "body": fields["body"],
                "release_of": fields.get("release_of"),
                "release_author_id": fields.get("release_author_id"),
                "activity_id": fields.get("activity_id"),
                "id": message_id,
            },
        )


def downgrade() -> None:
    """The columns and the table go; converted bodies keep their plain text (no marks back)."""
    op.execute(f"UPDATE messages SET state = '{OLD_RELEASED_STATE}' WHERE state = 'released'")
    _rebuild_messages(_drop_message_fields)
    op.drop_table("activity_marks")
    op.drop_index("ix_meetings_series_id", "meetings")
    op.drop_column("meetings", "series_id")
