"""Idle lock: a timer that keyboard or mouse activity restarts, firing after the policy's minutes.

It watches input events for the whole application (an event filter on QApplication), so
activity in any window or dialog counts. Runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleLock(QObject):
    """Emits `idle` once after `timeout_ms` without input; `start()` arms it again."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # restarts must be exact
        self._timer.timeout.connect(self._fire)
        self.set_timeout(timeout_ms)
        self._watching = False

    @staticmethod
    def minutes_to_ms(minutes: object) -> int:
        """0 or nonsense means never; otherwise at least one minute."""
        try:
            value = float(minutes)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 0
        return int(max(1.0, value) * 60_000) if value > 0 else 0

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = max(0, int(timeout_ms))
        self._timer.setInterval(self._timeout_ms)

    def start(self) -> None:
        if self._timeout_ms <= 0:
            return
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False

    def is_active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def _fire(self) -> None:
        self.stop()
        self.idle.emit()
