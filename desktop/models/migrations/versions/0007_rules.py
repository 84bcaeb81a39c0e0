"""Program settings and safety flags (synced), and a staff PC's re-check bookkeeping (local).

Revision ID: 0007_rules
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_rules"
down_revision = "0007_closing"
branch_labels = None
depends_on = None

_ID = sa.String(64)


def upgrade() -> None:
    op.create_table(
        "program_settings",
        sa.Column("scope_id", _ID, primary_key=True),
        sa.Column("key", _ID, primary_key=True),
        sa.Column("program_id", _ID, nullable=False, index=True),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("set_at", sa.Integer(), nullable=False),
    )
    op.create_table(
        "safety_flags",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("program_id", _ID, nullable=False, index=True),
        sa.Column("pair_id", _ID, nullable=False, index=True),
        sa.Column("message_ids", sa.JSON(), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("rule", _ID, nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("raised_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, server_default="open"),
        sa.CheckConstraint(
            "state IN ('open', 'approved', 'dismissed', 'escalated')", name="state_allowed"
        ),
    )
    op.create_index("ix_safety_flags_state", "safety_flags", ["state"])
    op.create_table("safety_checked", sa.Column("message_id", _ID, primary_key=True))
    op.create_table(
        "safety_signals",
        sa.Column("message_id", _ID, primary_key=True),
        sa.Column("category", sa.String(32), primary_key=True),
        sa.Column("pair_id", _ID, nullable=False),
        sa.Column("author_id", _ID, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_safety_signals_pair_at", "safety_signals", ["pair_id", "at"])


def downgrade() -> None:
    op.drop_table("safety_signals")
    op.drop_table("safety_checked")
    op.drop_table("safety_flags")
    op.drop_table("program_settings")
