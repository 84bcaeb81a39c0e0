"""Python's cyclic garbage collection, moved to the UI thread.

Automatic collection runs on whichever thread happens to allocate; when a background operation
or the network thread triggers it, it may free a widget caught in a reference cycle off the UI
thread, and Qt crashes. Like Anki (``aqt/main.py``: "Anki disables the default GC on startup,
and instead runs it on a timer"), the app turns automatic collection off and collects on a UI
timer. Create and use it on the UI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class UiThreadCollector(QObject):
    """Disables automatic ``gc`` and collects on the UI thread every ``interval_ms``."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 2000) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        """Collect once now, then only from the UI timer."""
        self._was_enabled = gc.isenabled()
        gc.collect()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Give collection back to Python (at exit, after background work has ended)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect_if_due(self) -> int:
        """Collect when enough objects were allocated since the last run, as Python would."""
        threshold = gc.get_threshold()[0]
        if gc.get_count()[0] < threshold:
            return 0
        return self.collect_now()

    def collect_now(self) -> int:
        """A full collection on this thread; call after closing a big window."""
        return gc.collect()
