"""Change events: emitted from any thread, heard on the thread that owns the broadcaster."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from desktop.runtime.events import Change, ChangeEvents, ChangeKind
from jumelage_protocol import Scope


def test_emit_on_owner_thread_reaches_listener_at_once(qtbot):
    events = ChangeEvents()
    heard = []
    events.changed.connect(heard.append)
    sent = events.emit_change(ChangeKind.MESSAGE, Scope.pair("p1"), ["m1", "m2"])
    assert heard == [Change(ChangeKind.MESSAGE, Scope.pair("p1"), ("m1", "m2"))]
    assert heard[0] is sent
    assert heard[0].initiator is None


def test_emit_from_worker_thread_is_heard_on_ui_thread(qtbot):
    events = ChangeEvents()
    heard = []
    events.changed.connect(
        lambda c: heard.append((c, threading.current_thread() is threading.main_thread()))
    )
    worker = threading.Thread(
        target=events.emit_change, args=(ChangeKind.MEETING,), kwargs={"ids": ("s9",)}
    )
    with qtbot.waitSignal(events.changed):
        worker.start()
        worker.join(5)
    assert heard == [(Change(ChangeKind.MEETING, None, ("s9",)), True)]


def test_change_is_frozen_and_needs_a_kind(qtbot):
    change = Change(ChangeKind.PAIR)
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.kind = "other"  # type: ignore[misc]
    with pytest.raises(ValueError):
        ChangeEvents().emit_change("")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ChangeEvents().emit_change("messages")  # type: ignore[arg-type]  # not a kind


def test_a_ready_change_can_be_emitted(qtbot):
    events = ChangeEvents()
    heard = []
    events.changed.connect(heard.append)
    events.emit_change(Change(ChangeKind.PAIR, Scope.program("x")))
    assert heard == [Change(ChangeKind.PAIR, Scope.program("x"), ())]


def test_the_initiator_travels_with_the_change(qtbot):
    events = ChangeEvents()
    heard = []
    events.changed.connect(heard.append)
    screen = object()
    events.emit_change(ChangeKind.MESSAGE, Scope.pair("p1"), ["m1"], initiator=screen)
    assert heard[0].initiator is screen
    assert heard[0].kind is ChangeKind.MESSAGE
