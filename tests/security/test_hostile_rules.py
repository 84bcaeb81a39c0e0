"""A hostile member against the program's rules and flags, with a real server and replicas.

Program settings and safety flags are staff-only kinds. A mentee's client that signs and
pushes anything (`HostileClient`) tries to switch off the hold on phone numbers in her pair
scope, to plant a setting and a flag in the program scope (sealed to the staff key, which
members may write to for reports): every replica quarantines them and the rules still hold.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from desktop.models.rules_tables import ProgramSetting, SafetyFlag
from desktop.services.messaging import MessagingService
from desktop.sync.apply import quarantine_summary
from jumelage_protocol import Scope
from tests.security.hostile import HostileClient
from tests.support.fixtures import sync_profile

KEY = "safety.action.contact_phone"


def test_a_member_cannot_switch_off_the_rules_or_plant_a_flag(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs", pairs=1)
        try:
            staff, mentor, mentee = sc.staff, sc.mentors[0], sc.mentees[0]
            pair_id, program_id = sc.pairs[0], sc.program_id
            hostile = HostileClient(mentee.profile)
            setting = {"program_id": program_id, "value": "allow", "set_at": 2**40}
            flag = {"pair_id": pair_id, "message_ids": [], "category": "thread",
                    "rule": "thread.score", "score": 99, "raised_at": 1}  # fmt: skip
            await hostile.push([
                hostile.op(Scope.pair(pair_id), "program_setting", setting, f"{pair_id}:{KEY}"),
                hostile.op(Scope.program(program_id), "program_setting", setting,
                           f"{program_id}:{KEY}"),
                hostile.op(Scope.program(program_id), "safety_flag", flag, "planted"),
            ])  # fmt: skip
            for member, expected in ((mentor, 1), (staff, 3)):
                await sync_profile(member.profile)
                with member.profile.sessionmaker() as s:
                    assert s.scalars(select(ProgramSetting)).all() == []
                    assert s.scalars(select(SafetyFlag)).all() == []
                    assert quarantine_summary(s) == {"not_allowed": expected}
            verdict = MessagingService.for_profile(mentor.profile).check(
                pair_id, "appelle-moi au 514-555-0199"
            )
            assert verdict.action == "review"  # still held for review
        finally:
            sc.close()

    asyncio.run(scenario())
