"""Engagement figures and at-risk reasons, checked against hand-computed cases."""

from datetime import datetime, timedelta

import pytest

from desktop.safety.engagement import (
    CheckIn,
    PairActivity,
    RiskRules,
    SessionRecord,
    at_risk,
    measure,
)
from desktop.safety.explanations import explain, explanation_keys

NOW = datetime(2025, 3, 31, 12, 0)


def ago(days: float, hours: float = 0) -> datetime:
    return NOW - timedelta(days=days, hours=hours)


def healthy() -> PairActivity:
    # Mentee writes, mentor answers 2 h later, every 2 days for 4 weeks: 14 messages each.
    mentee = [ago(d) for d in range(1, 29, 2)]
    mentor = [t + timedelta(hours=2) for t in mentee]
    sessions = [SessionRecord(ago(d), True, 30) for d in (3, 10, 17, 24)]
    checkins = [CheckIn(ago(d), r) for d, r in ((21, 4), (14, 4), (7, 5), (1, 4))]
    return PairActivity(mentor, mentee, sessions, checkins, matched_at=ago(60))


def test_healthy_pair_figures_and_no_risk():
    e = measure(healthy(), NOW)
    assert e.mentor_messages_per_week == pytest.approx(14 / 4)
    assert e.mentee_messages_per_week == pytest.approx(14 / 4)
    assert e.mentor_share == pytest.approx(0.5)
    assert e.mentor_response_hours == pytest.approx(2)
    # The mentee "answers" each mentor message 46 h later (next message two days on).
    assert e.mentee_response_hours == pytest.approx(46)
    assert e.days_since_last_contact == pytest.approx(1 - 2 / 24)
    assert (e.sessions_planned, e.sessions_held, e.held_ratio) == (4, 4, 1.0)
    assert e.call_minutes == 120
    assert e.checkin_ratings == (4, 4, 5, 4)
    assert e.checkin_change == pytest.approx(4.5 - 4)
    assert at_risk(e) == []


def test_no_contact_for_three_weeks():
    activity = PairActivity([ago(21)], [ago(22)], matched_at=ago(90))
    e = measure(activity, NOW)
    assert e.days_since_last_contact == pytest.approx(21)
    (reason,) = at_risk(e)
    assert reason.code == "no_recent_contact"
    assert reason.values == {"days": pytest.approx(21), "limit": 14}
    assert explain(reason.explanation_key, "en", reason.values) == (
        "No contact for 21 days (limit: 14)."
    )
    assert "21 jours" in explain(reason.explanation_key, "fr", reason.values)


def test_new_pair_gets_a_grace_period():
    e = measure(PairActivity(matched_at=ago(3)), NOW)
    assert e.days_since_last_contact is None
    assert at_risk(e) == []
    e_later = measure(PairActivity(matched_at=ago(10)), NOW)
    assert [r.code for r in at_risk(e_later)] == ["no_recent_contact"]


def test_sessions_held_below_half():
    base = healthy()
    sessions = [
        SessionRecord(ago(d), held, 20 if held else 0)
        for d, held in ((3, True), (10, False), (17, False), (24, False))
    ]
    e = measure(
        PairActivity(
            base.mentor_messages, base.mentee_messages, sessions, base.checkins, base.matched_at
        ),
        NOW,
    )
    assert (e.sessions_held, e.sessions_planned, e.held_ratio) == (1, 4, 0.25)
    assert e.call_minutes == 20
    assert [r.code for r in at_risk(e)] == ["sessions_missed"]


def test_upcoming_sessions_do_not_count():
    sessions = [SessionRecord(NOW + timedelta(days=2)), SessionRecord(ago(1), True, 45)]
    e = measure(PairActivity(sessions=sessions, matched_at=ago(30)), NOW)
    assert (e.sessions_planned, e.sessions_held) == (1, 1)
    assert e.days_since_last_contact == pytest.approx(1)


def test_one_sided_conversation_names_who():
    mentor = [ago(d) for d in range(1, 9)]
    mentee = [ago(4, hours=1)]
    e = measure(PairActivity(mentor, mentee, matched_at=ago(60)), NOW)
    assert e.mentor_share == pytest.approx(8 / 9)
    codes = [r.code for r in at_risk(e)]
    assert "one_sided_mentor" in codes


def test_falling_and_low_ratings():
    checkins = [CheckIn(ago(d), r) for d, r in ((20, 5), (13, 4), (6, 2), (1, 2))]
    activity = PairActivity([ago(1)], [ago(1, 1)], checkins=checkins, matched_at=ago(60))
    e = measure(activity, NOW)
    assert e.checkin_change == pytest.approx(2 - 4.5)
    assert [r.code for r in at_risk(e)] == ["ratings_falling", "low_rating"]


def test_slow_replies():
    mentee = [ago(10)]
    mentor = [ago(5)]  # answered 120 h later
    e = measure(PairActivity(mentor, mentee, matched_at=ago(60)), NOW)
    assert e.mentor_response_hours == pytest.approx(120)
    assert [r.code for r in at_risk(e)] == ["slow_replies_mentor"]


def test_program_can_tune_rules():
    activity = PairActivity([ago(10)], [ago(10, 1)], matched_at=ago(60))
    e = measure(activity, NOW)
    assert at_risk(e) == []
    assert [r.code for r in at_risk(e, RiskRules(max_days_without_contact=7))] == [
        "no_recent_contact"
    ]


def test_every_reason_has_both_explanations():
    keys = explanation_keys()
    for code in (
        "no_recent_contact",
        "sessions_missed",
        "one_sided_mentor",
        "one_sided_mentee",
        "slow_replies_mentor",
        "slow_replies_mentee",
        "ratings_falling",
        "low_rating",
    ):
        assert f"risk.{code}" in keys
        for lang in ("fr", "en"):
            assert explain(
                f"risk.{code}",
                lang,
                {
                    "days": 1,
                    "limit": 1,
                    "held": 1,
                    "planned": 2,
                    "share": 0.9,
                    "hours": 80,
                    "change": -1.5,
                    "rating": 1,
                },
            )
