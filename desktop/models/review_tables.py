"""The review queue's decisions: what staff decided about a report or a held message.

One row per queue item (a report's audit-event id or a held message's id), synced among
staff in the program scope and merged last-writer-wins per field, so two staff PCs agree on
whether an item is still open, dismissed (and why) or escalated (and to whom). Held messages
keep their own state in `messages` too (approval releases them to the pair). No Qt.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.tables import Base

# "escalated": still open, shown first to the program's safeguarding lead.
REVIEW_DECISIONS = ("approved", "dismissed", "escalated")
OPEN_DECISIONS = ("escalated",)


class ReviewDecision(Base):
    __tablename__ = "review_decisions"
    __table_args__ = (
        CheckConstraint(
            "decision IN (" + ", ".join(f"'{d}'" for d in REVIEW_DECISIONS) + ")",
            name="decision_allowed",
        ),
    )

    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    escalated_to: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None]
