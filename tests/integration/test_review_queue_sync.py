"""The review queue and pausing a pair, through a real server and real SQLCipher replicas.

A mentor's phone number is held: the mentee never receives it, staff approve it from the
queue, and it then shows in its original place, before the mentee's later reply. A pause
stops the mentor's sends with a reason, and resuming lifts it; messages the mentor wrote
offline during the pause are held on every replica, wait in the queue, and a forged "sent"
from the mentor does not free them. A member cannot forge a staff decision or move a message
in time. Runs the services as the app composes them, without Qt.
"""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from desktop.models.review_tables import ReviewDecision
from desktop.models.tables import Message, Pair, Program
from desktop.services.messaging import MessagingError, MessagingService
from desktop.services.pair_pause import PairPauseError, pause_pair, pause_state, resume_pair
from desktop.services.review_queue import QueueFilter, ReviewQueue
from desktop.sync.apply import quarantine_summary
from tests.security.hostile import HostileClient
from tests.services.conftest import checker
from tests.support.fixtures import database_url, server, sync_profile  # noqa: F401

PHONE = "Appelle-moi au 514-555-0199 ce soir"


def messaging(member) -> MessagingService:
    return MessagingService.for_profile(member.profile, checker=checker())


def hold_phone_numbers(member, program_id: str) -> None:
    """The program sends phone numbers to review (the sender's client applies it)."""
    with member.profile.sessionmaker.begin() as s:
        program = s.get(Program, program_id) or Program(id=program_id, organisation_id="o",
                                                        name="Programme")  # fmt: skip
        program.policies = {"review_categories": ["contact_phone"]}
        s.add(program)


def seen_by(member, pair_id: str) -> list[str]:
    return [m.body or "" for m in messaging(member).latest(pair_id, 50)]


def states(member, pair_id: str) -> dict[str, str]:
    return {m.body or "": m.state for m in messaging(member).latest(pair_id, 50)}


async def sync_all(*members) -> None:
    for m in members:
        await sync_profile(m.profile)


def test_held_phone_number_is_approved_into_its_original_place(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        try:
            staff, mentor, mentee, pair_id = sc.staff, sc.mentors[0], sc.mentees[0], sc.pairs[0]
            hold_phone_numbers(mentor, sc.program_id)
            messaging(mentor).send(pair_id, "Bonjour Sam !")
            held = messaging(mentor).send(pair_id, PHONE)
            assert held.state == "held"
            await sync_all(mentor, mentee)
            messaging(mentee).send(pair_id, "Allô, ça va bien")
            await sync_all(mentee, staff, mentor, mentee)
            assert seen_by(mentee, pair_id) == ["Bonjour Sam !", "Allô, ça va bien"]

            queue = ReviewQueue(staff.profile, messaging(staff), checker=checker())
            page = queue.page(QueueFilter(kind="held"))
            assert page.total == 1 and [i.excerpt for i in page.items] == [PHONE]
            item = page.items[0]
            assert item.raised_by == ("contact_phone",) and not item.urgent
            lines = queue.context(item)
            assert [line.body for line in lines] == ["Bonjour Sam !", PHONE, "Allô, ça va bien"]
            assert [line.subject for line in lines] == [False, True, False]
            queue.approve(item)
            assert queue.page().total == 0

            await sync_all(staff, mentee, mentor)
            assert seen_by(mentee, pair_id) == ["Bonjour Sam !", PHONE, "Allô, ça va bien"]
            assert seen_by(mentor, pair_id) == ["Bonjour Sam !", PHONE, "Allô, ça va bien"]
            assert states(mentor, pair_id)[PHONE] != "held"
        finally:
            sc.close()

    asyncio.run(scenario())


def test_pause_blocks_the_mentor_holds_offline_messages_and_resume_lifts_it(
    server,  # noqa: F811
    tmp_path,
):
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        try:
            staff, mentor, mentee, pair_id = sc.staff, sc.mentors[0], sc.mentees[0], sc.pairs[0]
            messaging(mentor).send(pair_id, "Avant la pause")
            await sync_all(mentor, mentee, staff)

            with pytest.raises(PairPauseError) as refused:
                pause_pair(mentor.profile, pair_id, reason="staff_review")
            assert refused.value.code == "staff_only"
            pause_pair(staff.profile, pair_id, reason="staff_review", note="à vérifier")
            assert pause_state(staff.profile, pair_id).reason == "staff_review"
            await sync_all(staff)

            # The mentor is offline: the pause is not known there yet, so this is written.
            messaging(mentor).send(pair_id, "Écrit hors ligne pendant la pause")
            await sync_all(mentor, mentee, staff)
            assert seen_by(mentee, pair_id) == ["Avant la pause"]
            assert states(mentor, pair_id)["Écrit hors ligne pendant la pause"] == "held"
            queue = ReviewQueue(staff.profile, messaging(staff), checker=checker())
            waiting = queue.page().items
            assert [i.excerpt for i in waiting] == ["Écrit hors ligne pendant la pause"]

            # Now the mentor knows: sending is refused, with the reason; the mentee may write.
            with pytest.raises(MessagingError) as paused:
                messaging(mentor).send(pair_id, "Encore moi")
            assert paused.value.code == "pair_paused"
            assert paused.value.facts == {"reason": "staff_review"}
            messaging(mentee).send(pair_id, "Je suis là")

            # A forged "sent" from the mentor does not free the held message anywhere.
            hostile = HostileClient(mentor.profile)
            await hostile.push([hostile.op(f"pair:{pair_id}", "message", {"state": "sent"},
                                           waiting[0].item_id)])  # fmt: skip
            await sync_all(mentee, staff)
            assert "Écrit hors ligne pendant la pause" not in seen_by(mentee, pair_id)
            assert queue.page().total == 1

            resume_pair(staff.profile, pair_id)
            await sync_all(staff, mentor, mentee)
            assert not pause_state(mentor.profile, pair_id).paused
            messaging(mentor).send(pair_id, "Après la reprise")
            await sync_all(mentor, mentee)
            assert seen_by(mentee, pair_id) == ["Avant la pause", "Je suis là", "Après la reprise"]
            assert queue.page().total == 1  # what was held meanwhile still waits for staff
            queue.approve(queue.page().items[0])
            await sync_all(staff, mentee)
            assert seen_by(mentee, pair_id) == [
                "Avant la pause", "Écrit hors ligne pendant la pause", "Je suis là",
                "Après la reprise"]  # fmt: skip
        finally:
            sc.close()

    asyncio.run(scenario())


def test_messages_written_during_a_pause_stay_held_when_they_arrive_after_the_resume(
    server,  # noqa: F811
    tmp_path,
):
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        try:
            staff, mentor, mentee, pair_id = sc.staff, sc.mentors[0], sc.mentees[0], sc.pairs[0]
            messaging(mentor).send(pair_id, "Avant la pause")
            await sync_all(mentor, mentee, staff)
            pause_pair(staff.profile, pair_id, reason="consent_withdrawn")
            await sync_all(staff)
            messaging(mentor).send(pair_id, "Écrit hors ligne pendant la pause")  # offline
            resume_pair(staff.profile, pair_id)  # before the mentor came back
            await sync_all(staff, mentor, mentee, staff)
            assert seen_by(mentee, pair_id) == ["Avant la pause"]
            assert states(mentor, pair_id)["Écrit hors ligne pendant la pause"] == "held"
            queue = ReviewQueue(staff.profile, messaging(staff), checker=checker())
            assert [i.excerpt for i in queue.page().items] == ["Écrit hors ligne pendant la pause"]
            messaging(mentor).send(pair_id, "Après la reprise")  # not paused any more
            await sync_all(mentor, mentee)
            assert seen_by(mentee, pair_id) == ["Avant la pause", "Après la reprise"]
        finally:
            sc.close()

    asyncio.run(scenario())


def test_members_cannot_forge_decisions_or_move_messages(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        try:
            staff, mentor, mentee, pair_id = sc.staff, sc.mentors[0], sc.mentees[0], sc.pairs[0]
            messaging(mentor).send(pair_id, "Premier")
            await sync_all(mentor)
            report = messaging(mentee).report(pair_id, reason="unsafe")
            await sync_all(mentee, staff)
            queue = ReviewQueue(staff.profile, messaging(staff), checker=checker())
            assert [i.item_id for i in queue.page(QueueFilter(urgent_only=True)).items] == [
                report.report_id
            ]

            hostile = HostileClient(mentor.profile)
            await hostile.push([
                hostile.op(f"program:{sc.program_id}", "review_decision",
                           {"decision": "dismissed", "reason": "rien"}, report.report_id),
                hostile.op(f"pair:{pair_id}", "message",
                           {"body": "Antidaté", "created_at": 1, "hlc": "0" * 20}),
                hostile.op(f"pair:{pair_id}", "pair", {"status": "active"}, pair_id),
            ])  # fmt: skip
            await sync_all(staff, mentee)
            assert queue.page().total == 1  # the report is still open
            with staff.profile.sessionmaker() as s:
                assert s.get(ReviewDecision, report.report_id) is None
                assert quarantine_summary(s) == {"not_allowed": 3}
            with mentee.profile.sessionmaker() as s:
                assert s.scalar(select(Message.id).where(Message.body == "Antidaté")) is None
                assert s.get(Pair, pair_id).status == "active"
        finally:
            sc.close()

    asyncio.run(scenario())
