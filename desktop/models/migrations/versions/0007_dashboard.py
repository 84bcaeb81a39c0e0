"""Weekly check-ins (sealed to staff) and the dashboard's covering index on messages.

Revision ID: 0007_dashboard
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_dashboard"
down_revision = "0007_rules"
branch_labels = None
depends_on = None

_ID = sa.String(64)


def upgrade() -> None:
    op.create_table(
        "checkins",
        sa.Column("pair_id", _ID, primary_key=True),
        sa.Column("person_id", _ID, primary_key=True),
        sa.Column("week", sa.String(10), primary_key=True),
        sa.Column("program_id", _ID, nullable=True),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),
    )
    op.create_index("ix_checkins_pair_week", "checkins", ["pair_id", "week"])
    op.create_index("ix_checkins_program_id", "checkins", ["program_id"])
    op.create_index(
        "ix_messages_pair_created_author",
        "messages",
        ["pair_id", "created_at", "author_id", "deleted"],
    )

    op.create_index(
        "ix_messages_held", "messages", ["pair_id"], sqlite_where=sa.text("state = 'held'")
    )


def downgrade() -> None:
    op.drop_index("ix_messages_held", table_name="messages")
    op.drop_index("ix_messages_pair_created_author", table_name="messages")
    op.drop_index("ix_checkins_program_id", table_name="checkins")
    op.drop_index("ix_checkins_pair_week", table_name="checkins")
    op.drop_table("checkins")
