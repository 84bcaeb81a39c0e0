"""Key attacks: a member's modified client and a malicious server, for the key defects of issue 9.

A `Forger` wraps a wire `Actor` (tests/support/wire_actor.py) and sends whatever its own keys
allow: grants of any key id to anyone, ops under any key id. `MaliciousServer` edits a real
server's database behind its back, as an operator with the database could: swap a person's
public keys, serve another staff key, store a grant the API would refuse. Runs on the test's
thread; no mocks, only a real server and its real database.
"""

from __future__ import annotations

from dataclasses import dataclass

from nacl.public import PrivateKey
from nacl.signing import SigningKey
from sqlalchemy import create_engine, insert, update
from sqlalchemy.engine import Engine

from jumelage_protocol import staff_key_message
from sync_server import tables as t
from sync_server.codec import b64
from tests.support.wire_actor import Actor, new_scope_key, seal_to


@dataclass
class Forger:
    """A member whose client signs and sends anything its keys allow."""

    actor: Actor

    def grant(self, http, scope: str, key_id: int, recipients: list[str], key: bytes | None = None):
        """Seal `key` (fresh by default) under `key_id` to recipient ids, whoever they are."""
        sealed = seal_to(b64(bytes(self.actor.box.public_key)), key or new_scope_key())
        grants = [
            {"scope": scope, "key_id": key_id, "recipient_id": rid, "sealed_key": sealed}
            for rid in recipients
        ]
        return http.post("/v1/keys/grants", json={"grants": grants}, headers=self.actor.headers)

    def push_under(self, http, scope: str, key: bytes, key_id: int, text: bytes = b"hidden"):
        return self.actor.push(http, [self.actor.op(scope, text, key, key_id=key_id)])


class MaliciousServer:
    """Direct writes to a running server's database: what a hostile operator can do."""

    def __init__(self, server) -> None:
        url = server.database_url or f"sqlite:///{server.data_dir / 'jumelage-server.db'}"
        self.engine: Engine = create_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    def swap_person_keys(self, person_id: str) -> tuple[PrivateKey, SigningKey]:
        """Serve new public keys for a person (the server keeps the private halves)."""
        box, sign = PrivateKey.generate(), SigningKey.generate()
        with self.engine.begin() as conn:
            conn.execute(
                update(t.persons)
                .where(t.persons.c.id == person_id)
                .values(
                    box_public=b64(bytes(box.public_key)), sign_public=b64(bytes(sign.verify_key))
                )
            )
        return box, sign

    def swap_staff_key(self, program_id: str, staff_id: str) -> PrivateKey:
        """Serve a staff key of the server's own: signed by a signing key it now serves as the
        staff member's (what the old check accepted) and by a root of its own."""
        box, root = PrivateKey.generate(), SigningKey.generate()
        _, sign = self.swap_person_keys(staff_id)
        public = b64(bytes(box.public_key))
        message = staff_key_message(program_id, 1, public)
        with self.engine.begin() as conn:
            conn.execute(
                update(t.staff_keys)
                .where(t.staff_keys.c.program_id == program_id)
                .values(
                    box_public=public,
                    created_by=staff_id,
                    signature=b64(sign.sign(message).signature),
                    root_signature=b64(root.sign(message).signature),
                )
            )
            conn.execute(update(t.organisations).values(root_public=b64(bytes(root.verify_key))))
        return box

    def store_grant(
        self, scope: str, key_id: int, recipient_id: str, sealed_key: str, granted_by: str
    ) -> None:
        """A grant the API refuses (a member's), as a server without the checks stored it."""
        with self.engine.begin() as conn:
            conn.execute(
                insert(t.key_grants).values(
                    scope=scope,
                    key_id=key_id,
                    recipient_id=recipient_id,
                    sealed_key=sealed_key,
                    granted_by=granted_by,
                    created_ms=0,
                )
            )

    def forget_roots(self) -> None:
        """The state of a server from before organisation roots: no root, no root signature."""
        with self.engine.begin() as conn:
            conn.execute(update(t.organisations).values(root_public=None))
            conn.execute(update(t.staff_keys).values(root_signature=None))
