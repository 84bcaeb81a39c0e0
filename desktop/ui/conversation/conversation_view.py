"""The scrolling list of messages: opens at the newest, pages in older ones near the top.

A `QListView` over `MessageListModel` with `MessageDelegate`. Coming within a few screens of
the top starts reading the previous page on a worker; reaching the top inserts it and keeps
the message under the reader's eyes where it was. New messages
scroll into view only when the reader was already at the bottom. Arrow keys move through
messages; the model's accessible text is what a screen reader announces. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from desktop.services.messaging import MessageItem
from desktop.ui.announce import announce
from desktop.ui.conversation.message_delegate import MessageDelegate
from desktop.ui.conversation.message_model import MessageListModel

FETCH_MARGIN_PX = 40
PREFETCH_SCREENS = 3  # start reading the previous page this many viewport heights early
REPORT_KEYS = "Ctrl+Shift+R"


class ConversationView(QListView):
    """Message list; emits `current_message_changed` with the selected `MessageItem` or None."""

    current_message_changed = Signal(object)
    report_requested = Signal()

    def __init__(self, model: MessageListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._fetching = False
        self._stick_to_bottom = True
        self.setModel(model)
        self.message_delegate = MessageDelegate(self)
        self.setItemDelegate(self.message_delegate)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("conversationView")
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.verticalScrollBar().rangeChanged.connect(self._on_range_changed)
        model.modelReset.connect(self._on_reset)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.status_to_announce.connect(lambda text: announce(self, text))
        self.selectionModel().currentChanged.connect(self._on_current_changed)

    def current_message(self) -> MessageItem | None:
        index = self.currentIndex()
        return self._model.item(index.row()) if index.isValid() else None

    def select_message(self, message_id: str) -> bool:
        row = self._model.row_of(message_id)
        if row < 0:
            return False
        self.setCurrentIndex(self._model.index(row))
        return True

    def show_message(self, pair_id: str, message_id: str) -> bool:
        """Select a message, loading the window around it if it is not held (search hits)."""
        row = self._model.row_of(message_id)
        if row < 0:
            self._fetching = True  # no paging while the new window is placed
            try:
                if self._model.open_around(pair_id, message_id) < 0:
                    return False
            finally:
                self._fetching = False
            row = self._model.row_of(message_id)
        index = self._model.index(row)
        self.executeDelayedItemsLayout()
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setFocus()
        return True

    def scroll_to_newest(self) -> None:
        self._stick_to_bottom = True
        if self._model.has_newer:
            self._model.set_pair(self._model.pair_id)  # back to the newest page
        self.scrollToBottom()

    def fetch_older_keeping_position(self) -> int:
        """Load the previous page; the rows on screen stay where they are."""
        return self._keeping_position(self._model.fetch_older) if self._model.has_older else 0

    def fetch_newer_keeping_position(self) -> int:
        return self._keeping_position(self._model.fetch_newer) if self._model.has_newer else 0

    def _keeping_position(self, fetch: Callable[[], int]) -> int:
        if self._fetching:
            return 0
        self._fetching = True
        try:
            anchor = self.indexAt(self.viewport().rect().topLeft())
            item = self._model.item(anchor.row()) if anchor.isValid() else None
            offset = self.visualRect(anchor).top() if item else 0
            added = fetch()
            self._model.prefetch_older()  # the reader is heading that way: read ahead
            if added and item is not None:
                self.executeDelayedItemsLayout()
                row = self._model.row_of(item.id)
                if row >= 0:
                    bar = self.verticalScrollBar()
                    bar.setValue(
                        bar.value() + self.visualRect(self._model.index(row)).top() - offset
                    )
            return added
        finally:
            self._fetching = False

    # --- reactions -----------------------------------------------------------------------

    def _on_reset(self) -> None:
        self.message_delegate.clear_cache()
        self._stick_to_bottom = not self._model.has_newer
        self.executeDelayedItemsLayout()
        if self._model.has_newer:  # a window in the past (a search hit): the caller places it
            return
        self.scrollToBottom()
        if self._model.rowCount():
            last = self._model.index(self._model.rowCount() - 1)
            self.selectionModel().setCurrentIndex(
                last, self.selectionModel().SelectionFlag.NoUpdate
            )

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        at_end = last == self._model.rowCount() - 1 and not self._model.has_newer
        if not self._fetching and at_end and self._stick_to_bottom:
            self.executeDelayedItemsLayout()
            self.scrollToBottom()

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        near_bottom = value >= bar.maximum() - FETCH_MARGIN_PX
        self._stick_to_bottom = near_bottom and not self._model.has_newer
        if value <= bar.minimum() + PREFETCH_SCREENS * self.viewport().height():
            self._model.prefetch_older()
        if value <= bar.minimum() + FETCH_MARGIN_PX and bar.maximum() > 0:
            self.fetch_older_keeping_position()
        elif near_bottom and self._model.has_newer:
            self.fetch_newer_keeping_position()

    def _on_range_changed(self, minimum: int, maximum: int) -> None:
        if self._stick_to_bottom and not self._fetching:
            self.verticalScrollBar().setValue(maximum)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and current.row() == 0 and self._model.has_older:
            self.fetch_older_keeping_position()  # arrowing up past the oldest loaded message
        last = self._model.rowCount() - 1
        if current.isValid() and current.row() == last and self._model.has_newer:
            self.fetch_newer_keeping_position()
        self.current_message_changed.emit(self.current_message())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if QKeySequence(event.keyCombination()) == QKeySequence(REPORT_KEYS):
            self.report_requested.emit()  # also reachable when no window-level shortcut fires
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.message_delegate.clear_cache()
            self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._stick_to_bottom:
            self.scrollToBottom()
