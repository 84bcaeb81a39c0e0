"""Fixtures for call tests: the loopback signalling relay and peers in their own processes.

`peers` starts `video_peer.py` processes (real aiortc, real UDP on loopback) and reads their
JSON-line events on a thread; every process is killed at the end of the test.
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

    def wait_for(self, predicate: Callable[[dict], bool], timeout: float = 15.0) -> dict:
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

    def wait_state(self, state: str, timeout: float = 15.0) -> dict:
        return self.wait_for(lambda e: e["event"] == "state" and e["state"] == state, timeout)

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
        self.proc.wait(5)


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
        peer.wait_for(lambda e: e["event"] == "ready", timeout=20)
        return peer

    yield start
    for peer in started:
        peer.kill()
