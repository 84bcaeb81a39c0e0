"""Retention: what `jumelage-server purge` deletes. Runs on the CLI's main thread.

Ops of pairs closed longer ago than the retention period (and the batch records nobody
references any more), expired or revoked sessions, and invites that expired or were used
long enough ago. Open pairs, person and program scopes are kept: they are the only copy a
person has when their PC's profile vanishes.
"""

from __future__ import annotations

from sqlalchemy import delete, or_, select

from jumelage_protocol import ScopeKind
from sync_server import tables as t
from sync_server.config import Settings
from sync_server.store import Store

DAY_MS = 86_400_000


def purge(store: Store, settings: Settings, now_ms: int) -> dict[str, int]:
    keep = settings.retention
    pair_cutoff = now_ms - keep.closed_pair_days * DAY_MS
    invite_cutoff = now_ms - keep.used_invite_days * DAY_MS
    with store.write() as conn:
        closed = [
            f"{ScopeKind.PAIR}:{pid}"  # unchecked: a pair an older server let in is purged too
            for pid in conn.scalars(
                select(t.pairs.c.id).where(
                    t.pairs.c.closed_ms.is_not(None), t.pairs.c.closed_ms <= pair_cutoff
                )
            )
        ]
        ops_deleted = 0
        for i in range(0, len(closed), 500):
            ops_deleted += conn.execute(
                delete(t.ops).where(t.ops.c.scope.in_(closed[i : i + 500]))
            ).rowcount
        batches_deleted = conn.execute(
            delete(t.batches).where(~t.batches.c.id.in_(select(t.ops.c.batch_id).distinct()))
        ).rowcount
        sessions_deleted = conn.execute(
            delete(t.sessions).where(
                or_(t.sessions.c.expires_ms <= now_ms, t.sessions.c.revoked.is_(True))
            )
        ).rowcount
        invites_deleted = conn.execute(
            delete(t.invites).where(
                or_(t.invites.c.expires_ms <= now_ms, t.invites.c.used_ms <= invite_cutoff)
            )
        ).rowcount
    return {
        "ops": ops_deleted,
        "batches": batches_deleted,
        "sessions": sessions_deleted,
        "invites": invites_deleted,
    }
