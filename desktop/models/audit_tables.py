"""Staff-only records of a program: the hash-chained audit log, staff notes, support contacts.

All three live in the program scope, which only the program's staff can read (the server
serves program scopes to staff alone, and members can only seal write-only ops to it), so
none of this is ever visible to a mentor, a mentee or their family. Audit times are kept as
integer milliseconds (`at_ms`): the chain hashes the exact value that travelled, and a
datetime round trip could move it by a rounding step. No Qt.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.tables import Base, JsonObject, _one_of

SUPPORT_WITH = ("mentor", "mentee", "family")
SUPPORT_CHANNELS = ("phone", "video", "in_person", "email", "message")


class AuditLogEntry(Base):
    """One append-only audit event; `prev` is the hash of the previous event of its chain.

    A chain is one staff member's events written on one PC (`chain`: that PC's HLC node), so
    two offline staff PCs never race for the same link. `seen` names the newest event of each
    other chain this PC held when it wrote (a DAG of heads), so a chain's removed tail is
    noticed once anyone wrote after seeing it.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_chain", "program_id", "author_id", "chain", "seq"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    author_id: Mapped[str] = mapped_column(String(64))
    hlc: Mapped[str] = mapped_column(String(64))
    chain: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    prev: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    seen: Mapped[JsonObject] = mapped_column(JSON, default=dict)
    at_ms: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(80))
    detail: Mapped[JsonObject] = mapped_column(JSON, default=dict)


class StaffNote(Base):
    """A staff member's note about a pair, kept in the program scope (never the pair's)."""

    __tablename__ = "staff_notes"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64))
    pair_id: Mapped[str] = mapped_column(String(64), index=True)
    author_id: Mapped[str] = mapped_column(String(64))
    hlc: Mapped[str] = mapped_column(String(64))
    written_at: Mapped[datetime]
    body: Mapped[str] = mapped_column(Text)


class SupportContact(Base):
    """Staff's support contact with a pair's mentor, mentee or family (date, channel, note)."""

    __tablename__ = "support_contacts"
    __table_args__ = (_one_of("with_whom", SUPPORT_WITH), _one_of("channel", SUPPORT_CHANNELS))

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64))
    pair_id: Mapped[str] = mapped_column(String(64), index=True)
    author_id: Mapped[str] = mapped_column(String(64))
    hlc: Mapped[str] = mapped_column(String(64))
    contacted_at: Mapped[datetime]
    with_whom: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
