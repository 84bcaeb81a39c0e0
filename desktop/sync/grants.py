"""Scope keys and public keys from the server: grants in, grants out, directory cache.

Incoming grants are opened with this person's X25519 key (or a program's staff key for
grants to `staff:<program>`), and the resulting op keys stored in SQLCipher. Outgoing:
the staff key to staff who lack it, a new pair key to its mentor, mentee and the staff key,
and a rotated pair key (next key id) to the current members when membership changed.
The server only ever sees sealed boxes. Public keys are pinned on first sight
(`directory`): keys are sealed only to pinned, unchanged keys, and a scope key is taken
only from a grant made by a pinned staff member, since only staff make scope keys: a key a
member made could leave the program's staff out. Runs on the network loop; database work
is short.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.sync_tables import DirectoryEntry
from desktop.models.tables import Pair
from desktop.sync.client import ServerClient
from desktop.sync.directory import pin_entries, pinned_boxes, sealing_keys
from desktop.sync.errors import SyncError
from desktop.sync.keystore import (
    all_scope_keys,
    get_state,
    own_keys,
    put_scope_key,
    set_state,
    staff_secrets,
)
from desktop.sync.ops import b64d, b64e
from desktop.vault.keys import (
    KeyMaterialError,
    new_pair_key,
    open_sealed,
    program_op_key,
    seal_to,
    staff_public,
)
from jumelage_protocol import (
    KeyGrant,
    PersonDirectoryEntry,
    Role,
    Scope,
    ScopeKind,
    recipient_program,
    scope_kind,
    staff_recipient,
)


async def refresh_keys(client: ServerClient, maker: sessionmaker[Session], person_id: str) -> int:
    """Fetch our grants and store the keys we did not have; returns how many are new."""
    grants = await client.grants()
    # program (staff) keys first: they open the pair keys granted to `staff:<program>`
    grants.sort(key=lambda g: (g.scope.kind is not ScopeKind.PROGRAM, g.scope, g.key_id))
    added = 0
    with maker.begin() as s:
        have = all_scope_keys(s)
        mine = own_keys(s, person_id).box_private
        staff = _pinned_staff(s)
        for g in grants:
            if (g.scope, g.key_id) in have or g.granted_by not in staff:
                continue  # a key a member made may be one staff never got: never switch to it
            if g.recipient_id == person_id:
                opener: bytes | object = mine
            else:
                program = recipient_program(g.recipient_id)
                if program is None:
                    continue
                secret = staff_secrets(s).get((Scope.program(program), _newest(s, program)))
                if secret is None:
                    continue
                opener = secret
            try:
                raw = open_sealed(opener, b64d(g.sealed_key))  # type: ignore[arg-type]
            except KeyMaterialError:
                continue  # a grant we cannot open is ignored, never fatal
            if g.scope.kind is ScopeKind.PROGRAM:
                put_scope_key(s, g.scope, g.key_id, program_op_key(raw), secret=raw)
            else:
                put_scope_key(s, g.scope, g.key_id, raw)
            have[(g.scope, g.key_id)] = raw
            added += 1
    return added


def _pinned_staff(s: Session) -> set[str]:
    rows = s.scalars(select(DirectoryEntry.person_id).where(DirectoryEntry.role == Role.STAFF))
    return set(rows)


def _newest(s: Session, program_id: str) -> int:
    ids = [k for (scope, k) in staff_secrets(s) if scope == Scope.program(program_id)]
    return max(ids, default=0)


async def refresh_directory(
    client: ServerClient, maker: sessionmaker[Session], scopes: list[str]
) -> dict[str, list[PersonDirectoryEntry]]:
    """Cache the public keys of everyone in `scopes`; returns the entries per scope."""
    found: dict[str, list[PersonDirectoryEntry]] = {}
    for scope in scopes:
        if scope_kind(scope) is ScopeKind.PERSON:
            continue
        found[scope] = await client.directory(scope)
    with maker.begin() as s:
        for entries in found.values():
            pin_entries(s, entries)
    return found


def ensure_pairs(
    maker: sessionmaker[Session],
    directory: dict[str, list[PersonDirectoryEntry]],
    program_of: dict[str, str],
) -> None:
    """Pair rows must exist before their messages; build them from membership facts."""
    with maker.begin() as s:
        for scope, entries in directory.items():
            if scope_kind(scope) is not ScopeKind.PAIR:
                continue
            pair_id = Scope.parse(scope).id
            if s.get(Pair, pair_id) is not None:
                continue
            roles = {e.role: e.person_id for e in entries if e.role in (Role.MENTOR, Role.MENTEE)}
            program = program_of.get(pair_id)
            if program and len(roles) == 2:
                s.add(
                    Pair(
                        id=pair_id,
                        program_id=program,
                        mentor_id=roles[Role.MENTOR],
                        mentee_id=roles[Role.MENTEE],
                    )
                )


async def grant_staff_key(client: ServerClient, maker: sessionmaker[Session]) -> int:
    """Seal each program's staff key to staff members who do not have it yet."""
    with maker() as s:
        secrets = staff_secrets(s)
    sent = 0
    for (scope, key_id), secret in secrets.items():
        entries = await client.directory(scope)
        state_key = f"staff_granted:{scope}:{key_id}"
        with maker.begin() as s:
            done = set(json.loads(get_state(s, state_key) or "[]"))
            staff = [e for e in entries if e.role == Role.STAFF and e.person_id not in done]
            boxes, _changed = pinned_boxes(s, staff)  # changed ones wait for confirmation
        todo = sorted(boxes)
        grants = [
            KeyGrant(
                scope=scope,
                key_id=key_id,
                recipient_id=person_id,
                sealed_key=b64e(seal_to(boxes[person_id], secret)),
            )
            for person_id in todo
        ]
        if grants:
            await _put_tolerant(client, grants)
            sent += len(grants)
        with maker.begin() as s:
            set_state(s, state_key, json.dumps(sorted(done | set(todo))))
    return sent


async def _put_tolerant(client: ServerClient, grants: list[KeyGrant]) -> None:
    """Another staff member may have granted first: a conflict per grant is fine."""
    try:
        await client.put_grants(grants)
    except SyncError as exc:
        if exc.code != "grant_conflict":
            raise
        for g in grants:
            try:
                await client.put_grants([g])
            except SyncError as one:
                if one.code != "grant_conflict":
                    raise


async def share_scope_key(
    client: ServerClient,
    *,
    scope: str,
    key_id: int,
    key: bytes,
    recipients: dict[str, bytes],
) -> None:
    """Seal `key` to each recipient id -> X25519 public key (people or `staff:<program>`)."""
    grants = [
        KeyGrant(scope=scope, key_id=key_id, recipient_id=rid, sealed_key=b64e(seal_to(pub, key)))
        for rid, pub in recipients.items()
    ]
    await _put_tolerant(client, grants)


async def rotate_pair_key(
    client: ServerClient,
    maker: sessionmaker[Session],
    *,
    pair_id: str,
    program_id: str,
    min_key_id: int = 1,
) -> int:
    """Staff: a new pair key (next key id) for the pair's CURRENT members and the staff key.

    Old keys stay where they are, for history; whoever left the pair never gets the new one.
    Returns the new key id. The members are the server's (the directory of the pair scope).
    """
    scope = Scope.pair(pair_id)
    staff = staff_key_public(maker, program_id)
    if staff is None:
        raise SyncError("no_staff_key", "this PC does not hold the program's staff key yet")
    entries = await client.directory(scope)
    members = {e.role: e for e in entries if e.role in (Role.MENTOR, Role.MENTEE)}
    if len(members) != 2:
        raise SyncError("not_in_program", "the pair has no current mentor and mentee")
    granted = [g.key_id for g in await client.grants(scope)]
    with maker() as s:
        local = [k for (sc, k) in all_scope_keys(s) if sc == scope]
    key_id = max([min_key_id, *(k + 1 for k in granted + local)])
    recipients = sealing_keys(maker, members.values())
    recipients[staff_recipient(program_id)] = staff[1]
    key = new_pair_key()
    await share_scope_key(client, scope=scope, key_id=key_id, key=key, recipients=recipients)
    with maker.begin() as s:
        put_scope_key(s, scope, key_id, key)
    return key_id


def staff_key_public(maker: sessionmaker[Session], program_id: str) -> tuple[int, bytes] | None:
    """The newest staff key of a program we hold: (key_id, public half)."""
    with maker() as s:
        secrets = {
            k: v for (scope, k), v in staff_secrets(s).items() if scope == Scope.program(program_id)
        }
    if not secrets:
        return None
    key_id = max(secrets)
    return key_id, staff_public(secrets[key_id])


__all__ = [
    "ensure_pairs",
    "grant_staff_key",
    "refresh_directory",
    "refresh_keys",
    "rotate_pair_key",
    "share_scope_key",
    "staff_key_public",
]
