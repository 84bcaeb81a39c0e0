"""Closing a match and screening mentors: `closures` and `screening_checks` (staff only).

Revision ID: 0007_closing
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from desktop.models.closing_tables import (
    CHECK_KINDS,
    CHECK_OUTCOMES,
    CLOSURE_KINDS,
    CLOSURE_REASONS,
)

revision = "0007_closing"
down_revision = "0007_people"
branch_labels = None
depends_on = None

_ID = sa.String(64)


def _one_of(column: str, values: tuple[str, ...]) -> sa.CheckConstraint:
    allowed = ", ".join(f"'{value}'" for value in values)
    return sa.CheckConstraint(f"{column} IN ({allowed})", name=f"{column}_allowed")


def upgrade() -> None:
    op.create_table(
        "closures",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("program_id", _ID, nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("rematch", sa.Boolean(), nullable=False),
        sa.Column("closed_at", sa.DateTime()),
        _one_of("kind", CLOSURE_KINDS),
        _one_of("reason", CLOSURE_REASONS),
    )
    op.create_table(
        "screening_checks",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("program_id", _ID, nullable=False, index=True),
        sa.Column("mentor_id", _ID, nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime()),
        sa.Column("note", sa.Text(), nullable=False),
        _one_of("kind", CHECK_KINDS),
        _one_of("outcome", CHECK_OUTCOMES),
    )


def downgrade() -> None:
    op.drop_table("screening_checks")
    op.drop_table("closures")
