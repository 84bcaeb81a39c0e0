"""Writing a message: plain-text box, character count, Send (Ctrl+Enter), draft kept on every edit.

Pasted rich text arrives as plain text. A message that is empty or only spaces cannot be sent;
one over the limit shows how much to remove and is never cut. The draft is handed to
`draft_changed` after a short pause in typing and at once by `flush_draft()` (lock, pair
switch, close), so nothing typed is lost. Runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services.messaging import MAX_MESSAGE_CHARS
from desktop.ui.accessibility import describe

DRAFT_DEBOUNCE_MS = 400
COUNT_FROM = MAX_MESSAGE_CHARS - 500  # the count appears when it starts to matter


class PlainTextBox(QPlainTextEdit):
    """A text box that accepts only plain text and sends on Ctrl+Enter."""

    send_requested = Signal()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.textCursor().insertText(source.text())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """About four lines: the conversation above gets the room; the box scrolls past that."""
        lines = self.fontMetrics().lineSpacing() * 4
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        return QSize(super().sizeHint().width(), lines + margins + 2 * self.frameWidth() + 8)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.send_requested.emit()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    """Emits `send_requested(text)` and `draft_changed(text)`; the page does the rest."""

    send_requested = Signal(str)
    draft_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = PlainTextBox()
        self.box.setObjectName("composerBox")
        self.box.setTabChangesFocus(True)
        self.box.setMinimumHeight(60)
        self.box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.count = QLabel()
        self.count.setObjectName("composerCount")
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush_draft)
        self._loading = False
        self.box.textChanged.connect(self._on_text_changed)
        self.box.send_requested.connect(self.request_send)
        self.send_button.clicked.connect(self.request_send)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.request_send,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.retranslate()
        self._update_state()

    def text(self) -> str:
        return self.box.toPlainText()

    def set_text(self, text: str) -> None:
        """Show a saved draft without saving it back."""
        self._loading = True
        try:
            self.box.setPlainText(text)
            self.box.moveCursor(self.box.textCursor().MoveOperation.End)
        finally:
            self._loading = False
        self._update_state()

    def clear(self) -> None:
        self.box.clear()  # an edit like any other: the emptied draft is saved too

    def can_send(self) -> bool:
        text = self.text()
        return bool(text.strip()) and len(text) <= MAX_MESSAGE_CHARS

    def request_send(self) -> None:
        if self.can_send():
            self.send_requested.emit(self.text())
        elif self.text().strip():
            self.count.setFocus()  # the count says why; a screen reader reads it

    def flush_draft(self) -> None:
        """Save the draft now (called on lock, pair switch and close)."""
        self._timer.stop()
        self.draft_changed.emit(self.text())

    def has_pending_draft(self) -> bool:
        return self._timer.isActive()

    def _on_text_changed(self) -> None:
        self._update_state()
        if not self._loading:
            self._timer.start()

    def _update_state(self) -> None:
        n = len(self.text())
        self.send_button.setEnabled(self.can_send())
        if n > MAX_MESSAGE_CHARS:
            self.count.setText(
                self.tr("%1 / %2 characters: remove %3 to send.")
                .replace("%1", f"{n:,}".replace(",", "\u202f"))
                .replace("%2", f"{MAX_MESSAGE_CHARS:,}".replace(",", "\u202f"))
                .replace("%3", f"{n - MAX_MESSAGE_CHARS:,}".replace(",", "\u202f"))
            )
        elif n >= COUNT_FROM:
            self.count.setText(
                self.tr("%1 / %2 characters")
                .replace("%1", f"{n:,}".replace(",", "\u202f"))
                .replace("%2", f"{MAX_MESSAGE_CHARS:,}".replace(",", "\u202f"))
            )
        else:
            self.count.setText("")
        self.count.setFocusPolicy(
            Qt.FocusPolicy.TabFocus if n > MAX_MESSAGE_CHARS else Qt.FocusPolicy.NoFocus
        )
        describe(self.count, self.count.text() or self.tr("Character count"))

    def retranslate(self) -> None:
        self.send_button.setText(self.tr("Send"))
        describe(
            self.send_button, self.tr("Send message"), self.tr("Send the message (Ctrl+Enter)")
        )
        describe(self.box, self.tr("Message"), self.tr("Write your message. Ctrl+Enter sends it."))
        self.box.setPlaceholderText(self.tr("Write a message…"))
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
