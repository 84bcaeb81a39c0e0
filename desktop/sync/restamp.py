"""Bring this PC's ops stamped beyond the server's horizon back inside it.

A PC whose clock ran ahead (by a day, say) stamped its changes that far ahead, and its HLC
kept the lead after the clock was fixed. The server refuses stamps beyond its own time plus
the allowed skew (else that PC's edits would beat everyone's for a day), so such ops were
never stored and nobody else has seen them: the same op ids may carry new stamps (the stamp
is outside the sealed body's associated data; the batch signature is made at push).

`restamp` rewinds the clock to the newest stamp this replica has applied that the server
could have accepted, gives every queued op beyond the horizon a fresh stamp after it (in
their old order), and moves this replica's merge bookkeeping (field clocks, the HLC column
of appended rows, applied-op stamps) to the new stamps. Why replicas still converge: every
op applied here from others was accepted, so it lies at or before the horizon and before
the new stamps; an op that beat it still does, and ops that arrive later meet the new stamp
here as everywhere else. Runs on the database writer, in the caller's transaction.
"""

from __future__ import annotations

import json

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.models.sync_tables import AppliedOp, FieldClock, OutboxOp
from desktop.sync.apply import ORPHAN, registry_of
from desktop.sync.hlc import HlcClock, horizon_ms
from desktop.sync.keystore import load_clock, pc_wall, save_clock
from jumelage_protocol import OpEnvelope


def restamp(session: Session, server_time_ms: int) -> int:
    """Re-stamp queued ops beyond what the server accepts at `server_time_ms`; how many."""
    horizon = horizon_ms(server_time_ms)
    beyond = f"{horizon + 1:013d}"  # every stamp with a later millisecond sorts at or after
    clock = load_clock(session)
    if clock.last < beyond:
        return 0
    newest = session.scalar(select(func.max(AppliedOp.hlc)).where(AppliedOp.hlc < beyond))
    wall = pc_wall(session)
    clock = HlcClock(clock.node, newest, wall=lambda: min(wall(), horizon))
    rows = session.scalars(
        select(OutboxOp).where(OutboxOp.hlc >= beyond).order_by(OutboxOp.hlc)
    ).all()
    for row in rows:
        env = OpEnvelope.model_validate_json(row.envelope)
        new = clock.now()
        _move_bookkeeping(session, env, new)
        row.hlc, row.last_error_code = new, None
        row.envelope = env.model_copy(update={"hlc": new}).model_dump_json()
    save_clock(session, clock)
    return len(rows)


def _move_bookkeeping(session: Session, env: OpEnvelope, new: str) -> None:
    """Give the op's traces in the merge tables its new stamp (a node's stamps are unique)."""
    old = env.hlc
    session.execute(update(AppliedOp).where(AppliedOp.op_id == env.op_id).values(hlc=new))
    session.execute(
        update(FieldClock)
        .where(FieldClock.hlc == old, FieldClock.author == env.author)
        .values(hlc=new)
    )
    for parked in session.scalars(
        select(FieldClock).where(FieldClock.field == ORPHAN + env.op_id)
    ):  # an edit waiting for its message keeps the whole op, stamp included
        parked.value = json.dumps({**json.loads(parked.value or "{}"), "hlc": new})
    if env.entity_id != env.op_id:
        return  # only an op that creates an appended row stamps that row
    # The kind is sealed in the body (format 2): the row this op created is in one of the
    # append tables, under the op's own id.
    for spec in registry_of(session):
        if spec.kind == "append" and spec.hlc_column:
            key = spec.key_of(env.entity_id) or {}
            session.execute(
                update(spec.model)
                .where(*(getattr(spec.model, c) == v for c, v in key.items()))
                .values({spec.hlc_column: new})
            )
