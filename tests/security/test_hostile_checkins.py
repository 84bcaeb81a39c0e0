"""A hostile mentee against check-ins, with a real server (SQLite and PostgreSQL) and real
replicas: a check-in answered in the mentor's name, validly signed by her and sealed to the
staff key, is quarantined on the staff PC; the mentor's own answer arrives and counts, and the
mentor's PC never receives either (program scope, staff only).
"""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from desktop.models.dashboard_tables import CheckIn
from desktop.services.checkins import CheckInService, iso_week
from desktop.sync.apply import quarantine_summary
from desktop.sync.entities_dashboard import checkin_id
from jumelage_protocol import Scope
from tests.security.hostile import HostileClient
from tests.security.test_hostile_ops import NOW_MS, sync


def test_nobody_answers_a_checkin_in_anothers_name(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        try:
            staff, mentor, mentee, pair = sc.staff, sc.mentors[0], sc.mentees[0], sc.pairs[0]
            for m in (mentor, mentee, staff):  # members receive the staff key's public half
                assert await sync(m) == "synced"
            week = iso_week(CheckInService(mentor.profile).answer(pair, rating=4).answered_at)
            assert await sync(mentor) == "synced"

            hostile = HostileClient(mentee.profile)
            mentor_id = mentor.profile.person_id
            forged = hostile.op(Scope.program(sc.program_id), "checkin",
                                {"rating": 1, "met": False, "comment": "", "answered_at": NOW_MS},
                                checkin_id(pair, mentor_id, week))  # fmt: skip
            await hostile.push([forged])

            assert await sync(staff) == "synced"
            with staff.profile.sessionmaker() as s:
                rows = s.scalars(select(CheckIn)).all()
                assert [(r.person_id, r.rating) for r in rows] == [(mentor_id, 4)]
                assert quarantine_summary(s) == {"not_allowed": 1}
            assert await sync(mentee) == "synced"
            with mentee.profile.sessionmaker() as s:  # the program scope is staff's to read
                assert s.scalars(select(CheckIn)).all() == []
        finally:
            sc.close()

    asyncio.run(scenario())
