"""The program report over real profiles: every section's figures, computed in SQL, and CSV.

Same world as the dashboard tests: mentor, mentee and staff profiles; what members write
reaches staff as signed ops (program scope ops sealed to staff).
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

from desktop.services.checkins import CheckInService
from desktop.services.reports import build_report, to_csv
from desktop.sync.entities import datetime_to_ms
from desktop.sync.outbox import record_change
from jumelage_protocol import Scope
from tests.services.conftest import HELD_TEXT, PAIR_ID, PROGRAM_ID


def test_the_report_has_every_section_from_sql(sealed_world):
    w = sealed_world
    now = datetime.now(UTC)
    mentor = w.profiles["mentor"]
    with mentor.sessionmaker.begin() as s:
        for days in (3, 10):
            at = datetime_to_ms(now - timedelta(days=days))
            record_change(s, scope=Scope.pair(PAIR_ID), entity="message", author="m1",
                          fields={"body": "Salut", "created_at": at})  # fmt: skip
    held = w.services["mentor"].send(PAIR_ID, HELD_TEXT)
    CheckInService(w.profiles["mentee"], w.services["mentee"]).answer(PAIR_ID, rating=1, now=now)
    CheckInService(mentor).answer(PAIR_ID, rating=4, now=now + timedelta(seconds=30))
    w.relay("mentor", "staff")
    w.relay("mentee", "staff")
    w.services["staff"].decide_held(held.id, approve=False, note="non")

    report = build_report(w.profiles["staff"], now=now + timedelta(minutes=1))
    assert report.program_id == PROGRAM_ID and report.program_name == "Programme"
    assert report.section("members").rows == (("mentee", 1, 1), ("mentor", 1, 1),
                                               ("staff", 1, 0))  # fmt: skip
    (match,) = report.section("matches").rows
    assert match[:2] == ("Alex", "Sam") and match[10] == 4  # the newest check-in: the mentor's
    contact = report.section("contact").rows
    assert sum(r[1] for r in contact) == 3 and sum(r[3] for r in contact) == 2  # two weeks in touch
    checkins = dict((r[0], r[1:]) for r in report.section("checkins").rows)
    assert checkins == {"mentee": (1, 1.0, 1), "mentor": (1, 4.0, 4)}
    flags = {r[0]: r[1:] for r in report.section("flags").rows}
    assert flags["held_dismissed"][0] == 1 and flags["held_dismissed"][1] is not None
    assert flags["report:checkin_low_rating"] == (1, None)
    assert len(report.section("at_risk").rows) == 8

    text = to_csv(report, lambda key: key.upper())
    table = list(csv.reader(io.StringIO(text)))
    assert ["MATCHES"] in table and ["ROLE", "PEOPLE", "IN_ACTIVE_PAIR"] in table
    assert ["mentor", "1", "4.0", "4"] in table
