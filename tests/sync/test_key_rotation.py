"""Key rotation on membership change, against a real server (SQLite and PostgreSQL).

Staff re-pair a mentee with another mentor: the pair key rotates to key 2 for the current
members and the staff key. The removed mentor loses the scope on the server, and even with
the new ciphertext in hand cannot open what was written after the rotation, while still
reading what came before. A member's op queued offline under the old key is re-sealed.
"""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from desktop.models.sync_tables import HeldOp
from desktop.models.tables import Message, Pair
from desktop.services.accounts import change_pair_members, client_for
from desktop.sync.errors import SyncError
from desktop.sync.keystore import scope_key
from desktop.sync.ops import open_op
from desktop.sync.outbox import record_change
from desktop.sync.pull import Verifier, apply_pages
from tests.support.fixtures import database_url, server, sync_profile  # noqa: F401


def _say(profile, pair_id: str, text: str) -> str:
    with profile.sessionmaker.begin() as s:
        return record_change(
            s,
            scope=f"pair:{pair_id}",
            entity="message",
            author=profile.person_id,
            fields={"body": text, "created_at": 1_700_000_000_000},
        )


def _bodies(profile) -> set[str]:
    with profile.sessionmaker() as s:
        return set(s.scalars(select(Message.body)))


def test_removed_mentor_cannot_read_after_rotation(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs", pairs=2)
        old_mentor, new_mentor = sc.mentors
        mentee, staff = sc.mentees[0], sc.staff
        pair_id, scope = sc.pairs[0], f"pair:{sc.pairs[0]}"
        try:
            before = _say(old_mentor.profile, pair_id, "avant")
            await sync_profile(old_mentor.profile)
            await sync_profile(mentee.profile)
            queued = _say(mentee.profile, pair_id, "écrit hors ligne")  # still key 1

            key_id = await change_pair_members(
                staff.profile,
                pair_id,
                mentor_id=new_mentor.profile.person_id,
                mentee_id=mentee.profile.person_id,
            )
            assert key_id == 2
            await sync_profile(staff.profile)
            await sync_profile(mentee.profile)  # gets key 2; its queued op re-sealed and accepted
            after = _say(mentee.profile, pair_id, "après")
            await sync_profile(mentee.profile)
            await sync_profile(new_mentor.profile)
            await sync_profile(old_mentor.profile)  # no error: the scope is simply gone

            assert {"écrit hors ligne", "après"} <= _bodies(new_mentor.profile)
            with mentee.profile.sessionmaker() as s:
                assert scope_key(s, scope)[0] == 2
                assert s.get(Pair, pair_id).mentor_id == new_mentor.profile.person_id
            assert "avant" in _bodies(old_mentor.profile)  # history stays
            assert not {"écrit hors ligne", "après"} & _bodies(old_mentor.profile)

            async with client_for(old_mentor.profile) as c:
                with pytest.raises(SyncError) as info:
                    await c.pull(scope, 0)
                assert info.value.code == "not_member"
            # Even handed the whole scope (a leak, a hostile server), keys 2+ are not theirs.
            async with client_for(staff.profile) as c:
                page = await c.pull(scope, 0)
            envs = {o.op.op_id: o.op for o in page.ops}
            assert envs[queued].key_id == envs[after].key_id == 2
            with old_mentor.profile.sessionmaker() as s:
                verifier = Verifier.load(s)
                _, old_key = scope_key(s, scope)
            maker = old_mentor.profile.sessionmaker
            await asyncio.to_thread(apply_pages, maker, [page], verifier)
            with old_mentor.profile.sessionmaker() as s:
                held = {h.op_id: h.reason for h in s.scalars(select(HeldOp))}
            assert held[after] == held[queued] == "no_scope_key"
            assert not {"écrit hors ligne", "après"} & _bodies(old_mentor.profile)
            assert open_op(envs[before], old_key).fields["body"] == "avant"
        finally:
            sc.close()

    asyncio.run(scenario())
