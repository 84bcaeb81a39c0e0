"""Screening mentors through a real server: checks, impossible dates, reminders, forgeries.

Staff record a mentor's checks; impossible dates are refused with a code and nothing is
written; a police check close to its expiry makes the mentor "expiring", a past one
"expired". The records are staff-only: the mentor's PC never receives them, and a mentor who
forges a cleared check (or a closure) for themself changes nothing on the staff's PC.
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop.models.closing_tables import Closure, ScreeningCheck
from desktop.services.screening import (
    ScreeningError,
    list_mentor_screening,
    pause_expired,
    record_check,
    reminders,
)
from desktop.sync.apply import quarantine_summary
from jumelage_protocol import Scope
from tests.security.hostile import HostileClient
from tests.support.fixtures import sync_profile
from tests.support.server import start_server

TODAY = date(2026, 12, 5)


@pytest.fixture
def world(tmp_path):
    server = start_server(tmp_path)
    scenario = asyncio.run(server.new_program(tmp_path / "pcs", pairs=1))
    yield scenario
    scenario.close()
    server.stop()


def _rows(profile, model) -> int:
    with profile.sessionmaker() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_checks_dates_reminders_and_staff_only(world):
    sc = world
    staff, mentor = sc.staff.profile, sc.mentors[0].profile
    mentor_id = mentor.person_id

    def check(kind: str, done: date, expires: date | None = None, outcome: str = "cleared"):
        return record_check(staff, mentor_id=mentor_id, kind=kind, outcome=outcome,
                            done_on=done, expires_on=expires, today=TODAY)  # fmt: skip

    for bad, code in (
        (lambda: check("police", TODAY - timedelta(days=3), TODAY - timedelta(days=9)),
         "expiry_before_check"),
        (lambda: check("police", TODAY, TODAY), "expiry_before_check"),
        (lambda: check("reference", TODAY + timedelta(days=1)), "check_in_future"),
        (lambda: check("police", TODAY - timedelta(days=1)), "police_needs_expiry"),
        (lambda: check("reference", date(1900, 1, 1)), "check_too_old"),
    ):  # fmt: skip
        with pytest.raises(ScreeningError) as caught:
            bad()
        assert caught.value.code == code
    with pytest.raises(ScreeningError) as caught:
        record_check(staff, mentor_id=sc.mentees[0].profile.person_id, kind="interview",
                     outcome="cleared", done_on=TODAY, today=TODAY)  # fmt: skip
    assert caught.value.code == "not_a_mentor"
    assert _rows(staff, ScreeningCheck) == 0

    [before] = list_mentor_screening(staff, TODAY)
    assert before.state == "incomplete" and before.cleared == frozenset()
    check("reference", TODAY - timedelta(days=40))
    check("interview", TODAY - timedelta(days=35))
    check("police", TODAY - timedelta(days=3 * 365), TODAY + timedelta(days=10))
    [mine] = list_mentor_screening(staff, TODAY)
    assert mine.state == "expiring" and mine.police_expires_on == TODAY + timedelta(days=10)
    assert [m.mentor_id for m in reminders(staff, TODAY)] == [mentor_id]
    assert list_mentor_screening(staff, TODAY - timedelta(days=30))[0].state == "screened"
    assert list_mentor_screening(staff, TODAY + timedelta(days=10))[0].state == "expired"
    renewed = check("police", TODAY - timedelta(days=1), TODAY + timedelta(days=3 * 365))
    assert list_mentor_screening(staff, TODAY + timedelta(days=10))[0].state == "screened"
    assert renewed

    async def forge_and_sync() -> None:
        for m in sc.everyone():
            await sync_profile(m.profile)
        hostile = HostileClient(mentor)
        program = Scope.program(sc.program_id)
        await hostile.push([
            hostile.op(program, "screening",
                       {"mentor_id": mentor_id, "kind": "police", "outcome": "cleared",
                        "done_at": 1_700_000_000_000, "expires_at": 4_000_000_000_000,
                        "note": ""}),
            hostile.op(program, "closure", {"kind": "early", "reason": "other"},
                       sc.pairs[0]),
        ])  # fmt: skip
        await sync_profile(staff)

    asyncio.run(forge_and_sync())
    assert _rows(mentor, ScreeningCheck) == 0  # never reaches the mentor's PC
    assert _rows(staff, ScreeningCheck) == 4  # the forged one is not among them
    assert _rows(staff, Closure) == 0
    with staff.sessionmaker() as s:
        assert quarantine_summary(s) == {"not_allowed": 2}


def test_an_expired_police_check_pauses_the_mentors_pairs(world):
    sc = world
    staff, mentor_id = sc.staff.profile, sc.mentors[0].profile.person_id
    record_check(staff, mentor_id=mentor_id, kind="police", outcome="cleared",
                 done_on=TODAY - timedelta(days=3 * 365), expires_on=TODAY - timedelta(days=1),
                 today=TODAY)  # fmt: skip
    assert pause_expired(staff, TODAY) == [sc.pairs[0]]
    from desktop.models.tables import Pair

    with staff.sessionmaker() as s:
        assert s.get(Pair, sc.pairs[0]).status == "paused"
