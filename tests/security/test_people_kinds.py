"""A hostile mentee against the people kinds: person records and consents are staff's only.

Her client forges validly signed ops into the program scope (sealed to the staff key, as her
urgent reports are): a consent for herself, a new person record, a changed birth date on
her own record. Staff's PC quarantines every one with a reason and changes nothing; her
legitimate introduction (her own name, sealed to staff) still applies.
"""

from __future__ import annotations

import asyncio
from datetime import date

from desktop.services import consent, people
from desktop.sync.apply import quarantine_summary
from tests.security.hostile import HostileClient
from tests.support.fixtures import sync_profile

NOW_MS = 1_700_000_000_000


def test_a_member_cannot_write_records_or_consents(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs", pairs=1)
        try:
            staff, mentee = sc.staff.profile, sc.mentees[0].profile
            program, scope = sc.program_id, f"program:{sc.program_id}"
            record_id = people.add_person(staff, program, people.PersonForm(
                kind="mentee", display_name="Jeune 1", birth_date=date(2014, 5, 1),
                guardian_name="Parent"))  # fmt: skip
            await sync_profile(staff)
            before = people.list_people(staff, program)

            hostile = HostileClient(mentee)
            forged = [
                hostile.op(scope, "consent", {"record_id": record_id, "purpose": "messaging",
                                              "granted": True, "guardian_name": "Moi",
                                              "method": "paper", "recorded_at": NOW_MS},
                           f"{record_id}:messaging"),  # fmt: skip
                hostile.op(scope, "person_record", {"kind": "staff", "display_name": "Pirate",
                                                    "language": "fr"}, "forged1"),  # fmt: skip
                hostile.op(scope, "person_record", {"birth_date": "2000-01-01"}, record_id),
                hostile.op(scope, "tombstone", {"entity": "person_record"}, record_id),
            ]
            await hostile.push(forged)
            await sync_profile(staff)

            assert people.list_people(staff, program) == before
            assert consent.answers(staff, record_id) == {}
            assert consent.missing_for_matching(staff, program, before[0]) == (
                "messaging", "supervision")  # fmt: skip
            with staff.sessionmaker() as s:
                problems = quarantine_summary(s)
            assert problems == {"not_allowed": len(forged)}, problems
        finally:
            sc.close()

    asyncio.run(scenario())
