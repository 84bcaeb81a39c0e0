"""Fixtures for call tests: the loopback signalling relay and peers in their own processes.

`peers` starts `video_peer.py` processes (real aiortc, real UDP on loopback) and reads their
JSON-line events on a thread; every process is killed at the end of the test. Waits only
bound a hang (their deadlines are generous, for a machine busy with other work); what a test
checks is which events came and what they carry, never how fast.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from video_relay import SignallingRelay  # noqa: E402

PEER_SCRIPT = Path(__file__).with_name("video_peer.py")
ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 60.0  # bounds a hang; a loaded machine may take many times longer than an idle one


class Peer:
    def __init__(self, port: int, *args: str) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, str(PEER_SCRIPT), "--port", str(port), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        self.events: list[dict] = []
        self._new: queue.Queue[dict] = queue.Queue()
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            with self._lock:
                self.events.append(event)

    def wait_for(self, predicate: Callable[[dict], bool], timeout: float = WAIT_S) -> dict:
        deadline = time.monotonic() + timeout
        seen = 0
        while time.monotonic() < deadline:
            with self._lock:
                batch = self.events[seen:]
                seen = len(self.events)
            for event in batch:
                if predicate(event):
                    return event
            if self.proc.poll() is not None and seen == len(self.events):
                time.sleep(0.2)
                with self._lock:
                    if seen == len(self.events):
                        break
            time.sleep(0.05)
        stderr = ""
        if self.proc.poll() is not None and self.proc.stderr is not None:
            stderr = self.proc.stderr.read()[-3000:]
        raise AssertionError(f"event not seen; last events: {self.events[-5:]}\n{stderr}")

    def wait_state(self, state: str, timeout: float = WAIT_S) -> dict:
        return self.wait_for(lambda e: e["event"] == "state" and e["state"] == state, timeout)

    def nth(self, kind: str, n: int, predicate: Callable[[dict], bool] = bool) -> dict:
        """The first event of `kind` that is at least the n-th of its kind and meets `predicate`.

        A call samples stats every `stats_interval_s` of its own clock, and only while it hears
        the other side: the n-th sample proves that much of the call went by, on any machine.
        """
        count = 0

        def match(event: dict) -> bool:
            nonlocal count
            if event["event"] != kind:
                return False
            count += 1
            return count >= n and predicate(event)

        return self.wait_for(match)

    def of(self, kind: str) -> list[dict]:
        with self._lock:
            return [e for e in self.events if e["event"] == kind]

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(WAIT_S)


@pytest.fixture
def relay():
    server = SignallingRelay().start()
    yield server
    server.stop()


@pytest.fixture
def peers(relay):
    started: list[Peer] = []

    def start(*args: str) -> Peer:
        peer = Peer(relay.port, *args)
        started.append(peer)
        peer.wait_for(lambda e: e["event"] == "ready")
        return peer

    yield start
    for peer in started:
        peer.kill()
