"""The wire contract between the desktop client and the sync server.

Its own distribution (`jumelage-protocol`), which both `jumelage` (desktop) and
`jumelage-server` depend on, so neither needs the other. It holds only pydantic models,
constants and the coded-error base both sides derive from: no storage, no crypto, no I/O.
Binary values travel as URL-safe base64 without padding (`B64`). Unknown fields are refused
(`extra="forbid"`), so a modified or mistaken client gets a 422 with the field named instead
of silent loss.

Versioning: `PROTOCOL_VERSION` is sent by the client in the `Jumelage-Protocol` header;
the server answers 426 with a plain reason when it does not speak that version.
"""

from __future__ import annotations

import hashlib
import json
import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, GetCoreSchemaHandler
from pydantic_core import core_schema

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "Jumelage-Protocol"

PULL_PAGE_SIZE = 250  # the default page
MAX_PULL_PAGE_SIZE = 1000  # what a client may ask for with `limit` (first sign-in pages)
MAX_CLOCK_SKEW_SECONDS = 300

EphemeralKind = Literal["typing", "presence"]  # what a `LiveEphemeral` reports
B64 = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]*$", max_length=1_400_000)]
# The one grammar of ids that become part of a scope or are read back (people, programs,
# pairs, ops): checked at the edge, so nothing is stored that a scope or a reply cannot hold.
ID_PATTERN = r"[A-Za-z0-9_-]{1,64}"
Id = Annotated[str, Field(min_length=1, max_length=64, pattern=rf"^{ID_PATTERN}$")]
# An entity's id inside its scope may be composite ('<meeting>:<person>', 'v1.2'); it never
# becomes a scope or a membership, so it keeps the wider grammar.
EntityId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
# Who a key grant is sealed to: a person, or 'staff:<program id>' (the program's staff key).
_STAFF_RECIPIENT = "staff:"
Recipient = Annotated[str, Field(max_length=64, pattern=rf"^({_STAFF_RECIPIENT})?{ID_PATTERN}$")]


def staff_recipient(program_id: str) -> str:
    """The recipient that stands for a program's staff key in key grants."""
    return _STAFF_RECIPIENT + program_id


def recipient_program(recipient: str) -> str | None:
    """The program whose staff key `recipient` names; None for a person."""
    if recipient.startswith(_STAFF_RECIPIENT):
        return recipient.removeprefix(_STAFF_RECIPIENT)
    return None


class Role(StrEnum):
    """What a person is in a program or a pair. A `str`, so the database and the wire keep
    the plain words."""

    STAFF = "staff"
    MENTOR = "mentor"
    MENTEE = "mentee"


class ScopeKind(StrEnum):
    """The kinds of scope: what its ops are about and who may read them (`sync_server/access.py`
    gives each its meaning). A new kind is a new member here; the grammar follows."""

    PAIR = "pair"
    PROGRAM = "program"
    PERSON = "person"


SCOPE_PATTERN = rf"({'|'.join(k.value for k in ScopeKind)}):({ID_PATTERN})"
_SCOPE_GRAMMAR = re.compile(SCOPE_PATTERN)
_KINDS = {kind.value: kind for kind in ScopeKind}


class Scope(str):
    """'<kind>:<id>', such as 'pair:p1': the unit of membership, keys and sync cursors.

    It *is* the wire string (a `str` subclass), so it binds to SQL, keys a dict and compares to
    stored text with no conversion; building one checks the grammar, shared by client and server
    and by pydantic fields annotated `Scope`. Build with `Scope.pair(id)`, `Scope.parse(text)`.
    """

    __slots__ = ()

    def __new__(cls, text: str) -> Scope:
        if type(text) is cls:
            return text
        if not isinstance(text, str) or not _SCOPE_GRAMMAR.fullmatch(text):
            raise ValueError("not a scope: expected '<kind>:<id>' with a known kind")
        return super().__new__(cls, text)

    @classmethod
    def parse(cls, text: str) -> Scope:
        """`text` as a Scope; ValueError when it is not one."""
        return cls(text)

    @classmethod
    def of(cls, kind: ScopeKind, ident: str) -> Scope:
        return cls(f"{ScopeKind(kind).value}:{ident}")

    @classmethod
    def pair(cls, pair_id: str) -> Scope:
        return cls.of(ScopeKind.PAIR, pair_id)

    @classmethod
    def program(cls, program_id: str) -> Scope:
        return cls.of(ScopeKind.PROGRAM, program_id)

    @classmethod
    def person(cls, person_id: str) -> Scope:
        return cls.of(ScopeKind.PERSON, person_id)

    @property
    def kind(self) -> ScopeKind:
        return _KINDS[self.partition(":")[0]]

    @property
    def id(self) -> str:
        return self.partition(":")[2]

    def __repr__(self) -> str:
        return f"Scope({str(self)!r})"

    @classmethod
    def _checked(cls, text: str) -> Scope:
        """`text` already matched the grammar (pydantic's pattern): no second match."""
        return str.__new__(cls, text)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> Any:
        return core_schema.no_info_after_validator_function(
            cls._checked,
            core_schema.str_schema(pattern=f"^{_SCOPE_GRAMMAR.pattern}$"),
            serialization=core_schema.to_string_ser_schema(),
        )


def scope_kind(text: str) -> ScopeKind | None:
    """The kind of a scope string, None when it is not a scope (never raises)."""
    if type(text) is Scope:
        return text.kind
    match = _SCOPE_GRAMMAR.fullmatch(text)
    return _KINDS[match.group(1)] if match else None


# Hybrid logical clock, fixed width so it sorts as text: '<ms:013d>-<counter:05d>-<node>'
Hlc = Annotated[str, Field(pattern=r"^\d{13}-\d{5}-[A-Za-z0-9]{1,32}$")]


class Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KdfParams(Wire):
    """Argon2id parameters; stored beside every wrap and returned by prelogin."""

    version: int = 1
    algorithm: Literal["argon2id"] = "argon2id"
    memory_kib: int = Field(ge=8, le=4_194_304)
    passes: int = Field(ge=1, le=64)
    lanes: int = Field(ge=1, le=64)
    salt: B64


class CodedError(Exception):
    """Base of every error with a stable `code`, on both sides of the wire.

    Programs branch on `code`, and the desktop turns it into a sentence in one place
    (`desktop/ui/errors.py`); the server sends it in a `Problem`. `detail` is plain English
    for logs and developers and never holds personal data. Subclasses set `code` and `detail`
    as class attributes, or pass them.
    """

    code: str = "error"
    detail: str = ""

    def __init__(self, code: str | None = None, detail: str | None = None) -> None:
        if code is not None:
            self.code = code
        if detail is not None:
            self.detail = detail
        same = self.detail in ("", self.code)
        super().__init__(self.code if same else f"{self.code}: {self.detail}")


def error_code(exc: BaseException) -> str | None:
    """The stable code of a coded error; None for anything else (a bug has no sentence)."""
    return exc.code if isinstance(exc, CodedError) else None


class Problem(Wire):
    """Every 4xx body: a stable code for programs and a plain sentence for people."""

    code: str
    detail: str
    server_time_ms: int | None = None


# --- accounts ------------------------------------------------------------------------


class PreloginRequest(Wire):
    username: Annotated[str, Field(min_length=1, max_length=128)]


class PreloginResponse(Wire):
    kdf: KdfParams


class PersonKeys(Wire):
    """Public halves in clear; private halves wrapped by the key-encryption key."""

    box_public: B64  # X25519
    sign_public: B64  # Ed25519
    wrapped_private: B64  # secretbox(kek, box_private || sign_private)


class EnrolRequest(Wire):
    invite_code: Annotated[str, Field(min_length=4, max_length=64)]
    username: Annotated[str, Field(min_length=1, max_length=128)]
    auth_key: B64  # HKDF(master, "auth"); the server stores only a slow hash of it
    kdf: KdfParams
    keys: PersonKeys


class LoginRequest(Wire):
    username: Annotated[str, Field(min_length=1, max_length=128)]
    auth_key: B64


class Membership(Wire):
    scope: Scope
    role: Role


class SessionInfo(Wire):
    token: str
    expires_at_ms: int
    person_id: Id
    organisation_id: Id
    role: Role
    keys: PersonKeys
    memberships: list[Membership]
    server_time_ms: int


class InviteRequest(Wire):
    program_id: Id
    role: Role
    expires_in_hours: int = Field(default=72, ge=1, le=24 * 30)


class InviteResponse(Wire):
    code: str
    expires_at_ms: int


class PersonDirectoryEntry(Wire):
    """What a member may know of another member of the same scope: ids and public keys."""

    person_id: Id
    role: Role
    box_public: B64
    sign_public: B64


class PairCreate(Wire):
    pair_id: Id
    program_id: Id
    mentor_id: Id
    mentee_id: Id


class PairClose(Wire):
    """Staff close a pair; `retain_days` is the program's retention period after closing
    (None: the server's own), after which `jumelage-server purge` deletes the pair's ops."""

    pair_id: Id
    retain_days: int | None = Field(default=None, ge=0, le=36_500)


class PairReopen(Wire):
    """Staff reopen a closed pair; its members must then write under a new pair key."""

    pair_id: Id


class PairMembers(Wire):
    """Staff re-pair: the pair's mentor and/or mentee change (both given, from this program)."""

    pair_id: Id
    mentor_id: Id
    mentee_id: Id


class PairKeyFloor(Wire):
    """After a membership change: ops in this pair must use `key_id >= min_key_id`."""

    pair_id: Id
    min_key_id: int


class StaffKey(Wire):
    """The public half of a program's staff key, for members who seal ops to staff.

    `signature` is Ed25519 by `created_by` (a staff member) over `staff_key_message(...)`;
    `root_signature` is by the organisation root key (`root_public`, Ed25519) over the same
    message, which clients check against the root they pinned at enrolment, so the server
    alone cannot slip in a key of its own. `created_by` is set by the server from the caller.
    """

    program_id: Id
    key_id: int = Field(ge=1)
    box_public: B64
    signature: B64
    created_by: Id | None = None
    root_public: B64 | None = None
    root_signature: B64 | None = None


def staff_key_message(program_id: str, key_id: int, box_public: str) -> bytes:
    """The bytes a staff member signs when publishing a staff key's public half."""
    return f"jml-staff-key|{program_id}|{key_id}|{box_public}".encode()


# --- keys ----------------------------------------------------------------------------


class KeyGrant(Wire):
    """A scope key sealed (X25519 sealed box) to one recipient; `key_id` grows on rotation."""

    scope: Scope
    key_id: int = Field(ge=1)
    recipient_id: Recipient
    sealed_key: B64
    granted_by: Id | None = None


class KeyGrantBatch(Wire):
    grants: Annotated[list[KeyGrant], Field(max_length=1000)]


# --- ops -----------------------------------------------------------------------------


class OpEnvelope(Wire):
    """One change. `body` is ciphertext under the scope key `key_id`; the server cannot read it.

    The kind of change (message, report, ...) travels inside the body. `entity` is set only
    on ops of body format 1, written before that move; the server stores and serves them as
    they were (their signatures cover it), and new clients never set it.
    """

    op_id: Id  # UUIDv7, hex with dashes
    scope: Scope
    hlc: Hlc
    author: Id
    entity: Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[a-z_]+$")] | None = None
    entity_id: EntityId
    key_id: int = Field(ge=1)
    body: B64


_PLAIN = re.compile(r"[A-Za-z0-9_.:-]*")  # what every string field of a valid op matches


def op_digest(op: OpEnvelope) -> bytes:
    """SHA-256 of the op's canonical bytes: what a batch signature covers, in push order.

    Canonical bytes are `json.dumps(op.model_dump(exclude_none=True), sort_keys=True,
    separators=(",", ":"))`: an op without `entity` has no such key, and an op of format 1
    keeps exactly the bytes (and so the signature) it was pushed with. Every string field
    of a validated op is plain ASCII that JSON never escapes, so the same bytes are built
    directly (the hot path of a first sync); anything else takes the slow path.
    """
    kind = "" if op.entity is None else f'"entity":"{op.entity}",'
    strings = (op.author, op.body, op.entity or "", op.entity_id, op.hlc, op.op_id, op.scope)
    if type(op.key_id) is int and _PLAIN.fullmatch("".join(strings)):  # each one, joined
        canonical = (
            f'{{"author":"{op.author}","body":"{op.body}",{kind}'
            f'"entity_id":"{op.entity_id}","hlc":"{op.hlc}","key_id":{op.key_id},'
            f'"op_id":"{op.op_id}","scope":"{op.scope}"}}'
        ).encode()
    else:
        canonical = json.dumps(
            op.model_dump(exclude_none=True), sort_keys=True, separators=(",", ":")
        ).encode()
    return hashlib.sha256(canonical).digest()


class PushRequest(Wire):
    """A batch signed once by its author: Ed25519 over the SHA-256 digests of the ops in order."""

    ops: Annotated[list[OpEnvelope], Field(min_length=1)]
    signature: B64


class PushResponse(Wire):
    accepted: dict[str, int]  # op_id -> per-scope sequence number
    duplicates: list[str]  # op_ids already stored (idempotent replays)
    server_time_ms: int


class StoredOp(Wire):
    seq: int
    batch_id: int
    op: OpEnvelope


class Batch(Wire):
    """What a reader needs to check authorship: the signature and the digests it covers."""

    batch_id: int
    author: Id
    signature: B64
    digests: B64  # concatenated 32-byte SHA-256 digests, in push order


class PullPage(Wire):
    scope: Scope
    ops: list[StoredOp]
    batches: list[Batch]
    next_after: int
    has_more: bool
    server_time_ms: int


class ScopeHead(Wire):
    scope: Scope
    head: int


class Heads(Wire):
    heads: list[ScopeHead]
    server_time_ms: int


class PurgedScopes(Wire):
    """Pair scopes of the caller's whose data the server purged after retention
    (GET /v1/purged): each client deletes its own copy of them at its next sync."""

    scopes: list[Scope]


# --- live channel (WebSocket /v1/live) -------------------------------------------------

# WebSocket close code: the session is over (expired, revoked, or the token was refused).
# A client must not reconnect with the same token; its person has to sign in again.
LIVE_CLOSE_SIGNED_OUT = 4401


class LiveNewOps(Wire):
    type: Literal["ops"] = "ops"
    scope: Scope
    head: int


class LiveSignal(Wire):
    """Call signalling relayed between members of one pair scope (and its program staff)."""

    type: Literal["signal"] = "signal"
    scope: Scope
    sender: Id | None = None  # filled in by the server, never trusted from the client
    to: Id | None = None
    payload: dict[str, Any]  # opaque to the server: WebRTC offers, answers, candidates


class LiveEphemeral(Wire):
    """Never stored: typing indicators and presence."""

    type: Literal["ephemeral"] = "ephemeral"
    scope: Scope
    sender: Id | None = None
    kind: EphemeralKind
    value: bool


class LiveAuth(Wire):
    """The first client frame on /v1/live."""

    type: Literal["auth"] = "auth"
    token: str


class LiveReady(Wire):
    """Sent by the server once the live channel is authenticated; events follow."""

    type: Literal["ready"] = "ready"
    person_id: Id
    server_time_ms: int


class LiveError(Wire):
    """A refused live frame (e.g. a scope the sender is not in); the channel stays open."""

    type: Literal["error"] = "error"
    code: str
    detail: str


# --- residency -----------------------------------------------------------------------


class Residency(Wire):
    declared: bool
    country: str | None = None  # ISO 3166-1 alpha-2, e.g. "CA"
    region: str | None = None
    provider: str | None = None


class IceServer(Wire):
    urls: list[str]
    username: str | None = None
    credential: str | None = None


class IceConfig(Wire):
    ice_servers: list[IceServer]
    expires_at_ms: int
