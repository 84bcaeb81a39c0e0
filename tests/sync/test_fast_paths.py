"""The engine's fast paths against a real server: a nudge pushes with no preamble, live news
pulls just that scope, and whatever only a full round can fix still gets fixed."""

from __future__ import annotations

import asyncio

from sqlalchemy import delete, select

from desktop.models.sync_tables import DirectoryEntry, HeldOp, OutboxOp
from desktop.models.tables import Message, Pair
from desktop.services.accounts import engine_for
from desktop.sync.keystore import put_scope_key
from desktop.sync.outbox import record_change
from tests.sync.conftest import Running, until


def _send(member, scope: str, body: str) -> str:
    with member.profile.sessionmaker.begin() as s:
        return record_change(
            s, scope=scope, entity="message", author=member.profile.person_id, fields={"body": body}
        )


def _has_message(member, op_id: str) -> bool:
    with member.profile.sessionmaker() as s:
        return s.get(Message, op_id) is not None


def test_nudge_and_live_news_deliver_without_a_full_round(program):
    _server, sc = program
    mentor, mentee, scope = sc.mentors[0], sc.mentees[0], f"pair:{sc.pairs[0]}"

    async def go():
        sender = await Running(engine_for(mentor.profile, poll_interval=600)).start()
        receiver = await Running(engine_for(mentee.profile, poll_interval=600)).start()
        try:
            rounds = (sender.heads_calls, receiver.heads_calls)
            for n in range(3):
                op_id = _send(mentor, scope, f"rapide {n}")
                sender.engine.nudge()
                await until(lambda op_id=op_id: _has_message(mentee, op_id))
            with mentor.profile.sessionmaker() as s:
                assert s.scalar(select(OutboxOp).limit(1)) is None  # all pushed
            # one heads call per full round: none ran, the fast paths did the work
            assert (sender.heads_calls, receiver.heads_calls) == rounds
            assert receiver.statuses[-1].state == "synced"
        finally:
            await sender.close()
            await receiver.close()

    asyncio.run(go())


def test_an_op_held_by_a_quick_pull_gets_a_full_round(program):
    """The mentee forgot the mentor's public key: the quick pull holds the message
    (unknown author), the full round refreshes the directory and applies it."""
    _server, sc = program
    mentor, mentee, scope = sc.mentors[0], sc.mentees[0], f"pair:{sc.pairs[0]}"

    async def go():
        receiver = await Running(engine_for(mentee.profile, poll_interval=600)).start()
        try:
            await asyncio.sleep(0.2)  # start-up news settled (a missed one only adds a round)
            with mentee.profile.sessionmaker.begin() as s:
                s.execute(
                    delete(DirectoryEntry).where(
                        DirectoryEntry.person_id == mentor.profile.person_id
                    )
                )
            rounds = receiver.heads_calls
            op_id = _send(mentor, scope, "qui écrit ?")
            m_engine = engine_for(mentor.profile, live=False)
            await m_engine.sync_once()
            await m_engine.client.aclose()
            await until(lambda: _has_message(mentee, op_id))
            assert receiver.heads_calls > rounds  # a full round was needed, and ran
            with mentee.profile.sessionmaker() as s:
                assert s.scalar(select(HeldOp).where(HeldOp.op_id == op_id)) is None
                assert s.get(DirectoryEntry, mentor.profile.person_id) is not None
        finally:
            await receiver.close()

    asyncio.run(go())


def test_a_refused_quick_push_falls_back_to_a_full_round(program):
    """An op for a scope the server does not know is refused; the full round runs, the
    refusal is recorded on that op alone, and a message queued with it still goes."""
    _server, sc = program
    mentor, mentee, scope = sc.mentors[0], sc.mentees[0], f"pair:{sc.pairs[0]}"

    async def go():
        sender = await Running(engine_for(mentor.profile, poll_interval=600)).start()
        try:
            await asyncio.sleep(0.2)
            with mentor.profile.sessionmaker.begin() as s:
                put_scope_key(s, "pair:nowhere", 1, bytes(32))
                ids = {"mentor_id": mentor.profile.person_id, "mentee_id": mentee.profile.person_id}
                s.add(Pair(id="nowhere", program_id=sc.program_id, **ids))
            bad = _send(mentor, "pair:nowhere", "perdu")
            good = _send(mentor, scope, "arrivé")
            rounds = sender.heads_calls
            sender.engine.nudge()
            await until(lambda: sender.heads_calls > rounds)
            await until(lambda: sender.statuses[-1].state == "synced")
            with mentor.profile.sessionmaker() as s:
                refused = s.get(OutboxOp, bad)
                assert refused is not None and refused.last_error_code
                assert s.get(OutboxOp, good) is None  # accepted
            e_engine = engine_for(mentee.profile, live=False)
            await e_engine.sync_once()
            await e_engine.client.aclose()
            assert _has_message(mentee, good)
        finally:
            await sender.close()

    asyncio.run(go())
