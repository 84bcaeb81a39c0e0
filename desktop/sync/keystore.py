"""Keys and small state kept in the profile database: scope keys, own keys, directory, HLC.

Thin helpers over `sync_tables` so the outbox, the engine and the account flows read and
write keys the same way. Everything stays inside SQLCipher. Called in the caller's session
on whichever thread holds the database writer.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.sync_tables import DirectoryEntry, OwnKeys, ScopeKey, SyncState
from desktop.sync.errors import SyncError
from desktop.sync.hlc import HlcClock, wall_ms
from desktop.vault.keys import PersonKeyPair


def get_state(session: Session, key: str) -> str | None:
    row = session.get(SyncState, key)
    return row.value if row is not None else None


def set_state(session: Session, key: str, value: str) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def pc_wall(session: Session) -> Callable[[], int]:
    """This PC's wall clock in ms: `wall_ms`, unless the session factory was given another as
    `info={"wall": ...}` (how tests give each simulated PC its own wrong clock)."""
    wall: Callable[[], int] = session.info.get("wall", wall_ms)
    return wall


def load_clock(session: Session) -> HlcClock:
    """This profile's clock on this PC (node id made once per database)."""
    node = get_state(session, "hlc_node")
    if node is None:
        node = secrets.token_hex(6)
        set_state(session, "hlc_node", node)
    return HlcClock(node, get_state(session, "hlc_last"), wall=pc_wall(session))


def save_clock(session: Session, clock: HlcClock) -> None:
    set_state(session, "hlc_last", clock.last)


def put_scope_key(
    session: Session, scope: str, key_id: int, key: bytes, secret: bytes | None = None
) -> None:
    row = session.get(ScopeKey, (scope, key_id))
    if row is None:
        session.add(ScopeKey(scope=scope, key_id=key_id, key=key, secret=secret))
    else:
        row.key = key
        if secret is not None:
            row.secret = secret


def scope_key(session: Session, scope: str, key_id: int | None = None) -> tuple[int, bytes]:
    """The scope's key `key_id`, or its newest one; `no_scope_key` if this PC has none."""
    query = select(ScopeKey).where(ScopeKey.scope == scope)
    if key_id is not None:
        query = query.where(ScopeKey.key_id == key_id)
    row = session.scalars(query.order_by(ScopeKey.key_id.desc()).limit(1)).first()
    if row is None:
        raise SyncError("no_scope_key", f"no key for {scope} on this PC")
    return row.key_id, row.key


def all_scope_keys(session: Session) -> dict[tuple[str, int], bytes]:
    return {(r.scope, r.key_id): r.key for r in session.scalars(select(ScopeKey))}


def staff_secrets(session: Session) -> dict[tuple[str, int], bytes]:
    """Program staff private keys held here ((program scope, key_id) -> private)."""
    rows = session.scalars(select(ScopeKey).where(ScopeKey.secret.is_not(None)))
    return {(r.scope, r.key_id): r.secret for r in rows if r.secret is not None}


def put_staff_public(session: Session, program_id: str, key_id: int, public: bytes) -> None:
    """Cache the program staff key's public half (members seal urgent ops to it)."""
    value = json.dumps({"key_id": key_id, "public": public.hex()})
    set_state(session, f"staff_public:{program_id}", value)


def staff_public_key(session: Session, program_id: str) -> tuple[int, bytes]:
    """(key_id, public half) of the program's staff key, or `no_staff_key` if not known here."""
    raw = get_state(session, f"staff_public:{program_id}")
    if raw is None:
        raise SyncError("no_staff_key", "the program staff key is not known on this PC yet")
    data = json.loads(raw)
    return int(data["key_id"]), bytes.fromhex(data["public"])


def put_own_keys(session: Session, person_id: str, keys: PersonKeyPair) -> None:
    row = session.get(OwnKeys, person_id)
    if row is None:
        session.add(OwnKeys(person_id=person_id, private=keys.private_bytes()))
    else:
        row.private = keys.private_bytes()


def own_keys(session: Session, person_id: str) -> PersonKeyPair:
    row = session.get(OwnKeys, person_id)
    if row is None:
        raise SyncError("no_person_keys", "this profile has no keys yet")
    return PersonKeyPair.from_private_bytes(row.private)


def put_directory(
    session: Session, person_id: str, role: str, box_public: bytes, sign_public: bytes
) -> None:
    row = session.get(DirectoryEntry, person_id)
    if row is None:
        session.add(
            DirectoryEntry(
                person_id=person_id, role=role, box_public=box_public, sign_public=sign_public
            )
        )
    else:
        row.role, row.box_public, row.sign_public = role, box_public, sign_public


def sign_publics(session: Session) -> dict[str, bytes]:
    return {r.person_id: r.sign_public for r in session.scalars(select(DirectoryEntry))}
