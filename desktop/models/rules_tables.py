"""Tables for program settings, safety flags and the staff client's re-check bookkeeping.

`program_settings` and `safety_flags` are synced (see `desktop/sync/entities_rules.py`);
`safety_checked` and `safety_signals` are local to a staff PC: which messages its re-check has
read, and which categories each one showed, so the thread score is one SQL aggregate instead of
a pass over message bodies. Signals hold rule ids and categories only, never text. No Qt.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.tables import Base, JsonValue, _one_of

FLAG_STATES = ("open", "approved", "dismissed", "escalated")


class ProgramSetting(Base):
    """One setting of one program, as JSON. `scope_id` is the program's id for the staff copy
    and a pair's id for the copies members read (safety rules), so one key may have a row per
    scope; readers take the newest by `set_at`."""

    __tablename__ = "program_settings"

    scope_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    value: Mapped[JsonValue] = mapped_column(JSON, nullable=True)
    set_at: Mapped[int] = mapped_column(Integer)  # ms since the epoch, when staff changed it


class SafetyFlag(Base):
    """One review item raised by a staff client's re-check: a message, or a thread's build-up.

    `message_ids`: the messages that raised it (one, or those that built a thread score up);
    `rule`: the rule id (or `thread.score`); `state` changes as staff review it."""

    __tablename__ = "safety_flags"
    __table_args__ = (_one_of("state", FLAG_STATES), Index("ix_safety_flags_state", "state"))

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    pair_id: Mapped[str] = mapped_column(String(64), index=True)
    message_ids: Mapped[list[str]] = mapped_column(JSON)
    category: Mapped[str] = mapped_column(String(32))
    rule: Mapped[str] = mapped_column(String(64))
    score: Mapped[int] = mapped_column(Integer, default=0)
    raised_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16), default="open", server_default="open")


class SafetyChecked(Base):
    """A message this staff PC has re-checked (local, never synced)."""

    __tablename__ = "safety_checked"

    message_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class SafetySignal(Base):
    """A category one message showed when re-checked (local, never synced; no text)."""

    __tablename__ = "safety_signals"
    __table_args__ = (Index("ix_safety_signals_pair_at", "pair_id", "at"),)

    message_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    pair_id: Mapped[str] = mapped_column(String(64))
    author_id: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
