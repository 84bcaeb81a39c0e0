"""Ops no longer carry their entity kind in clear: the column holds it for format-1 ops only.

From body format 2 the kind travels inside the sealed body, so the server no longer learns
that a given person filed a report, and when (issue 9, defect 8).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ops") as batch:
        batch.alter_column("entity", existing_type=sa.String(length=32), nullable=True)


def downgrade() -> None:
    # format-2 ops have no kind in clear: a downgrade cannot invent one, and drops nothing
    sealed = op.get_bind().scalar(sa.text("SELECT count(*) FROM ops WHERE entity IS NULL"))
    if sealed:
        raise RuntimeError(f"{sealed} ops keep their kind sealed; this database cannot go back")
    with op.batch_alter_table("ops") as batch:
        batch.alter_column("entity", existing_type=sa.String(length=32), nullable=False)
