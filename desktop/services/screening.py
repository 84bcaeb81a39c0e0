"""Screening mentors (MENTOR Standard 2): reference checks, police checks, interviews.

Each check is a staff-only `screening` record in the program scope: its kind, when it was
done, its outcome and, for a police / vulnerable-sector check, when it expires. Impossible
dates are refused with a code the UI turns into a sentence (`expiry_before_check`,
`check_in_future`, `police_needs_expiry`). The list of mentors says, per mentor, whether
each kind of check is cleared and when the police check runs out; a check expiring within
the program's `screening_reminder_days` (default 30) is "expiring", one past its date
"expired". `pause_expired` pauses the active pairs of every mentor whose police check has
expired (setting `screening_expiry_pauses`, default on; `pair_pause` with the reason
`screening_expired`). Writes go through the profile's gate; no Qt.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from desktop.models.closing_tables import CHECK_KINDS, CHECK_OUTCOMES, ScreeningCheck
from desktop.models.sync_tables import DirectoryEntry
from desktop.models.tables import Pair, Person
from desktop.services.audit import record_audit
from desktop.services.pair_pause import pause_pair
from desktop.services.program_settings import get_setting
from desktop.services.write_gate import writing
from desktop.sync.entities import datetime_to_ms
from desktop.sync.errors import SyncError
from desktop.sync.outbox import record_change
from jumelage_protocol import CodedError, Role, Scope

__all__ = [
    "CHECK_KINDS",
    "CHECK_OUTCOMES",
    "CheckSummary",
    "MentorScreening",
    "ScreeningError",
    "list_mentor_screening",
    "pause_expired",
    "record_check",
    "reminders",
]

REMINDER_DAYS = ("screening_reminder_days", 30)
EXPIRY_PAUSES = ("screening_expiry_pauses", True)
MAX_NOTE = 2000
EARLIEST = date(1950, 1, 1)


class ScreeningError(CodedError, ValueError):
    """A check that cannot be recorded; the code says why (see the module doc)."""


@dataclass(frozen=True, slots=True)
class CheckSummary:
    check_id: str
    kind: str
    outcome: str
    done_on: date
    expires_on: date | None
    note: str


@dataclass(frozen=True, slots=True)
class MentorScreening:
    """One mentor's screening: `state` is "incomplete", "screened", "expiring" or "expired"."""

    mentor_id: str
    name: str
    cleared: frozenset[str]  # kinds of check cleared
    police_expires_on: date | None
    state: str
    checks: tuple[CheckSummary, ...]


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def _validate(kind: str, outcome: str, done_on: date, expires_on: date | None, note: str,
              today: date) -> None:  # fmt: skip
    if kind not in CHECK_KINDS:
        raise ScreeningError("bad_check_kind")
    if outcome not in CHECK_OUTCOMES:
        raise ScreeningError("bad_check_outcome")
    if done_on > today:
        raise ScreeningError("check_in_future")
    if done_on < EARLIEST:
        raise ScreeningError("check_too_old")
    if expires_on is not None and expires_on <= done_on:
        raise ScreeningError("expiry_before_check")
    if kind == "police" and expires_on is None:
        raise ScreeningError("police_needs_expiry")
    if len(note) > MAX_NOTE:
        raise ScreeningError("note_too_long")


def record_check(
    profile: Any,
    *,
    mentor_id: str,
    kind: str,
    outcome: str,
    done_on: date,
    expires_on: date | None = None,
    note: str = "",
    check_id: str | None = None,
    today: date | None = None,
) -> str:
    """Staff: record (or, with `check_id`, correct) one check of a mentor; returns its id."""
    if profile.role != Role.STAFF or not profile.program_id:
        raise ScreeningError("not_staff")
    _validate(kind, outcome, done_on, expires_on, note.strip(), today or date.today())
    check_id = check_id or uuid.uuid4().hex
    fields: dict[str, object] = {
        "mentor_id": mentor_id,
        "kind": kind,
        "outcome": outcome,
        "done_at": datetime_to_ms(_midnight(done_on)),
        "expires_at": None if expires_on is None else datetime_to_ms(_midnight(expires_on)),
        "note": note.strip(),
    }
    try:
        with writing(profile) as s:
            mentor = s.get(DirectoryEntry, mentor_id)  # roles the server gave, not synced ones
            if mentor is None or mentor.role != Role.MENTOR:
                raise ScreeningError("not_a_mentor")
            record_change(s, scope=Scope.program(profile.program_id), entity="screening",
                          author=profile.person_id, entity_id=check_id, fields=fields)  # fmt: skip
    except SyncError as exc:
        raise ScreeningError(exc.code) from exc
    record_audit(profile, program_id=profile.program_id, action="screening_recorded",
                 subject=Scope.person(mentor_id),
                 detail={"kind": kind, "outcome": outcome})  # fmt: skip
    return check_id


def _state(cleared: frozenset[str], police_expires: date | None, today: date,
           remind_days: int) -> str:  # fmt: skip
    if police_expires is not None and police_expires <= today:
        return "expired"
    if police_expires is not None and police_expires <= today + timedelta(days=remind_days):
        return "expiring"  # the reminder matters even while other checks are missing
    return "screened" if set(CHECK_KINDS) <= cleared else "incomplete"


def list_mentor_screening(profile: Any, today: date | None = None) -> list[MentorScreening]:
    """Every mentor of the program with their checks, most urgent first."""
    today = today or date.today()
    remind = int(get_setting(profile, profile.program_id or "", *REMINDER_DAYS))
    with profile.sessionmaker() as s:
        mentors = s.execute(
            select(DirectoryEntry.person_id, func.coalesce(Person.display_name, ""))
            .outerjoin(Person, Person.id == DirectoryEntry.person_id)
            .where(DirectoryEntry.role == Role.MENTOR)
            .order_by(Person.display_name, DirectoryEntry.person_id)
        ).all()
        rows = s.scalars(
            select(ScreeningCheck).order_by(ScreeningCheck.done_at.desc(), ScreeningCheck.id)
        ).all()
        checks: dict[str, list[CheckSummary]] = {}
        for r in rows:
            checks.setdefault(r.mentor_id, []).append(
                CheckSummary(
                    r.id,
                    r.kind,
                    r.outcome,
                    r.done_at.date(),
                    r.expires_at.date() if r.expires_at else None,
                    r.note,
                )  # fmt: skip
            )
        # the newest cleared police check decides (a renewal replaces the old one)
        police = dict(
            s.execute(
                select(ScreeningCheck.mentor_id, func.max(ScreeningCheck.expires_at))
                .where(ScreeningCheck.kind == "police", ScreeningCheck.outcome == "cleared")
                .group_by(ScreeningCheck.mentor_id)
            ).all()
        )
    out = []
    for mentor_id, name in mentors:
        mine = tuple(checks.get(mentor_id, ()))
        cleared = frozenset(c.kind for c in mine if c.outcome == "cleared")
        expires = police.get(mentor_id)
        expires_on = expires.date() if expires is not None else None
        out.append(MentorScreening(mentor_id, name, cleared, expires_on,
                                   _state(cleared, expires_on, today, remind), mine))  # fmt: skip
    urgency = {"expired": 0, "expiring": 1, "incomplete": 2, "screened": 3}
    return sorted(out, key=lambda m: urgency[m.state])


def reminders(profile: Any, today: date | None = None) -> list[MentorScreening]:
    """Mentors whose police check expires within the reminder period, or has expired."""
    return [m for m in list_mentor_screening(profile, today) if m.state in ("expiring", "expired")]


def pause_expired(profile: Any, today: date | None = None) -> list[str]:
    """Pause the active pairs of mentors whose police check expired (if the program says
    so); returns the pair ids paused."""
    if not get_setting(profile, profile.program_id or "", *EXPIRY_PAUSES):
        return []
    expired = [m.mentor_id for m in list_mentor_screening(profile, today) if m.state == "expired"]
    if not expired:
        return []
    with profile.sessionmaker() as s:
        pair_ids = list(
            s.scalars(select(Pair.id).where(Pair.mentor_id.in_(expired), Pair.status == "active"))
        )
    for pair_id in pair_ids:
        pause_pair(profile, pair_id, reason="screening_expired")
    return pair_ids
