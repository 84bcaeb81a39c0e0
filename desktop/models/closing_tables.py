"""Tables of a program's closing and screening records (staff only, program scope).

`closures`: one row per closed pair (entity id: the pair id), why and how it ended, and
whether the mentee should be matched again. `screening_checks`: one row per check of a
mentor (reference, police / vulnerable-sector, interview), with its date and, for a police
check, its expiry. Both sync last-writer-wins per field, written by staff only
(`desktop/sync/entities_closing.py`). Imported by the migrations' env and the schema tests
so `Base.metadata` holds them. No Qt.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.tables import Base

CLOSURE_KINDS = ("planned", "early")
# Why a match ended: a short list staff pick from (the note says the rest).
CLOSURE_REASONS = (
    "term_completed",
    "goals_reached",
    "moved_away",
    "schedule",
    "lost_interest",
    "family_request",
    "program_rules",
    "safety_concern",
    "other",
)
CHECK_KINDS = ("reference", "police", "interview")
CHECK_OUTCOMES = ("pending", "cleared", "not_cleared")


def _one_of(column: str, values: tuple[str, ...]) -> CheckConstraint:
    allowed = ", ".join(f"'{value}'" for value in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=f"{column}_allowed")


class Closure(Base):
    __tablename__ = "closures"
    __table_args__ = (_one_of("kind", CLOSURE_KINDS), _one_of("reason", CLOSURE_REASONS))

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the pair's id
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    rematch: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_at: Mapped[datetime | None]


class ScreeningCheck(Base):
    __tablename__ = "screening_checks"
    __table_args__ = (_one_of("kind", CHECK_KINDS), _one_of("outcome", CHECK_OUTCOMES))

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    mentor_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16), default="pending")
    done_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
