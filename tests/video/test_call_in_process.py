"""Calls between managers in one process: bad signalling, missing devices, staff presence.

The two-process tests cover media flow and failures; these cover the routing rules with
real aiortc peers on loopback but cheaper media (mostly audio).
"""

from __future__ import annotations

import asyncio
import os

from desktop.video.call import CallOptions, CallState
from desktop.video.manager import CallManager
from desktop.video.media import MediaUnavailable
from desktop.video.signalling import StreamSignalling
from desktop.video.tracks import SyntheticAudioTrack, SyntheticVideoTrack

OPTIONS = CallOptions(silence_s=1.0, reconnect_timeout_s=3.0, stats_interval_s=0.5)


async def until(predicate, timeout: float = 60.0) -> None:
    """Wait for a condition; the deadline only bounds a hang (a busy machine is slow)."""
    for _ in range(int(timeout / 0.05)):
        if predicate():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not met in time")


async def manager(relay, local_id: str, **kwargs) -> CallManager:
    signalling = await StreamSignalling.connect("127.0.0.1", relay.port)
    m = CallManager(signalling, local_id=local_id, options=OPTIONS, **kwargs)
    m.start()
    return m


def test_malformed_signalling_is_ignored_and_the_call_goes_on(relay):
    async def main():
        mentee = await manager(relay, "mentee-1", microphone=SyntheticAudioTrack)
        mentor = await manager(relay, "mentor-1", microphone=SyntheticAudioTrack)
        await until(lambda: relay.clients == 2)
        for line in (
            b"not json\n",
            b'{"type":"offer","call_id":"x y","sdp":"v=0"}\n',
            b'{"type":"answer","call_id":"pair-1","sdp":"v=0 bogus"}\n',
            b'{"type":"bye","call_id":"nobody"}\n',
            b'{"type":"mode","call_id":"pair-1","mode":"audio","reason":"loss","to":"x"}\n',
        ):
            relay.inject(line)
        call = await mentor.call("pair-1", "mentee-1")
        await until(lambda: call.state == CallState.CONNECTED)
        relay.inject(b'{"type":"answer","call_id":"pair-1","sdp":"v=0 late"}\n')
        answering = mentee.calls["pair-1"]
        await until(lambda: answering._link.sinks and answering._link.sinks[0].frames > 25)
        assert call.state == CallState.CONNECTED and call.remote_mode is None
        await call.hang_up()
        await until(lambda: answering.state == CallState.ENDED)
        await mentee.close()
        await mentor.close()
        return call.ended, answering.ended

    mine, theirs = asyncio.run(main())
    assert mine.reason == "hung_up" and theirs.reason == "remote_hung_up"


def test_busy_camera_gives_a_code_and_a_receive_only_call(relay):
    def busy():
        raise MediaUnavailable("camera_busy")

    async def main():
        mentee = await manager(relay, "mentee-1", camera=busy, microphone=SyntheticAudioTrack)
        mentor = await manager(
            relay,
            "mentor-1",
            camera=lambda: SyntheticVideoTrack(320, 240, 15),
            microphone=SyntheticAudioTrack,
        )
        await until(lambda: relay.clients == 2)
        errors: list[str] = []
        frames = {"mentee_sees": 0, "mentor_sees": 0}

        def wire(call):
            call.on_media_error = errors.append
            call.on_remote_video_frame = lambda f: frames.__setitem__(
                "mentee_sees", frames["mentee_sees"] + 1
            )

        mentee.on_incoming = wire
        call = mentor.new_call("pair-1", "mentee-1")
        call.on_remote_video_frame = lambda f: frames.__setitem__(
            "mentor_sees", frames["mentor_sees"] + 1
        )
        await call.start()
        await until(lambda: frames["mentee_sees"] >= 15)

        def audio_at_mentor() -> int:
            return max((s.frames for s in call._link.sinks if s.track.kind == "audio"), default=0)

        await until(lambda: audio_at_mentor() > 10)  # the mentee's microphone still works
        await mentor.close()
        await mentee.close()
        return errors, frames

    errors, frames = asyncio.run(main())
    assert errors == ["camera_busy"]
    assert frames["mentor_sees"] == 0


def test_staff_joining_is_shown_to_both_participants_while_present(relay):
    async def main():
        seen: dict[str, list] = {"mentor-1": [], "mentee-1": []}
        people = {}
        for pid in seen:
            people[pid] = await manager(relay, pid, microphone=SyntheticAudioTrack)
            people[pid].on_presence = lambda p, r, present, pid=pid: seen[pid].append(
                (p, r, present)
            )
        staff = await manager(relay, "staff-1", role="staff", microphone=SyntheticAudioTrack)
        await until(lambda: relay.clients == 3)
        calls = [await staff.call(f"pair-1:staff-1:{pid}", pid) for pid in seen]
        await until(lambda: all(s == [("staff-1", "staff", True)] for s in seen.values()))
        assert all(m.staff_present == {"staff-1"} for m in people.values())
        for call in calls:
            await call.hang_up()
        await until(lambda: all(len(s) == 2 for s in seen.values()))
        for m in (*people.values(), staff):
            await m.close()
        return seen, people

    seen, people = asyncio.run(main())
    for events in seen.values():
        assert events == [("staff-1", "staff", True), ("staff-1", "staff", False)]
    assert all(m.staff_present == set() for m in people.values())


def tasks_of(owner=None) -> list[asyncio.Task]:
    """Pending tasks running our code (`desktop/`), or a method of `owner` only."""
    found = []
    for task in asyncio.all_tasks():
        frame = getattr(task.get_coro(), "cr_frame", None)
        if task.done() or task is asyncio.current_task() or frame is None:
            continue
        if owner is not None and frame.f_locals.get("self") is owner:
            found.append(task)
        elif owner is None and f"{os.sep}desktop{os.sep}" in frame.f_code.co_filename:
            found.append(task)
    return found


class StuckOn:
    """Signalling whose messages of one kind never leave (a stalled link), the rest do."""

    def __init__(self, kind: str, inner) -> None:
        self.kind, self.inner = kind, inner

    async def send(self, msg: dict) -> None:
        if msg["type"] == self.kind:
            await asyncio.Event().wait()
        await self.inner.send(msg)


def test_hanging_up_leaves_no_task_of_the_call_running(relay):
    async def main():
        mentee = await manager(relay, "mentee-1", microphone=SyntheticAudioTrack)
        mentor = await manager(relay, "mentor-1", microphone=SyntheticAudioTrack)
        await until(lambda: relay.clients == 2)
        call = await mentor.call("pair-1", "mentee-1")
        await until(lambda: call.state == CallState.CONNECTED)
        running = len(tasks_of(call))  # heartbeat and monitor at least
        call._signalling = StuckOn("mute", call._signalling)
        call.set_muted(True)  # the "mute" notice goes out in the background, and gets stuck
        await asyncio.sleep(0.1)
        assert any(t.get_coro().__name__ == "send_quietly" for t in tasks_of(call))
        await call.hang_up()
        left_by_call = tasks_of(call)
        answering = mentee.calls["pair-1"]
        await until(lambda: answering.state == CallState.ENDED)
        await mentee.close()
        await mentor.close()
        return running, left_by_call, tasks_of()

    running, left_by_call, left = asyncio.run(main())
    assert running >= 2
    assert left_by_call == [] and left == []
