"""Closing a match: each closed pair's own retention deadline, and when it was purged.

`purge_after_ms` comes from the program's retention setting (sent by staff when they close
the pair; the server cannot read program settings); `purged_ms` marks a pair whose ops and
key grants `jumelage-server purge` deleted, so clients learn to delete their copies too.

Revision ID: 0004_closing
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_closing"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pairs") as batch:
        batch.add_column(sa.Column("purge_after_ms", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("purged_ms", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pairs") as batch:
        batch.drop_column("purged_ms")
        batch.drop_column("purge_after_ms")
