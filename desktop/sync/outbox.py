"""The local write path: apply a change here and queue its sealed op, in one transaction.

`record_change` is what services call for every synced change: it stamps the op with the
profile's HLC, materialises it through the same apply code remote ops use, seals the body
with the scope's newest key and stores the envelope in the outbox. Nothing is written in
clear outside the SQLCipher file, and if the caller's transaction rolls back the change and
its op vanish together. `record_sealed_change` is the same for a scope the writer cannot
read (a program's staff scope): the body is sealed to the staff key's public half. Runs on
the database-writer thread, in the caller's session.
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
from desktop.sync.errors import SyncError
from desktop.sync.keystore import (
    all_scope_keys,
    load_clock,
    save_clock,
    scope_key,
    staff_public_key,
)
from desktop.sync.ops import TOMBSTONE, PlainOp, open_op, seal_op, seal_op_to, uuid7
from jumelage_protocol import OpEnvelope, Scope, ScopeKind, scope_kind


def _stamp(
    session: Session,
    *,
    scope: str,
    entity: str,
    author: str,
    fields: dict[str, Any],
    entity_id: str | None,
) -> PlainOp:
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
    return op


def _enqueue(session: Session, env: OpEnvelope) -> None:
    session.add(
        OutboxOp(
            op_id=env.op_id,
            scope=env.scope,
            hlc=env.hlc,
            envelope=env.model_dump_json(),
            created_at=time.time_ns() // 1_000_000,
            attempts=0,
        )
    )


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
    op = _stamp(
        session, scope=scope, entity=entity, author=author, fields=fields, entity_id=entity_id
    )
    apply_ops(session, [op], local=True)
    _enqueue(session, seal_op(op, key, key_id))
    return op.op_id


def record_changes(
    session: Session,
    changes: Sequence[tuple[str, str, str, dict[str, Any]]],
    *,
    author: str,
) -> list[str]:
    """`record_change` for many (scope, entity, entity id, fields) at once: one clock read,
    one apply (its bulk path), one key look-up per scope. For writers of many small records
    (a staff PC's re-check raising flags); returns the op ids in order."""
    keys = {scope: scope_key(session, scope) for scope in {c[0] for c in changes}}
    clock = load_clock(session)
    ops = []
    for scope, entity, entity_id, fields in changes:
        op_id = uuid7()
        ops.append(PlainOp(op_id, scope, clock.now(), author, entity, entity_id or op_id,
                           dict(fields)))  # fmt: skip
    save_clock(session, clock)
    apply_ops(session, ops, local=True)
    for op in ops:
        key_id, key = keys[op.scope]
        _enqueue(session, seal_op(op, key, key_id))
    return [op.op_id for op in ops]


def record_sealed_change(
    session: Session,
    *,
    scope: str,
    entity: str,
    fields: dict[str, Any],
    author: str,
    entity_id: str | None = None,
    apply_locally: bool = True,
) -> str:
    """Write to a program scope we cannot read: sealed to the staff key, readable by staff only.

    For mentors and mentees (urgent reports, messages held for review). The body is sealed
    under a fresh one-time key put in a sealed box to the program staff key's public half,
    which this PC caches at sync (`no_staff_key` until then, and nothing is written). The
    change is also applied here unless `apply_locally` is False, since its author may see it.
    """
    if scope_kind(scope) is not ScopeKind.PROGRAM:
        raise SyncError("not_program_scope", "sealed changes go to a program's staff only")
    key_id, public = staff_public_key(session, Scope.parse(scope).id)
    op = _stamp(
        session, scope=scope, entity=entity, author=author, fields=fields, entity_id=entity_id
    )
    if apply_locally:
        apply_ops(session, [op], local=True)
    _enqueue(session, seal_op_to(op, public, key_id))
    return op.op_id


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


def reseal_stale(session: Session) -> int:
    """Re-seal the pair ops the server refused as `stale_key` under their scope's newest key.

    After a rotation (membership changed) the server refuses new ops under older keys, and
    only current members hold the newest key. A `stale_key` refusal means the op was never
    stored (replays of stored ops are duplicates), so the same op id may carry the new
    ciphertext. Returns how many were re-sealed.
    """
    keys: dict[str, dict[int, bytes]] = {}
    for (scope, key_id), key in all_scope_keys(session).items():
        if scope_kind(scope) is ScopeKind.PAIR:
            keys.setdefault(scope, {})[key_id] = key
    rotated = [scope for scope, by_id in keys.items() if len(by_id) > 1]
    changed = 0
    for i in range(0, len(rotated), 500):
        rows = session.scalars(
            select(OutboxOp).where(
                OutboxOp.scope.in_(rotated[i : i + 500]), OutboxOp.last_error_code == "stale_key"
            )
        )
        for row in rows:
            env = OpEnvelope.model_validate_json(row.envelope)
            newest = max(keys[env.scope])
            old = keys[env.scope].get(env.key_id)
            if env.key_id >= newest or old is None:
                continue
            fresh = seal_op(open_op(env, old), keys[env.scope][newest], newest)
            row.envelope, row.last_error_code = fresh.model_dump_json(), None
            changed += 1
    return changed


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
