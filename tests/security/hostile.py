"""A hostile member's client: it signs and pushes anything its keys allow.

It holds a real member's profile (keys, token) but none of the app's rules: it seals any op
it likes with the scope key it was granted (or, in a program scope, to the staff key) and
signs the batch with the member's own key, so the server and the other replicas see ops that
are authentic, validly signed, and not allowed. Used by `tests/security/`.
"""

from __future__ import annotations

from typing import Any

from desktop.services.accounts import client_for
from desktop.services.profiles import Profile
from desktop.sync.hlc import HlcClock
from desktop.sync.keystore import own_keys, scope_key, staff_public_key
from desktop.sync.ops import PlainOp, b64e, op_digest, seal_op, seal_op_to, uuid7
from desktop.vault.envelope import sign_batch
from jumelage_protocol import OpEnvelope, PushRequest, PushResponse


class HostileClient:
    """Forges ops as `profile`'s person; `push` sends them past every client-side check."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.person_id = profile.person_id
        self.clock = HlcClock("hostile")

    def op(
        self, scope: str, entity: str, fields: dict[str, Any], entity_id: str | None = None
    ) -> PlainOp:
        op_id = uuid7()
        return PlainOp(
            op_id, scope, self.clock.now(), self.person_id, entity, entity_id or op_id, fields
        )

    def seal(self, op: PlainOp) -> OpEnvelope:
        with self.profile.sessionmaker() as s:
            if op.scope.startswith("program:"):
                key_id, public = staff_public_key(s, op.scope.split(":", 1)[1])
                return seal_op_to(op, public, key_id)
            key_id, key = scope_key(s, op.scope)
        return seal_op(op, key, key_id)

    async def push(self, ops: list[PlainOp]) -> PushResponse:
        """Seal, sign as this member and push in one batch (raises the server's refusal)."""
        envelopes = [self.seal(op) for op in ops]
        return await self.push_envelopes(envelopes)

    async def push_envelopes(self, envelopes: list[OpEnvelope]) -> PushResponse:
        with self.profile.sessionmaker() as s:
            signer = own_keys(s, self.person_id).signing_key
        signature = sign_batch(signer, [op_digest(e) for e in envelopes])
        async with client_for(self.profile) as client:
            return await client.push(PushRequest(ops=envelopes, signature=b64e(signature)))
