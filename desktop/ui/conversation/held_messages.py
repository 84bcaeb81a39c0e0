"""Staff: urgent reports first, then messages held for review, each to approve or dismiss.

Reports (newest first, self-harm flagged) sit at the top because they may need a call today.
Every decision on a held message is recorded as an audit event the pair sees as "reviewed by
staff". Runs on the UI thread; both lists are read off it (`LatestRead`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.events import ChangeEvents
from desktop.runtime.operations import LatestRead
from desktop.services.messaging import (
    HeldMessage,
    MessagingError,
    MessagingService,
    ReportItem,
)
from desktop.ui import datetime_text
from desktop.ui.accessibility import describe
from desktop.ui.conversation.display_text import one_line


class HeldMessagesList(QWidget):
    """A list of held messages with Approve and Dismiss for the selected one."""

    def __init__(
        self,
        service: MessagingService,
        events: ChangeEvents | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._reads = LatestRead(self)
        self.reports_title = QLabel()
        self.reports = QListWidget()
        self.reports.setObjectName("reportList")
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
        layout.addWidget(self.reports_title)
        layout.addWidget(self.reports, 1)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.dismiss_button.clicked.connect(self.ask_dismiss)
        self.list.currentRowChanged.connect(self._update_buttons)
        if events is not None:
            events.changed.connect(
                lambda change: change.kind in ("message", "report") and self.reload()
            )
        self.retranslate()
        self.reload()

    @property
    def loading(self) -> bool:
        return self._reads.loading

    def reload(self) -> None:
        """Re-read reports and held messages off the UI thread; the lists update on arrival."""
        service = self._service
        self._reads.run(lambda: (service.reports(), service.held_messages()), self._show)

    def _reasons(self) -> dict[str, str]:
        """The reasons a reporter may choose (`ui/conversation/report_dialog.py`), for staff."""
        return {
            "self_harm": self.tr("thinking about hurting themselves"),
            "unsafe": self.tr("does not feel safe"),
            "uncomfortable": self.tr("something made them uncomfortable"),
            "other": self.tr("something else"),
        }

    def _show(self, found: tuple[list[ReportItem], list[HeldMessage]]) -> None:
        reports, held_messages = found
        self.reports.clear()
        for report in reports:
            when = datetime_text.short(report.at)
            about = (self.tr("about: %1").replace("%1", one_line(report.excerpt, 200))
                     if report.excerpt else self.tr("about the whole conversation"))  # fmt: skip
            text = self.tr("Urgent report by %1, %2 — %3").replace("%1", one_line(
                report.reporter_name)).replace("%2", when).replace("%3", about)  # fmt: skip
            if report.reason in self._reasons():
                text += " — " + self.tr("reason: %1").replace("%1", self._reasons()[report.reason])
            if report.note:
                text += " — " + self.tr("in their words: “%1”").replace(
                    "%1", one_line(report.note, 300))  # fmt: skip
            if report.self_harm:
                text = self.tr("Possible self-harm. ") + text
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, report.report_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.reports.addItem(item)
        self.reports.setVisible(self.reports.count() > 0)
        self.reports_title.setVisible(self.reports.count() > 0)
        self.list.clear()
        for held in held_messages:
            when = datetime_text.short(held.created_at)
            text = f"{one_line(held.author_name)}, {when}: {one_line(held.body, 300)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, held.message_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.status.setText("" if self.list.count() else self.tr("No message is waiting."))
        self._update_buttons()

    def ask_dismiss(self) -> None:
        """Dismissing cannot be taken back: ask first, with room for a note (optional)."""
        if self.list.currentItem() is None:
            return
        box = QInputDialog(self)
        box.setWindowTitle(self.tr("Dismiss this message?"))
        box.setLabelText(self.tr(
            "It will never be delivered, and this cannot be undone. The writer will see that "
            "staff did not deliver it.\nA note for the program's records (optional):"))
        box.setOkButtonText(self.tr("Dismiss"))
        box.setCancelButtonText(self.tr("Keep it waiting"))
        describe(box, self.tr("Dismiss this message?"))
        box.accepted.connect(lambda: self._decide(False, box.textValue()))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()
        for field in box.findChildren(QLineEdit):  # Qt's own parts, named once they exist
            describe(field, self.tr("Note (optional)"))
        for button in box.findChildren(QPushButton):
            describe(button, button.text().replace("&", ""))

    def _decide(self, approve: bool, note: str = "") -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            self._service.decide_held(item.data(Qt.ItemDataRole.UserRole), approve=approve,
                                      note=note)  # fmt: skip
        except MessagingError:
            self.status.setText(self.tr("This message was already decided."))
        on_button = self.focusWidget() in (self.approve_button, self.dismiss_button)
        if on_button and self.list.count() <= 1:  # the last one: the buttons go off
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reload()

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.approve_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)

    def retranslate(self) -> None:
        self.reports_title.setText(self.tr("Urgent reports"))
        describe(self.reports, self.tr("Urgent reports"),
                 self.tr("Reports sent to staff, newest first"))  # fmt: skip
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
