"""People staff recruit, guardians' consents per purpose, and the rules each person accepted.

Revision ID: 0007_people
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_people"
down_revision = "0007_learning"
branch_labels = None
depends_on = None

_ID = sa.String(64)


def _one_of(column: str, values: tuple[str, ...], name: str) -> sa.CheckConstraint:
    allowed = ", ".join(f"'{value}'" for value in values)
    return sa.CheckConstraint(f"{column} IN ({allowed})", name=name)


def upgrade() -> None:
    op.create_table(
        "person_records",
        sa.Column("id", _ID, primary_key=True),
        sa.Column("program_id", _ID, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("birth_date", sa.String(10)),
        sa.Column("age_band", sa.String(8)),
        sa.Column("interests", sa.JSON(), nullable=False),
        sa.Column("availability", sa.JSON(), nullable=False),
        sa.Column("guardian_name", sa.Text()),
        sa.Column("guardian_contact", sa.Text()),
        sa.Column("account_id", _ID),
        sa.Column("invited_at", sa.DateTime()),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _one_of("kind", ("mentor", "mentee", "guardian", "staff"), "person_record_kind_allowed"),
        _one_of("language", ("fr", "en"), "person_record_language_allowed"),
    )
    op.create_index("ix_person_records_program_id", "person_records", ["program_id"])
    op.create_index("ix_person_records_account_id", "person_records", ["account_id"])
    op.create_table(
        "consents",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("program_id", _ID, nullable=False),
        sa.Column("record_id", _ID, nullable=False),
        sa.Column("purpose", sa.String(16), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("guardian_name", sa.Text(), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _one_of(
            "purpose", ("messaging", "video", "supervision", "surveys"), "consent_purpose_allowed"
        ),
        _one_of("method", ("paper", "email", "phone", "in_person"), "consent_method_allowed"),
    )
    op.create_index("ix_consents_program_id", "consents", ["program_id"])
    op.create_index("ix_consents_record_id", "consents", ["record_id"])
    op.create_table(
        "rules_acceptances",
        sa.Column("person_id", _ID, primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("rules_acceptances")
    op.drop_table("consents")
    op.drop_table("person_records")
