"""Fixtures for the runtime tests: a started network loop and a recording failure hook."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from desktop.runtime.dispatch import set_failure_hook
from desktop.runtime.loop import NetworkLoop


@pytest.fixture
def network_loop() -> Iterator[NetworkLoop]:
    net = NetworkLoop(name="test-network")
    net.start()
    yield net
    assert net.stop(timeout=30)


class HookRecorder:
    """Records what reached the app's failure hook, and on which thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[BaseException, bool]] = []

    def __call__(self, exc: BaseException) -> None:
        self.calls.append((exc, threading.current_thread() is threading.main_thread()))


@pytest.fixture
def failure_hook() -> Iterator[HookRecorder]:
    recorder = HookRecorder()
    previous = set_failure_hook(recorder)
    yield recorder
    set_failure_hook(previous)
