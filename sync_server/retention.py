"""Retention: what `jumelage-server purge` deletes. Runs on the CLI's main thread.

Ops and key grants of pairs closed longer ago than their retention period (the program's,
sent by staff at closing, or else `retention.closed_pair_days`), the batch records nobody
references any more, expired or revoked sessions, and invites that expired or were used long
enough ago. A purged pair keeps its row, marked `purged_ms`: `GET /v1/purged` tells its
members and staff, whose PCs then delete their own copies. Open pairs, person and program
scopes are kept: they are the only copy a person has when their PC's profile vanishes.
"""

from __future__ import annotations

from sqlalchemy import and_, delete, or_, select, update

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
        due = or_(
            and_(t.pairs.c.purge_after_ms.is_(None), t.pairs.c.closed_ms <= pair_cutoff),
            t.pairs.c.purge_after_ms <= now_ms,
        )
        pair_ids = list(
            conn.scalars(
                select(t.pairs.c.id).where(
                    t.pairs.c.closed_ms.is_not(None), t.pairs.c.purged_ms.is_(None), due
                )
            )
        )
        # unchecked: a pair an older server let in is purged too
        closed = [f"{ScopeKind.PAIR}:{pid}" for pid in pair_ids]
        ops_deleted = grants_deleted = 0
        for i in range(0, len(closed), 500):
            chunk = closed[i : i + 500]
            ops_deleted += conn.execute(delete(t.ops).where(t.ops.c.scope.in_(chunk))).rowcount
            grants_deleted += conn.execute(
                delete(t.key_grants).where(t.key_grants.c.scope.in_(chunk))
            ).rowcount
            conn.execute(
                update(t.pairs)
                .where(t.pairs.c.id.in_(pair_ids[i : i + 500]))
                .values(purged_ms=now_ms)
            )
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
        "pairs": len(pair_ids),
        "ops": ops_deleted,
        "grants": grants_deleted,
        "batches": batches_deleted,
        "sessions": sessions_deleted,
        "invites": invites_deleted,
    }
