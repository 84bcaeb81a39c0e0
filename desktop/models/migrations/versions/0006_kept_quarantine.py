"""Ops kept for a newer version (unknown kinds and fields) and ops quarantined with a reason.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_ID = sa.String(64)
_SCOPE = sa.String(80)


def upgrade() -> None:
    op.create_table(
        "sync_kept_ops",
        sa.Column("op_id", _ID, primary_key=True),
        sa.Column("scope", _SCOPE, nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("stored", sa.Text(), nullable=False),
    )
    op.create_table(
        "sync_quarantine",
        sa.Column("op_id", _ID, primary_key=True),
        sa.Column("scope", _SCOPE, nullable=False),
        sa.Column("author", _ID, nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_quarantine")
    op.drop_table("sync_kept_ops")
