"""A hostile member against a real server (SQLite and PostgreSQL) and real replicas.

The mentee's client is replaced by `HostileClient`: every op below is authentic and validly
signed by her, and none is hers to write. The server refuses what it can judge (scopes she
is not in); the mentor's and staff's PCs quarantine the rest with a reason and change
nothing, every sync round still succeeds, her one legitimate message still arrives, and the
other pair's messages keep reaching staff.
"""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from desktop.models.tables import Message, Pair, Person, ReadMarker
from desktop.services.accounts import engine_for
from desktop.sync.apply import quarantine_summary
from desktop.sync.errors import SyncError
from desktop.sync.ops import uuid7
from desktop.sync.outbox import record_change
from jumelage_protocol import OpEnvelope
from tests.security.hostile import HostileClient

NOW_MS = 1_700_000_000_000


async def sync(member) -> str:
    engine = engine_for(member.profile, live=False)
    try:
        return (await engine.sync_once()).state
    finally:
        await engine.client.aclose()


def send(member, pair_id: str, body: str) -> str:
    with member.profile.sessionmaker.begin() as s:
        return record_change(s, scope=f"pair:{pair_id}", entity="message",
                             author=member.profile.person_id,
                             fields={"body": body, "created_at": NOW_MS})  # fmt: skip


def snapshot(member) -> tuple:
    with member.profile.sessionmaker() as s:
        return (
            sorted((p.id, p.display_name, p.role, p.program_id) for p in s.scalars(select(Person))),
            sorted((p.id, p.status, p.closed_at, p.mentor_id, p.mentee_id)
                   for p in s.scalars(select(Pair))),  # fmt: skip
            sorted((m.id, m.author_id, m.body, m.deleted, m.edited)
                   for m in s.scalars(select(Message))),  # fmt: skip
            sorted((r.pair_id, r.person_id, r.last_read_hlc)
                   for r in s.scalars(select(ReadMarker))),  # fmt: skip
        )


def test_forged_ops_change_nothing_and_stop_no_sync(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs", pairs=2)
        try:
            staff, mentor, mentee, other = sc.staff, sc.mentors[0], sc.mentees[0], sc.mentors[1]
            pair_id, scope = sc.pairs[0], f"pair:{sc.pairs[0]}"
            mentor_id, mentee_id = mentor.profile.person_id, mentee.profile.person_id
            staff_id = staff.profile.person_id
            said = send(mentor, pair_id, "Bonjour!")
            for m in (mentor, mentee, staff):
                assert await sync(m) == "synced"
            before = {m.username: snapshot(m) for m in (mentor, staff)}

            hostile = HostileClient(mentee.profile)
            forged = [
                hostile.op(scope, "person", {"display_name": "Pirate"}, mentor_id),
                hostile.op(scope, "person", {"role": "staff"}, mentor_id),
                hostile.op(scope, "person", {"display_name": "Pirate"}, staff_id),
                hostile.op(scope, "person", {"role": "staff", "display_name": "Jeune"}, mentee_id),
                hostile.op(scope, "person", {"role": "superuser"}, mentee_id),
                hostile.op(scope, "pair", {"status": "closed", "closed_at": NOW_MS}, pair_id),
                hostile.op(scope, "pair", {"mentor_id": mentee_id}, pair_id),
                hostile.op(scope, "message", {"body": "edited by her"}, said),
                hostile.op(scope, "tombstone", {"entity": "message"}, said),
                hostile.op(scope, "read_marker", {"last_read_hlc": "9"}, f"{pair_id}:{mentor_id}"),
                hostile.op(scope, "message", {"body": "x", "created_at": "not a time"}),
            ]
            legit = hostile.op(scope, "message", {"body": "Salut", "created_at": NOW_MS})
            await hostile.push([*forged, legit])

            # What the server can judge, it refuses: scopes she is not in.
            stray = OpEnvelope(op_id=uuid7(), scope=f"person:{mentor_id}", hlc=legit.hlc,
                               author=mentee_id, entity_id="x", key_id=1, body="AAAA")  # fmt: skip
            elsewhere = stray.model_copy(update={"op_id": uuid7(), "scope": f"pair:{sc.pairs[1]}"})
            for env in (stray, elsewhere):
                with pytest.raises(SyncError) as refused:
                    await hostile.push_envelopes([env])
                assert refused.value.code == "not_member"

            other_said = send(other, sc.pairs[1], "Autre jumelage")  # another pair keeps talking
            assert await sync(other) == "synced"
            for m in (mentor, staff):
                assert await sync(m) == "synced"
                assert await sync(m) == "synced"  # and stays so, round after round
                after = snapshot(m)
                people, pairs, messages, markers = after
                old_people, old_pairs, old_messages, old_markers = before[m.username]
                assert people == old_people and pairs == old_pairs and markers == old_markers
                new = {legit.op_id, other_said}
                assert [x for x in messages if x[0] not in new] == old_messages
                assert (legit.op_id, mentee_id, "Salut", False, False) in messages
                with m.profile.sessionmaker() as s:
                    problems = quarantine_summary(s)
                assert sum(problems.values()) == len(forged), problems
                assert set(problems) == {"not_allowed", "invalid_value"}
            with staff.profile.sessionmaker() as s:
                assert s.get(Message, other_said).body == "Autre jumelage"
        finally:
            sc.close()

    asyncio.run(scenario())
