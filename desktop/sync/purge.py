"""Forget a pair the server purged after its retention period: this PC's copy goes too.

The server lists the caller's purged pair scopes (`GET /v1/purged`); each sync round hands
them here, on the writer (one transaction). Deleting the pair row cascades to its
messages (and their search rows, by trigger), meetings, activity marks, draft and read
markers; the sync bookkeeping of the scope (applied op ids, field clocks, held, kept and
quarantined ops, unsent outbox ops, its keys) goes with it, so nothing of the pair's text
is left in the profile. The pull cursor stays, so nothing is pulled again. Audit events
(staff's record of what happened, including the purge itself) are kept. No Qt.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.models.sync_tables import (
    AppliedOp,
    FieldClock,
    HeldOp,
    KeptOp,
    OutboxOp,
    QuarantinedOp,
    ScopeKey,
)
from desktop.models.tables import ActivityMark, Meeting, Message, Pair, ReadMarker
from desktop.sync.keystore import get_state, set_state
from jumelage_protocol import Scope, ScopeKind

FORGOTTEN = "purged_scopes"  # sync_state: the purged scopes this PC already forgot


def forget_purged(session: Session, scopes: list[str]) -> list[str]:
    """Delete what this profile holds of each purged pair scope; returns the scopes newly
    forgotten (a pair row rebuilt from the directory since is deleted again, silently)."""
    done = set((get_state(session, FORGOTTEN) or "").split())
    fresh: list[str] = []
    for raw in scopes:
        scope = Scope.parse(raw)
        if scope.kind is not ScopeKind.PAIR:
            continue
        if scope in done and session.get(Pair, scope.id) is None:
            continue
        _forget_pair(session, scope)
        if scope not in done:
            fresh.append(scope)
    if fresh:
        set_state(session, FORGOTTEN, " ".join(sorted(done | set(fresh))))
    return fresh


def is_forgotten(session: Session, pair_id: str) -> bool:
    """Whether this PC deleted the pair after the server purged it."""
    return str(Scope.pair(pair_id)) in (get_state(session, FORGOTTEN) or "").split()


def _forget_pair(session: Session, scope: Scope) -> None:
    pair_id = scope.id
    entity_ids = [pair_id]
    entity_ids += session.scalars(select(Meeting.id).where(Meeting.pair_id == pair_id)).all()
    entity_ids += session.scalars(
        select(ActivityMark.card_id).where(ActivityMark.pair_id == pair_id)
    ).all()
    entity_ids += [
        f"{pair_id}:{person}"
        for person in session.scalars(
            select(ReadMarker.person_id).where(ReadMarker.pair_id == pair_id)
        )
    ]
    for i in range(0, len(entity_ids), 500):
        session.execute(delete(FieldClock).where(FieldClock.entity_id.in_(entity_ids[i : i + 500])))
    # held messages (staff's table) name the pair too; the cascade takes the rest
    session.execute(delete(Message).where(Message.pair_id == pair_id))
    session.execute(delete(Pair).where(Pair.id == pair_id))
    for model in (AppliedOp, HeldOp, KeptOp, QuarantinedOp, OutboxOp, ScopeKey):
        session.execute(delete(model).where(model.scope == scope))
