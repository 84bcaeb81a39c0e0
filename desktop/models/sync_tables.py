"""Local bookkeeping of the sync engine, inside the profile's SQLCipher database.

Outbox (encrypted envelopes waiting to be pushed, written in the same transaction as the
local change), pull cursors per scope, the set of applied op ids (idempotent apply), per-field
clocks for last-writer-wins merges, ops held back until a key or author is known, ops kept
for a newer version, ops quarantined with their reason, scope keys,
the person's own private keys, a cache of the directory's public keys, and small key/value
state (HLC, node id). Secrets live here only because the whole file is SQLCipher. No Qt; used
from whichever thread holds the database writer.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.tables import Base


class OutboxOp(Base):
    """An encrypted op not yet acknowledged by the server."""

    __tablename__ = "sync_outbox"

    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    scope: Mapped[str] = mapped_column(String(80), index=True)
    hlc: Mapped[str] = mapped_column(String(64), index=True)
    envelope: Mapped[str] = mapped_column(Text)  # OpEnvelope JSON (ciphertext body)
    created_at: Mapped[int] = mapped_column(Integer)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error_code: Mapped[str | None] = mapped_column(String(64), nullable=True)


class PullCursor(Base):
    __tablename__ = "sync_pull_cursors"

    scope: Mapped[str] = mapped_column(String(80), primary_key=True)
    after: Mapped[int] = mapped_column(Integer, default=0)


class AppliedOp(Base):
    """Every op materialised here, local or remote, so a replay changes nothing."""

    __tablename__ = "sync_applied_ops"

    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    scope: Mapped[str] = mapped_column(String(80))
    hlc: Mapped[str] = mapped_column(String(64))


class FieldClock(Base):
    """The winning (hlc, author) per field; `value` is JSON, kept until the row can be built."""

    __tablename__ = "sync_field_clocks"

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64))
    author: Mapped[str] = mapped_column(String(64))
    value: Mapped[str | None] = mapped_column(Text, nullable=True)


class HeldOp(Base):
    """A pulled op that cannot be applied yet (missing key or unknown author); retried later."""

    __tablename__ = "sync_held_ops"

    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    scope: Mapped[str] = mapped_column(String(80))
    stored: Mapped[str] = mapped_column(Text)  # {"op": OpEnvelope, "batch": Batch} JSON
    reason: Mapped[str] = mapped_column(String(64))


class KeptOp(Base):
    """An opened op (or the fields of one) that this version cannot apply: a kind or fields
    it does not know. Applied after an upgrade; `stored` is the op in clear, as JSON."""

    __tablename__ = "sync_kept_ops"

    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    scope: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(String(32))  # unknown_kind | unknown_fields
    stored: Mapped[str] = mapped_column(Text)


class QuarantinedOp(Base):
    """A remote op set aside for good (refused by a rule or by the database), with why;
    no content. Shown to staff as a sync problem."""

    __tablename__ = "sync_quarantine"

    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    scope: Mapped[str] = mapped_column(String(80))
    author: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(32))
    at: Mapped[int] = mapped_column(Integer)  # ms since the epoch, when set aside


class ScopeKey(Base):
    """A scope's symmetric op key; for program scopes also the staff private key."""

    __tablename__ = "sync_scope_keys"

    scope: Mapped[str] = mapped_column(String(80), primary_key=True)
    key_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)
    secret: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class OwnKeys(Base):
    """This person's private X25519 || Ed25519 halves (never leave SQLCipher unwrapped)."""

    __tablename__ = "sync_own_keys"

    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    private: Mapped[bytes] = mapped_column(LargeBinary)


class DirectoryEntry(Base):
    """Public keys of the people we share a scope with (to verify and to seal to).

    Pinned on first sight; keys or a role served differently later wait in `changed_*`
    until a staff member confirms them (`desktop.sync.directory`).
    """

    __tablename__ = "sync_directory"

    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    box_public: Mapped[bytes] = mapped_column(LargeBinary)
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    changed_role: Mapped[str | None] = mapped_column(String(16), nullable=True)
    changed_box_public: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    changed_sign_public: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class SyncState(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


Index("ix_sync_held_scope", HeldOp.scope)
