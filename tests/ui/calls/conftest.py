"""Fixtures for the call-window tests: the network loop, the loopback signalling relay, peers.

The remote side is `tests/video/video_peer.py` in its own process (real aiortc, synthetic
camera and tone); our side is a real `CallsService` on a real `NetworkLoop`, signalling
through the same loopback relay the video tests use. Only the camera is replaced, by
synthetic tracks: this machine has none.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.runtime.loop import NetworkLoop
from desktop.services.calls import CallsService
from desktop.video.call import CallOptions
from desktop.video.signalling import StreamSignalling

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "video"))

from video_relay import SignallingRelay  # noqa: E402

from tests.video.conftest import Peer  # noqa: E402

FAST = ["--silence", "1", "--reconnect", "3", "--stats-interval", "0.5"]
SMALL = ["--width", "320", "--height", "240", "--fps", "15"]
OPTIONS = CallOptions(silence_s=1.0, reconnect_timeout_s=3.0, stats_interval_s=0.5)
NAMES = {"staff-1": "Dominique", "mentor-1": "Alex", "mentee-1": "Sam"}


@pytest.fixture
def net() -> Iterator[NetworkLoop]:
    loop = NetworkLoop("calls-test-network")
    loop.start()
    yield loop
    loop.stop()


@pytest.fixture
def relay() -> Iterator[SignallingRelay]:
    server = SignallingRelay().start()
    yield server
    server.stop()


@pytest.fixture
def calls(net: NetworkLoop, relay: SignallingRelay) -> Iterator[CallsService]:
    service = CallsService(
        loop=net,
        person_id="mentee-1",
        signalling_for=lambda scope: StreamSignalling.connect("127.0.0.1", relay.port),
        names=NAMES.get,
        options=OPTIONS,
    )
    yield service
    if net.running:
        net.submit(service.close()).result(60)


@pytest.fixture
def peers(relay: SignallingRelay) -> Iterator[Callable[..., Peer]]:
    started: list[Peer] = []

    def start(*args: str) -> Peer:
        peer = Peer(relay.port, *args, *FAST, *SMALL)
        started.append(peer)
        peer.wait_for(lambda e: e["event"] == "ready")
        return peer

    yield start
    for peer in started:
        peer.kill()
