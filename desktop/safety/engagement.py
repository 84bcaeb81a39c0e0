"""Engagement figures for one pair and the "at risk" rules staff see, with their reasons.

Input is plain timestamps and counts (no message text): the supervision service gathers them
from the local store and calls these pure functions on any thread. Every risk reason carries a
code, a translation key for its plain explanation and the figures behind it, so staff can see
exactly why a pair is flagged. Programs tune the thresholds through :class:`RiskRules`.
All datetimes given to one call must be of one kind (timezone-aware UTC, preferably).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import mean, median


@dataclass(frozen=True)
class SessionRecord:
    """A scheduled meeting: held or not (None while it is still to come or unreported)."""

    scheduled_at: datetime
    held: bool | None = None
    minutes: float = 0.0


@dataclass(frozen=True)
class CheckIn:
    at: datetime
    rating: int  # 1 (not well) to 5 (very well)


@dataclass(frozen=True)
class PairActivity:
    mentor_messages: Sequence[datetime] = ()
    mentee_messages: Sequence[datetime] = ()
    sessions: Sequence[SessionRecord] = ()
    checkins: Sequence[CheckIn] = ()
    matched_at: datetime | None = None


@dataclass(frozen=True)
class Engagement:
    """Figures over the last ``window_days`` (messages, sessions, minutes) as of ``now``."""

    now: datetime
    window_days: int
    mentor_messages_per_week: float
    mentee_messages_per_week: float
    mentor_share: float | None  # mentor's share of the window's messages; None if there were none
    mentor_response_hours: float | None  # median time the mentor took to answer
    mentee_response_hours: float | None
    days_since_last_contact: float | None  # last message or held session; None if never
    days_since_match: float | None
    sessions_planned: int
    sessions_held: int
    held_ratio: float | None
    call_minutes: float
    checkin_ratings: tuple[int, ...]  # oldest first, within the window
    checkin_change: float | None  # mean of the later half minus the earlier half


@dataclass(frozen=True)
class RiskRules:
    """Thresholds a program can tune; defaults follow the e-mentoring guidance in the seeds."""

    max_days_without_contact: float = 14
    min_held_ratio: float = 0.5
    min_sessions_for_ratio: int = 2
    one_sided_share: float = 0.8
    min_messages_for_one_sided: int = 6
    max_response_hours: float = 72
    rating_drop: float = 1.0
    min_ratings_for_trend: int = 3
    low_rating: int = 2
    grace_days: float = 7  # a brand-new pair is not "without contact" yet


DEFAULT_RISK_RULES = RiskRules()


@dataclass(frozen=True)
class RiskReason:
    code: str
    explanation_key: str
    values: dict[str, float] = field(default_factory=dict, compare=False)


def _days(delta: timedelta) -> float:
    return delta.total_seconds() / 86400


def _response_hours(answerers: Sequence[datetime], askers: Sequence[datetime]) -> float | None:
    """Median hours from the first unanswered message of one person to the other's reply."""
    events = sorted([(t, 0) for t in askers] + [(t, 1) for t in answerers])
    waits: list[float] = []
    waiting_since: datetime | None = None
    for at, is_answer in events:
        if not is_answer and waiting_since is None:
            waiting_since = at
        elif is_answer and waiting_since is not None:
            waits.append((at - waiting_since).total_seconds() / 3600)
            waiting_since = None
    return median(waits) if waits else None


def measure(activity: PairActivity, now: datetime, window_days: int = 28) -> Engagement:
    """Compute a pair's engagement figures as of ``now``."""
    start = now - timedelta(days=window_days)
    weeks = window_days / 7
    mentor = [t for t in activity.mentor_messages if start <= t <= now]
    mentee = [t for t in activity.mentee_messages if start <= t <= now]
    total = len(mentor) + len(mentee)
    sessions = [s for s in activity.sessions if start <= s.scheduled_at <= now]
    held = [s for s in sessions if s.held]
    contacts = [t for t in (*activity.mentor_messages, *activity.mentee_messages) if t <= now]
    contacts += [s.scheduled_at for s in activity.sessions if s.held and s.scheduled_at <= now]
    ratings = tuple(
        c.rating for c in sorted(activity.checkins, key=lambda c: c.at) if start <= c.at <= now
    )
    change = None
    if len(ratings) >= 2:
        half = len(ratings) // 2
        change = mean(ratings[-half:]) - mean(ratings[:half])
    return Engagement(
        now=now,
        window_days=window_days,
        mentor_messages_per_week=len(mentor) / weeks,
        mentee_messages_per_week=len(mentee) / weeks,
        mentor_share=len(mentor) / total if total else None,
        mentor_response_hours=_response_hours(mentor, mentee),
        mentee_response_hours=_response_hours(mentee, mentor),
        days_since_last_contact=_days(now - max(contacts)) if contacts else None,
        days_since_match=_days(now - activity.matched_at) if activity.matched_at else None,
        sessions_planned=len(sessions),
        sessions_held=len(held),
        held_ratio=len(held) / len(sessions) if sessions else None,
        call_minutes=sum(s.minutes for s in held),
        checkin_ratings=ratings,
        checkin_change=change,
    )


def at_risk(engagement: Engagement, rules: RiskRules = DEFAULT_RISK_RULES) -> list[RiskReason]:
    """The reasons this pair needs a staff check-in; an empty list means none."""
    e, r = engagement, rules
    reasons: list[RiskReason] = []
    quiet = e.days_since_last_contact
    settled = e.days_since_match is None or e.days_since_match > r.grace_days
    if settled and (quiet is None or quiet > r.max_days_without_contact):
        reasons.append(
            RiskReason(
                "no_recent_contact",
                "risk.no_recent_contact",
                {"days": quiet if quiet is not None else -1, "limit": r.max_days_without_contact},
            )
        )
    if (
        e.held_ratio is not None
        and e.sessions_planned >= r.min_sessions_for_ratio
        and e.held_ratio < r.min_held_ratio
    ):
        reasons.append(
            RiskReason(
                "sessions_missed",
                "risk.sessions_missed",
                {"held": e.sessions_held, "planned": e.sessions_planned, "limit": r.min_held_ratio},
            )
        )
    total = round((e.mentor_messages_per_week + e.mentee_messages_per_week) * e.window_days / 7)
    if e.mentor_share is not None and total >= r.min_messages_for_one_sided:
        share = max(e.mentor_share, 1 - e.mentor_share)
        if share >= r.one_sided_share:
            who = "mentor" if e.mentor_share >= 0.5 else "mentee"
            reasons.append(
                RiskReason(
                    f"one_sided_{who}",
                    f"risk.one_sided_{who}",
                    {"share": share, "limit": r.one_sided_share},
                )
            )
    for who, hours in (("mentor", e.mentor_response_hours), ("mentee", e.mentee_response_hours)):
        if hours is not None and hours > r.max_response_hours:
            reasons.append(
                RiskReason(
                    f"slow_replies_{who}",
                    f"risk.slow_replies_{who}",
                    {"hours": hours, "limit": r.max_response_hours},
                )
            )
    if (
        e.checkin_change is not None
        and len(e.checkin_ratings) >= r.min_ratings_for_trend
        and e.checkin_change <= -r.rating_drop
    ):
        reasons.append(
            RiskReason(
                "ratings_falling",
                "risk.ratings_falling",
                {"change": e.checkin_change, "limit": -r.rating_drop},
            )
        )
    if e.checkin_ratings and e.checkin_ratings[-1] <= r.low_rating:
        reasons.append(
            RiskReason(
                "low_rating",
                "risk.low_rating",
                {"rating": e.checkin_ratings[-1], "limit": r.low_rating},
            )
        )
    return reasons
