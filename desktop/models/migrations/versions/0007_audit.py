"""The staff-only program records: hash-chained audit log, staff notes, support contacts.

Revision ID: 0007_audit
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_audit"
down_revision = "0006"
branch_labels = None
depends_on = None

_ID = sa.String(64)


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("program_id", _ID, nullable=False),
        sa.Column("author_id", _ID, nullable=False),
        sa.Column("hlc", _ID, nullable=False),
        sa.Column("chain", sa.String(32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("prev", _ID, nullable=False),
        sa.Column("hash", _ID, nullable=False),
        sa.Column("seen", sa.JSON(), nullable=False),
        sa.Column("at_ms", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(80), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
    )
    op.create_index("ix_audit_log_program_id", "audit_log", ["program_id"])
    op.create_index(
        "ix_audit_log_chain", "audit_log", ["program_id", "author_id", "chain", "seq"]
    )
    op.create_table(
        "staff_notes",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("program_id", _ID, nullable=False),
        sa.Column("pair_id", _ID, nullable=False),
        sa.Column("author_id", _ID, nullable=False),
        sa.Column("hlc", _ID, nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
    )
    op.create_index("ix_staff_notes_pair_id", "staff_notes", ["pair_id"])
    op.create_table(
        "support_contacts",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("program_id", _ID, nullable=False),
        sa.Column("pair_id", _ID, nullable=False),
        sa.Column("author_id", _ID, nullable=False),
        sa.Column("hlc", _ID, nullable=False),
        sa.Column("contacted_at", sa.DateTime(), nullable=False),
        sa.Column("with_whom", sa.String(16), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "with_whom IN ('mentor', 'mentee', 'family')", name="with_whom_allowed"
        ),
        sa.CheckConstraint(
            "channel IN ('phone', 'video', 'in_person', 'email', 'message')",
            name="channel_allowed",
        ),
    )
    op.create_index("ix_support_contacts_pair_id", "support_contacts", ["pair_id"])


def downgrade() -> None:
    op.drop_table("support_contacts")
    op.drop_table("staff_notes")
    op.drop_table("audit_log")
