"""Change events: emitted from any thread, heard on the thread that owns the broadcaster."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from desktop.runtime.events import Change, ChangeEvents


def test_emit_on_owner_thread_reaches_listener_at_once(qtbot):
    events = ChangeEvents()
    heard = []
    events.changed.connect(heard.append)
    sent = events.emit_change("message", "pair:p1", ["m1", "m2"])
    assert heard == [Change("message", "pair:p1", ("m1", "m2"))]
    assert heard[0] is sent


def test_emit_from_worker_thread_is_heard_on_ui_thread(qtbot):
    events = ChangeEvents()
    heard = []
    events.changed.connect(
        lambda c: heard.append((c, threading.current_thread() is threading.main_thread()))
    )
    worker = threading.Thread(target=events.emit_change, args=("session",), kwargs={"ids": ("s9",)})
    with qtbot.waitSignal(events.changed):
        worker.start()
        worker.join(5)
    assert heard == [(Change("session", None, ("s9",)), True)]


def test_change_is_frozen_and_needs_a_kind(qtbot):
    change = Change("pair")
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.kind = "other"  # type: ignore[misc]
    with pytest.raises(ValueError):
        ChangeEvents().emit_change("")


def test_a_ready_change_can_be_emitted(qtbot):
    events = ChangeEvents()
    heard = []
    events.changed.connect(heard.append)
    events.emit_change(Change("program", "program:x"))
    assert heard == [Change("program", "program:x", ())]
