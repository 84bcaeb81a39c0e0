"""The review queue: pairs may be paused (with a reason), and staff decisions are kept.

`pairs` gains `pause_reason` and `paused_hlc` (where the last pause began) and its status
CHECK admits "paused". Widening a CHECK in SQLite
normally copies the table, but `pairs` is the parent of cascading foreign keys: dropping the
old copy with foreign keys on would delete every message. SQLite documents editing the stored
CREATE statement instead for changes that touch no stored row (loosening a CHECK is one), so
that is what this revision does, under `writable_schema`, bumping `schema_version`.

Revision ID: 0007_review
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_review"
down_revision = "0007_audit"
branch_labels = None
depends_on = None

_OLD = "status IN ('active', 'closed')"
_NEW = "status IN ('active', 'closed', 'paused')"


def _rewrite_pairs_check(old: str, new: str) -> None:
    conn = op.get_bind()
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar_one()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    conn.execute(
        sa.text("UPDATE sqlite_master SET sql = replace(sql, :old, :new) "
                "WHERE type = 'table' AND name = 'pairs'"),
        {"old": old, "new": new},
    )  # fmt: skip
    conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    conn.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    op.execute("ALTER TABLE pairs ADD COLUMN pause_reason VARCHAR(32)")
    op.execute("ALTER TABLE pairs ADD COLUMN paused_hlc VARCHAR(64)")
    _rewrite_pairs_check(_OLD, _NEW)
    op.create_table(
        "review_decisions",
        sa.Column("item_id", sa.String(64), primary_key=True),
        sa.Column("program_id", sa.String(64), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("escalated_to", sa.String(64)),
        sa.Column("decided_at", sa.DateTime()),
        sa.CheckConstraint(
            "decision IN ('approved', 'dismissed', 'escalated')", name="decision_allowed"
        ),
    )
    op.create_index("ix_review_decisions_program_id", "review_decisions", ["program_id"])


def downgrade() -> None:
    op.drop_index("ix_review_decisions_program_id", "review_decisions")
    op.drop_table("review_decisions")
    op.execute("UPDATE pairs SET status = 'active' WHERE status = 'paused'")
    _rewrite_pairs_check(_NEW, _OLD)
    op.execute("ALTER TABLE pairs DROP COLUMN paused_hlc")
    op.execute("ALTER TABLE pairs DROP COLUMN pause_reason")
