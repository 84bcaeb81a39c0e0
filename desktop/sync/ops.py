"""Ops in clear and on the wire: building, sealing, opening and digesting one change.

A `PlainOp` is what apply code sees (kind and fields in clear); an `OpEnvelope` is what the
server stores (body sealed under the scope key, bound by associated data to the op's
identity and author). Pure functions; called on the database-writer thread for local
changes and on the network loop for pulled pages.

Body formats. Format 1 (before this version): the kind in the envelope's `entity`, in
clear, and the body the fields as JSON; associated data `jml1|op|scope|entity|id|author|key`.
Format 2 (written now): no kind in the envelope; the body is
`{"v": 2, "entity": kind, "fields": {...}}` and the associated data
`jml2|op|scope|id|author|key`, so the server never learns what kind of change it stores.
Both are read. Later formats keep the `jml2` associated data and raise `v`; a body with a
`v` above `FORMAT` is refused here as `newer_format`, and the puller keeps it (held) until
this PC is upgraded, rather than guessing at it.
"""

from __future__ import annotations

import base64
import json
import os
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from desktop.vault.envelope import (
    EnvelopeError,
    open_body,
    open_body_sealed,
    seal_body,
    seal_body_to,
)
from jumelage_protocol import OpEnvelope, Scope, ScopeKind, op_digest

TOMBSTONE = "tombstone"
FORMAT = 2  # the newest op body format this version writes and reads


def b64e(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def uuid7() -> str:
    """A time-ordered UUIDv7 (RFC 9562) as hex with dashes."""
    ms = time.time_ns() // 1_000_000
    raw = bytearray(ms.to_bytes(6, "big") + os.urandom(10))
    raw[6] = 0x70 | (raw[6] & 0x0F)
    raw[8] = 0x80 | (raw[8] & 0x3F)
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass(frozen=True)
class PlainOp:
    """One change in clear. `fields` holds the values; a tombstone names its target entity."""

    op_id: str
    scope: str
    hlc: str
    author: str
    entity: str
    entity_id: str
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def scope_id(self) -> str:
        return _scope_parts(self.scope)[1]

    @property
    def scope_kind(self) -> ScopeKind:
        return _scope_parts(self.scope)[0]


@lru_cache(maxsize=4096)
def _scope_parts(text: str) -> tuple[ScopeKind, str]:
    """A page holds thousands of ops of one scope: its grammar is checked once, not per op."""
    scope = Scope.parse(text)
    return scope.kind, scope.id


def aad_for(
    op_id: str,
    scope: str,
    entity: str | None,
    entity_id: str,
    author: str,
    key_id: int,
    *,
    sealed: bool = False,
) -> bytes:
    """Associated data: a body opens only under the op identity it was sealed for. `entity`
    is given for format 1 only (it was in the envelope then); None gives format 2's."""
    if entity is None:
        tag = "jml2s" if sealed else "jml2"  # a sealed body never opens as a symmetric one
        return f"{tag}|{op_id}|{scope}|{entity_id}|{author}|{key_id}".encode()
    tag = "jml1s" if sealed else "jml1"
    return f"{tag}|{op_id}|{scope}|{entity}|{entity_id}|{author}|{key_id}".encode()


def _env_aad(env: OpEnvelope, *, sealed: bool = False) -> bytes:
    return aad_for(
        env.op_id, env.scope, env.entity, env.entity_id, env.author, env.key_id, sealed=sealed
    )


def encode_body(op: PlainOp) -> bytes:
    """The format-2 body: the kind travels inside, sealed with the fields."""
    body = {"v": FORMAT, "entity": op.entity, "fields": op.fields}
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def _envelope(op: PlainOp, key_id: int, body: bytes) -> OpEnvelope:
    return OpEnvelope(
        op_id=op.op_id,
        scope=op.scope,
        hlc=op.hlc,
        author=op.author,
        entity_id=op.entity_id,
        key_id=key_id,
        body=b64e(body),
    )


def _aad(op: PlainOp, key_id: int, *, sealed: bool) -> bytes:
    return aad_for(op.op_id, op.scope, None, op.entity_id, op.author, key_id, sealed=sealed)


def seal_op(op: PlainOp, key: bytes, key_id: int) -> OpEnvelope:
    return _envelope(op, key_id, seal_body(key, encode_body(op), _aad(op, key_id, sealed=False)))


def seal_op_to(op: PlainOp, public: bytes, key_id: int) -> OpEnvelope:
    """An op only the holder of `public`'s private half can open (write-only scopes)."""
    aad = _aad(op, key_id, sealed=True)
    return _envelope(op, key_id, seal_body_to(public, encode_body(op), aad))


def open_op(env: OpEnvelope, key: bytes) -> PlainOp:
    """Decrypt an envelope; raises `EnvelopeError('unreadable')` on any mismatch, and
    `EnvelopeError('newer_format')` for a body this version cannot read yet."""
    return _plain(env, open_body(key, b64d(env.body), _env_aad(env)))


def open_sealed_op(env: OpEnvelope, private: bytes) -> PlainOp:
    """Decrypt an envelope made by `seal_op_to` with the matching X25519 private key."""
    return _plain(env, open_body_sealed(private, b64d(env.body), _env_aad(env, sealed=True)))


def _damaged() -> EnvelopeError:
    return EnvelopeError("unreadable", "This change is damaged.")


def _plain(env: OpEnvelope, raw: bytes) -> PlainOp:
    try:
        body = json.loads(raw)
    except ValueError as exc:
        raise _damaged() from exc
    if not isinstance(body, dict):
        raise _damaged()
    if env.entity is not None:  # format 1: the body is the fields
        return PlainOp(env.op_id, env.scope, env.hlc, env.author, env.entity, env.entity_id, body)
    version, entity, fields = body.get("v"), body.get("entity"), body.get("fields")
    if type(version) is not int or version < 2:
        raise _damaged()
    if version > FORMAT:
        raise EnvelopeError("newer_format", "This change needs a newer version of the app.")
    if not isinstance(entity, str) or not _KIND.fullmatch(entity) or not isinstance(fields, dict):
        raise _damaged()
    return PlainOp(env.op_id, env.scope, env.hlc, env.author, entity, env.entity_id, fields)


_KIND = re.compile(r"[a-z_]{1,32}")


__all__ = [
    "FORMAT",
    "TOMBSTONE",
    "PlainOp",
    "aad_for",
    "b64d",
    "b64e",
    "op_digest",
    "open_op",
    "open_sealed_op",
    "seal_op",
    "seal_op_to",
    "uuid7",
]
