"""The staff supervision page: the program's pairs beside the messages held for review.

Composes the pair list (`SupervisionHome`, read off the UI thread) and the messaging
`HeldMessagesList`; both refresh themselves from `ChangeEvents` when sync brings news.
"Join call" asks to enter the selected pair's call; both participants then see a staff
banner for as long as the staff member is there. Above them, a warning appears when the
server serves someone a new key (`KeyChangesPanel`). Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.ui.accessibility import describe
from desktop.ui.conversation.held_messages import HeldMessagesList
from desktop.ui.key_changes_panel import KeyChangesPanel
from desktop.ui.pair_list_page import Loader
from desktop.ui.supervision_home import SupervisionHome

if TYPE_CHECKING:
    from desktop.runtime.events import Change, ChangeEvents
    from desktop.services.messaging import MessagingService


class SupervisionPage(QWidget):
    """Pairs on the left, held messages on the right; `join_call_requested(pair_id)`."""

    join_call_requested = Signal(str)

    def __init__(
        self,
        loader: Loader,
        messaging: MessagingService,
        *,
        events: ChangeEvents | None = None,
        key_changes: tuple[Loader, Callable[[str], None]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supervisionPage")
        self.pairs = SupervisionHome(loader)
        self.join_call = QPushButton()
        self.join_call.setEnabled(False)
        self.join_call.clicked.connect(self._join_call)
        self.pairs.list.currentRowChanged.connect(
            lambda row: self.join_call.setEnabled(0 <= row < len(self.pairs.rows()))
        )
        self.pairs.layout().addWidget(self.join_call)
        self.held = HeldMessagesList(messaging, events)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pairs)
        splitter.addWidget(self.held)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 380])
        for view in (self.pairs.list, self.held.list):  # long rows wrap instead of clipping
            view.setWordWrap(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.key_changes = KeyChangesPanel(*key_changes) if key_changes else None
        if self.key_changes is not None:
            layout.addWidget(self.key_changes)
        layout.addWidget(splitter)
        if events is not None:
            events.changed.connect(self._on_change)
        self.retranslate()

    def refresh(self) -> None:
        self.pairs.refresh()
        if self.key_changes is not None:
            self.key_changes.refresh()

    def _on_change(self, change: Change) -> None:
        if change.kind == "pair" or (change.kind == "message" and not change.ids):
            self.refresh()

    def retranslate(self) -> None:
        self.join_call.setText(self.tr("&Join this pair's call"))
        describe(
            self.join_call,
            self.tr("Join this pair's call"),
            self.tr("Both people in the pair will see that you are in the call."),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _join_call(self) -> None:
        row = self.pairs.list.currentRow()
        rows = self.pairs.rows()
        if 0 <= row < len(rows):
            self.join_call_requested.emit(rows[row].pair_id)
