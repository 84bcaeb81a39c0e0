"""The local write path: apply a change here and queue its sealed op, in one transaction.

`record_change` is what services call for every synced change: it stamps the op with the
profile's HLC, materialises it through the same apply code remote ops use, seals the body
with the scope's newest key and stores the envelope in the outbox. Nothing is written in
clear outside the SQLCipher file, and if the caller's transaction rolls back the change and
its op vanish together. Runs on the database-writer thread, in the caller's session.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop.models.sync_tables import OutboxOp
from desktop.sync.apply import apply_ops
from desktop.sync.entities import mark_sent
from desktop.sync.keystore import load_clock, save_clock, scope_key
from desktop.sync.ops import TOMBSTONE, PlainOp, seal_op, uuid7
from sync_server.protocol import OpEnvelope


def record_change(
    session: Session,
    *,
    scope: str,
    entity: str,
    author: str,
    fields: dict[str, Any],
    entity_id: str | None = None,
) -> str:
    """Apply locally and enqueue; returns the op id (also the entity id of a new message)."""
    key_id, key = scope_key(session, scope)
    clock = load_clock(session)
    op_id = uuid7()
    op = PlainOp(
        op_id=op_id,
        scope=scope,
        hlc=clock.now(),
        author=author,
        entity=entity,
        entity_id=entity_id or op_id,
        fields=dict(fields),
    )
    save_clock(session, clock)
    apply_ops(session, [op], local=True)
    env = seal_op(op, key, key_id)
    session.add(
        OutboxOp(
            op_id=op_id,
            scope=scope,
            hlc=op.hlc,
            envelope=env.model_dump_json(),
            created_at=time.time_ns() // 1_000_000,
            attempts=0,
        )
    )
    return op_id


def record_delete(session: Session, *, scope: str, entity: str, entity_id: str, author: str) -> str:
    """A tombstone for `entity_id`: final on every replica, whatever arrives later."""
    return record_change(
        session,
        scope=scope,
        entity=TOMBSTONE,
        author=author,
        fields={"entity": entity},
        entity_id=entity_id,
    )


def pending(session: Session, limit: int = 500) -> list[OpEnvelope]:
    """The oldest queued ops (HLC order, so a batch keeps causal order)."""
    rows = session.scalars(select(OutboxOp).order_by(OutboxOp.hlc).limit(limit))
    return [OpEnvelope.model_validate_json(r.envelope) for r in rows]


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxOp)) or 0


def acknowledge(session: Session, op_ids: Sequence[str]) -> None:
    """The server stored these (accepted or duplicates): they leave the outbox."""
    mark_sent(session, list(op_ids))
    for i in range(0, len(op_ids), 500):
        session.execute(delete(OutboxOp).where(OutboxOp.op_id.in_(op_ids[i : i + 500])))


def note_failure(session: Session, op_ids: Sequence[str], code: str) -> None:
    session.execute(
        update(OutboxOp)
        .where(OutboxOp.op_id.in_(list(op_ids)))
        .values(attempts=OutboxOp.attempts + 1, last_error_code=code)
    )
