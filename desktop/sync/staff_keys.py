"""The public half of each program's staff key: staff publish it, members fetch and check it.

Mentors and mentees cannot read their program's scope, yet must reach its staff (urgent
reports, messages held for review). They seal such ops to the staff key's public half
(`outbox.record_sealed_change`). Staff publish that half, signed with their own Ed25519 key;
members accept it only with a valid signature by someone the program's directory lists as
staff, so the server alone cannot slip in a key of its own. Runs on the network loop;
database work is a few short transactions.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from desktop.sync.client import ServerClient
from desktop.sync.errors import SyncError
from desktop.sync.keystore import (
    get_state,
    own_keys,
    put_staff_public,
    set_state,
    staff_public_key,
    staff_secrets,
)
from desktop.sync.ops import b64d, b64e
from desktop.vault.envelope import EnvelopeError, verify_batch
from desktop.vault.keys import staff_public
from jumelage_protocol import StaffKey, staff_key_message


async def publish_staff_keys(
    client: ServerClient, maker: sessionmaker[Session], person_id: str
) -> int:
    """Publish each staff key we hold that we have not published yet; returns how many."""
    with maker() as s:
        held = staff_secrets(s)
        signer = own_keys(s, person_id).signing_key
        todo = {
            (scope, key_id): secret
            for (scope, key_id), secret in held.items()
            if not get_state(s, f"staff_published:{scope}:{key_id}")
        }
    for (scope, key_id), secret in sorted(todo.items()):
        program_id = scope.split(":", 1)[1]
        public = b64e(staff_public(secret))
        signature = signer.sign(staff_key_message(program_id, key_id, public)).signature
        try:
            await client.publish_staff_key(
                StaffKey(
                    program_id=program_id,
                    key_id=key_id,
                    box_public=public,
                    signature=b64e(signature),
                )
            )
        except SyncError as exc:
            if exc.code != "staff_key_conflict":  # another staff member's key won that id
                raise
        with maker.begin() as s:
            set_state(s, f"staff_published:{scope}:{key_id}", "1")
            put_staff_public(s, program_id, key_id, staff_public(secret))
    return len(todo)


def _verify(key: StaffKey, entries: list) -> bool:
    signer = next((e for e in entries if e.person_id == key.created_by), None)
    if signer is None or signer.role != "staff":
        return False
    message = staff_key_message(key.program_id, key.key_id, key.box_public)
    try:
        verify_batch(b64d(signer.sign_public), message, b64d(key.signature))
    except (EnvelopeError, ValueError):
        return False
    return True


async def refresh_staff_publics(
    client: ServerClient, maker: sessionmaker[Session], program_ids: list[str]
) -> int:
    """Fetch, check and cache the staff public key of each program; returns how many changed."""
    changed = 0
    for program_id in program_ids:
        key = await client.staff_key(program_id)
        if key is None:
            continue
        with maker() as s:
            try:
                cached = staff_public_key(s, program_id)
            except SyncError:
                cached = None
        if cached == (key.key_id, b64d(key.box_public)):
            continue
        entries = await client.directory(f"program:{program_id}")
        if not _verify(key, entries):
            raise SyncError("bad_staff_key", "the program staff key is not signed by its staff")
        with maker.begin() as s:
            put_staff_public(s, program_id, key.key_id, b64d(key.box_public))
        changed += 1
    return changed


__all__ = ["publish_staff_keys", "refresh_staff_publics"]
