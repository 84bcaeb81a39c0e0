"""The program staff key's public half, chained to the organisation root key clients pin.

Mentors and mentees cannot read their program's scope, yet must reach its staff (urgent
reports, messages held for review). They seal such ops to the staff key's public half
(`outbox.record_sealed_change`). The first staff member of an organisation makes its
*root key* (Ed25519, kept in their SQLCipher profile) and signs each staff key with it;
everyone else pins the root's public half at enrolment, checked against the fingerprint the
invite carries (`CODE/FINGERPRINT`), and accepts a staff key only with a valid signature by
that pinned root. Keys served by the same server never vouch for each other, so the server
alone cannot slip in a staff key of its own. Runs on the network loop; database work is a
few short transactions.
"""

from __future__ import annotations

import hashlib

from nacl.signing import SigningKey
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
from jumelage_protocol import Scope, StaffKey, staff_key_message

ROOT_PUBLIC = "org_root"  # sync_state keys; the values are hex, inside SQLCipher
ROOT_PRIVATE = "org_root_private"


def fingerprint(root_public: bytes) -> str:
    """80 bits of SHA-256, as five groups of four hex digits: short enough to type."""
    digest = hashlib.sha256(b"jumelage-root|" + root_public).hexdigest()[:20].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def _normal(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum()).replace("O", "0").replace("I", "1")


def split_invite(typed: str) -> tuple[str, str | None]:
    """`CODE/FINGERPRINT` -> (code for the server, fingerprint or None if not given)."""
    code, _, given = typed.strip().partition("/")
    return code.strip(), (_normal(given) or None)


def invite_text(code: str, maker: sessionmaker[Session]) -> str:
    """The code a person types: the server's, then the pinned root's fingerprint if known."""
    root = pinned_root(maker)
    return f"{code}/{fingerprint(root)}" if root is not None else code


def pinned_root(maker: sessionmaker[Session]) -> bytes | None:
    with maker() as s:
        raw = get_state(s, ROOT_PUBLIC)
    return bytes.fromhex(raw) if raw else None


def make_root(maker: sessionmaker[Session]) -> bytes:
    """The first staff member: a new organisation root key, kept here and pinned."""
    root = SigningKey.generate()
    with maker.begin() as s:
        set_state(s, ROOT_PRIVATE, bytes(root).hex())
        set_state(s, ROOT_PUBLIC, bytes(root.verify_key).hex())
    return bytes(root.verify_key)


async def pin_root(
    client: ServerClient, maker: sessionmaker[Session], program_id: str, expected: str | None
) -> bytes | None:
    """At enrolment: pin the organisation root the server serves, if its fingerprint is the
    one the invite carried (`root_mismatch` otherwise). Without one, the first served root
    is pinned (trust on first use); None when the program has no staff key yet."""
    key = await client.staff_key(program_id)
    root = b64d(key.root_public) if key is not None and key.root_public else None
    if expected is not None and (root is None or _normal(fingerprint(root)) != expected):
        raise SyncError("root_mismatch", "the server's organisation key is not the invite's")
    if root is not None:
        with maker.begin() as s:
            set_state(s, ROOT_PUBLIC, root.hex())
    return root


async def publish_staff_keys(
    client: ServerClient, maker: sessionmaker[Session], person_id: str
) -> int:
    """Publish each staff key we hold that we have not published yet; returns how many.

    The holder of the organisation root signs them with the root too."""
    with maker() as s:
        held = staff_secrets(s)
    rooted = await _ensure_root(client, maker, sorted({scope for scope, _ in held}))
    with maker() as s:
        signer = own_keys(s, person_id).signing_key
        raw_root = get_state(s, ROOT_PRIVATE)
        todo = {
            (scope, key_id): secret
            for (scope, key_id), secret in held.items()
            if rooted or not get_state(s, f"staff_published:{scope}:{key_id}")
        }
    root = SigningKey(bytes.fromhex(raw_root)) if raw_root else None
    for (scope, key_id), secret in sorted(todo.items()):
        program_id = Scope.parse(scope).id
        public = b64e(staff_public(secret))
        message = staff_key_message(program_id, key_id, public)
        try:
            await client.publish_staff_key(
                StaffKey(
                    program_id=program_id,
                    key_id=key_id,
                    box_public=public,
                    signature=b64e(signer.sign(message).signature),
                    root_public=b64e(bytes(root.verify_key)) if root else None,
                    root_signature=b64e(root.sign(message).signature) if root else None,
                )
            )
        except SyncError as exc:
            if exc.code == "root_conflict" and rooted:  # another staff PC made one first
                with maker.begin() as s:
                    set_state(s, ROOT_PRIVATE, "")
                    set_state(s, ROOT_PUBLIC, "")
            if exc.code != "staff_key_conflict":  # another staff member's key won that id
                raise
        with maker.begin() as s:
            set_state(s, f"staff_published:{scope}:{key_id}", "1")
            put_staff_public(s, program_id, key_id, staff_public(secret))
    return len(todo)


async def _ensure_root(
    client: ServerClient, maker: sessionmaker[Session], program_scopes: list[str]
) -> bool:
    """A staff PC without a pinned root: pin the organisation's, or (a program made before
    roots existed) make it here; True when it was made, so the staff keys get signed."""
    if not program_scopes or pinned_root(maker) is not None:
        return False
    for scope in program_scopes:
        if await pin_root(client, maker, Scope.parse(scope).id, None) is not None:
            return False
    make_root(maker)
    return True


def _chained(key: StaffKey, root: bytes) -> bool:
    if not key.root_signature:
        return False
    message = staff_key_message(key.program_id, key.key_id, key.box_public)
    try:
        verify_batch(root, message, b64d(key.root_signature))
    except (EnvelopeError, ValueError):
        return False
    return True


async def refresh_staff_publics(
    client: ServerClient, maker: sessionmaker[Session], program_ids: list[str]
) -> int:
    """Fetch, check and cache the staff public key of each program; returns how many changed.

    A key not signed by the pinned root is refused (`bad_staff_key`) and the cached one
    stays. A profile enrolled before roots existed pins the first root it is served."""
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
        root = pinned_root(maker)
        if root is None and not key.root_public:
            continue  # made before roots: staff sign it with a new root on their next sync
        if root is None:
            root = await pin_root(client, maker, program_id, None)
        if root is None or not _chained(key, root):
            raise SyncError("bad_staff_key", "the staff key is not signed by the organisation")
        with maker.begin() as s:
            put_staff_public(s, program_id, key.key_id, b64d(key.box_public))
        changed += 1
    return changed


__all__ = [
    "fingerprint",
    "invite_text",
    "make_root",
    "pin_root",
    "pinned_root",
    "publish_staff_keys",
    "refresh_staff_publics",
    "split_invite",
]
