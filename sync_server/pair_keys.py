"""Staff key public halves, pair membership changes and the key floor they raise.

Runs on request worker threads; every function is one short transaction on the `Store`.
What the server can enforce, since it never sees a key: when a pair's membership changes
(re-pair, reopen) the pair's *key floor* becomes one more than the newest key id granted in
that scope, and new ops there must name a key id at or above it (`stale_key` otherwise).
Grants of those new key ids go only to the pair's current readers (checked in the keys
route). It cannot check that the new key really differs from the old one, that the staff
client granted it to nobody else out of band, or that an op is encrypted under the key it
names: clients do that.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, update

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


def put_staff_key(store: Store, row: StaffKeyRow, now_ms: int) -> None:
    """Store a staff key's public half; identical again is a no-op, different a conflict."""
    with store.write() as conn:
        existing = conn.execute(
            select(t.staff_keys.c.box_public).where(
                t.staff_keys.c.program_id == row.program_id,
                t.staff_keys.c.key_id == row.key_id,
            )
        ).first()
        if existing is not None:
            if existing.box_public != row.box_public:
                raise Refused("staff_key_conflict")
            return
        conn.execute(insert(t.staff_keys).values(**row.__dict__, created_ms=now_ms))


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
    return StaffKeyRow(r.program_id, r.key_id, r.box_public, r.created_by, r.signature)


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
        select(func.max(t.key_grants.c.key_id)).where(t.key_grants.c.scope == f"pair:{pair_id}")
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
        conn.execute(update(t.pairs).where(t.pairs.c.id == pair_id).values(closed_ms=None))
        return _raise_floor(conn, pair_id)


def set_pair_members(store: Store, pair_id: str, mentor_id: str, mentee_id: str) -> int:
    """Re-pair with people of the pair's own program; returns the new key floor."""
    with store.write() as conn:
        pair = store.pair(conn, pair_id)
        if pair is None:
            raise Refused("not_staff")
        if (
            store.program_role(conn, mentor_id, pair.program_id) != "mentor"
            or store.program_role(conn, mentee_id, pair.program_id) != "mentee"
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
