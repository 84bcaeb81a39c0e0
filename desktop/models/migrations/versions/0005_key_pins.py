"""Pinned public keys: a changed key waits beside the pinned one until staff confirm it.

The directory keeps the keys and role first seen for each person; when the server later
serves others, they go to the `changed_*` columns and nothing is sealed to that person
until a staff member confirms the change (issue 9, defect 7).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_directory") as batch:
        batch.add_column(sa.Column("changed_role", sa.String(16), nullable=True))
        batch.add_column(sa.Column("changed_box_public", sa.LargeBinary, nullable=True))
        batch.add_column(sa.Column("changed_sign_public", sa.LargeBinary, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_directory") as batch:
        batch.drop_column("changed_sign_public")
        batch.drop_column("changed_box_public")
        batch.drop_column("changed_role")
