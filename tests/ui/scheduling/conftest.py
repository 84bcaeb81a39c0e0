"""Fixtures for the scheduling UI tests: real profiles (from the services conftest) and a clock.

The clock is the only thing injected: a `SchedulingService` reads the time from it, so a test
moves time forward and fires the widget's QTimer instead of waiting.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from desktop.runtime.events import ChangeEvents
from desktop.services.scheduling import SchedulingService
from tests.services.conftest import world, world_factory  # noqa: F401

TORONTO = ZoneInfo("America/Toronto")


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2025, 10, 20, 12, 0, tzinfo=UTC))


@pytest.fixture
def events(qapp) -> ChangeEvents:
    return ChangeEvents()


@pytest.fixture
def service(world, clock, events) -> SchedulingService:  # noqa: F811
    return SchedulingService(world.profiles["mentor"], events=events, clock=clock)


def activate(qtbot, window) -> None:
    """Do what a window manager does for a new dialog (offscreen has none): make it active."""
    qtbot.waitExposed(window)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # no other offscreen activation
        QApplication.setActiveWindow(window)
