"""Storage tables (SQLAlchemy Core), kept apart from the wire models in `protocol.py`.

Imported by `store.py` and `op_log.py` on whatever thread runs a request. What is here is
all the server ever knows: opaque ids, roles, public keys, wrapped private keys, hashes,
sizes, times and ciphertext. No names, no usernames in clear (only an HMAC of them), no
message text.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

meta = Table(
    "server_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", LargeBinary, nullable=False),
)

organisations = Table(
    "organisations",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("created_ms", BigInteger, nullable=False),
    # Ed25519 public half of the organisation root key (base64url), set once by the first
    # staff member; it signs each program's staff key, and clients pin it at enrolment
    Column("root_public", String(64), nullable=True),
)

programs = Table(
    "programs",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("organisation_id", String(64), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
)

persons = Table(
    "persons",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("organisation_id", String(64), nullable=False),
    Column("username_key", String(64), nullable=False, unique=True),  # HMAC, hex
    Column("role", String(16), nullable=False),
    Column("auth_hash", String(255), nullable=False),
    Column("kdf", Text, nullable=False),  # KdfParams as JSON
    Column("box_public", String(64), nullable=False),
    Column("sign_public", String(64), nullable=False),
    Column("wrapped_private", Text, nullable=False),
    Column("created_ms", BigInteger, nullable=False),
)

program_members = Table(
    "program_members",
    metadata,
    Column("program_id", String(64), primary_key=True),
    Column("person_id", String(64), primary_key=True),
    Column("role", String(16), nullable=False),
    Index("ix_program_members_person", "person_id"),
)

pairs = Table(
    "pairs",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("program_id", String(64), nullable=False, index=True),
    Column("mentor_id", String(64), nullable=False, index=True),
    Column("mentee_id", String(64), nullable=False, index=True),
    Column("created_ms", BigInteger, nullable=False),
    Column("closed_ms", BigInteger, nullable=True),
    # when `purge` may delete a closed pair's ops (the program's retention, sent at closing;
    # None: the server's own `retention.closed_pair_days`), and when it did
    Column("purge_after_ms", BigInteger, nullable=True),
    Column("purged_ms", BigInteger, nullable=True),
)

invites = Table(
    "invites",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("program_id", String(64), nullable=False),
    Column("role", String(16), nullable=False),
    Column("expires_ms", BigInteger, nullable=False),
    Column("used_ms", BigInteger, nullable=True),
    Column("created_ms", BigInteger, nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("person_id", String(64), nullable=False, index=True),
    Column("expires_ms", BigInteger, nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("created_ms", BigInteger, nullable=False),
)

key_grants = Table(
    "key_grants",
    metadata,
    Column("scope", String(80), primary_key=True),
    Column("key_id", Integer, primary_key=True),
    Column("recipient_id", String(64), primary_key=True),
    Column("sealed_key", Text, nullable=False),
    Column("granted_by", String(64), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Index("ix_key_grants_recipient", "recipient_id"),
)

heads = Table(
    "scope_heads",
    metadata,
    Column("scope", String(80), primary_key=True),
    Column("head", BigInteger, nullable=False),
)

batches = Table(
    "batches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("author", String(64), nullable=False),
    Column("signature", String(128), nullable=False),
    Column("digests", Text, nullable=False),  # base64url of concatenated SHA-256 digests
    Column("created_ms", BigInteger, nullable=False),
)

ops = Table(
    "ops",
    metadata,
    Column("scope", String(80), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("op_id", String(64), nullable=False),
    Column("batch_id", Integer, nullable=False),
    Column("digest", LargeBinary(32), nullable=False),
    Column("hlc", String(64), nullable=False),
    Column("author", String(64), nullable=False),
    Column("entity", String(32), nullable=True),  # body format 1 only; now inside the body
    Column("entity_id", String(64), nullable=False),
    Column("key_id", Integer, nullable=False),
    Column("body", Text, nullable=False),  # ciphertext, base64url as received
    Column("received_ms", BigInteger, nullable=False),
    UniqueConstraint("op_id", name="uq_ops_op_id"),
)

staff_keys = Table(
    "staff_keys",
    metadata,
    Column("program_id", String(64), primary_key=True),
    Column("key_id", Integer, primary_key=True),
    Column("box_public", String(64), nullable=False),  # X25519 public half, base64url
    Column("created_by", String(64), nullable=False),
    Column("signature", String(128), nullable=False),  # Ed25519 by created_by
    Column("root_signature", String(128), nullable=True),  # Ed25519 by the organisation root
    Column("created_ms", BigInteger, nullable=False),
)

# Ops in a pair scope must use key_id >= min_key_id: raised when the pair's membership
# changes (re-pair, reopen), so members must rotate to a key the removed member never had.
pair_key_floors = Table(
    "pair_key_floors",
    metadata,
    Column("pair_id", String(64), primary_key=True),
    Column("min_key_id", Integer, nullable=False),
)
