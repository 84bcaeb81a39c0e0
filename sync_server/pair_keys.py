"""Staff key public halves, pair membership changes and the key floor they raise.

Runs on request worker threads; every function is one short transaction on the `Store`.
What the server can enforce, since it never sees a key: when a pair's membership changes
(re-pair, reopen) the pair's *key floor* becomes one more than the newest key id granted in
that scope, and new ops there must name a key id at or above it (`stale_key` otherwise).
Grants of those new key ids go only to the pair's current readers (checked in the keys
route). Key ids are never chosen freely: a new one is the next after the scope's newest (or
its floor), and only the program's staff grant pair keys. An op in a pair must name a key
id the program's staff key holds a grant for, so no member can write where staff cannot
read (`key_not_for_staff`). It cannot check that the new key really differs from the old
one, that the staff client granted it to nobody else out of band, or that an op is
encrypted under the key it names: clients do that.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, update

from jumelage_protocol import OpEnvelope, Role, Scope, ScopeKind, staff_recipient
from sync_server import tables as t
from sync_server.errors import Refused
from sync_server.store import Store


@dataclass(frozen=True)
class StaffKeyRow:
    program_id: str
    key_id: int
    box_public: str
    created_by: str
    signature: str
    root_signature: str | None = None
    root_public: str | None = None  # the organisation's, when read back


def _organisation(conn: Connection, program_id: str) -> str | None:
    return conn.scalar(select(t.programs.c.organisation_id).where(t.programs.c.id == program_id))


def put_staff_key(store: Store, row: StaffKeyRow, now_ms: int) -> None:
    """Store a staff key's public half; identical again is a no-op, different a conflict.

    With `root_public`, the organisation's root is set if it has none (`root_conflict` if
    it has another); a root signature missing on a stored key may be added, never replaced.
    """
    values = {k: v for k, v in row.__dict__.items() if k != "root_public"}
    with store.write() as conn:
        if row.root_public is not None:
            org = _organisation(conn, row.program_id)
            conn.execute(
                update(t.organisations)
                .where(t.organisations.c.id == org, t.organisations.c.root_public.is_(None))
                .values(root_public=row.root_public)
            )
            current = conn.scalar(
                select(t.organisations.c.root_public).where(t.organisations.c.id == org)
            )
            if current != row.root_public:
                raise Refused("root_conflict")
        existing = conn.execute(
            select(t.staff_keys.c.box_public, t.staff_keys.c.root_signature).where(
                t.staff_keys.c.program_id == row.program_id,
                t.staff_keys.c.key_id == row.key_id,
            )
        ).first()
        if existing is None:
            conn.execute(insert(t.staff_keys).values(**values, created_ms=now_ms))
        elif existing.box_public != row.box_public:
            raise Refused("staff_key_conflict")
        elif existing.root_signature is None and row.root_signature is not None:
            conn.execute(
                update(t.staff_keys)
                .where(
                    t.staff_keys.c.program_id == row.program_id,
                    t.staff_keys.c.key_id == row.key_id,
                )
                .values(root_signature=row.root_signature)
            )


def newest_staff_key(store: Store, program_id: str) -> StaffKeyRow | None:
    with store.read() as conn:
        r = conn.execute(
            select(t.staff_keys)
            .where(t.staff_keys.c.program_id == program_id)
            .order_by(t.staff_keys.c.key_id.desc())
            .limit(1)
        ).first()
        if r is None:
            return None
        root = conn.scalar(
            select(t.organisations.c.root_public).where(
                t.organisations.c.id == _organisation(conn, program_id)
            )
        )
    return StaffKeyRow(
        r.program_id, r.key_id, r.box_public, r.created_by, r.signature, r.root_signature, root
    )


def newest_staff_key_id(conn: Connection, program_id: str) -> int:
    return (
        conn.scalar(
            select(func.max(t.staff_keys.c.key_id)).where(t.staff_keys.c.program_id == program_id)
        )
        or 0
    )


def next_key_id(conn: Connection, scope: str) -> int:
    """The highest key id a new grant in `scope` may take: one after the newest, or the floor."""
    granted = conn.scalar(
        select(func.max(t.key_grants.c.key_id)).where(t.key_grants.c.scope == scope)
    )
    floor = 1
    parsed = Scope.parse(scope)
    if parsed.kind is ScopeKind.PAIR:
        floor = key_floors(conn, [parsed.id]).get(parsed.id, 1)
    return max((granted or 0) + 1, floor)


def check_grant_key_ids(store: Store, key_ids: dict[str, set[int]]) -> None:
    """Refuse a grant that skips ahead (`bad_key_id`): key ids grow by one, never by choice."""
    with store.read() as conn:
        for scope, ids in key_ids.items():
            if max(ids) > next_key_id(conn, scope):
                raise Refused("bad_key_id")


def check_op_keys(conn: Connection, fresh: Iterable[OpEnvelope]) -> None:
    """New ops in a pair must use a key at or above its floor that the staff key holds.

    Replays of ops stored before a change are duplicates, so they never land here. The
    staff grant check is what keeps every conversation readable by the program's staff.
    """
    wanted = {(op.scope, op.key_id) for op in fresh if op.scope.kind is ScopeKind.PAIR}
    if not wanted:
        return
    pair_ids = sorted({scope.id for scope, _ in wanted})
    floors = key_floors(conn, pair_ids)
    if any(key_id < floors.get(scope.id, 1) for scope, key_id in wanted):
        raise Refused("stale_key")
    programs = dict(
        conn.execute(
            select(t.pairs.c.id, t.pairs.c.program_id).where(t.pairs.c.id.in_(pair_ids))
        ).all()
    )
    staff_keys = sorted({staff_recipient(p) for p in programs.values()})
    held = {
        (r.scope, r.key_id, r.recipient_id)
        for r in conn.execute(
            select(t.key_grants.c.scope, t.key_grants.c.key_id, t.key_grants.c.recipient_id).where(
                t.key_grants.c.scope.in_(sorted({scope for scope, _ in wanted})),
                t.key_grants.c.recipient_id.in_(staff_keys),
            )
        )
    }
    for scope, key_id in wanted:
        program = programs.get(scope.id)
        if program is None or (scope, key_id, staff_recipient(program)) not in held:
            raise Refused("key_not_for_staff")


def key_floors(conn: Connection, pair_ids: list[str]) -> dict[str, int]:
    """min_key_id of each pair that had a membership change (others: none, i.e. 1)."""
    if not pair_ids:
        return {}
    rows = conn.execute(
        select(t.pair_key_floors.c.pair_id, t.pair_key_floors.c.min_key_id).where(
            t.pair_key_floors.c.pair_id.in_(pair_ids)
        )
    ).all()
    return {r.pair_id: r.min_key_id for r in rows}


def _raise_floor(conn: Connection, pair_id: str) -> int:
    granted = conn.scalar(
        select(func.max(t.key_grants.c.key_id)).where(t.key_grants.c.scope == Scope.pair(pair_id))
    )
    current = key_floors(conn, [pair_id]).get(pair_id)
    floor = max(current or 1, (granted or 0) + 1)
    if current is None:
        conn.execute(insert(t.pair_key_floors).values(pair_id=pair_id, min_key_id=floor))
    else:
        conn.execute(
            update(t.pair_key_floors)
            .where(t.pair_key_floors.c.pair_id == pair_id)
            .values(min_key_id=floor)
        )
    return floor


def reopen_pair(store: Store, pair_id: str) -> int:
    """Clear the closure; returns the new key floor (members rotate before writing)."""
    with store.write() as conn:
        pair = store.pair(conn, pair_id)
        if pair is not None and pair.purged_ms is not None:
            raise Refused("pair_purged")
        reopened = {"closed_ms": None, "purge_after_ms": None}
        conn.execute(update(t.pairs).where(t.pairs.c.id == pair_id).values(**reopened))
        return _raise_floor(conn, pair_id)


def set_pair_members(store: Store, pair_id: str, mentor_id: str, mentee_id: str) -> int:
    """Re-pair with people of the pair's own program; returns the new key floor."""
    with store.write() as conn:
        pair = store.pair(conn, pair_id)
        if pair is None:
            raise Refused("not_staff")
        if (
            store.program_role(conn, mentor_id, pair.program_id) != Role.MENTOR
            or store.program_role(conn, mentee_id, pair.program_id) != Role.MENTEE
        ):
            raise Refused("not_in_program")
        if (pair.mentor_id, pair.mentee_id) == (mentor_id, mentee_id):
            return key_floors(conn, [pair_id]).get(pair_id, 1)
        conn.execute(
            update(t.pairs)
            .where(t.pairs.c.id == pair_id)
            .values(mentor_id=mentor_id, mentee_id=mentee_id)
        )
        return _raise_floor(conn, pair_id)
