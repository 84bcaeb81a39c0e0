"""Connection attempts: the per-phase rules (fake clock) and two real engines on loopback
whose gathering is held up by a TURN server that never answers over UDP (what a network
that blocks UDP looks like), checking that the relay-only attempt follows and that a
late-finishing gathering never sends a stale offer."""

from __future__ import annotations

import asyncio
import json
import socket

import pytest

from desktop.video.attempts import AttemptLimits, AttemptWatch, Phase
from desktop.video.call import CallOptions, CallState
from desktop.video.manager import CallManager
from desktop.video.signalling import StreamSignalling
from desktop.video.tracks import SyntheticAudioTrack

LIMITS = AttemptLimits(gather_s=2.0, checking_s=2.5, total_s=10.0)


def test_a_direct_attempt_stuck_gathering_fails_after_the_gather_limit_not_before():
    watch = AttemptWatch(LIMITS)
    watch.begin(100.0, final=False)
    assert watch.overdue(101.9) is None
    assert watch.overdue(102.0) == "gathering"


def test_checks_without_a_pair_fail_after_the_checking_limit_counted_from_checking():
    watch = AttemptWatch(LIMITS)
    watch.begin(0.0, final=False)
    watch.enter(Phase.SIGNALLING, 1.0)
    assert watch.overdue(6.0) is None  # slow signalling is not held against the attempt
    watch.enter(Phase.CHECKING, 6.0)
    assert watch.overdue(8.4) is None
    assert watch.overdue(8.5) == "checking"


def test_the_last_attempt_has_only_the_overall_limit():
    watch = AttemptWatch(LIMITS)
    watch.begin(0.0, final=True)
    watch.enter(Phase.CHECKING, 0.5)
    assert watch.overdue(9.9) is None  # no fallback left: give ICE its time
    assert watch.overdue(10.0) == "timeout"


def test_phases_only_move_forward_and_a_connected_attempt_is_never_overdue():
    watch = AttemptWatch(LIMITS)
    watch.begin(0.0, final=False)
    watch.enter(Phase.SECURING, 1.0)
    watch.enter(Phase.CHECKING, 1.5)  # a late event
    assert watch.phase == Phase.SECURING
    watch.enter(Phase.CONNECTED, 2.0)
    assert watch.overdue(1000.0) is None


# --- real engines ----------------------------------------------------------------------------

FAST = CallOptions(gather_timeout_s=0.5, checking_timeout_s=1.0, connect_timeout_s=2.0)
# Only the stuck gathering may fail an attempt: a slow machine must not time out the others.
PATIENT = CallOptions(gather_timeout_s=0.5, checking_timeout_s=1.0, connect_timeout_s=60.0)


@pytest.fixture
def silent_udp_server():
    """A 'TURN server' that reads every request and never answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    yield sock.getsockname()[1]
    sock.close()


@pytest.fixture
def closed_tcp_port():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens: TURN over TCP is refused at once
    return port


def ice(*urls: str) -> dict:
    return {"ice_servers": [{"urls": list(urls), "username": "u", "credential": "c"}]}


async def observer(relay) -> tuple[StreamSignalling, list[dict]]:
    """A third client on the relay: it sees every line the peers send."""
    signalling = await StreamSignalling.connect("127.0.0.1", relay.port)
    seen: list[dict] = []

    async def read() -> None:
        while True:
            seen.append(await signalling.receive())

    asyncio.ensure_future(read())
    return signalling, seen


def summary(seen: list[dict]) -> list[tuple]:
    return [
        (m["type"], m.get("attempt"), m.get("relay_only"), m.get("final"))
        for m in seen
        if m["type"] in ("offer", "answer", "retry")
    ]


WAIT_S = 60.0  # bounds a hang; a machine busy with other work may take many times longer
MARKER = {"type": "bye", "call_id": "marker", "to": "nobody"}


def gathering() -> bool:
    """Is a candidate gathering (aiortc's setLocalDescription) still running on this loop?"""
    return any(
        t.get_coro().__qualname__ == "RTCPeerConnection.setLocalDescription"
        for t in asyncio.all_tasks()
        if not t.done()
    )


async def until(predicate, timeout: float = WAIT_S) -> None:
    for _ in range(int(timeout / 0.05)):
        if predicate():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not met in time")


def test_stuck_gathering_goes_relay_only_and_its_late_offer_is_never_sent(
    relay, silent_udp_server, closed_tcp_port
):
    config = ice(
        f"turn:127.0.0.1:{silent_udp_server}?transport=udp",
        f"turns:127.0.0.1:{closed_tcp_port}?transport=tcp",
    )

    async def main():
        watcher, seen = await observer(relay)
        signalling = await StreamSignalling.connect("127.0.0.1", relay.port)
        mentor = CallManager(
            signalling, local_id="mentor-1", ice=config, options=FAST,
            microphone=SyntheticAudioTrack,
        )  # fmt: skip
        mentor.start()
        await until(lambda: relay.clients == 2)
        call = await mentor.call("pair-1", "mentee-1")  # nobody answers
        ended = await asyncio.wait_for(call.wait_ended(), WAIT_S)
        # aioice gives up on the silent server after 5 s: wait for the abandoned gathering
        # to end, then for a marker sent behind whatever it may have sent on the same stream
        await until(lambda: not gathering() and len(call._tasks) == 0, timeout=WAIT_S)
        await signalling.send(MARKER)
        await until(lambda: MARKER in seen)
        await mentor.close()
        watcher.close()
        return ended, summary(seen)

    ended, messages = asyncio.run(main())
    assert messages == [("offer", 1, True, True)]  # attempt 0 never went out, even late
    assert ended.reason == "connection_failed"


def test_the_callee_that_cannot_gather_asks_for_relay_only_at_once(
    relay, silent_udp_server, closed_tcp_port
):
    async def main():
        watcher, seen = await observer(relay)
        caller_signalling = await StreamSignalling.connect("127.0.0.1", relay.port)
        callee_signalling = await StreamSignalling.connect("127.0.0.1", relay.port)
        mentor = CallManager(
            caller_signalling, local_id="mentor-1", options=PATIENT,
            ice=ice(f"turns:127.0.0.1:{closed_tcp_port}?transport=tcp"),
            microphone=SyntheticAudioTrack,
        )  # fmt: skip
        mentee = CallManager(
            callee_signalling, local_id="mentee-1", options=PATIENT,
            ice=ice(f"turn:127.0.0.1:{silent_udp_server}?transport=udp"),
            microphone=SyntheticAudioTrack,
        )  # fmt: skip
        for manager in (mentor, mentee):
            manager.start()
        await until(lambda: relay.clients == 3)
        call = await mentor.call("pair-1", "mentee-1")
        await until(lambda: len(summary(seen)) >= 3)
        state = call.state
        await mentor.close()
        await mentee.close()
        watcher.close()
        return summary(seen), state

    messages, state = asyncio.run(main())
    assert messages[:3] == [
        ("offer", 0, False, False),
        ("retry", 0, None, None),
        ("offer", 1, True, True),
    ]
    assert state == CallState.CONNECTING


def test_an_answer_to_an_earlier_attempt_is_dropped(relay, silent_udp_server, closed_tcp_port):
    config = ice(
        f"turn:127.0.0.1:{silent_udp_server}?transport=udp",
        f"turns:127.0.0.1:{closed_tcp_port}?transport=tcp",
    )

    async def main():
        signalling = await StreamSignalling.connect("127.0.0.1", relay.port)
        mentor = CallManager(signalling, local_id="mentor-1", ice=config, options=PATIENT)
        mentor.start()
        await until(lambda: relay.clients == 1)
        call = await mentor.call("pair-1", "mentee-1")
        await until(lambda: call._link.attempt == 1 and call._link.pc is not None)
        await until(lambda: call._link.pc.signalingState == "have-local-offer")
        await until(lambda: call._link.pc.localDescription is not None)  # set just after
        sdp = call._link.pc.localDescription.sdp.replace("a=setup:actpass", "a=setup:active")
        stale = {"type": "answer", "call_id": "pair-1", "attempt": 0, "to": "mentor-1"}
        marker = {"type": "mode", "call_id": "pair-1", "mode": "audio", "to": "mentor-1"}
        for msg in ({**stale, "sdp": sdp}, marker):
            relay.inject(json.dumps(msg).encode() + b"\n")
        await until(lambda: call.remote_mode is not None)  # handled in order: the answer too
        state = call._link.pc.signalingState
        await mentor.close()
        return state

    assert asyncio.run(main()) == "have-local-offer"
