"""Sync bookkeeping: outbox, pull cursors, applied ops, field clocks, held ops, keys, state.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ID = sa.String(64)
_SCOPE = sa.String(80)


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("op_id", _ID, primary_key=True),
        sa.Column("scope", _SCOPE, nullable=False),
        sa.Column("hlc", _ID, nullable=False),
        sa.Column("envelope", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error_code", _ID),
    )
    op.create_index("ix_sync_outbox_scope", "sync_outbox", ["scope"])
    op.create_index("ix_sync_outbox_hlc", "sync_outbox", ["hlc"])
    op.create_table(
        "sync_pull_cursors",
        sa.Column("scope", _SCOPE, primary_key=True),
        sa.Column("after", sa.Integer(), nullable=False),
    )
    op.create_table(
        "sync_applied_ops",
        sa.Column("op_id", _ID, primary_key=True),
        sa.Column("scope", _SCOPE, nullable=False),
        sa.Column("hlc", _ID, nullable=False),
    )
    op.create_table(
        "sync_field_clocks",
        sa.Column("entity", sa.String(32), primary_key=True),
        sa.Column("entity_id", _ID, primary_key=True),
        sa.Column("field", _ID, primary_key=True),
        sa.Column("hlc", _ID, nullable=False),
        sa.Column("author", _ID, nullable=False),
        sa.Column("value", sa.Text()),
    )
    op.create_table(
        "sync_held_ops",
        sa.Column("op_id", _ID, primary_key=True),
        sa.Column("scope", _SCOPE, nullable=False),
        sa.Column("stored", sa.Text(), nullable=False),
        sa.Column("reason", _ID, nullable=False),
    )
    op.create_index("ix_sync_held_scope", "sync_held_ops", ["scope"])
    op.create_table(
        "sync_scope_keys",
        sa.Column("scope", _SCOPE, primary_key=True),
        sa.Column("key_id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.Column("secret", sa.LargeBinary()),
    )
    op.create_table(
        "sync_own_keys",
        sa.Column("person_id", _ID, primary_key=True),
        sa.Column("private", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "sync_directory",
        sa.Column("person_id", _ID, primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("box_public", sa.LargeBinary(), nullable=False),
        sa.Column("sign_public", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", _ID, primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for name in (
        "sync_state",
        "sync_directory",
        "sync_own_keys",
        "sync_scope_keys",
        "sync_held_ops",
        "sync_field_clocks",
        "sync_applied_ops",
        "sync_pull_cursors",
        "sync_outbox",
    ):
        op.drop_table(name)
