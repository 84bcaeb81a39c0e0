"""Pausing a pair: staff stop the mentor's sends until they resume it (MentorPRO's "flag
mentor"), for a review, a withdrawn consent or an expired screening.

The pause is the pair's synced status ("paused", with a reason code), written by staff in the
pair scope so both members' PCs learn it on their next sync. The mentor's PC then refuses to
send with a plain sentence (`pair_paused`); messages the mentor wrote offline meanwhile are
held on every replica (`sync.pause_hold`), and wait in the review queue. The mentee may still
write. Every pause and resume is an audit event. No Qt; short
gated transactions on the caller's thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from desktop.models.sync_tables import FieldClock
from desktop.models.tables import Pair
from desktop.services.audit import record_audit
from desktop.services.profiles import Profile
from desktop.sync.outbox import record_change
from jumelage_protocol import CodedError, Role, Scope

REASON = re.compile(r"[a-z][a-z_]{0,31}")  # a code such as `staff_review`, never free text
MAX_NOTE = 500


class PairPauseError(CodedError):
    """`staff_only`, `no_such_pair`, `pair_closed`, `not_paused` or `bad_reason`."""


@dataclass(frozen=True, slots=True)
class PauseState:
    paused: bool
    reason: str | None


def pause_pair(profile: Profile, pair_id: str, *, reason: str, note: str = "") -> None:
    """Staff: pause the pair (or change the reason of a pause); `note` goes to the audit."""
    if not REASON.fullmatch(reason):
        raise PairPauseError("bad_reason")
    program_id = _write_status(profile, pair_id, {"status": "paused", "pause_reason": reason},
                               allowed=("active", "paused"))  # fmt: skip
    record_audit(profile, program_id=program_id, action="pair_paused", subject=pair_id,
                 detail={"reason": reason, "note": note.strip()[:MAX_NOTE]})  # fmt: skip


def resume_pair(profile: Profile, pair_id: str) -> None:
    """Staff: lift the pause; messages held meanwhile stay in the review queue."""
    program_id = _write_status(profile, pair_id, {"status": "active", "pause_reason": None},
                               allowed=("paused",), mark_pause=True)  # fmt: skip
    record_audit(profile, program_id=program_id, action="pair_resumed", subject=pair_id,
                 detail={})  # fmt: skip


def pause_state(profile: Profile, pair_id: str) -> PauseState:
    """Whether the pair is paused here (as far as this PC has synced), and why."""
    with profile.sessionmaker() as s:
        row = s.execute(select(Pair.status, Pair.pause_reason).where(Pair.id == pair_id)).first()
    if row is None:
        raise PairPauseError("no_such_pair")
    return PauseState(row.status == "paused", row.pause_reason if row.status == "paused" else None)


def _write_status(
    profile: Profile,
    pair_id: str,
    fields: dict[str, object],
    *,
    allowed: tuple[str, ...],
    mark_pause: bool = False,
) -> str:
    """The pair's new status, checked and recorded in one gated transaction; its program.
    `mark_pause`: also record where the pause began (its status HLC), so that messages the
    mentor wrote offline during it stay held when they arrive after the resume."""
    if profile.role != Role.STAFF:
        raise PairPauseError("staff_only")
    with profile.gate.transaction(profile.sessionmaker) as s:
        pair = s.get(Pair, pair_id)
        if pair is None:
            raise PairPauseError("no_such_pair")
        if pair.status not in allowed:
            raise PairPauseError("pair_closed" if pair.status == "closed" else "not_paused")
        program_id = pair.program_id
        if mark_pause:
            began = s.get(FieldClock, ("pair", pair_id, "status"))
            fields = {**fields, "paused_hlc": began.hlc if began is not None else None}
        record_change(s, scope=Scope.pair(pair_id), entity="pair", author=profile.person_id,
                      entity_id=pair_id, fields=fields)  # fmt: skip
    return program_id
