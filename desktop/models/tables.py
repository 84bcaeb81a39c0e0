"""The tables of one profile's database (SQLAlchemy 2 declarative), mirrored by migration 0001.

Ids are text (UUIDs from the app, UUIDv7 op ids for messages) so records keep their id
across every replica. Timestamps are aware UTC (`UtcDateTime`). Foreign keys only where
a row cannot exist without its parent locally (a pair's messages, meetings, draft, read
marker); people and programs may arrive by sync in any order, so references to them are
plain ids. Sync bookkeeping (outbox, cursors, field clocks) lives in `sync_tables.py`.
No Qt; used on the writer thread and reader threads.
"""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.models.timestamps import UtcDateTime, utcnow
from jumelage_protocol import Role

ROLES = tuple(Role)
# "paused": staff stopped the mentor's sends (`services/pair_pause.py`) until they resume.
PAIR_STATUSES = ("active", "closed", "paused")
# "released": a held original staff approved (its released copy is what people see).
MESSAGE_STATES = ("pending", "sent", "delivered", "read", "held", "failed", "released")
MEETING_KINDS = ("video", "in_person")
# What a JSON column holds (what json.loads can return), for the policies and audit details.
JsonValue: TypeAlias = "str | int | float | bool | None | list[JsonValue] | dict[str, JsonValue]"
JsonObject: TypeAlias = "dict[str, JsonValue]"


def _one_of(column: str, values: tuple[str, ...]) -> CheckConstraint:
    allowed = ", ".join(f"'{value}'" for value in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=f"{column}_allowed")


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime()}


class Person(Base):
    __tablename__ = "people"
    __table_args__ = (_one_of("role", ROLES),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    display_name: Mapped[str] = mapped_column(Text)
    username: Mapped[str | None] = mapped_column(Text)
    program_id: Mapped[str | None] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Program(Base):
    __tablename__ = "programs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    policies: Mapped[JsonObject] = mapped_column(JSON, default=dict)


class Pair(Base):
    __tablename__ = "pairs"
    __table_args__ = (_one_of("status", PAIR_STATUSES),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    mentor_id: Mapped[str] = mapped_column(String(64), index=True)
    mentee_id: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16), default="active")
    matched_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    pause_reason: Mapped[str | None] = mapped_column(String(32))  # a code, while paused
    # Where the last pause began (its status HLC), written with the resume: messages the
    # mentor wrote in between but delivered after the resume are held too (`sync.pause_hold`).
    paused_hlc: Mapped[str | None] = mapped_column(String(64))


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        _one_of("state", MESSAGE_STATES),
        Index("ix_messages_pair_hlc", "pair_id", "hlc"),
        # Covers the engagement counts (messages per week per person and pair), so they
        # read a small index instead of decrypting every page of message bodies.
        Index("ix_messages_pair_author_created", "pair_id", "author_id", "created_at", "deleted"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    pair_id: Mapped[str] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"))
    author_id: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # A staff-signed copy of a held message: which one, and whose words it carries.
    release_of: Mapped[str | None] = mapped_column(String(64))
    release_author_id: Mapped[str | None] = mapped_column(String(64))
    # An activity card: the library's activity id (the body is its title).
    activity_id: Mapped[str | None] = mapped_column(String(64))


class Meeting(Base):
    """A scheduled session of a pair ("session" in the program's words)."""

    __tablename__ = "meetings"
    __table_args__ = (_one_of("kind", MEETING_KINDS),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    pair_id: Mapped[str] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime]
    duration_minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    recurrence: Mapped[str | None] = mapped_column(Text)  # an RFC 5545 RRULE, or none
    series_id: Mapped[str | None] = mapped_column(String(64), index=True)  # shared by a series
    outcome: Mapped[str | None] = mapped_column(Text)
    actual_minutes: Mapped[int | None] = mapped_column(Integer)


class ActivityMark(Base):
    """An activity card marked done by either member (the card itself is its author's)."""

    __tablename__ = "activity_marks"

    card_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    pair_id: Mapped[str] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    subject_scope: Mapped[str] = mapped_column(String(80), index=True)
    detail: Mapped[JsonObject] = mapped_column(JSON, default=dict)


class Draft(Base):
    __tablename__ = "drafts"

    pair_id: Mapped[str] = mapped_column(
        ForeignKey("pairs.id", ondelete="CASCADE"), primary_key=True
    )
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ReadMarker(Base):
    __tablename__ = "read_markers"

    pair_id: Mapped[str] = mapped_column(
        ForeignKey("pairs.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_read_hlc: Mapped[str] = mapped_column(String(64))
