"""Organisation root key: its public half per organisation, its signature on each staff key.

Clients pin the root at enrolment (its fingerprint travels in the invite) and accept a
program's staff key only when the root signed it (issue 9, defect 7). Both columns are
nullable: programs made before roots get one from the first staff PC that syncs.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("root_public", sa.String(length=64), nullable=True))
    with op.batch_alter_table("staff_keys") as batch:
        batch.add_column(sa.Column("root_signature", sa.String(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff_keys") as batch:
        batch.drop_column("root_signature")
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("root_public")
