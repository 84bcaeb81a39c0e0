"""'Alex is typing…' under the conversation, and our own typing sent to the other person.

Both directions ride the live channel through a `TypingRelay` and are never stored. Incoming
signals arrive on the network loop thread and hop here through a queued signal; the line
clears itself `CLEAR_MS` after the last signal (a lost "stopped" never leaves it stuck).
Outgoing: "typing" at most every `RESEND_MS` while keys are pressed, "stopped" after
`IDLE_MS` without an edit or when the message is sent. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.announce import announce
from desktop.ui.conversation.display_text import one_line

if TYPE_CHECKING:
    from desktop.services.messaging import TypingRelay

CLEAR_MS = 6000
RESEND_MS = 3000
IDLE_MS = 4000


class _Hop(QObject):
    arrived = Signal(str, str, bool)


class TypingIndicator(QLabel):
    """Shows who is typing in the open conversation; `name_of(person_id)` gives the name."""

    def __init__(self, relay: TypingRelay | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typingIndicator")
        self._relay = relay
        self._pair_id: str | None = None
        self._who: str | None = None
        self.name_of: Callable[[str], str] = lambda _pid: ""
        self._clear = QTimer(self, singleShot=True, interval=CLEAR_MS)
        self._clear.timeout.connect(self.clear_typing)
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._idle.timeout.connect(lambda: self._send(False))
        self._last_sent_typing = False
        self._resend = QTimer(self, singleShot=True, interval=RESEND_MS)
        self._hop = _Hop(self)
        self._hop.arrived.connect(self.on_typing, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = relay.subscribe(self._hop.arrived.emit) if relay is not None else None
        self.destroyed.connect(lambda *_: self._unsubscribe and self._unsubscribe())
        self.clear_typing()

    def set_pair(self, pair_id: str | None) -> None:
        if self._pair_id is not None and self._last_sent_typing:
            self._send(False)
        self._pair_id = pair_id
        self.clear_typing()

    # --- incoming ------------------------------------------------------------------------

    def on_typing(self, pair_id: str, sender: str, typing: bool) -> None:
        if pair_id != self._pair_id:
            return
        if not typing:
            if sender == self._who:
                self.clear_typing()
            return
        self._who = sender
        self._clear.start()
        self._show()

    def clear_typing(self) -> None:
        self._who = None
        self._clear.stop()
        self._show()

    def is_showing(self) -> bool:
        return self._who is not None

    def _show(self) -> None:
        if self._who is None:
            text = ""
        else:
            name = one_line(self.name_of(self._who) or "", 60) or self.tr("The other person")
            text = self.tr("%1 is typing…").replace("%1", name)
        if text == self.text():
            return
        self.setText(text)
        self.setAccessibleName(text or self.tr("Nobody is typing"))
        announce(self, text)

    # --- outgoing ------------------------------------------------------------------------

    def local_edit(self, has_text: bool) -> None:
        """The composer changed: say we type (throttled), or that we stopped."""
        if not has_text:
            self._idle.stop()
            if self._last_sent_typing:
                self._send(False)
            return
        self._idle.start()
        if not self._last_sent_typing or not self._resend.isActive():
            self._send(True)

    def sent(self) -> None:
        self._idle.stop()
        if self._last_sent_typing:
            self._send(False)

    def _send(self, typing: bool) -> None:
        self._last_sent_typing = typing
        if typing:
            self._resend.start()
        if self._relay is not None and self._pair_id is not None:
            self._relay.send(self._pair_id, typing)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)
