"""The op log: storing pushed batches with per-scope sequence numbers, and paging them out.

Runs on request worker threads. A push is one transaction: existing op ids are reported as
duplicates (same digest) or refused (different content), new ops get consecutive sequence
numbers in their scope, and the batch signature with its digests is stored once for readers
to verify. A crash before commit stores nothing; a retried push after a crash after commit
gets duplicates: every op is stored exactly once either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from jumelage_protocol import Batch, OpEnvelope, PullPage, Scope, StoredOp
from sync_server import tables as t
from sync_server.codec import b64
from sync_server.errors import Refused
from sync_server.pair_keys import check_op_keys
from sync_server.store import Store

RETRIES = 3


@dataclass(frozen=True)
class PushResult:
    accepted: dict[str, int]
    duplicates: list[str]
    heads: dict[str, int]  # scopes that advanced -> new head


def _lock_heads(store: Store, conn: Connection, scopes: Sequence[str]) -> dict[str, int]:
    ins = pg_insert if not store.is_sqlite else sqlite_insert
    conn.execute(
        ins(t.heads).values([{"scope": s, "head": 0} for s in scopes]).on_conflict_do_nothing()
    )
    rows = conn.execute(
        select(t.heads.c.scope, t.heads.c.head)
        .where(t.heads.c.scope.in_(scopes))
        .order_by(t.heads.c.scope)
        .with_for_update()
    ).all()
    return {r.scope: r.head for r in rows}


def _push_once(
    store: Store,
    author: str,
    ops: list[OpEnvelope],
    digests: list[bytes],
    signature: str,
    now_ms: int,
) -> PushResult:
    ids = [op.op_id for op in ops]
    with store.write() as conn:
        existing = {
            r.op_id: r
            for r in conn.execute(
                select(t.ops.c.op_id, t.ops.c.digest, t.ops.c.scope, t.ops.c.seq).where(
                    t.ops.c.op_id.in_(ids)
                )
            )
        }
        for op, digest in zip(ops, digests, strict=True):
            row = existing.get(op.op_id)
            if row is not None and bytes(row.digest) != digest:
                raise Refused("op_conflict")
        fresh = [(op, d) for op, d in zip(ops, digests, strict=True) if op.op_id not in existing]
        duplicates = [op.op_id for op in ops if op.op_id in existing]
        if not fresh:
            return PushResult({}, duplicates, {})
        check_op_keys(conn, [op for op, _ in fresh])
        scopes = sorted({op.scope for op, _ in fresh})
        current = _lock_heads(store, conn, scopes)
        key = conn.execute(
            insert(t.batches).values(
                author=author,
                signature=signature,
                digests=b64(b"".join(digests)),
                created_ms=now_ms,
            )
        ).inserted_primary_key
        assert key is not None  # an INSERT of one row always has its key
        batch_id = key[0]
        accepted: dict[str, int] = {}
        rows = []
        for op, digest in fresh:
            current[op.scope] += 1
            accepted[op.op_id] = current[op.scope]
            rows.append(
                {
                    "scope": op.scope,
                    "seq": current[op.scope],
                    "op_id": op.op_id,
                    "batch_id": batch_id,
                    "digest": digest,
                    "hlc": op.hlc,
                    "author": op.author,
                    "entity": op.entity,
                    "entity_id": op.entity_id,
                    "key_id": op.key_id,
                    "body": op.body,
                    "received_ms": now_ms,
                }
            )
        conn.execute(insert(t.ops), rows)
        for scope in scopes:
            conn.execute(
                update(t.heads).where(t.heads.c.scope == scope).values(head=current[scope])
            )
        return PushResult(accepted, duplicates, {s: current[s] for s in scopes})


def push(
    store: Store,
    author: str,
    ops: list[OpEnvelope],
    digests: list[bytes],
    signature: str,
    now_ms: int,
) -> PushResult:
    """Store a verified batch atomically; a concurrent insert of the same op id is retried."""
    for attempt in range(RETRIES):
        try:
            return _push_once(store, author, ops, digests, signature, now_ms)
        except IntegrityError:
            if attempt == RETRIES - 1:
                raise
    raise AssertionError("unreachable")


PAGE_BYTES = 4 * 1024 * 1024  # a page stops growing past this much ciphertext (at least one op)


def pull(store: Store, scope: Scope, after: int, limit: int, now_ms: int) -> PullPage:
    """One page of a scope. Rows were validated when pushed, so models are built unchecked."""
    with store.read() as conn:
        rows = conn.execute(
            select(t.ops)
            .where(t.ops.c.scope == scope, t.ops.c.seq > after)
            .order_by(t.ops.c.seq)
            .limit(limit)
        ).all()
        size = 0
        for n, r in enumerate(rows):
            size += len(r.body)
            if size > PAGE_BYTES and n > 0:
                rows = rows[:n]
                break
        head = conn.scalar(select(t.heads.c.head).where(t.heads.c.scope == scope)) or 0
        batch_ids = sorted({r.batch_id for r in rows})
        batch_rows = (
            conn.execute(select(t.batches).where(t.batches.c.id.in_(batch_ids))).all()
            if batch_ids
            else []
        )
    stored = [
        StoredOp.model_construct(
            seq=r.seq,
            batch_id=r.batch_id,
            op=OpEnvelope.model_construct(
                op_id=r.op_id,
                scope=r.scope,
                hlc=r.hlc,
                author=r.author,
                entity=r.entity,
                entity_id=r.entity_id,
                key_id=r.key_id,
                body=r.body,
            ),
        )
        for r in rows
    ]
    next_after = rows[-1].seq if rows else after
    return PullPage.model_construct(
        scope=scope,
        ops=stored,
        batches=[
            Batch.model_construct(
                batch_id=b.id, author=b.author, signature=b.signature, digests=b.digests
            )
            for b in batch_rows
        ],
        next_after=next_after,
        has_more=head > next_after,
        server_time_ms=now_ms,
    )


def heads(store: Store, scopes: list[str]) -> dict[str, int]:
    if not scopes:
        return {}
    with store.read() as conn:
        rows = conn.execute(
            select(t.heads.c.scope, t.heads.c.head).where(t.heads.c.scope.in_(scopes))
        ).all()
    found = {r.scope: r.head for r in rows}
    return {s: found.get(s, 0) for s in scopes}
