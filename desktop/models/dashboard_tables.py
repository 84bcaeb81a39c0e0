"""Tables for staff supervision figures: weekly check-ins, and the index the dashboard reads.

A check-in is one person's answer for one pair and one ISO week (its key is
`pair_id:person_id:week`, so answering again, even on another PC, replaces the answer:
last writer wins). It arrives sealed to the program staff key in the program scope
(`program_id` is filled from that scope), because its comment may be about the other member.

`ix_messages_held` (partial: held messages only) counts what waits for review per pair.
`ix_messages_pair_created_author` lets the dashboard count messages per pair and week, find
the last contact and the reply times from a small covering index, in `created_at` order,
without reading a page of message bodies. It is declared here, beside the table it serves,
and attached to the `messages` table of `tables.py`. No Qt.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.tables import Base, Message

RATING_MIN, RATING_MAX = 1, 5


class CheckIn(Base):
    """One person's weekly check-in about one pair (staff read it; the other member does not)."""

    __tablename__ = "checkins"
    __table_args__ = (
        CheckConstraint(f"rating BETWEEN {RATING_MIN} AND {RATING_MAX}", name="rating_range"),
        Index("ix_checkins_pair_week", "pair_id", "week"),
    )

    pair_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    week: Mapped[str] = mapped_column(String(10), primary_key=True)  # ISO week, "2026-W49"
    program_id: Mapped[str | None] = mapped_column(String(64), index=True)
    rating: Mapped[int] = mapped_column(Integer)
    met: Mapped[bool | None] = mapped_column(Boolean)  # "did you meet or talk this week?"
    comment: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime]


# The dashboard's covering index (see the module docstring).
MESSAGES_BY_PAIR_AND_TIME = Index(
    "ix_messages_pair_created_author",
    Message.pair_id,
    Message.created_at,
    Message.author_id,
    Message.deleted,
)
# Messages waiting for review, per pair: the dashboard's open flags without reading the rest.
HELD_MESSAGES = Index("ix_messages_held", Message.pair_id, sqlite_where=Message.state == "held")
