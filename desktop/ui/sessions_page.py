"""The Sessions page of a mentor or mentee: the sessions of the pair chosen on the pair home.

A thin holder around the scheduling `SessionListWidget`: when shown (`refresh`), it asks the
pair home which pair is selected and builds the list for that pair if it changed, so the two
pages always talk about the same pair. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.scheduling import SessionListWidget
from desktop.ui.theme import heading

if TYPE_CHECKING:
    from desktop.runtime.events import ChangeEvents
    from desktop.services.scheduling import SchedulingService


class SessionsPage(QWidget):
    """Sessions of the current pair; `current_pair()` names it (None: no pair yet).

    `join_requested(pair_id, meeting_id)` when the person presses a session's Join.
    """

    join_requested = Signal(str, str)

    def __init__(
        self,
        service: SchedulingService,
        current_pair: Callable[[], str | None],
        *,
        events: ChangeEvents | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsPage")
        self._service = service
        self._current_pair = current_pair
        self._events = events
        self.pair_id: str | None = None
        self.sessions: SessionListWidget | None = None
        self.heading = heading()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.note)
        self._layout.addStretch(1)  # only while there is no list: the list takes the height
        self.retranslate()

    def refresh(self) -> None:
        """Follow the pair chosen on the pair home."""
        pair_id = self._current_pair()
        if pair_id == self.pair_id and (self.sessions is not None or pair_id is None):
            return
        if self.sessions is not None:
            self.sessions.timer.stop()
            self._layout.removeWidget(self.sessions)
            self.sessions.deleteLater()
            self.sessions = None
        self.pair_id = pair_id
        if pair_id is not None:
            self.sessions = SessionListWidget(self._service, pair_id, events=self._events)
            self.sessions.join_requested.connect(
                lambda meeting_id, p=pair_id: self.join_requested.emit(p, meeting_id)
            )
            self.sessions.title.hide()  # the page's heading already says "Sessions"
            self._layout.insertWidget(2, self.sessions, 1)
        self._layout.setStretch(self._layout.count() - 1, 0 if self.sessions else 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sessions"))
        note = (
            ""
            if self.pair_id
            else self.tr("You have no pair yet. Your program staff will let you know when you do.")
        )
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
