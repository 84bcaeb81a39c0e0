"""Scheduling service: planning and series (DST), reminders once, joining, outcomes, call end.

Real SQLCipher profiles (mentor, mentee, staff) from the services conftest; ops travel between
them with `world.relay`, as sync would carry them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.models.tables import Pair
from desktop.services import scheduling as sch
from desktop.services.profiles import ProfileDirectory
from desktop.services.scheduling import SchedulingError, SessionInfo
from desktop.sync.outbox import pending_count
from desktop.vault.kdf import KdfParams
from tests.services.conftest import PAIR_ID, PASSPHRASE, PROGRAM_ID, seed

TORONTO = ZoneInfo("America/Toronto")
NOW = datetime(2025, 10, 20, 12, 0, tzinfo=UTC)
START = datetime(2025, 10, 22, 22, 0, tzinfo=UTC)  # 6 p.m. in Toronto (EDT)


@pytest.fixture
def mentor(tmp_path):
    """The mentor's profile alone (most tests need no other replica)."""
    directory = ProfileDirectory(tmp_path / "solo", kdf_params_factory=KdfParams.fast_for_tests)
    profile = directory.create(username="mentor", passphrase=PASSPHRASE, display_name="Alex",
                               role="mentor", person_id="m1", program_id=PROGRAM_ID)  # fmt: skip
    seed(profile, {})
    yield profile
    profile.close()


def plan(profile, **kwargs) -> list[SessionInfo]:
    kwargs.setdefault("pair_id", PAIR_ID)
    kwargs.setdefault("starts_at", START)
    kwargs.setdefault("duration_minutes", 60)
    kwargs.setdefault("kind", "video")
    kwargs.setdefault("now", NOW)
    return sch.plan_session(profile, **kwargs)


# --- planning ---------------------------------------------------------------------------------


def test_a_single_session_is_stored_queued_and_reaches_the_other_person(world):
    mentor = world.profiles["mentor"]
    (made,) = plan(mentor)
    assert made.series_id is None and made.recurrence is None
    with mentor.sessionmaker() as s:
        assert pending_count(s) == 1
    assert sch.upcoming(mentor, now=NOW) == [made]

    world.relay("mentor", "mentee", "staff")
    for role in ("mentee", "staff"):
        (seen,) = sch.upcoming(world.profiles[role], now=NOW, pair_id=PAIR_ID)
        assert (seen.meeting_id, seen.starts_at, seen.duration_minutes, seen.kind) == (
            made.meeting_id, START, 60, "video",
        )  # fmt: skip


def test_weekly_series_keeps_the_local_time_across_the_november_dst_change(mentor):
    local_start = datetime(2025, 10, 21, 18, 0, tzinfo=TORONTO)  # EDT, UTC-4
    made = plan(mentor, starts_at=local_start, recurrence="weekly", count=4)

    assert [s.starts_at.hour for s in made] == [22, 22, 23, 23]  # DST ends on 2 November
    assert all(s.starts_at.astimezone(TORONTO).hour == 18 for s in made)
    assert [s.starts_at.astimezone(TORONTO).date() for s in made] == [
        date(2025, 10, 21), date(2025, 10, 28), date(2025, 11, 4), date(2025, 11, 11),
    ]  # fmt: skip
    assert len({s.series_id for s in made}) == 1 and made[0].series_id is not None
    assert len({s.meeting_id for s in made}) == 4
    assert all(s.recurrence == "FREQ=WEEKLY;INTERVAL=1;COUNT=4" for s in made)
    stored = sch.upcoming(mentor, now=NOW)
    assert [s.meeting_id for s in stored] == [s.meeting_id for s in made]
    assert {s.series_id for s in stored} == {made[0].series_id}


def test_biweekly_until_a_date_includes_that_day_and_spring_dst(mentor):
    local_start = datetime(2026, 2, 24, 17, 30, tzinfo=TORONTO)  # EST; DST starts 8 March
    made = plan(mentor, starts_at=local_start, recurrence="biweekly", until=date(2026, 4, 7),
                now=datetime(2026, 2, 1, tzinfo=UTC))  # fmt: skip
    local = [s.starts_at.astimezone(TORONTO) for s in made]
    assert [d.date() for d in local] == [
        date(2026, 2, 24), date(2026, 3, 10), date(2026, 3, 24), date(2026, 4, 7),
    ]  # fmt: skip
    assert {(d.hour, d.minute) for d in local} == {(17, 30)}
    assert [s.starts_at.hour for s in made] == [22, 21, 21, 21]


BAD_PLANS = [
    ({"starts_at": datetime(2025, 10, 22, 18, 0)}, "naive_time"),
    ({"duration_minutes": 0}, "bad_duration"),
    ({"duration_minutes": 481}, "bad_duration"),
    ({"kind": "phone"}, "bad_kind"),
    ({"recurrence": "daily", "count": 3}, "bad_recurrence"),
    ({"count": 2}, "bad_recurrence"),
    ({"recurrence": "weekly"}, "count_or_until"),
    ({"recurrence": "weekly", "count": 3, "until": date(2026, 1, 1)}, "count_or_until"),
    ({"recurrence": "weekly", "count": 53}, "bad_count"),
    ({"recurrence": "weekly", "until": date(2025, 10, 1)}, "bad_count"),
    ({"recurrence": "weekly", "until": date(2027, 1, 1)}, "too_many"),
    ({"starts_at": NOW - timedelta(hours=1)}, "in_the_past"),
    ({"pair_id": "nope"}, "no_such_pair"),
]


def test_bad_plans_are_refused_with_a_code_and_write_nothing(mentor):
    codes = []
    for kwargs, _code in BAD_PLANS:
        with pytest.raises(SchedulingError) as caught:
            plan(mentor, **kwargs)
        codes.append(caught.value.code)
    assert codes == [code for _kwargs, code in BAD_PLANS]
    with mentor.sessionmaker() as s:
        assert pending_count(s) == 0
    assert sch.upcoming(mentor, now=NOW) == []


def test_a_closed_pair_cannot_get_new_sessions(mentor):
    with mentor.sessionmaker.begin() as s:
        s.get(Pair, PAIR_ID).status = "closed"
    with pytest.raises(SchedulingError) as caught:
        plan(mentor)
    assert caught.value.code == "pair_closed"


# --- reminders --------------------------------------------------------------------------------


def test_reminders_come_24_hours_and_15_minutes_before_each_exactly_once(world):
    mentor = world.profiles["mentor"]
    (made,) = plan(mentor)
    assert sch.due_reminders(mentor, now=START - timedelta(hours=25)) == []

    (first,) = sch.due_reminders(mentor, now=START - timedelta(hours=24))
    assert (first.session.meeting_id, first.lead_minutes, first.minutes_until) == (
        made.meeting_id, 1440, 1440,
    )  # fmt: skip
    assert sch.due_reminders(mentor, now=START - timedelta(hours=2)) == []

    world.reopen("mentor")  # remembered in the encrypted store, not in memory
    mentor = world.profiles["mentor"]
    (second,) = sch.due_reminders(mentor, now=START - timedelta(minutes=15))
    assert second.lead_minutes == 15
    assert sch.due_reminders(mentor, now=START - timedelta(minutes=1)) == []
    assert sch.due_reminders(mentor, now=START + timedelta(minutes=5)) == []


def test_a_late_look_shows_only_the_nearest_reminder(mentor):
    plan(mentor)
    (only,) = sch.due_reminders(mentor, now=START - timedelta(minutes=10))
    assert (only.lead_minutes, only.minutes_until) == (15, 10)
    assert sch.due_reminders(mentor, now=START - timedelta(minutes=9)) == []


def test_no_reminders_for_resolved_or_ended_sessions_or_for_staff(world):
    mentor = world.profiles["mentor"]
    a, b = plan(mentor, recurrence="weekly", count=2)
    sch.cancel(mentor, a.meeting_id)
    assert sch.due_reminders(mentor, now=a.starts_at - timedelta(minutes=5)) == []
    assert sch.due_reminders(mentor, now=b.ends_at) == []
    world.relay("mentor", "staff")
    assert sch.due_reminders(world.profiles["staff"], now=b.starts_at - timedelta(minutes=5)) == []


def test_a_reschedule_rearms_the_reminders(mentor):
    (made,) = plan(mentor)
    assert len(sch.due_reminders(mentor, now=START - timedelta(minutes=14))) == 1
    later = START + timedelta(days=2)
    sch.reschedule(mentor, made.meeting_id, starts_at=later, now=START - timedelta(minutes=14))
    (again,) = sch.due_reminders(mentor, now=later - timedelta(minutes=14))
    assert again.session.starts_at == later and again.lead_minutes == 15


# --- joining ----------------------------------------------------------------------------------


def test_join_is_possible_from_ten_minutes_before_until_the_planned_end():
    video = SessionInfo("m", PAIR_ID, START, 45, "video")
    tick = timedelta(microseconds=1)
    assert not sch.can_join(video, START - timedelta(minutes=10) - tick)
    assert sch.can_join(video, START - timedelta(minutes=10))
    assert sch.can_join(video, START + timedelta(minutes=45) - tick)
    assert not sch.can_join(video, START + timedelta(minutes=45))
    in_person = SessionInfo("m", PAIR_ID, START, 45, "in_person")
    assert not sch.can_join(in_person, START)
    cancelled = SessionInfo("m", PAIR_ID, START, 45, "video", outcome="cancelled")
    assert not sch.can_join(cancelled, START)


# --- outcomes ---------------------------------------------------------------------------------


def test_outcomes_are_recorded_synced_and_feed_supervision(world):
    mentor = world.profiles["mentor"]
    a, b, c = plan(mentor, recurrence="weekly", count=3)
    after = c.ends_at + timedelta(minutes=1)
    assert [s.meeting_id for s in sch.awaiting_outcome(mentor, now=after)] == [
        c.meeting_id, b.meeting_id, a.meeting_id,
    ]  # fmt: skip
    held = sch.record_outcome(mentor, a.meeting_id, "held", 50, now=after)
    assert (held.outcome, held.actual_minutes) == ("held", 50)
    sch.record_outcome(mentor, b.meeting_id, "missed", now=after)
    sch.cancel(mentor, c.meeting_id)
    assert sch.awaiting_outcome(mentor, now=after) == []

    world.relay("mentor", "staff")
    records = sch.session_records(world.profiles["staff"], pair_id=PAIR_ID)
    assert [(r.scheduled_at, r.held, r.minutes) for r in records] == [
        (a.starts_at, True, 50.0), (b.starts_at, False, 0.0),
    ]  # cancelled sessions were never due  # fmt: skip
    outcomes = {s.meeting_id: s.outcome for s in sch.past(world.profiles["staff"], now=after)}
    assert outcomes == {a.meeting_id: "held", b.meeting_id: "missed", c.meeting_id: "cancelled"}


BAD_OUTCOMES = [
    ("held", None, START - timedelta(minutes=1), "not_started"),
    ("missed", None, START - timedelta(minutes=1), "not_started"),
    ("missed", 30, START + timedelta(hours=2), "bad_minutes"),
    ("held", 0, START + timedelta(hours=2), "bad_minutes"),
    ("maybe", None, START + timedelta(hours=2), "bad_outcome"),
]


def test_impossible_outcomes_are_refused(mentor):
    (made,) = plan(mentor)
    codes = []
    for outcome, minutes, at, _code in BAD_OUTCOMES:
        with pytest.raises(SchedulingError) as caught:
            sch.record_outcome(mentor, made.meeting_id, outcome, minutes, now=at)
        codes.append(caught.value.code)
    assert codes == [code for *_rest, code in BAD_OUTCOMES]
    assert sch.get_session(mentor, made.meeting_id).outcome is None


def test_cancelling_ahead_of_time_is_allowed_and_unknown_sessions_are_reported(mentor):
    (made,) = plan(mentor)
    (done,) = sch.cancel(mentor, made.meeting_id)
    assert done.outcome == "cancelled"
    assert sch.upcoming(mentor, now=NOW) == []
    with pytest.raises(SchedulingError) as caught:
        sch.record_outcome(mentor, "missing", "held", now=NOW)
    assert caught.value.code == "no_such_session"


def test_cancelling_the_rest_of_a_series_keeps_earlier_and_resolved_ones(mentor):
    made = plan(mentor, recurrence="weekly", count=4)
    sch.record_outcome(mentor, made[3].meeting_id, "held", now=made[3].ends_at)
    done = sch.cancel(mentor, made[1].meeting_id, whole_series=True)
    assert [s.meeting_id for s in done] == [made[1].meeting_id, made[2].meeting_id]
    outcomes = [sch.get_session(mentor, s.meeting_id).outcome for s in made]
    assert outcomes == [None, "cancelled", "cancelled", "held"]
    with pytest.raises(SchedulingError) as caught:
        sch.reschedule(mentor, made[3].meeting_id, starts_at=START, now=NOW)
    assert caught.value.code == "already_resolved"


def test_a_call_of_five_minutes_or_more_marks_the_session_held_with_its_length(world):
    mentor = world.profiles["mentor"]
    (made,) = plan(mentor)
    short = sch.record_call_end(mentor, made.meeting_id, 70, "hangup")
    assert (short.outcome, short.actual_minutes) == (None, 1)  # kept for the outcome dialog
    shorter = sch.record_call_end(mentor, made.meeting_id, 20, "hangup")
    assert (shorter.outcome, shorter.actual_minutes) == (None, 1)  # the longest report wins

    five = sch.record_call_end(mentor, made.meeting_id, 300, "network_failed")
    assert (five.outcome, five.actual_minutes) == ("held", 5)
    longer = sch.record_call_end(mentor, made.meeting_id, 41 * 60 + 20, "hangup")
    assert longer.actual_minutes == 41
    again = sch.record_call_end(mentor, made.meeting_id, 20 * 60, "hangup")
    assert again.actual_minutes == 41  # the other PC's report of the same call is not added

    world.relay("mentor", "mentee")
    mentee = world.profiles["mentee"]
    assert sch.get_session(mentee, made.meeting_id).actual_minutes == 41
    with pytest.raises(SchedulingError):
        sch.record_call_end(mentor, made.meeting_id, -1, "hangup")


def test_a_call_overrides_a_missed_mark(mentor):
    (made,) = plan(mentor)
    sch.record_outcome(mentor, made.meeting_id, "missed", now=made.ends_at)
    info = sch.record_call_end(mentor, made.meeting_id, 600, "hangup")
    assert (info.outcome, info.actual_minutes) == ("held", 10)


def test_the_service_object_uses_its_clock(mentor):
    clock = [START - timedelta(minutes=11)]
    service = sch.SchedulingService(mentor, clock=lambda: clock[0])
    (made,) = service.plan(pair_id=PAIR_ID, starts_at=START, duration_minutes=30, kind="video")
    assert not service.can_join(made)
    clock[0] = START - timedelta(minutes=10)
    assert service.can_join(made)
    assert [r.lead_minutes for r in service.due_reminders()] == [15]
    assert service.upcoming(PAIR_ID) == [made]
