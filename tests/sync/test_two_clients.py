"""Two desktop clients and a real server (SQLite and PostgreSQL): offline, reconnect, restore."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from desktop.models.tables import Message, Pair, Person
from desktop.services.accounts import engine_for, sign_in
from desktop.services.profiles import ProfileDirectory
from desktop.sync.errors import SyncError
from desktop.sync.outbox import record_change
from desktop.vault.kdf import KdfParams
from tests.support.fixtures import database_url, server  # noqa: F401


def test_offline_message_reaches_partner_and_new_pc_restores(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs", organisation="Centre", program="Programme")
        mentor, mentee = sc.mentors[0], sc.mentees[0]
        pair_id = sc.pairs[0]
        with mentee.profile.sessionmaker() as s:
            pair = s.get(Pair, pair_id)
            assert (pair.mentor_id, pair.mentee_id) == (
                mentor.profile.person_id,
                mentee.profile.person_id,
            )
            names = {p.id: p.display_name for p in s.scalars(select(Person))}
        assert names[mentor.profile.person_id] == "Mentor 1"  # introduced in the pair scope

        server.stop()  # the mentor's PC is offline now
        with mentor.profile.sessionmaker.begin() as s:
            mid = record_change(
                s,
                scope=f"pair:{pair_id}",
                entity="message",
                author=mentor.profile.person_id,
                fields={"body": "Écrit hors ligne", "created_at": 1_700_000_000_000},
            )
        m_engine = engine_for(mentor.profile, live=False)
        with pytest.raises(SyncError) as info:
            await m_engine.sync_once()
        assert info.value.code == "offline"
        assert m_engine.status.state == "offline" and m_engine.status.pending == 1

        server.restart()
        await m_engine.sync_once()
        assert m_engine.status.state == "synced" and m_engine.status.pending == 0
        e_engine = engine_for(mentee.profile, live=False)
        await e_engine.sync_once()
        with mentee.profile.sessionmaker() as s:
            got = s.get(Message, mid)
            assert (got.body, got.author_id) == ("Écrit hors ligne", mentor.profile.person_id)
        with mentor.profile.sessionmaker() as s:
            assert s.get(Message, mid).state == "sent"
        for e in (m_engine, e_engine):
            await e.client.aclose()

        # The mentee signs in on a fresh PC: everything comes back, decrypted.
        seen = []
        fresh = ProfileDirectory(tmp_path / "new-pc", kdf_params_factory=KdfParams.fast_for_tests)
        restored = await sign_in(
            fresh,
            server.base_url,
            mentee.username,
            mentee.passphrase,
            progress=lambda d, t: seen.append((d, t)),
        )
        try:
            assert restored.person_id == mentee.profile.person_id
            assert restored.display_name == "Jeune 1"
            with restored.sessionmaker() as s:
                assert s.get(Message, mid).body == "Écrit hors ligne"
                assert s.get(Pair, pair_id) is not None
            assert seen and seen[-1][0] == seen[-1][1] > 0
        finally:
            restored.close()
            sc.close()

    asyncio.run(scenario())
