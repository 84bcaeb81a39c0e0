"""The staff dashboard's figures and reasons, and weekly check-ins, over real profiles.

Mentor, mentee and staff are three real SQLCipher profiles (`world` in conftest); what the
members write travels to staff as signed ops, opened and applied as after a pull (program
scope ops, sealed to the staff key, reach staff only). Times are given explicitly, so the
figures do not depend on when the test runs.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.models.dashboard_tables import CheckIn
from desktop.models.tables import Pair
from desktop.services.checkins import CheckInError, CheckInService, iso_week
from desktop.services.dashboard import pair_health, weekly_trend
from desktop.services.profiles import ProfileDirectory
from desktop.sync.apply import apply_ops, quarantine_summary
from desktop.sync.entities import datetime_to_ms
from desktop.sync.entities_dashboard import checkin_id
from desktop.sync.hlc import HlcClock
from desktop.sync.keystore import put_staff_public, staff_public_key
from desktop.sync.ops import PlainOp, uuid7
from desktop.sync.outbox import record_change
from desktop.vault.kdf import KdfParams
from jumelage_protocol import Scope
from tests.services.conftest import PAIR_ID, PASSPHRASE, PROGRAM_ID, URGENT_TEXT, seed

NOW = datetime.now(UTC)  # what members write is stamped by the real clock too (reports)


def write(world, role: str, at: datetime, body: str = "Bonjour") -> None:
    profile = world.profiles[role]
    with profile.sessionmaker.begin() as s:
        record_change(s, scope=Scope.pair(PAIR_ID), entity="message", author=profile.person_id,
                      fields={"body": body, "created_at": datetime_to_ms(at)})  # fmt: skip


def settle(world) -> None:
    """The pair was matched two months before NOW (past its first weeks' grace)."""
    with world.profiles["staff"].sessionmaker.begin() as s:
        s.get(Pair, PAIR_ID).matched_at = NOW - timedelta(days=60)


def staff_row(world, lang: str = "en"):
    (row,) = pair_health(world.profiles["staff"], now=NOW, lang=lang)
    return row


def test_a_quiet_pair_is_at_risk_with_its_reason_in_plain_words(world):
    settle(world)
    write(world, "mentor", NOW - timedelta(days=20, hours=2))
    write(world, "mentee", NOW - timedelta(days=20))
    world.relay("mentor", "staff")
    world.relay("mentee", "staff")
    row = staff_row(world)
    assert row.mentor_name == "Alex" and row.mentee_name == "Sam"
    assert row.days_since_contact == pytest.approx(20)
    assert [r.code for r in row.risks] == ["no_recent_contact"]
    assert row.risks[0].text == "No contact for 20 days (limit: 14)."
    assert staff_row(world, "fr").risks[0].text == "Aucun contact depuis 20 jours (limite : 14)."


def test_figures_per_side_replies_and_a_falling_trend(world):
    settle(world)
    start = NOW - timedelta(days=27)
    for day in range(6):  # two busy weeks: mentor writes, the mentee answers 2 h later
        write(world, "mentor", start + timedelta(days=day))
        write(world, "mentee", start + timedelta(days=day, hours=2))
    write(world, "mentor", NOW - timedelta(days=1))  # then almost nothing
    world.relay("mentor", "staff")
    world.relay("mentee", "staff")
    row = staff_row(world)
    assert row.mentor_per_week == pytest.approx(7 / 4)
    assert row.mentee_per_week == pytest.approx(6 / 4)
    # the mentee replies in 2 h (six times), the mentor in 22 h (five times) and 21 days once:
    # the slower side's median shows
    assert row.median_reply_hours == pytest.approx(22, abs=0.01)
    assert row.days_since_contact == pytest.approx(1)
    assert "messages_falling" in [r.code for r in row.risks]
    assert "Messages are falling: 1 in the last two weeks against 12" in " ".join(
        r.text for r in row.risks
    )
    trend = weekly_trend(world.profiles["staff"], weeks=4, now=NOW, pair_id=PAIR_ID)
    assert [p.mentor_messages + p.mentee_messages for p in trend] == [12, 0, 0, 1]


def test_a_checkin_reaches_staff_only_and_a_very_low_one_alerts_them(sealed_world):
    w = sealed_world
    settle(w)
    checkins = CheckInService(w.profiles["mentee"], w.services["mentee"])
    assert checkins.due(PAIR_ID, NOW)
    answer = checkins.answer(PAIR_ID, rating=1, met=False, comment="Pas eu de nouvelles", now=NOW)
    assert answer.alerted and not answer.replaced and answer.week == iso_week(NOW)
    assert not checkins.due(PAIR_ID, NOW)
    w.relay("mentee", "mentor", "staff")
    with w.profiles["mentor"].sessionmaker() as s:  # the other member never receives it
        assert s.scalars(select(CheckIn)).all() == []
    row = staff_row(w)
    assert row.last_checkin_rating == 1
    assert row.open_flags == 1  # the urgent report the low rating raised
    assert {"low_rating", "urgent_flag"} <= {r.code for r in row.risks}
    reports = w.services["staff"].reports()
    assert [r.reason for r in reports] == ["checkin_low_rating"]
    assert "Pas eu" not in reports[0].note  # the comment stays in the check-in


def test_an_urgent_comment_alerts_staff_even_with_a_good_rating(sealed_world):
    w = sealed_world
    answer = CheckInService(w.profiles["mentee"], w.services["mentee"]).answer(
        PAIR_ID, rating=4, comment=URGENT_TEXT, now=NOW
    )
    assert answer.alerted
    w.relay("mentee", "staff")
    assert [r.reason for r in w.services["staff"].reports()] == ["checkin_urgent_comment"]


def test_answering_twice_on_two_pcs_keeps_the_last_answer(sealed_world, tmp_path):
    w = sealed_world
    other_pc = ProfileDirectory(tmp_path / "other-pc", kdf_params_factory=KdfParams.fast_for_tests)
    laptop = other_pc.create(username="mentee", passphrase=PASSPHRASE, display_name="Sam",
                             role="mentee", person_id="e1", program_id=PROGRAM_ID)  # fmt: skip
    try:
        seed(laptop, {})
        with w.profiles["mentee"].sessionmaker() as s:  # what sync gives each of her PCs
            key_id, public = staff_public_key(s, PROGRAM_ID)
        with laptop.sessionmaker.begin() as s:
            put_staff_public(s, PROGRAM_ID, key_id, public)
        first = CheckInService(w.profiles["mentee"]).answer(PAIR_ID, rating=4, now=NOW)
        again = CheckInService(w.profiles["mentee"]).answer(PAIR_ID, rating=3, now=NOW)
        assert not first.replaced and again.replaced  # the screen says it replaced it
        later = CheckInService(laptop).answer(PAIR_ID, rating=2, now=NOW + timedelta(hours=1))
        assert not later.replaced  # that PC did not know the first answer
        w.profiles["mentee-laptop"] = laptop
        w.relay("mentee-laptop", "staff")  # the later answer arrives first
        w.relay("mentee", "staff")
        with w.profiles["staff"].sessionmaker() as s:
            assert [c.rating for c in s.scalars(select(CheckIn))] == [2]
    finally:
        laptop.close()
        w.profiles.pop("mentee-laptop", None)


def test_nobody_answers_in_anothers_name(sealed_world):
    """A mentor's validly signed check-in for the mentee is quarantined on the staff PC."""
    w = sealed_world
    forged = PlainOp(uuid7(), Scope.program(PROGRAM_ID), HlcClock("m").now(), "m1", "checkin",
                     checkin_id(PAIR_ID, "e1", iso_week(NOW)),
                     {"rating": 5, "comment": "", "met": True,
                      "answered_at": datetime_to_ms(NOW)})  # fmt: skip
    with w.profiles["staff"].sessionmaker.begin() as s:
        apply_ops(s, [forged])
    with w.profiles["staff"].sessionmaker() as s:
        assert s.scalars(select(CheckIn)).all() == []
        assert quarantine_summary(s) == {"not_allowed": 1}


def test_a_checkin_refuses_what_it_cannot_write(world, sealed_world):
    with pytest.raises(CheckInError) as no_key:  # this PC has no staff key yet
        CheckInService(world.profiles["mentee"]).answer(PAIR_ID, rating=3, now=NOW)
    assert no_key.value.code == "checkin_needs_sync"
    service = CheckInService(sealed_world.profiles["staff"])
    for kwargs, code in (({"rating": 0}, "rating_out_of_range"),
                         ({"rating": 3, "comment": "x" * 501}, "comment_too_long"),
                         ({"rating": 3}, "not_a_member")):  # fmt: skip
        with pytest.raises(CheckInError) as refused:
            service.answer(PAIR_ID, now=NOW, **kwargs)
        assert refused.value.code == code


def test_skipping_hides_the_prompt_until_next_week(world):
    checkins = CheckInService(world.profiles["mentor"])
    checkins.skip(PAIR_ID, NOW)
    assert not checkins.due(PAIR_ID, NOW)
    assert checkins.due(PAIR_ID, NOW + timedelta(days=7))
