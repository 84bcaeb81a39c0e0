"""Search within my conversations: a box (Ctrl+F from the pair home) and its results list.

Typing runs the search on a worker after a short pause (`desktop.services.search`, FTS5 inside
the encrypted store); Enter in the box opens the first result, Down moves into the list,
Enter or a double-click on a result opens it, Escape clears. `open_requested(pair_id,
message_id)` is what the pair home listens to. Runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.runtime.operations import LatestRead
from desktop.services.messaging import MessagingService
from desktop.services.search import SearchHit, search
from desktop.ui import datetime_text
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.conversation.display_text import one_line

DEBOUNCE_MS = 250
HIT_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class SearchPanel(QWidget):
    open_requested = Signal(str, str)  # pair id, message id

    def __init__(self, service: MessagingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._reads = LatestRead(self)
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setVisible(False)
        self.results.setWordWrap(True)  # a long excerpt wraps to a second line, never clipped
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel()
        self.summary.setObjectName("searchSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._open_first)
        self.box.installEventFilter(self)
        self.results.itemActivated.connect(self._open_item)
        self.retranslate()

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def run_search(self) -> None:
        """Search now for what the box holds (the debounce timer calls this)."""
        self._timer.stop()
        words = self.box.text()
        if not words.strip():
            self._reads.forget()
            self._show([], words)
            return
        service = self._service
        self._reads.run(
            lambda: search(service, words),
            lambda hits: self._show(hits, words),
            lambda _exc: self.summary.setText(self.tr("The search could not be done.")),
        )

    @property
    def searching(self) -> bool:
        return self._reads.loading

    def _show(self, hits: list[SearchHit], words: str) -> None:
        self.results.clear()
        for hit in hits:
            when = datetime_text.short(hit.created_at)
            text = f"{one_line(hit.author_name, 40)}, {when}\n{one_line(hit.excerpt, 160)}"
            item = QListWidgetItem(text)
            item.setData(HIT_ROLE, (hit.pair_id, hit.message_id))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.results.addItem(item)
        active = bool(words.strip())
        self.results.setVisible(active and bool(hits))
        if not active:
            self.summary.setText("")
        elif hits:
            self.summary.setText(self.tr("%n message(s) found", "", len(hits)))
            announce(self.summary, self.summary.text())
        else:
            self.summary.setText(self.tr("No message found."))
            announce(self.summary, self.summary.text())
        describe(self.summary, self.summary.text() or self.tr("Search results"))
        if hits:
            self.results.setCurrentRow(0)

    def _open_first(self) -> None:
        if self._timer.isActive() or self.searching:
            return  # Enter before the results are in: they open nothing stale
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        pair_id, message_id = item.data(HIT_ROLE)
        self.open_requested.emit(pair_id, message_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                return True
            if key == Qt.Key.Key_Escape and self.box.text():
                self.box.clear()
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        placeholder = self.tr("Search (Ctrl+F)")
        self.box.setPlaceholderText(placeholder)  # short: the column is narrow in French too
        self.box.setMinimumWidth(self.box.fontMetrics().horizontalAdvance(placeholder) + 48)
        describe(self.box, self.tr("Search my conversations"),
                 self.tr("Type words to find; Enter opens the first message found"))  # fmt: skip
        describe(self.results, self.tr("Search results"),
                 self.tr("Enter opens the selected message in its conversation"))  # fmt: skip
        describe(self.summary, self.summary.text() or self.tr("Search results"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
