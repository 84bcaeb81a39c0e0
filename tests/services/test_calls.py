"""The calls service against a real `jumelage-server` on loopback: the LiveSignal adapter,
knock-started calls between a pair, staff presence, and the recorded outcome.

Signalling goes through the real `/v1/live` WebSocket (desktop.sync.live.LiveChannel); media
is real aiortc on loopback with synthetic tracks (the edge: no camera here). SQLite only: the
server's storage is not what these tests are about (tests/server covers PostgreSQL).
Waits are bounded loops that only turn a hang into a failure.
"""

from __future__ import annotations

import asyncio
import contextlib
import os

import httpx
import pytest

from desktop.services.calls import CallEndReport, CallListener, CallsService, LiveSignalling
from desktop.sync.live import LiveChannel
from desktop.video.call import CallOptions
from desktop.video.signalling import SignallingClosed
from desktop.video.tracks import SyntheticAudioTrack, SyntheticVideoTrack
from tests.server.conftest import World
from tests.support.call_age import CallAge
from tests.support.fixtures import module_server  # noqa: F401 - real server fixture

OPTIONS = CallOptions(silence_s=1.0, reconnect_timeout_s=3.0, stats_interval_s=0.5)
NAMES = {"staff": "Dominique", "mentor": "Alex", "mentee": "Sam"}


@pytest.fixture(scope="module")
def database_url():
    return None  # SQLite


@pytest.fixture(scope="module")
def pair_world(module_server):  # noqa: F811
    with httpx.Client(base_url=module_server.base_url, timeout=30) as http:
        world = World(http, module_server)
        prog = world.program()
        people = {
            "staff": prog.staff,
            "mentor": world.member(prog, "mentor"),
            "mentee": world.member(prog, "mentee"),
            "other": world.member(prog, "mentee"),
        }
        pair_id, _ = world.pair(prog, people["mentor"], people["mentee"])
        yield module_server, people, pair_id


async def until(predicate, timeout: float = 60.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if predicate():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not met in time")


class Recorder(CallListener):
    def __init__(self) -> None:
        self.states: list[tuple[str, str]] = []
        self.video = self.audio = 0
        self.presence_events: list[tuple[str, str, bool]] = []
        self.ended: CallEndReport | None = None

    def call_state(self, person_id, state, reason):
        self.states.append((person_id, state))

    def remote_video(self, person_id, frame):
        self.video += 1

    def remote_audio(self, person_id, frame):
        self.audio += 1

    def presence(self, person_id, name, role, present):
        self.presence_events.append((name, role, present))

    def session_ended(self, report):
        self.ended = report


@contextlib.asynccontextmanager
async def live_channels(server, *actors):
    stop = asyncio.Event()
    channels = [LiveChannel(server.base_url, a.token, backoff=(0.1, 0.5)) for a in actors]
    tasks = [asyncio.ensure_future(c.run(stop)) for c in channels]
    try:
        for c in channels:
            await asyncio.wait_for(c.connected.wait(), 60)
        yield channels
    finally:
        stop.set()
        await asyncio.wait(tasks, timeout=10)


def service(actor, channel, role: str, recorded: list) -> CallsService:
    calls = CallsService(
        loop=None,
        person_id=actor.person_id,
        signalling_for=lambda scope: LiveSignalling(channel, scope),
        names=lambda pid: NAMES["staff"] if pid == STAFF_ID[0] else None,
        on_call_end=recorded.append,
        options=OPTIONS,
    )
    video = (lambda: SyntheticVideoTrack(160, 120, 15)) if role != "staff" else None
    calls.set_devices(video, SyntheticAudioTrack)
    return calls


STAFF_ID: list[str] = [""]


def call_tasks() -> list[asyncio.Task]:
    """Pending tasks running the calls service's or the video package's code."""
    parts = (os.path.join("desktop", "services", "calls.py"), os.path.join("desktop", "video", ""))
    found = []
    for task in asyncio.all_tasks():
        frame = getattr(task.get_coro(), "cr_frame", None)
        if frame is not None and not task.done() and task is not asyncio.current_task():
            if any(part in frame.f_code.co_filename for part in parts):
                found.append(task)
    return found


def test_adapter_unwraps_with_the_true_sender_and_respects_to(pair_world):
    server, p, pair_id = pair_world
    scope = f"pair:{pair_id}"

    async def main():
        async with live_channels(server, p["mentor"], p["mentee"], p["staff"]) as chans:
            mentor, mentee, staff = (LiveSignalling(c, scope) for c in chans)
            forged = {"type": "mute", "call_id": "c1", "audio": True, "video": False}
            await mentor.send({**forged, "from": p["staff"].person_id, "to": p["mentee"].person_id})
            got = await asyncio.wait_for(mentee.receive(), 60)
            await mentor.send({"type": "bye", "call_id": "c1", "reason": "hung_up"})
            to_staff = await asyncio.wait_for(staff.receive(), 60)
            mentee.close()
            with pytest.raises(SignallingClosed):
                await mentee.receive()
            return got, to_staff

    got, to_staff = asyncio.run(main())
    assert got == {
        "type": "mute",
        "call_id": "c1",
        "audio": True,
        "video": False,
        "from": p["mentor"].person_id,  # the server's sender, not the forged one
        "to": p["mentee"].person_id,
    }
    # The staff member never saw the message addressed to the mentee: the broadcast came first.
    assert to_staff["type"] == "bye" and to_staff["from"] == p["mentor"].person_id
    assert "to" not in to_staff


def test_knock_connects_the_pair_and_staff_presence_is_shown_to_both(pair_world):
    server, p, pair_id = pair_world
    STAFF_ID[0] = p["staff"].person_id
    members = (p["mentor"].person_id, p["mentee"].person_id)
    recorded: list[CallEndReport] = []

    async def main():
        async with live_channels(server, p["mentor"], p["mentee"], p["staff"]) as chans:
            mentee = service(p["mentee"], chans[1], "mentee", recorded)
            mentor = service(p["mentor"], chans[0], "mentor", recorded)
            staff = service(p["staff"], chans[2], "staff", recorded)
            heard = {who: Recorder() for who in ("mentor", "mentee", "staff")}
            s_mentee = await mentee.join(pair_id, members, heard["mentee"], meeting_id="m1")
            await asyncio.sleep(0.3)  # the mentee waits alone; the mentor arrives later
            s_mentor = await mentor.join(pair_id, members, heard["mentor"], meeting_id="m1")
            await until(lambda: heard["mentee"].video > 10 and heard["mentor"].video > 10)
            await until(lambda: heard["mentee"].audio > 10 and heard["mentor"].audio > 10)
            ages = [CallAge(c) for s in (s_mentor, s_mentee) for c in s.manager.calls.values()]
            await until(lambda: all(age.at_least(0.5) for age in ages))  # both calls > 1 s old
            s_staff = await staff.join(pair_id, members, heard["staff"])
            both = ("mentor", "mentee")
            await until(lambda: all(heard[w].presence_events for w in both))
            await until(lambda: len(s_staff.remotes) == 2)
            await s_staff.hang_up()
            await until(lambda: all(len(heard[w].presence_events) == 2 for w in both))
            assert s_mentor.ended is None, "staff leaving does not end the pair's call"
            await s_mentee.hang_up()
            await asyncio.wait_for(s_mentor.wait_ended(), 60)
            for calls in (mentee, mentor, staff):
                await calls.close()
            return heard, s_mentor, s_mentee, call_tasks()

    heard, s_mentor, s_mentee, left = asyncio.run(main())
    assert left == []  # every knock, offer and call task was kept and ended at close
    for who in ("mentor", "mentee"):
        assert heard[who].presence_events == [
            ("Dominique", "staff", True),
            ("Dominique", "staff", False),
        ]
    assert s_mentee.ended.reason == "hung_up"
    assert s_mentor.ended.reason == "remote_hung_up"
    by_reason = {r.reason: r for r in recorded if r.meeting_id == "m1"}
    assert set(by_reason) == {"hung_up", "remote_hung_up"}
    assert all(r.duration_s > 0.5 and r.pair_id == pair_id for r in by_reason.values())
    assert heard["mentor"].ended == s_mentor.ended


def test_a_vanished_peer_gives_reconnecting_then_peer_lost(pair_world):
    server, p, pair_id = pair_world
    members = (p["mentor"].person_id, p["mentee"].person_id)
    recorded: list[CallEndReport] = []

    async def main():
        async with live_channels(server, p["mentor"], p["mentee"]) as chans:
            mentor = service(p["mentor"], chans[0], "mentor", recorded)
            mentee = service(p["mentee"], chans[1], "mentee", recorded)
            heard = Recorder()
            s_mentor = await mentor.join(pair_id, members, heard, meeting_id="m2")
            s_mentee = await mentee.join(pair_id, members, Recorder(), meeting_id="m2")
            await until(lambda: heard.video > 30)
            (lost,) = s_mentor.manager.calls.values()
            age = CallAge(lost)
            await until(lambda: age.at_least(1.0))  # > 1.5 s in, the mentee heard after 0.5 s
            # The mentee's PC drops off the network: its connection dies without a goodbye.
            (gone,) = s_mentee.manager.calls.values()
            for task in gone._tasks:
                task.cancel()
            await gone._link.close_pc()
            await asyncio.wait_for(s_mentor.wait_ended(), 60)
            await s_mentee.hang_up()
            return heard, s_mentor

    heard, s_mentor = asyncio.run(main())
    states = [s for _, s in heard.states]
    assert states.index("reconnecting") > states.index("connected")
    assert states[-1] == "ended"
    assert s_mentor.ended.reason == "peer_lost"
    mine = [r for r in recorded if r.reason == "peer_lost"]
    assert len(mine) == 1 and mine[0].meeting_id == "m2" and mine[0].duration_s >= 0.5
