"""Status messages for screen readers (WCAG 4.1.3): a new message, typing, send state, search
counts, a report sent, sync status, a sign-in error.

A label that changes while focus is elsewhere is not read, so each such change is also announced
through `QAccessibleAnnouncementEvent` (Qt 6.8+; polite unless urgent). Where the installed Qt
lacks it, the label becomes a live region the platform bridges understand (its name changes and a
NameChanged event is sent). Listeners (tests, a debug log) see every announcement: PySide6 does not
expose `QAccessible.installUpdateHandler`. `Debounced` keeps a flapping status (offline/online
every few seconds) from flooding. Never pass message text that must not be logged to a listener
that logs. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent

_Event = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
Listener = Callable[[QObject, str, bool], None]
_listeners: list[Listener] = []


def add_listener(listener: Listener) -> Callable[[], None]:
    """Call `listener(source, text, assertive)` on every announcement; returns the remover."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say `text` (already translated), as coming from `source`."""
    text = text.strip()
    if not text:
        return
    for listener in list(_listeners):
        listener(source, text, assertive)
    if _Event is not None:
        event = _Event(source, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
        QAccessible.updateAccessibility(event)
    elif hasattr(source, "setAccessibleName"):  # live-region fallback for older Qt
        source.setAccessibleName(text)
        QAccessible.updateAccessibility(QAccessibleEvent(source, QAccessible.Event.NameChanged))


class Debounced(QObject):
    """Announces a status once it has held for `delay_ms` and differs from the last one said."""

    def __init__(self, source: QObject, delay_ms: int = 3000) -> None:
        super().__init__(source)
        self._source = source
        self._pending = ""
        self._said = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    def set_status(self, text: str) -> None:
        self._pending = text
        if text == self._said:
            self._timer.stop()
        else:
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._pending and self._pending != self._said:
            self._said = self._pending
            announce(self._source, self._pending)
