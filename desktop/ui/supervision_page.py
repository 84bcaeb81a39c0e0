"""The staff supervision page: the program's pairs beside the messages held for review.

Composes the pair list (`SupervisionHome`, read off the UI thread) and the messaging
`HeldMessagesList`; both refresh themselves from `ChangeEvents` when sync brings news.
"Join call" asks to enter the selected pair's call; both participants then see a staff
banner for as long as the staff member is there. "Open pair" (or double-click, or Enter on
the list) asks for the pair's detail page (`pair_open_requested`). Above them, a warning
appears when the server serves someone a new key (`KeyChangesPanel`). Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.ui.accessibility import describe
from desktop.ui.closing_dialog import Closer, ClosingDialog
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
    pair_open_requested = Signal(str)

    def __init__(
        self,
        loader: Loader,
        messaging: MessagingService,
        *,
        events: ChangeEvents | None = None,
        key_changes: tuple[Loader, Callable[[str], None]] | None = None,
        close_match: Closer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supervisionPage")
        self.pairs = SupervisionHome(loader)
        self.join_call = QPushButton()
        self.join_call.setEnabled(False)
        self.join_call.clicked.connect(self._join_call)
        self.open_pair = QPushButton()
        self.open_pair.setEnabled(False)
        self.open_pair.clicked.connect(self._open_pair)
        self.pairs.list.currentRowChanged.connect(self._selection_changed)
        self.pairs.list.itemActivated.connect(lambda _item: self._open_pair())
        self.pairs.layout().addWidget(self.open_pair)
        self.pairs.layout().addWidget(self.join_call)
        self._close_match = close_match
        self.close_match = QPushButton()
        self.close_match.setObjectName("closeMatchButton")
        self.close_match.setEnabled(False)
        self.close_match.setVisible(close_match is not None)
        self.close_match.clicked.connect(self._open_closing)
        self.pairs.list.currentRowChanged.connect(self._update_close_button)
        self.pairs.layout().addWidget(self.close_match)
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
        self.open_pair.setText(self.tr("&Open pair"))
        describe(
            self.open_pair,
            self.tr("Open pair"),
            self.tr("Shows the pair's conversation, notes, support contacts, sessions and flags. "
                    "Reading the conversation is recorded, and the pair sees the date."),
        )  # fmt: skip
        self.close_match.setText(self.tr("&Close this match…"))
        describe(
            self.close_match,
            self.tr("Close this match"),
            self.tr("Record why the match ended; the conversation becomes read-only."),
        )
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

    def _selected(self) -> Any:
        row, rows = self.pairs.list.currentRow(), self.pairs.rows()
        return rows[row] if 0 <= row < len(rows) else None

    def _selected_pair(self) -> str | None:
        pair = self._selected()
        return pair.pair_id if pair is not None else None

    def _update_close_button(self, _row: int = -1) -> None:
        pair = self._selected()
        self.close_match.setEnabled(pair is not None and getattr(pair, "status", "") == "active")

    def _open_closing(self) -> None:
        pair = self._selected()
        if pair is None or self._close_match is None:
            return
        self.closing = ClosingDialog(pair.pair_id, (pair.mentor_name, pair.mentee_name),
                                     self._close_match, parent=self)  # fmt: skip
        self.closing.accepted.connect(self.refresh)
        self.closing.open()

    def _selection_changed(self, _row: int) -> None:
        chosen = self._selected_pair() is not None
        self.join_call.setEnabled(chosen)
        self.open_pair.setEnabled(chosen)

    def _join_call(self) -> None:
        pair_id = self._selected_pair()
        if pair_id is not None:
            self.join_call_requested.emit(pair_id)

    def _open_pair(self) -> None:
        pair_id = self._selected_pair()
        if pair_id is not None:
            self.pair_open_requested.emit(pair_id)
