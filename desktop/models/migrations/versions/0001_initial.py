"""Initial profile schema: people, programs, pairs, messages, meetings, audit, drafts, markers.

Revision ID: 0001
Revises: none
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_ID = sa.String(64)


def _one_of(column: str, values: tuple[str, ...]) -> sa.CheckConstraint:
    allowed = ", ".join(f"'{value}'" for value in values)
    return sa.CheckConstraint(f"{column} IN ({allowed})", name=f"{column}_allowed")


def _pair_fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["pair_id"], ["pairs.id"], ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("username", sa.Text()),
        sa.Column("program_id", _ID),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _one_of("role", ("staff", "mentor", "mentee")),
    )
    op.create_index("ix_people_program_id", "people", ["program_id"])
    op.create_table(
        "programs",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("organisation_id", _ID, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("policies", sa.JSON(), nullable=False),
    )
    op.create_table(
        "pairs",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("program_id", _ID, nullable=False),
        sa.Column("mentor_id", _ID, nullable=False),
        sa.Column("mentee_id", _ID, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("matched_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime()),
        _one_of("status", ("active", "closed")),
    )
    for column in ("program_id", "mentor_id", "mentee_id"):
        op.create_index(f"ix_pairs_{column}", "pairs", [column])
    op.create_table(
        "messages",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("pair_id", _ID, nullable=False),
        sa.Column("author_id", _ID, nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        _one_of("state", ("pending", "sent", "delivered", "read", "held", "failed")),
        _pair_fk(),
    )
    op.create_index("ix_messages_pair_hlc", "messages", ["pair_id", "hlc"])
    op.create_index(
        "ix_messages_pair_author_created",
        "messages",
        ["pair_id", "author_id", "created_at", "deleted"],
    )
    op.create_table(
        "meetings",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("pair_id", _ID, nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("recurrence", sa.Text()),
        sa.Column("outcome", sa.Text()),
        sa.Column("actual_minutes", sa.Integer()),
        _one_of("kind", ("video", "in_person")),
        _pair_fk(),
    )
    op.create_index("ix_meetings_pair_id", "meetings", ["pair_id"])
    op.create_table(
        "audit_events",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", _ID, nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("subject_scope", sa.String(80), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
    )
    op.create_index("ix_audit_events_at", "audit_events", ["at"])
    op.create_index("ix_audit_events_subject_scope", "audit_events", ["subject_scope"])
    op.create_table(
        "drafts",
        sa.Column("pair_id", _ID, primary_key=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _pair_fk(),
    )
    op.create_table(
        "read_markers",
        sa.Column("pair_id", _ID, primary_key=True),
        sa.Column("person_id", _ID, primary_key=True),
        sa.Column("last_read_hlc", sa.String(64), nullable=False),
        _pair_fk(),
    )


def downgrade() -> None:
    for table in (
        "read_markers",
        "drafts",
        "audit_events",
        "meetings",
        "messages",
        "pairs",
        "programs",
        "people",
    ):
        op.drop_table(table)
