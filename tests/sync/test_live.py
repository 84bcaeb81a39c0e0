"""The live channel against a real server: typing indicators relayed, new ops announced."""

from __future__ import annotations

import asyncio

from desktop.services.accounts import engine_for
from desktop.sync.keystore import get_state
from desktop.sync.live import LiveChannel
from desktop.sync.outbox import record_change
from tests.support.server import start_server


def _token(profile) -> str:
    with profile.sessionmaker() as s:
        return get_state(s, "session_token")


def test_ephemeral_relay_and_new_ops_wake_the_partner(tmp_path):
    server = start_server(tmp_path)

    async def go():
        sc = await server.new_program(tmp_path / "pcs")
        mentor, mentee, scope = sc.mentors[0], sc.mentees[0], f"pair:{sc.pairs[0]}"
        stop = asyncio.Event()
        got, news = asyncio.Queue(), asyncio.Queue()
        m_token, e_token = (_token(m.profile) for m in (mentor, mentee))
        m_live = LiveChannel(server.base_url, m_token)
        e_live = LiveChannel(
            server.base_url, e_token, on_new_ops=lambda s, h: news.put_nowait((s, h))
        )
        e_live.subscribe(got.put_nowait)
        tasks = [asyncio.create_task(c.run(stop)) for c in (m_live, e_live)]
        await asyncio.wait_for(m_live.connected.wait(), 60)
        await asyncio.wait_for(e_live.connected.wait(), 60)

        await m_live.send_ephemeral(scope, "typing", True)
        frame = await asyncio.wait_for(got.get(), 60)
        assert (frame.kind, frame.value, frame.sender) == ("typing", True, mentor.profile.person_id)

        with mentor.profile.sessionmaker.begin() as s:
            record_change(
                s,
                scope=scope,
                entity="message",
                author=mentor.profile.person_id,
                fields={"body": "réveil"},
            )
        eng = engine_for(mentor.profile, live=False)
        await eng.sync_once()
        await eng.client.aclose()
        while True:
            s, head = await asyncio.wait_for(news.get(), 60)
            if s == scope:
                break
        assert head >= 1
        stop.set()
        await asyncio.gather(*tasks)
        sc.close()

    try:
        asyncio.run(go())
    finally:
        server.stop()
