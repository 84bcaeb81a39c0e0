"""A paused pair's mentor: messages written after the pause are held, on every replica.

Staff pause a pair by setting its status to "paused" (an lww field: its clock is the pause's
HLC). A mentor who was offline does not know yet and keeps writing; those messages reach the
others with an HLC after the pause's, so every replica that applies them (or applies the pause
after them: the result must not depend on arrival order) marks them "held": the mentee never
sees them, staff find them in the review queue, and the mentor sees them waiting. A staff
decision on a message's `state` (approve: "sent", dismiss: "failed") wins for good, so an
approved message stays where it was written. Runs inside the applier's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, exists, select, update
from sqlalchemy.orm import Session

from desktop.models.sync_tables import DirectoryEntry, FieldClock
from desktop.models.tables import Message, Pair
from desktop.sync.ops import PlainOp
from jumelage_protocol import Role, ScopeKind

SHOWN_STATES = ("pending", "sent", "delivered", "read")


def touched_pairs(ops: Iterable[PlainOp]) -> set[str]:
    """Pairs whose messages or status these ops change."""
    out: set[str] = set()
    for op in ops:
        if op.entity == "message" and op.scope_kind is ScopeKind.PAIR:
            out.add(op.scope_id)
        elif op.entity == "pair":
            out.add(op.entity_id)
    return out


def hold_paused_sends(session: Session, pair_ids: Iterable[str]) -> None:
    """Hold the mentor's messages written during a pause of each pair among `pair_ids`:
    after the pause's HLC while it lasts, or between the last pause's start (`paused_hlc`)
    and its resume once lifted, unless staff decided their state. A pair never paused costs
    one small query per page; a paused one an index range from its pause on."""
    ids = sorted(set(pair_ids))
    ranges: list[tuple[str, str, str, str | None]] = []  # pair, mentor, from, until
    for i in range(0, len(ids), 500):
        chunk = session.scalars(  # first sign-in applies 400 pages: the common answer is cheap
            select(Pair.id).where(
                Pair.id.in_(ids[i : i + 500]),
                (Pair.status == "paused") | Pair.paused_hlc.is_not(None),
            )
        ).all()
        if not chunk:
            continue
        ranges.extend(
            (pair_id, mentor_id, hlc, None)
            for pair_id, mentor_id, hlc in session.execute(
                select(Pair.id, Pair.mentor_id, FieldClock.hlc)
                .join(FieldClock, _clock_of("status"))
                .where(Pair.id.in_(chunk), Pair.status == "paused")
            )
        )
        ranges.extend(
            (pair_id, mentor_id, began, resumed)
            for pair_id, mentor_id, began, resumed in session.execute(
                select(Pair.id, Pair.mentor_id, Pair.paused_hlc, FieldClock.hlc)
                .join(FieldClock, _clock_of("paused_hlc"))
                .where(Pair.id.in_(chunk), Pair.status != "paused", Pair.paused_hlc.is_not(None))
            )
            if began is not None
        )
    if not ranges:
        return
    staff = select(DirectoryEntry.person_id).where(DirectoryEntry.role == Role.STAFF)
    staff_decided = exists().where(
        FieldClock.entity == "message",
        FieldClock.entity_id == Message.id,
        FieldClock.field == "state",
        FieldClock.author.in_(staff),
    )
    for pair_id, mentor_id, since, until in ranges:
        during = Message.hlc > since if until is None else and_(Message.hlc > since,
                                                                Message.hlc < until)  # fmt: skip
        session.execute(
            update(Message)
            .where(
                Message.pair_id == pair_id,
                during,
                Message.author_id == mentor_id,
                Message.release_of.is_(None),
                Message.state.in_(SHOWN_STATES),
                ~staff_decided,
            )
            .values(state="held")
            .execution_options(synchronize_session=False)
        )


def _clock_of(field: str) -> ColumnElement[bool]:
    """The join to a pair field's winning clock."""
    return and_(FieldClock.entity == "pair", FieldClock.entity_id == Pair.id,
                FieldClock.field == field)  # fmt: skip
