"""Messaging through a real server on loopback: two (and a staff) desktop clients, live.

Each client runs its real `SyncEngine.run` on the app's `NetworkLoop` thread, with the
messaging service wired as the app wires it (`nudge` to push, `on_sync_status` to tell the
screens); the pages are real Qt widgets on this (UI) thread. Covers: a message appears on
the other side at once, "is typing…" travels live, three messages written offline arrive in
order, a held message is invisible to the recipient and waiting for the sender, a report
reaches staff, and receipts come back as "Read".
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models.tables import Message
from desktop.runtime.events import ChangeEvents
from desktop.runtime.loop import NetworkLoop
from desktop.services.accounts import engine_for
from desktop.services.messaging import MessagingService, TypingRelay
from desktop.sync.outbox import pending_count
from desktop.ui.conversation.message_model import Roles
from desktop.ui.conversation.pair_home_page import PairHomePage
from tests.services.conftest import HELD_TEXT, URGENT_TEXT, checker
from tests.support.server import start_server

WAIT_MS = 60_000


@dataclass
class Client:
    service: MessagingService
    engine: Any
    stop: asyncio.Event | None = None
    task: asyncio.Future | None = None
    page: PairHomePage | None = None
    relay: TypingRelay | None = None


@pytest.fixture
def net():
    loop = NetworkLoop("test-network")
    loop.start()
    yield loop
    loop.stop()


@pytest.fixture
def program(tmp_path, net):
    server = start_server(tmp_path)
    made = server.new_program(tmp_path / "pcs", organisation="Centre", program="Programme")
    sc = net.submit(made).result(60)
    yield sc
    sc.close()
    server.stop()


def client(net, member, events=None) -> Client:
    holder: dict = {}
    service = MessagingService.for_profile(member.profile, events=events, checker=checker(),
                                           nudge=lambda: holder["engine"].nudge())  # fmt: skip
    engine = engine_for(member.profile, on_status=service.on_sync_status, poll_interval=30,
                        submit=service.gate.submit)  # fmt: skip
    holder["engine"] = engine
    return Client(service, engine)


def go_live(net, c: Client) -> None:
    async def start():
        c.stop = asyncio.Event()
        c.task = asyncio.ensure_future(c.engine.run(c.stop))
        await asyncio.sleep(0)  # one step of run(): it makes engine.live before any await
        c.relay = TypingRelay(net.submit, c.service.person_id)
        c.relay.attach(c.engine.live)
        await asyncio.wait_for(c.engine.live.connected.wait(), 60)

    net.submit(start()).result(60)


def stop(net, *clients: Client) -> None:
    async def end(c):
        c.stop.set()
        await asyncio.wait_for(c.task, 60)  # the engine has stopped: no request in flight
        await c.engine.client.aclose()

    for c in clients:
        if c.stop is not None:
            net.submit(end(c)).result(60)


def outbox_empty(member) -> bool:
    with member.profile.sessionmaker() as s:
        return pending_count(s) == 0


def bodies(page: PairHomePage) -> list[str]:
    return [page.model.index(r).data() for r in range(page.model.rowCount())]


def open_page(qtbot, c: Client, events, relay=None) -> PairHomePage:
    page = PairHomePage(c.service, events, {"language": "en"}, typing=relay)
    qtbot.addWidget(page)
    page.resize(700, 500)
    page.show()
    qtbot.waitUntil(lambda: not page.loading)  # the conversations are read off the UI thread
    c.page = page
    return page


def test_live_offline_held_report_and_receipts(program, net, qtbot):
    pair_id = program.pairs[0]
    mentor_events, mentee_events = ChangeEvents(), ChangeEvents()
    mentor = client(net, program.mentors[0], mentor_events)
    mentee = client(net, program.mentees[0], mentee_events)
    go_live(net, mentor)
    go_live(net, mentee)
    m_page = open_page(qtbot, mentor, mentor_events, mentor.relay)
    e_page = open_page(qtbot, mentee, mentee_events, mentee.relay)
    try:
        # live: mentor writes, mentee sees it without doing anything
        m_page.composer.box.setPlainText("Bonjour ! Comment s’est passée ta semaine ?")
        m_page.composer.send_button.click()
        qtbot.waitUntil(lambda: bodies(e_page) == ["Bonjour ! Comment s’est passée ta semaine ?"],
                        timeout=WAIT_MS)  # fmt: skip
        # the mentee has it open: the mentor's copy comes back as read
        last = m_page.model.index(0)
        qtbot.waitUntil(lambda: last.data(Roles.STATE_TEXT) == "Read", timeout=WAIT_MS)

        # typing travels over the live channel and is never stored
        qtbot.keyClicks(e_page.composer.box, "J")
        qtbot.waitUntil(lambda: m_page.typing.text() == "Jeune 1 is typing…", timeout=WAIT_MS)
        e_page.composer.set_text("")
        e_page.typing.sent()
        qtbot.waitUntil(lambda: m_page.typing.text() == "", timeout=WAIT_MS)

        # offline: three messages from the mentee, then back online: in order on the mentor's
        stop(net, mentee)
        for i in range(3):
            mentee.service.send(pair_id, f"hors ligne {i}")
        assert [m.state for m in mentee.service.latest(pair_id, 3)] == ["pending"] * 3
        mentee.engine = engine_for(program.mentees[0].profile, submit=mentee.service.gate.submit,
                                   on_status=mentee.service.on_sync_status)  # fmt: skip
        mentee.service.nudge = mentee.engine.nudge
        go_live(net, mentee)
        want = ["Bonjour ! Comment s’est passée ta semaine ?"] + [
            f"hors ligne {i}" for i in range(3)
        ]
        qtbot.waitUntil(lambda: bodies(m_page) == want, timeout=WAIT_MS)

        # held: waiting for the sender, invisible to the recipient after every sync
        e_page.composer.box.setPlainText(HELD_TEXT)
        e_page.composer.send_button.click()
        mine = e_page.model.index(e_page.model.rowCount() - 1)
        assert mine.data(Roles.STATE_TEXT) == "Waiting for review by program staff"
        m_page.composer.box.setPlainText("ok!")
        m_page.composer.send_button.click()
        qtbot.waitUntil(lambda: bodies(e_page)[-1] == "ok!", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: mentor.engine.status.state == "synced", timeout=WAIT_MS)
        assert HELD_TEXT not in bodies(m_page)
        with program.mentors[0].profile.sessionmaker() as s:  # sealed to staff: not even stored
            assert s.scalar(select(Message.id).where(Message.body.contains("parents"))) is None

        # report: the mentee reports a self-harm message; staff get it, urgent
        worrying = mentee.service.send(pair_id, URGENT_TEXT)
        mentee.service.report(pair_id, worrying.id)
        qtbot.waitUntil(lambda: outbox_empty(program.mentees[0]), timeout=WAIT_MS)
    finally:
        stop(net, mentor, mentee)
    staff = client(net, program.staff)
    net.submit(staff.engine.sync_once()).result(30)
    net.submit(staff.engine.client.aclose()).result(5)
    reports = staff.service.reports()
    assert reports and all(r.pair_id == pair_id for r in reports)
    assert any(r.self_harm and r.excerpt == URGENT_TEXT for r in reports)
    assert [h.body for h in staff.service.held_messages()] == [HELD_TEXT]
