"""The idle timer on its own: it fires when nothing happens, input restarts it, stop disarms it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.ui.idle_lock import IdleLock


def test_fires_after_the_timeout(qtbot):
    idle = IdleLock(50)
    idle.start()
    with qtbot.waitSignal(idle.idle, timeout=30_000):
        pass
    assert not idle.is_active()  # one shot: armed again only by start()


def test_input_restarts_the_timer(qtbot):
    idle = IdleLock(600_000)
    idle.start()
    timer = idle._timer
    edit = QLineEdit()
    qtbot.addWidget(edit)
    # a full second gone: the two statements between restart and check never take that long
    qtbot.waitUntil(lambda: timer.remainingTime() < 600_000 - 1_000, timeout=30_000)
    elapsed_mark = timer.remainingTime()
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                           Qt.KeyboardModifier.NoModifier, "a"))  # fmt: skip
    assert timer.remainingTime() > elapsed_mark  # back to the full interval
    idle.stop()
    assert not idle.is_active()
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                           Qt.KeyboardModifier.NoModifier, "a"))  # fmt: skip
    assert not idle.is_active()  # input never re-arms a stopped lock


def test_stop_disarms_and_zero_means_never(qtbot):
    idle = IdleLock(50)
    idle.start()
    idle.stop()
    with qtbot.assertNotEmitted(idle.idle, wait=150):
        pass
    never = IdleLock(IdleLock.minutes_to_ms(0))
    never.start()
    assert not never.is_active()
    assert IdleLock.minutes_to_ms(10) == 600_000
    assert IdleLock.minutes_to_ms("nonsense") == 0
