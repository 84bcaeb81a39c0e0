"""Training progress and survey answers (issue 13, items 3 and 7).

Revision ID: 0007_learning
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_learning"
down_revision = "0007_review"
branch_labels = None
depends_on = None

_ID = sa.String(64)


def upgrade() -> None:
    op.create_table(
        "training_progress",
        sa.Column("person_id", _ID, primary_key=True),
        sa.Column("module_id", _ID, primary_key=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
    )
    op.create_table(
        "survey_answers",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("author_id", _ID, nullable=False),
        sa.Column("survey_id", _ID, nullable=False),
        sa.Column("pair_id", _ID, nullable=True),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
    )
    op.create_index("ix_survey_answers_author_id", "survey_answers", ["author_id"])
    op.create_index("ix_survey_answers_survey_id", "survey_answers", ["survey_id"])


def downgrade() -> None:
    op.drop_table("survey_answers")
    op.drop_table("training_progress")
