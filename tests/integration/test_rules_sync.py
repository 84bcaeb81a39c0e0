"""The program's safety rules and the staff re-check through a real server on loopback.

Staff change the rules; the change reaches the mentor's PC through the server (the pair-scope
copy) and his next message is held by them. A message in a flagged category is delivered to
the mentee, and the staff PC's re-check after its sync round raises one flag, which reaches
the server in the program scope like any staff change.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from desktop.models.rules_tables import SafetyFlag
from desktop.services.messaging import MessagingService
from desktop.services.safety_rules import SafetyRulesService
from desktop.services.safety_watch import SafetyWatch
from desktop.sync.outbox import pending_count
from tests.support.fixtures import database_url, server, sync_profile  # noqa: F401


def test_rules_reach_the_sender_and_staff_flag_what_arrives(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs", pairs=1)
        try:
            staff, mentor, mentee = sc.staff, sc.mentors[0], sc.mentees[0]
            pair_id = sc.pairs[0]
            rules = SafetyRulesService(staff.profile)
            rules.set_words(sc.program_id, "money_gifts", {"fr": ["tabarnouche"]})
            rules.set_action(sc.program_id, "money_gifts", "hold")
            await sync_profile(staff.profile)
            await sync_profile(mentor.profile)
            sender = MessagingService.for_profile(mentor.profile)
            assert sender.check(pair_id, "un gros tabarnouche pour toi").action == "review"

            sent = sender.send(pair_id, "on pourrait fumer un joint samedi")  # flagged only
            assert sent.state == "pending"
            await sync_profile(mentor.profile)
            await sync_profile(mentee.profile)
            seen = MessagingService.for_profile(mentee.profile).messages_by_id(pair_id, [sent.id])
            assert [m.body for m in seen] == ["on pourrait fumer un joint samedi"]

            await sync_profile(staff.profile)
            watch = SafetyWatch(staff.profile)
            (raised,) = watch.recheck()
            await sync_profile(staff.profile)
            with staff.profile.sessionmaker() as s:
                flag = s.get(SafetyFlag, raised)
                assert flag is not None and flag.message_ids == [sent.id]
                assert (flag.category, flag.state) == ("drugs_alcohol", "open")
                assert pending_count(s) == 0  # the flag went to the server
                assert len(s.scalars(select(SafetyFlag)).all()) == 1
        finally:
            sc.close()

    asyncio.run(scenario())
