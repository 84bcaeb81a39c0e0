"""Closing a match (MENTOR Standard 6): why it ended, a thank-you for the pair, read-only after.

Staff close a pair in one step: the server closes it (members can still read, nobody but
staff writes, and `jumelage-server purge` deletes its ops once the program's retention
period after closing has passed: the setting `retention_days`, sent with the closing since
the server cannot read program settings), then this PC records, in one transaction, the
closing activity card in the pair's conversation, the staff-only `closure` record in the
program scope (planned or early, the reason from `CLOSURE_REASONS`, a free note, and
whether the mentee should be matched again) and the pair's "closed" status, which every
member's PC applies (their conversation turns read-only). Audit: `pair_closed`, and
`pair_purged` when a staff PC forgets a pair the server purged (`record_purged`).

Async where the server is involved (run on the network loop); no Qt.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.models.closing_tables import CLOSURE_KINDS, CLOSURE_REASONS, Closure
from desktop.models.tables import Pair
from desktop.services.accounts import client_for
from desktop.services.activities import list_activities
from desktop.services.audit import record_audit
from desktop.services.program_settings import get_setting
from desktop.services.write_gate import writing
from desktop.sync.errors import SyncError
from desktop.sync.outbox import record_change
from jumelage_protocol import CodedError, Role, Scope

__all__ = [
    "CLOSING_ACTIVITY",
    "CLOSURE_KINDS",
    "CLOSURE_REASONS",
    "ClosingError",
    "ClosureSummary",
    "MAX_NOTE",
    "close_match",
    "closure_of",
    "record_purged",
]

CLOSING_ACTIVITY = "closing-thank-you"  # the activity card posted to the pair at closing
RETENTION_DAYS = ("retention_days", 365)  # program setting: days kept after closing


class ClosingError(CodedError, ValueError):
    """A closing that cannot be done: `not_staff`, `no_such_pair`, `pair_closed`,
    `bad_closure_kind`, `bad_closure_reason`, `note_too_long`."""


@dataclass(frozen=True, slots=True)
class ClosureSummary:
    pair_id: str
    kind: str
    reason: str
    note: str
    rematch: bool
    closed_at: datetime | None


MAX_NOTE = 2000


def _check(profile: Any, pair_id: str, kind: str, reason: str, note: str) -> Pair:
    if profile.role != Role.STAFF:
        raise ClosingError("not_staff")
    if kind not in CLOSURE_KINDS:
        raise ClosingError("bad_closure_kind")
    if reason not in CLOSURE_REASONS:
        raise ClosingError("bad_closure_reason")
    if len(note) > MAX_NOTE:
        raise ClosingError("note_too_long")
    with profile.sessionmaker() as s:
        pair: Pair | None = s.get(Pair, pair_id)
        if pair is None:
            raise ClosingError("no_such_pair")
        if pair.status != "active":
            raise ClosingError("pair_closed")
        s.expunge(pair)
    return pair


def _card_title(language: str) -> str:
    lang = language if language in ("fr", "en") else "en"
    found = [c.title for c in list_activities(lang) if c.id == CLOSING_ACTIVITY]
    return found[0] if found else CLOSING_ACTIVITY


async def close_match(
    profile: Any,
    pair_id: str,
    *,
    kind: str,
    reason: str,
    note: str = "",
    rematch: bool,
    language: str = "en",
    retain_days: int | None = None,
    server_url: str | None = None,
) -> None:
    """Staff: close the pair with its reason and the thank-you card; see the module doc.
    `retain_days`: None for the program's `retention_days` setting. Raises `ClosingError`
    for bad input (nothing done) and `SyncError` when the server cannot be reached (nothing
    done either: try again online)."""
    pair = _check(profile, pair_id, kind, reason, note.strip())
    if retain_days is None:
        retain_days = int(get_setting(profile, pair.program_id, *RETENTION_DAYS))
    async with client_for(profile, server_url) as client:
        await client.close_pair(pair_id, retain_days=retain_days)
    now_ms = time.time_ns() // 1_000_000
    me = profile.person_id
    try:
        with writing(profile) as s:
            record_change(s, scope=Scope.pair(pair_id), entity="message", author=me,
                          fields={"body": _card_title(language), "created_at": now_ms,
                                  "activity_id": CLOSING_ACTIVITY})  # fmt: skip
            record_change(s, scope=Scope.program(pair.program_id), entity="closure", author=me,
                          entity_id=pair_id,
                          fields={"kind": kind, "reason": reason, "note": note.strip(),
                                  "rematch": rematch, "closed_at": now_ms})  # fmt: skip
            record_change(s, scope=Scope.pair(pair_id), entity="pair", author=me,
                          entity_id=pair_id,
                          fields={"status": "closed", "closed_at": now_ms})  # fmt: skip
    except SyncError as exc:  # e.g. this PC lacks the program key yet: the server closed it
        raise ClosingError(exc.code) from exc
    record_audit(profile, program_id=pair.program_id, action="pair_closed",
                 subject=Scope.pair(pair_id),
                 detail={"kind": kind, "reason": reason, "rematch": rematch,
                         "retain_days": retain_days})  # fmt: skip


def closure_of(profile: Any, pair_id: str) -> ClosureSummary | None:
    """The closure record of a pair, if staff closed it through the app."""
    with profile.sessionmaker() as s:
        row = s.get(Closure, pair_id)
        if row is None:
            return None
        return ClosureSummary(row.id, row.kind, row.reason, row.note, row.rematch, row.closed_at)


def record_purged(profile: Any, scopes: list[str]) -> None:
    """A staff PC forgot these purged pairs at its sync: one `pair_purged` event each."""
    if profile.role != Role.STAFF or not profile.program_id:
        return
    for scope in scopes:
        record_audit(profile, program_id=profile.program_id, action="pair_purged",
                     subject=scope, detail={})  # fmt: skip
