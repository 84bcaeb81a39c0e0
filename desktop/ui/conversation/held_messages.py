"""Staff: messages held for review, each to approve (delivered) or dismiss (never shown).

Every decision is recorded as an audit event the pair sees as "reviewed by staff". Runs on
the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.messaging import MessagingError, MessagingService
from desktop.ui.accessibility import describe
from desktop.ui.conversation.display_text import one_line


class HeldMessagesList(QWidget):
    """A list of held messages with Approve and Dismiss for the selected one."""

    def __init__(self, service: MessagingService, events=None, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.title = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("heldList")
        self.approve_button = QPushButton()
        self.dismiss_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.dismiss_button.clicked.connect(lambda: self._decide(False))
        self.list.currentRowChanged.connect(self._update_buttons)
        if events is not None:
            events.changed.connect(lambda change: change.kind == "message" and self.reload())
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for held in self._service.held_messages():
            when = QLocale().toString(held.created_at.astimezone(), QLocale.FormatType.ShortFormat)
            text = f"{one_line(held.author_name)}, {when}: {one_line(held.body, 300)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, held.message_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.status.setText("" if self.list.count() else self.tr("No message is waiting."))
        self._update_buttons()

    def _decide(self, approve: bool) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            self._service.decide_held(item.data(Qt.ItemDataRole.UserRole), approve=approve)
        except MessagingError:
            self.status.setText(self.tr("This message was already decided."))
        self.reload()

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.approve_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Messages waiting for review"))
        self.approve_button.setText(self.tr("Approve"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        describe(self.list, self.tr("Messages waiting for review"))
        describe(self.approve_button, self.tr("Approve message"),
                 self.tr("Deliver the selected message to the other person"))  # fmt: skip
        describe(self.dismiss_button, self.tr("Dismiss message"),
                 self.tr("Do not deliver the selected message"))  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
