"""Scheduled sessions of a pair: planning (one-off or weekly series), reminders, joining, outcomes.

Hands plain dataclasses to the UI. Every write goes through the sync outbox's `record_change`
(applied here and queued, in one transaction), as the "meeting" entity merged last-writer-wins
per field. A recurring plan expands into one meeting per occurrence so each has its own
outcome; they share a `series_id` (a synced field of each; ids of series planned before it
existed still read `<series id>.<nn>`, converted by `desktop.sync.legacy`). Occurrences step by
wall-clock weeks in the time zone of `starts_at`, so a 6 p.m. session stays at 6 p.m. across
a DST change; instants are stored in UTC. Reminders (24 h and 15 min before) are remembered
as shown in the profile's encrypted key/value state, per PC. Errors carry a stable `code` the
UI translates. Every write holds the profile's `WriteGate` (`write_gate.writing`), so it never
races the sync engine's. No Qt; each call is a short transaction on the caller's thread (the
UI thread; the network loop for a call's outcome).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from desktop.models.tables import MEETING_KINDS, Meeting, Pair
from desktop.runtime.events import ChangeEvents, ChangeKind
from desktop.safety.engagement import SessionRecord
from desktop.services import ics
from desktop.services.write_gate import writing
from desktop.sync.entities import datetime_to_ms
from desktop.sync.errors import SyncError
from desktop.sync.keystore import get_state, set_state
from desktop.sync.outbox import record_change
from jumelage_protocol import CodedError, Scope

if TYPE_CHECKING:
    from desktop.services.profiles import Profile

OUTCOMES = ("held", "missed", "cancelled")
RECURRENCES = {"weekly": 1, "biweekly": 2}  # weeks between occurrences
MIN_DURATION, MAX_DURATION = 5, 480  # minutes
MAX_OCCURRENCES = 52
JOIN_EARLY = timedelta(minutes=10)
REMINDER_LEADS = (timedelta(hours=24), timedelta(minutes=15))
HELD_CALL_SECONDS = 5 * 60  # a call at least this long means the session was held
_SHOWN_KEY = "scheduling.reminders_shown"
_PAST_SLACK = timedelta(minutes=5)  # a session may be planned for "now" while the form was open


class SchedulingError(CodedError):
    """A refusal people can act on; `code` is stable, the UI turns it into a sentence;
    `facts` are the figures a sentence may quote (a length, a limit)."""

    def __init__(self, code: str, **facts: Any) -> None:
        super().__init__(code)
        self.facts = facts


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """One planned session (a meeting row). Times are aware UTC."""

    meeting_id: str
    pair_id: str
    starts_at: datetime
    duration_minutes: int
    kind: str
    series_id: str | None = None
    recurrence: str | None = None
    outcome: str | None = None
    actual_minutes: int | None = None

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, slots=True)
class Reminder:
    """A session coming up: shown once per lead (`lead_minutes` 1440 or 15) on this PC."""

    session: SessionInfo
    lead_minutes: int
    minutes_until: int  # at the time it was found; negative once the session has started


# --- reading ------------------------------------------------------------------------------


def _info(row: Meeting) -> SessionInfo:
    return SessionInfo(
        meeting_id=row.id,
        pair_id=row.pair_id,
        starts_at=row.starts_at,
        duration_minutes=row.duration_minutes,
        kind=row.kind,
        series_id=row.series_id,
        recurrence=row.recurrence,
        outcome=row.outcome,
        actual_minutes=row.actual_minutes,
    )


def _aware(moment: datetime, name: str = "starts_at") -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise SchedulingError("naive_time", field=name)
    return moment


def _rows(session: Session, *where: ColumnElement[bool]) -> list[SessionInfo]:
    query = select(Meeting).where(*where).order_by(Meeting.starts_at, Meeting.id)
    return [_info(row) for row in session.scalars(query)]


def _my_pairs(profile: Profile) -> Select[str]:
    me = profile.person_id
    return select(Pair.id).where(or_(Pair.mentor_id == me, Pair.mentee_id == me))


def get_session(profile: Profile, meeting_id: str) -> SessionInfo:
    with profile.sessionmaker() as session:
        row = session.get(Meeting, meeting_id)
        if row is None:
            raise SchedulingError("no_such_session")
        return _info(row)


def upcoming(profile: Profile, *, now: datetime, pair_id: str | None = None) -> list[SessionInfo]:
    """Sessions not yet over and with no outcome recorded, soonest first."""
    _aware(now, "now")
    where = [Meeting.starts_at > now - timedelta(minutes=MAX_DURATION)]
    if pair_id is not None:
        where.append(Meeting.pair_id == pair_id)
    with profile.sessionmaker() as session:
        rows = _rows(session, *where)
    return [s for s in rows if s.ends_at > now and s.outcome is None]


def past(profile: Profile, *, now: datetime, pair_id: str | None = None) -> list[SessionInfo]:
    """Sessions over or resolved (an outcome recorded), most recent first."""
    _aware(now, "now")
    where = [] if pair_id is None else [Meeting.pair_id == pair_id]
    with profile.sessionmaker() as session:
        rows = _rows(session, *where)
    return [s for s in reversed(rows) if s.ends_at <= now or s.outcome is not None]


def awaiting_outcome(
    profile: Profile, *, now: datetime, pair_id: str | None = None
) -> list[SessionInfo]:
    """Sessions over with no outcome yet: what the outcome dialog asks about."""
    return [s for s in past(profile, now=now, pair_id=pair_id) if s.outcome is None]


def can_join(session: SessionInfo, now: datetime) -> bool:
    """A video session can be joined from 10 minutes before its start until its planned end."""
    if session.kind != "video" or session.outcome in ("cancelled", "missed"):
        return False
    return session.starts_at - JOIN_EARLY <= _aware(now, "now") < session.ends_at


def session_records(profile: Profile, *, pair_id: str) -> list[SessionRecord]:
    """The pair's sessions for supervision figures; cancelled ones were never due."""
    with profile.sessionmaker() as session:
        rows = _rows(session, Meeting.pair_id == pair_id)
    return [
        SessionRecord(
            scheduled_at=s.starts_at,
            held=None if s.outcome is None else s.outcome == "held",
            minutes=float(s.actual_minutes or 0),
        )
        for s in rows
        if s.outcome != "cancelled"
    ]


# --- planning -----------------------------------------------------------------------------


def expand(
    starts_at: datetime,
    recurrence: str | None,
    *,
    count: int | None = None,
    until: date | datetime | None = None,
) -> list[datetime]:
    """The UTC start of each occurrence; weeks are stepped in `starts_at`'s own time zone."""
    _aware(starts_at)
    if recurrence is None:
        if until is not None or count not in (None, 1):
            raise SchedulingError("bad_recurrence")
        return [starts_at.astimezone(UTC)]
    if recurrence not in RECURRENCES:
        raise SchedulingError("bad_recurrence")
    if (count is None) == (until is None):
        raise SchedulingError("count_or_until")
    if count is not None and not 1 <= count <= MAX_OCCURRENCES:
        raise SchedulingError("bad_count", limit=MAX_OCCURRENCES)
    if isinstance(until, datetime):
        _aware(until, "until")
    step = timedelta(weeks=RECURRENCES[recurrence])
    out: list[datetime] = []
    while count is None or len(out) < count:
        local = starts_at + step * len(out)  # aware + timedelta keeps the wall-clock time
        if until is not None:
            beyond = local > until if isinstance(until, datetime) else local.date() > until
            if beyond:
                break
        if len(out) == MAX_OCCURRENCES:
            raise SchedulingError("too_many", limit=MAX_OCCURRENCES)
        ms = local.microsecond // 1000 * 1000  # the wire carries milliseconds
        out.append(local.astimezone(UTC).replace(microsecond=ms))
    if not out:
        raise SchedulingError("bad_count", limit=MAX_OCCURRENCES)
    return out


def _rrule(recurrence: str, count: int) -> str:
    return f"FREQ=WEEKLY;INTERVAL={RECURRENCES[recurrence]};COUNT={count}"


def _check_fields(duration_minutes: int, kind: str) -> None:
    if not MIN_DURATION <= duration_minutes <= MAX_DURATION:
        raise SchedulingError("bad_duration", low=MIN_DURATION, high=MAX_DURATION)
    if kind not in MEETING_KINDS:
        raise SchedulingError("bad_kind")


def _open_pair(session: Session, pair_id: str) -> Pair:
    pair = session.get(Pair, pair_id)
    if pair is None:
        raise SchedulingError("no_such_pair")
    if pair.status != "active":
        raise SchedulingError("pair_closed")
    return pair


def _record(
    session: Session, profile: Profile, pair_id: str, meeting_id: str, fields: dict[str, Any]
) -> None:
    try:
        record_change(
            session,
            scope=Scope.pair(pair_id),
            entity="meeting",
            author=profile.person_id,
            fields=fields,
            entity_id=meeting_id,
        )
    except SyncError as exc:  # e.g. no pair key on this PC yet
        raise SchedulingError(exc.code) from exc


def plan_session(
    profile: Profile,
    *,
    pair_id: str,
    starts_at: datetime,
    duration_minutes: int,
    kind: str,
    recurrence: str | None = None,
    count: int | None = None,
    until: date | datetime | None = None,
    now: datetime | None = None,
) -> list[SessionInfo]:
    """Plan one session or a series (each occurrence its own meeting); returns them in order."""
    _check_fields(duration_minutes, kind)
    starts = expand(starts_at, recurrence, count=count, until=until)
    if starts[0] < _aware(now or datetime.now(UTC), "now") - _PAST_SLACK:
        raise SchedulingError("in_the_past")
    series = str(uuid.uuid4()) if recurrence else None
    rrule = _rrule(recurrence, len(starts)) if recurrence else None
    ids = [str(uuid.uuid4()) for _ in starts]
    with writing(profile) as session:
        _open_pair(session, pair_id)
        for meeting_id, start in zip(ids, starts, strict=True):
            fields = {
                "starts_at": datetime_to_ms(start),
                "duration_minutes": duration_minutes,
                "kind": kind,
                "recurrence": rrule,
            }
            if series is not None:
                fields["series_id"] = series
            _record(session, profile, pair_id, meeting_id, fields)
    return [
        SessionInfo(i, pair_id, s, duration_minutes, kind, series, rrule)
        for i, s in zip(ids, starts, strict=True)
    ]


def _change(
    profile: Profile, meeting_id: str, check: Callable[[Meeting], dict[str, Any]]
) -> SessionInfo:
    """Read the meeting, let `check` refuse or return the fields to change, record them."""
    with writing(profile) as session:
        row = session.get(Meeting, meeting_id)
        if row is None:
            raise SchedulingError("no_such_session")
        fields = check(row)
        if fields:
            _record(session, profile, row.pair_id, meeting_id, fields)
            session.flush()
            session.refresh(row)
        return _info(row)


def reschedule(
    profile: Profile,
    meeting_id: str,
    *,
    starts_at: datetime,
    duration_minutes: int | None = None,
    kind: str | None = None,
    now: datetime | None = None,
) -> SessionInfo:
    """Move one session (one occurrence of a series); only while it has no outcome."""
    now = _aware(now or datetime.now(UTC), "now")
    _aware(starts_at)

    def check(row: Meeting) -> dict[str, Any]:
        if row.outcome is not None:
            raise SchedulingError("already_resolved")
        _check_fields(
            row.duration_minutes if duration_minutes is None else duration_minutes,
            kind or row.kind,
        )
        if starts_at < now - _PAST_SLACK:
            raise SchedulingError("in_the_past")
        fields: dict[str, Any] = {"starts_at": datetime_to_ms(starts_at)}
        if duration_minutes is not None:
            fields["duration_minutes"] = duration_minutes
        if kind is not None:
            fields["kind"] = kind
        return fields

    return _change(profile, meeting_id, check)


def cancel(profile: Profile, meeting_id: str, *, whole_series: bool = False) -> list[SessionInfo]:
    """Cancel a session; with `whole_series`, also the later ones of its series still open."""
    with writing(profile) as session:
        row = session.get(Meeting, meeting_id)
        if row is None:
            raise SchedulingError("no_such_session")
        if row.outcome in ("held", "missed"):
            raise SchedulingError("already_resolved")
        rows = [row]
        if whole_series and row.series_id:
            rows += session.scalars(
                select(Meeting).where(
                    Meeting.series_id == row.series_id,
                    Meeting.pair_id == row.pair_id,
                    Meeting.id != meeting_id,
                    Meeting.starts_at >= row.starts_at,
                    Meeting.outcome.is_(None),
                )
            )
        for target in rows:
            fields = {"outcome": "cancelled", "actual_minutes": None}
            _record(session, profile, target.pair_id, target.id, fields)
        session.flush()
        for target in rows:
            session.refresh(target)
        return sorted((_info(r) for r in rows), key=lambda s: s.starts_at)


def record_outcome(
    profile: Profile,
    meeting_id: str,
    outcome: str,
    actual_minutes: int | None = None,
    *,
    now: datetime | None = None,
) -> SessionInfo:
    """Held, missed or cancelled. Held and missed only once the session has started."""
    if outcome not in OUTCOMES:
        raise SchedulingError("bad_outcome")
    if actual_minutes is not None and (outcome != "held" or not 0 < actual_minutes <= 24 * 60):
        raise SchedulingError("bad_minutes")
    now = _aware(now or datetime.now(UTC), "now")

    def check(row: Meeting) -> dict[str, Any]:
        if outcome != "cancelled" and row.starts_at > now:
            raise SchedulingError("not_started")
        return {"outcome": outcome, "actual_minutes": actual_minutes}

    return _change(profile, meeting_id, check)


def _short_call(profile: Profile, meeting_id: str, duration_s: float) -> SessionInfo:
    if duration_s <= 0:
        return get_session(profile, meeting_id)
    minutes = max(round(duration_s / 60), 1)

    def check(row: Meeting) -> dict[str, Any]:
        if row.outcome is not None or (row.actual_minutes or 0) >= minutes:
            return {}
        return {"actual_minutes": minutes}

    return _change(profile, meeting_id, check)


def record_call_end(
    profile: Profile, meeting_id: str, duration_s: float, reason: str = ""
) -> SessionInfo:
    """What the call engine reports when a session's call ends.

    Rule: a call that ran at least 5 minutes means the session was held, whatever ended it
    (`reason` — hang-up, network failure — does not change that), and its minutes (rounded,
    at least 5) become the session's duration. Both people's PCs report the same call, and
    a dropped call may be followed by a second one, so the longest report wins rather than a
    sum. A shorter call sets no outcome (a later call or the outcome dialog decides) but keeps
    its minutes (at least 1) on an open session, so the dialog proposes them, not the plan.
    """
    if duration_s < 0:
        raise SchedulingError("bad_minutes")
    if duration_s < HELD_CALL_SECONDS:
        return _short_call(profile, meeting_id, duration_s)
    minutes = min(max(round(duration_s / 60), 5), 24 * 60)

    def check(row: Meeting) -> dict[str, Any]:
        known = row.actual_minutes if row.outcome == "held" else None
        if known is not None and known >= minutes:
            return {}
        return {"outcome": "held", "actual_minutes": minutes}

    return _change(profile, meeting_id, check)


# --- reminders ----------------------------------------------------------------------------


def _lead_key(info: SessionInfo, lead: timedelta) -> str:
    return f"{info.meeting_id}|{int(lead.total_seconds() // 60)}|{datetime_to_ms(info.starts_at)}"


def due_reminders(profile: Profile, *, now: datetime) -> list[Reminder]:
    """Reminders to show now, each returned once (then remembered as shown on this PC).

    For each of my sessions without an outcome, not over: the nearest lead whose moment has
    come is shown, once; farther leads that passed unseen are skipped. A reschedule re-arms
    them (the key holds the start time). Staff get none: reminders are for the pair.
    """
    _aware(now, "now")
    found: list[Reminder] = []
    with writing(profile) as session:
        rows = _rows(
            session,
            Meeting.pair_id.in_(_my_pairs(profile)),
            Meeting.outcome.is_(None),
            Meeting.starts_at > now - timedelta(minutes=MAX_DURATION),
            Meeting.starts_at <= now + max(REMINDER_LEADS),
        )
        stored: dict[str, int] = json.loads(get_state(session, _SHOWN_KEY) or "{}")
        now_ms = datetime_to_ms(now)
        shown = {key: end for key, end in stored.items() if end > now_ms}  # forget ended ones
        for info in rows:
            if info.ends_at <= now:
                continue
            due = [lead for lead in REMINDER_LEADS if now >= info.starts_at - lead]
            if not due:
                continue
            nearest = min(due)
            if _lead_key(info, nearest) not in shown:
                until = int((info.starts_at - now).total_seconds() // 60)
                found.append(Reminder(info, int(nearest.total_seconds() // 60), until))
            for lead in due:
                shown[_lead_key(info, lead)] = datetime_to_ms(info.ends_at)
        if shown != stored:
            set_state(session, _SHOWN_KEY, json.dumps(shown, separators=(",", ":")))
    return found


# --- calendar -----------------------------------------------------------------------------


def export_ics(sessions: Iterable[SessionInfo], *, lang: str, now: datetime | None = None) -> bytes:
    """An .ics of these sessions, with no names in it (see `desktop.services.ics`)."""
    return ics.export_ics(sessions, lang=lang, now=now)


# --- the object the UI holds ----------------------------------------------------------------


class SchedulingService:
    """One profile's scheduling, with a clock and change notices for the screens."""

    def __init__(
        self,
        profile: Profile,
        *,
        events: ChangeEvents | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.profile = profile
        self._events = events
        self.clock = clock or (lambda: datetime.now(UTC))

    @property
    def person_id(self) -> str:
        return self.profile.person_id

    def _announce(self, sessions: Sequence[SessionInfo]) -> None:
        if self._events is not None and sessions:
            ids = [s.meeting_id for s in sessions]
            self._events.emit_change(ChangeKind.MEETING, Scope.pair(sessions[0].pair_id), ids)

    def plan(self, **kwargs: Any) -> list[SessionInfo]:
        made = plan_session(self.profile, now=self.clock(), **kwargs)
        self._announce(made)
        return made

    def reschedule(self, meeting_id: str, **kwargs: Any) -> SessionInfo:
        moved = reschedule(self.profile, meeting_id, now=self.clock(), **kwargs)
        self._announce([moved])
        return moved

    def cancel(self, meeting_id: str, *, whole_series: bool = False) -> list[SessionInfo]:
        done = cancel(self.profile, meeting_id, whole_series=whole_series)
        self._announce(done)
        return done

    def record_outcome(
        self, meeting_id: str, outcome: str, actual_minutes: int | None = None
    ) -> SessionInfo:
        info = record_outcome(self.profile, meeting_id, outcome, actual_minutes, now=self.clock())
        self._announce([info])
        return info

    def record_call_end(self, meeting_id: str, duration_s: float, reason: str = "") -> SessionInfo:
        info = record_call_end(self.profile, meeting_id, duration_s, reason)
        self._announce([info])
        return info

    def session(self, meeting_id: str) -> SessionInfo:
        return get_session(self.profile, meeting_id)

    def upcoming(self, pair_id: str | None = None) -> list[SessionInfo]:
        return upcoming(self.profile, now=self.clock(), pair_id=pair_id)

    def past(self, pair_id: str | None = None) -> list[SessionInfo]:
        return past(self.profile, now=self.clock(), pair_id=pair_id)

    def awaiting_outcome(self, pair_id: str | None = None) -> list[SessionInfo]:
        return awaiting_outcome(self.profile, now=self.clock(), pair_id=pair_id)

    def due_reminders(self) -> list[Reminder]:
        return due_reminders(self.profile, now=self.clock())

    def can_join(self, session: SessionInfo) -> bool:
        return can_join(session, self.clock())

    def export_ics(self, sessions: Iterable[SessionInfo], *, lang: str) -> bytes:
        return export_ics(sessions, lang=lang, now=self.clock())
