"""The staff dashboard: every active pair's health at a glance, and weekly trends for charts.

All figures are computed by SQLite over the profile's tables, never by loading messages into
Python: counts per side and per week, the last contact and the median reply time come from
one pass over the covering index `ix_messages_pair_created_author` (window functions for the
replies), sessions and call minutes from `meetings`, ratings from `checkins`. Python then only
applies the program's thresholds, with the engagement rules of `desktop.safety.engagement`
(`at_risk`) plus two of the dashboard's own (a falling message trend, an urgent report), and
words each reason in the asked language (`safety.explanations`).

A reply time is the time from one person's message to the other's next message (a reply to
the latest one; `engagement.measure` starts from the first unanswered one, which needs a
pass per run: too slow over 250,000 messages). "Open flags" counts the messages still held for
review and the urgent reports of the window. The next support contact comes from the pair
detail's support-contact log. No Qt; plain dataclasses out; call it off the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.safety.engagement import (
    CheckIn,
    Engagement,
    PairActivity,
    RiskReason,
    RiskRules,
    at_risk,
    measure,
)
from desktop.safety.explanations import explain
from desktop.services.program_settings import get_setting

WINDOW_DAYS = 28  # the four weeks every per-week figure and trend looks at

# Program settings read for the thresholds (key -> default); "risk." + a RiskRules field name
# tunes that rule, the two below tune the dashboard's own.
MESSAGE_DROP_KEY = "risk.message_drop"  # the last two weeks at most this share below the first
MESSAGE_DROP_DEFAULT = 0.5
MIN_TREND_MESSAGES_KEY = "risk.min_messages_for_trend"  # fewer in the first two weeks: no trend
MIN_TREND_MESSAGES_DEFAULT = 8
TUNABLE_RULES = (
    "max_days_without_contact",
    "min_held_ratio",
    "min_sessions_for_ratio",
    "max_response_hours",
    "low_rating",
    "rating_drop",
)


@dataclass(frozen=True, slots=True)
class DashboardRules:
    """One program's thresholds: the engagement rules and the message trend's."""

    engagement: RiskRules = field(default_factory=RiskRules)
    message_drop: float = MESSAGE_DROP_DEFAULT
    min_messages_for_trend: int = MIN_TREND_MESSAGES_DEFAULT


@dataclass(frozen=True, slots=True)
class RiskNote:
    """Why a pair is at risk: a stable code and the plain sentence staff read."""

    code: str
    text: str


@dataclass(frozen=True, slots=True)
class PairHealth:
    """One row of the dashboard. None where there is nothing to say yet."""

    pair_id: str
    program_id: str
    mentor_name: str
    mentee_name: str
    matched_at: datetime
    days_since_contact: float | None
    mentor_per_week: float
    mentee_per_week: float
    median_reply_hours: float | None  # the slower side's median reply time
    sessions_held: int
    sessions_planned: int
    call_minutes_this_month: int
    last_checkin_rating: int | None
    open_flags: int
    next_support_due: datetime | None
    risks: tuple[RiskNote, ...]

    @property
    def at_risk(self) -> bool:
        return bool(self.risks)


@dataclass(frozen=True, slots=True)
class WeekPoint:
    """One week of a trend (a pair's or the program's): messages, sessions, check-ins."""

    week_start: datetime
    mentor_messages: int
    mentee_messages: int
    sessions_held: int
    average_rating: float | None


def sql_time(moment: datetime) -> str:
    """How `UtcDateTime` stores an instant (naive UTC text), for comparisons in raw SQL."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _parse(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def rules_for(profile: Any, program_id: str) -> DashboardRules:
    """The program's thresholds, from its settings (defaults where none is set)."""
    base = RiskRules()
    tuned = {
        name: get_setting(profile, program_id, f"risk.{name}", getattr(base, name))
        for name in TUNABLE_RULES
    }
    return DashboardRules(
        engagement=replace(base, **tuned),
        message_drop=get_setting(profile, program_id, MESSAGE_DROP_KEY, MESSAGE_DROP_DEFAULT),
        min_messages_for_trend=get_setting(
            profile, program_id, MIN_TREND_MESSAGES_KEY, MIN_TREND_MESSAGES_DEFAULT
        ),
    )


def next_support_contact_due(profile: Any, pair_ids: Sequence[str]) -> dict[str, datetime]:
    """When each pair's next support contact is due (the pair detail's support-contact log),
    as midnight UTC of that day."""
    from desktop.services.pair_detail import support_contacts_due

    wanted = set(pair_ids)
    return {
        pair_id: datetime.combine(day, datetime.min.time(), tzinfo=UTC)
        for pair_id, day in support_contacts_due(profile).items()
        if pair_id in wanted
    }


# --- the SQL -------------------------------------------------------------------------------

_PAIRS = """
SELECT p.id, p.program_id, p.mentor_id, p.mentee_id, p.matched_at,
       COALESCE(mr.display_name, ''), COALESCE(me.display_name, '')
FROM pairs p
LEFT JOIN people mr ON mr.id = p.mentor_id
LEFT JOIN people me ON me.id = p.mentee_id
WHERE p.status = 'active' {program_filter}
"""

# Per pair over the window: messages by side, by week (w1 oldest), and the newest one; the
# newest message ever only for pairs quiet all window (COALESCE stops at the first non-null).
_MESSAGES = """
SELECT p.id,
       COALESCE(w.mentor_n, 0), COALESCE(w.mentee_n, 0),
       COALESCE(w.w1, 0), COALESCE(w.w2, 0), COALESCE(w.w3, 0), COALESCE(w.w4, 0),
       COALESCE(w.last_at, (SELECT MAX(m.created_at) FROM messages m
                            WHERE m.pair_id = p.id AND m.deleted = 0 AND m.created_at <= :now
                              AND m.author_id IN (p.mentor_id, p.mentee_id)))
FROM pairs p
LEFT JOIN (
    SELECT m.pair_id AS pair_id,
           SUM(m.author_id = p.mentor_id) AS mentor_n,
           SUM(m.author_id = p.mentee_id) AS mentee_n,
           SUM(m.created_at < :w1) AS w1,
           SUM(m.created_at >= :w1 AND m.created_at < :w2) AS w2,
           SUM(m.created_at >= :w2 AND m.created_at < :w3) AS w3,
           SUM(m.created_at >= :w3) AS w4,
           MAX(m.created_at) AS last_at
    FROM pairs p CROSS JOIN messages m ON m.pair_id = p.id  -- pairs first: one index range each
    WHERE p.status = 'active' AND m.deleted = 0
      AND m.created_at >= :since AND m.created_at <= :now
      AND m.author_id IN (p.mentor_id, p.mentee_id)
    GROUP BY m.pair_id
) w ON w.pair_id = p.id
WHERE p.status = 'active'
"""

# Reply times over the window: a message answers the other person's message just before it,
# and took the time since that one. The median per replying side: the middle one or two of
# each side's sorted list (one sort; the page shows the slower side's).
_REPLIES = """
WITH replies AS (
    SELECT pair_id, by_mentor, (julianday(created_at) - julianday(prev_at)) * 24 AS hours
    FROM (
        SELECT m.pair_id, m.author_id, m.created_at, m.author_id = p.mentor_id AS by_mentor,
               LAG(m.author_id) OVER w AS prev_author, LAG(m.created_at) OVER w AS prev_at
        FROM pairs p CROSS JOIN messages m ON m.pair_id = p.id
        WHERE p.status = 'active' AND m.deleted = 0
          AND m.created_at >= :since AND m.created_at <= :now
          AND m.author_id IN (p.mentor_id, p.mentee_id)
        WINDOW w AS (PARTITION BY m.pair_id ORDER BY m.created_at)
    ) WHERE prev_author != author_id
), ranked AS (
    SELECT pair_id, by_mentor, hours, ROW_NUMBER() OVER s AS i, COUNT(*) OVER s AS n
    FROM replies
    WINDOW s AS (PARTITION BY pair_id, by_mentor ORDER BY hours
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT pair_id,
       AVG(CASE WHEN by_mentor AND i IN ((n + 1) / 2, (n + 2) / 2) THEN hours END),
       AVG(CASE WHEN NOT by_mentor AND i IN ((n + 1) / 2, (n + 2) / 2) THEN hours END)
FROM ranked GROUP BY pair_id
"""

# Sessions: planned (not cancelled) and held in the window, minutes held this month, and the
# last held session (a contact too).
_SESSIONS = """
SELECT pair_id,
       SUM(starts_at >= :since AND starts_at <= :now AND COALESCE(outcome, '') != 'cancelled'),
       SUM(starts_at >= :since AND starts_at <= :now AND outcome = 'held'),
       SUM(CASE WHEN starts_at >= :month AND starts_at <= :now AND outcome = 'held'
                THEN COALESCE(actual_minutes, 0) ELSE 0 END),
       MAX(CASE WHEN outcome = 'held' AND starts_at <= :now THEN starts_at END)
FROM meetings GROUP BY pair_id
"""

# Check-ins of the pair's own members only (an answer about a pair one is not in is ignored).
_CHECKINS = """
SELECT c.pair_id, c.rating, c.answered_at
FROM checkins c JOIN pairs p ON p.id = c.pair_id
WHERE p.status = 'active' AND c.person_id IN (p.mentor_id, p.mentee_id)
  AND c.answered_at <= :now
ORDER BY c.pair_id, c.answered_at
"""

# Flags: messages still held for review, and urgent reports about the pair in the window.
_FLAGS = """
SELECT p.id,
       (SELECT COUNT(*) FROM (SELECT m.author_id FROM messages m  -- the partial index
                              WHERE m.pair_id = p.id AND m.state = 'held') h
        WHERE h.author_id IN (p.mentor_id, p.mentee_id)),
       (SELECT COUNT(*) FROM audit_events a WHERE a.action = 'report'
          AND a.subject_scope = 'pair:' || p.id AND a.at >= :since)
FROM pairs p WHERE p.status = 'active'
"""


@dataclass
class _Row:
    """What the queries found for one pair, before the rules read it."""

    mentor_n: int = 0
    mentee_n: int = 0
    weeks: tuple[int, int, int, int] = (0, 0, 0, 0)
    last_message: datetime | None = None
    mentor_reply: float | None = None
    mentee_reply: float | None = None
    planned: int = 0
    held: int = 0
    minutes: int = 0
    last_session: datetime | None = None
    checkins: list[CheckIn] = field(default_factory=list)
    held_messages: int = 0
    reports: int = 0


def _bounds(now: datetime) -> dict[str, str]:
    since = now - timedelta(days=WINDOW_DAYS)
    week = timedelta(days=7)
    month = now.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return {"now": sql_time(now), "since": sql_time(since), "w1": sql_time(since + week),
            "w2": sql_time(since + 2 * week), "w3": sql_time(since + 3 * week),
            "month": sql_time(month)}  # fmt: skip


def _gather(s: Session, now: datetime) -> dict[str, _Row]:
    b = _bounds(now)
    rows: dict[str, _Row] = {}
    for pid, mentor_n, mentee_n, w1, w2, w3, w4, last in s.execute(text(_MESSAGES), b):
        rows[pid] = _Row(mentor_n, mentee_n, (w1, w2, w3, w4), _parse(last))
    for pid, mentor, mentee in s.execute(text(_REPLIES), b):
        if (r := rows.get(pid)) is not None:
            r.mentor_reply, r.mentee_reply = mentor, mentee
    for pid, planned, held, minutes, last in s.execute(text(_SESSIONS), b):
        if pid in rows:
            r = rows[pid]
            r.planned, r.held, r.minutes = planned or 0, held or 0, int(minutes or 0)
            r.last_session = _parse(last)
    for pid, rating, at in s.execute(text(_CHECKINS), b):
        if pid in rows:
            rows[pid].checkins.append(CheckIn(_parse(at) or now, rating))
    for pid, held_messages, reports in s.execute(text(_FLAGS), b):
        if pid in rows:
            rows[pid].held_messages, rows[pid].reports = held_messages, reports
    return rows


# --- the rules ------------------------------------------------------------------------------


def _days(later: datetime, earlier: datetime | None) -> float | None:
    return None if earlier is None else (later - earlier).total_seconds() / 86400


def _engagement(r: _Row, matched_at: datetime, now: datetime) -> Engagement:
    weeks = WINDOW_DAYS / 7
    total = r.mentor_n + r.mentee_n
    contacts = [t for t in (r.last_message, r.last_session) if t is not None]
    ratings = measure(PairActivity(checkins=r.checkins), now, WINDOW_DAYS)  # no messages in it
    return Engagement(
        now=now,
        window_days=WINDOW_DAYS,
        mentor_messages_per_week=r.mentor_n / weeks,
        mentee_messages_per_week=r.mentee_n / weeks,
        mentor_share=r.mentor_n / total if total else None,
        mentor_response_hours=r.mentor_reply,
        mentee_response_hours=r.mentee_reply,
        days_since_last_contact=_days(now, max(contacts)) if contacts else None,
        days_since_match=_days(now, matched_at),
        sessions_planned=r.planned,
        sessions_held=r.held,
        held_ratio=r.held / r.planned if r.planned else None,
        call_minutes=float(r.minutes),
        checkin_ratings=ratings.checkin_ratings,
        checkin_change=ratings.checkin_change,
    )


def _slower(*hours: float | None) -> float | None:
    """The slower side's median reply time (None when neither has replied yet)."""
    known = [h for h in hours if h is not None]
    return max(known) if known else None


def _dashboard_reasons(r: _Row, rules: DashboardRules) -> list[RiskReason]:
    """The dashboard's own rules: a falling message trend and an urgent report."""
    reasons = []
    before, after = r.weeks[0] + r.weeks[1], r.weeks[2] + r.weeks[3]
    if before >= rules.min_messages_for_trend and after <= before * (1 - rules.message_drop):
        reasons.append(RiskReason("messages_falling", "risk.messages_falling",
                                  {"before": before, "after": after}))  # fmt: skip
    if r.reports:
        reasons.append(RiskReason("urgent_flag", "risk.urgent_flag", {"count": r.reports}))
    return reasons


def _words(reason: RiskReason, lang: str) -> RiskNote:
    key = reason.explanation_key
    if reason.code == "no_recent_contact" and reason.values.get("days", 0) < 0:
        key = "risk.never_contacted"  # no message nor session yet: not "-1 days"
    return RiskNote(reason.code, explain(key, lang, reason.values))


def pair_health(
    profile: Any, *, now: datetime | None = None, lang: str = "en",
    program_id: str | None = None,
) -> list[PairHealth]:  # fmt: skip
    """Every active pair this staff profile holds (of `program_id` if given), most at risk
    first, with the reasons in `lang` ("fr" or "en")."""
    now = now or datetime.now(UTC)
    program_filter = "AND p.program_id = :program" if program_id else ""
    with profile.sessionmaker() as s:
        pairs = s.execute(text(_PAIRS.format(program_filter=program_filter)),
                          {"program": program_id}).all()  # fmt: skip
        found = _gather(s, now)
    support = next_support_contact_due(profile, [p[0] for p in pairs]) or {}
    rules: dict[str, DashboardRules] = {}
    out = []
    for pid, program, _mentor, _mentee, matched, mentor_name, mentee_name in pairs:
        r = found.get(pid, _Row())
        matched_at = _parse(str(matched)) or now
        rule = rules.setdefault(program, rules_for(profile, program))
        e = _engagement(r, matched_at, now)
        reasons = [*at_risk(e, rule.engagement), *_dashboard_reasons(r, rule)]
        out.append(PairHealth(
            pair_id=pid, program_id=program, mentor_name=mentor_name, mentee_name=mentee_name,
            matched_at=matched_at, days_since_contact=e.days_since_last_contact,
            mentor_per_week=e.mentor_messages_per_week,
            mentee_per_week=e.mentee_messages_per_week,
            median_reply_hours=_slower(r.mentor_reply, r.mentee_reply),
            sessions_held=r.held, sessions_planned=r.planned,
            call_minutes_this_month=r.minutes,
            last_checkin_rating=r.checkins[-1].rating if r.checkins else None,
            open_flags=r.held_messages + r.reports, next_support_due=support.get(pid),
            risks=tuple(_words(reason, lang) for reason in reasons),
        ))  # fmt: skip
    out.sort(key=lambda h: (-len(h.risks), h.mentor_name.casefold(), h.pair_id))
    return out


# --- trends for the charts ------------------------------------------------------------------

_TREND = """
WITH weeks AS (
    SELECT CAST((julianday(m.created_at) - julianday(:start)) / 7 AS INTEGER) AS week,
           m.author_id = p.mentor_id AS by_mentor
    FROM pairs p JOIN messages m ON m.pair_id = p.id
    WHERE m.deleted = 0 AND m.created_at >= :start AND m.created_at < :end
      AND m.author_id IN (p.mentor_id, p.mentee_id) {pair_filter}
)
SELECT 'm', week, SUM(by_mentor), SUM(NOT by_mentor) FROM weeks GROUP BY week
UNION ALL
SELECT 's', CAST((julianday(starts_at) - julianday(:start)) / 7 AS INTEGER), COUNT(*), 0
FROM meetings x JOIN pairs p ON p.id = x.pair_id
WHERE x.outcome = 'held' AND x.starts_at >= :start AND x.starts_at < :end {pair_filter}
GROUP BY 2
UNION ALL
SELECT 'c', CAST((julianday(c.answered_at) - julianday(:start)) / 7 AS INTEGER),
       SUM(c.rating), COUNT(*)
FROM checkins c JOIN pairs p ON p.id = c.pair_id
WHERE c.person_id IN (p.mentor_id, p.mentee_id)
  AND c.answered_at >= :start AND c.answered_at < :end {pair_filter}
GROUP BY 2
"""


def weekly_trend(
    profile: Any, *, weeks: int = 12, now: datetime | None = None, pair_id: str | None = None
) -> list[WeekPoint]:
    """The last `weeks` weeks, oldest first, of one pair or (no `pair_id`) every pair this
    profile holds: messages by side, sessions held, the mean check-in rating."""
    now = now or datetime.now(UTC)
    start = now - timedelta(weeks=weeks)
    pair_filter = "AND p.id = :pair" if pair_id else "AND p.status = 'active'"
    params = {"start": sql_time(start), "end": sql_time(now), "pair": pair_id}
    points = [[0, 0, 0, 0, 0] for _ in range(weeks)]  # mentor, mentee, sessions, sum, count
    with profile.sessionmaker() as s:
        for what, week, a, b in s.execute(text(_TREND.format(pair_filter=pair_filter)), params):
            if not 0 <= week < weeks:
                continue
            slot = points[week]
            if what == "m":
                slot[0], slot[1] = a, b
            elif what == "s":
                slot[2] = a
            else:
                slot[3], slot[4] = a, b
    return [
        WeekPoint(start + timedelta(weeks=i), m, e, held, total / n if n else None)
        for i, (m, e, held, total, n) in enumerate(points)
    ]


def at_risk_codes(rows: Iterable[PairHealth]) -> dict[str, int]:
    """How many pairs each reason concerns (for the report and the page's summary)."""
    counts: dict[str, int] = {}
    for row in rows:
        for note in row.risks:
            counts[note.code] = counts.get(note.code, 0) + 1
    return counts
