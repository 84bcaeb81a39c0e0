"""The staff "Review" page: held messages and urgent reports in one queue, urgent first.

The queue is read a page at a time off the UI thread (`LatestRead`), counted and filtered in
SQL by the service, so thousands of items never freeze the window. The selected item shows
in context (a few messages before and after), with what raised it, and the staff member may
approve it, dismiss it with a reason, escalate it to the program's safeguarding lead, or pause
the pair. An urgent item that was not there before emits `urgent_item(item_id)` and raises a
notification (`UrgentNotice`), whichever page is showing. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.operations import LatestRead
from desktop.services.messaging import MessagingError
from desktop.services.pair_pause import PairPauseError
from desktop.services.review_queue import (
    PAGE_SIZE,
    ContextLine,
    QueueFilter,
    QueueItem,
    QueuePage,
    ReviewError,
    ReviewQueue,
)
from desktop.ui import datetime_text
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.conversation.display_text import one_line
from desktop.ui.reflow import flow_row
from desktop.ui.urgent_notice import UrgentNotice

FILTERS: tuple[QueueFilter, ...] = (
    QueueFilter(),
    QueueFilter(urgent_only=True),
    QueueFilter(kind="held"),
    QueueFilter(kind="report"),
)
Found = tuple[QueuePage, list[str]]


class ReviewPage(QWidget):
    """The review queue; `urgent_item(item_id)` for each urgent item new to this session."""

    urgent_item = Signal(str)

    def __init__(self, queue: ReviewQueue, events: Any = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self._queue = queue
        self._reads = LatestRead(self)
        self._context_reads = LatestRead(self)
        self._offset = 0
        self._page = QueuePage([], 0, 0, 0)
        self._seen_urgent: set[str] | None = None
        self.banner = UrgentNotice()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        self.items = QListWidget()
        self.items.setObjectName("reviewItems")
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.position = QLabel()
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.context_title = QLabel()
        self.context = QListWidget()
        self.context.setObjectName("reviewContext")
        self.context.setWordWrap(True)
        self.context.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.approve_button = QPushButton()
        self.dismiss_button = QPushButton()
        self.escalate_button = QPushButton()
        self.pause_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.dialog: QInputDialog | None = None
        self._layout()
        self.filter.currentIndexChanged.connect(lambda _i: self._go(0))
        self.previous_button.clicked.connect(lambda: self._go(self._offset - PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self._go(self._offset + PAGE_SIZE))
        self.items.currentRowChanged.connect(self._selected)
        self.approve_button.clicked.connect(self.approve)
        self.dismiss_button.clicked.connect(self.ask_dismiss)
        self.escalate_button.clicked.connect(self.escalate)
        self.pause_button.clicked.connect(self.ask_pause)
        if events is not None:
            events.changed.connect(self._on_change)
        self.retranslate()
        self.reload()

    def _layout(self) -> None:
        pager = QHBoxLayout()
        for widget in (self.previous_button, self.position, self.next_button):
            pager.addWidget(widget)
        pager.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.filter)
        column.addWidget(self.items, 1)
        column.addLayout(pager)
        actions = flow_row(self.approve_button, self.dismiss_button, self.escalate_button,
                           self.pause_button)  # wraps at large text sizes  # fmt: skip
        right = QWidget()
        detail = QVBoxLayout(right)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.what)
        detail.addWidget(self.context_title)
        detail.addWidget(self.context, 1)
        detail.addLayout(actions)
        detail.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    # --- reading ------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._reads.loading or self._context_reads.loading

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Re-read the current page and the open urgent items, off the UI thread."""
        queue, where, offset = (
            self._queue,
            FILTERS[max(0, self.filter.currentIndex())],
            self._offset,
        )
        self._reads.run(lambda: (queue.page(where, offset), queue.urgent_ids()), self._show)

    def _go(self, offset: int) -> None:
        self._offset = max(0, offset)
        self.reload()

    def _on_change(self, change: Any) -> None:
        if change.kind in ("message", "report", "pair") and change.initiator is not self:
            self.reload()

    def _show(self, found: Found) -> None:
        page, urgent = found
        if page.offset and not page.items and page.total:  # the last page emptied: step back
            self._go(max(0, page.total - 1) // PAGE_SIZE * PAGE_SIZE)
            return
        current = self.current_item()
        self._page = page
        self.items.clear()
        for item in page.items:
            text = self._describe(item)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.items.addItem(row)
        keep = [i for i, it in enumerate(page.items) if current and it.item_id == current.item_id]
        if page.items:
            self.items.setCurrentRow(keep[0] if keep else 0)
        else:
            self._selected(-1)
        first, last = page.offset + 1, page.offset + len(page.items)
        number = QLocale().toString
        where = self.tr("%1–%2 of %3").replace("%1", number(first if last else 0))
        self.position.setText(where.replace("%2", number(last)).replace("%3", number(page.total)))
        self.previous_button.setEnabled(page.offset > 0)
        self.next_button.setEnabled(last < page.total)
        self.summary.setText(self._summary(page))
        self._notice(urgent)

    def _notice(self, urgent: list[str]) -> None:
        fresh = [i for i in urgent if self._seen_urgent is None or i not in self._seen_urgent]
        self._seen_urgent = set(urgent) | (self._seen_urgent or set())
        for item_id in fresh:
            self.urgent_item.emit(item_id)
        if fresh:
            self.banner.show_urgent(len(fresh))

    def _summary(self, page: QueuePage) -> str:
        if not page.total:
            return self.tr("Nothing is waiting for review.")
        text = self.tr("Items waiting: %1.").replace("%1", QLocale().toString(page.total))
        if page.urgent:
            text += " " + self.tr("Urgent: %1.").replace("%1", QLocale().toString(page.urgent))
        return text

    def current_item(self) -> QueueItem | None:
        row = self.items.currentRow()
        return self._page.items[row] if 0 <= row < len(self._page.items) else None

    def _selected(self, row: int) -> None:
        item = self.current_item()
        for button in (self.dismiss_button, self.escalate_button, self.pause_button):
            button.setEnabled(item is not None)
        self.approve_button.setEnabled(item is not None and item.kind == "held")
        self._label_pause(item)
        self.context.clear()
        if item is None:
            self.what.setText("")
            self._context_reads.forget()
            return
        self.what.setText(self._explain(item))
        describe(self.what, self.what.text())
        queue = self._queue
        self._context_reads.run(lambda: queue.context(item), self._show_context)

    def _show_context(self, lines: list[ContextLine]) -> None:
        for line in lines:
            text = self.tr("%1, %2: %3").replace("%1", one_line(line.author_name))
            text = text.replace("%2", datetime_text.short(line.at))
            text = text.replace("%3", one_line(line.body, 400))
            if line.subject:
                text = "▶ " + text
                name = self.tr("This message: %1").replace("%1", text[2:])
            else:
                name = text
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            if line.subject:
                font = row.font()
                font.setBold(True)
                row.setFont(font)
            self.context.addItem(row)

    # --- texts --------------------------------------------------------------------------

    def _rule_names(self) -> dict[str, str]:
        return {
            "contact_phone": self.tr("a phone number"),
            "contact_email": self.tr("an email address"),
            "contact_address": self.tr("a street address"),
            "social_handle": self.tr("a social media account"),
            "link": self.tr("a link"),
            "meet_request": self.tr("a request to meet"),
            "move_app": self.tr("moving to another app"),
            "secrecy": self.tr("keeping secrets"),
            "bullying": self.tr("bullying"),
            "abuse_disclosure": self.tr("a disclosure of abuse"),
            "self_harm": self.tr("self-harm"),
        }

    def _report_reasons(self) -> dict[str, str]:
        return {
            "self_harm": self.tr("thinking about hurting themselves"),
            "unsafe": self.tr("does not feel safe"),
            "uncomfortable": self.tr("something made them uncomfortable"),
            "other": self.tr("something else"),
        }

    def _describe(self, item: QueueItem) -> str:
        when = datetime_text.short(item.at)
        if item.kind == "held":
            text = self.tr("Held message from %1, %2: %3").replace("%1", one_line(
                item.author_name)).replace("%2", when)  # fmt: skip
            text = text.replace("%3", one_line(item.excerpt or "", 200))
        else:
            text = self.tr("Urgent report by %1, %2").replace("%1", one_line(item.author_name))
            text = text.replace("%2", when)
            if item.self_harm:
                text = self.tr("Possible self-harm.") + " " + text
        if item.escalated_to_me:
            text = self.tr("Escalated to you.") + " " + text
        elif item.escalated:
            text = self.tr("Escalated.") + " " + text
        return text

    def _explain(self, item: QueueItem) -> str:
        if item.kind == "held":
            rules = [self._rule_names().get(c, c) for c in item.raised_by]
            why = (self.tr("Held by the safety rules: %1.").replace("%1", ", ".join(rules))
                   if rules else self.tr("Held for review."))  # fmt: skip
            return why + " " + self.tr("The other person has not seen it.")
        reasons = self._report_reasons()
        text = self.tr("Reported by %1.").replace("%1", one_line(item.author_name))
        if item.raised_by and item.raised_by[0] in reasons:
            text += " " + self.tr("Reason: %1.").replace("%1", reasons[item.raised_by[0]])
        if item.note:
            text += " " + self.tr("In their words: “%1”").replace("%1", one_line(item.note, 300))
        if item.message_id is None:
            text += " " + self.tr("About the whole conversation.")
        return text

    # --- deciding -----------------------------------------------------------------------

    def approve(self) -> None:
        item = self.current_item()
        if item is not None:
            self._act(lambda: self._queue.approve(item), self.tr(
                "Approved: the message is delivered in its original place."))  # fmt: skip

    def ask_dismiss(self) -> None:
        if self.current_item() is not None:
            self._ask(self.tr("Dismiss this item?"), self.tr(
                "Why? Your reason is kept in the program's records. A held message is then "
                "never delivered."), self.tr("Dismiss"), self.dismiss)  # fmt: skip

    def dismiss(self, reason: str) -> None:
        item = self.current_item()
        if item is None:
            return
        if not reason.strip():
            self._say(self.tr("Write a reason to dismiss this item."))
            return
        self._act(lambda: self._queue.dismiss(item, reason), self.tr("Dismissed."))

    def escalate(self) -> None:
        item = self.current_item()
        if item is not None:
            self._act(lambda: self._queue.escalate(item), self.tr(
                "Escalated to the program's safeguarding lead."))  # fmt: skip

    def ask_pause(self) -> None:
        item = self.current_item()
        if item is not None and item.pair_paused:
            self._act(lambda: self._queue.resume(item), self.tr(
                "The pair is resumed: the mentor can send messages again."))  # fmt: skip
        elif item is not None:
            self._ask(self.tr("Pause this pair?"), self.tr(
                "The mentor will not be able to send messages until staff resume the pair, and "
                "will see why. A note for the program's records (optional):"),
                self.tr("Pause the pair"), self.pause)  # fmt: skip

    def pause(self, note: str = "") -> None:
        item = self.current_item()
        if item is not None:
            self._act(lambda: self._queue.pause(item, note), self.tr(
                "The pair is paused. The mentor cannot send until you resume it."))  # fmt: skip

    def _ask(self, title: str, label: str, ok: str, then: Callable[[str], None]) -> None:
        box = QInputDialog(self)
        box.setWindowTitle(title)
        box.setLabelText(label)
        box.setOkButtonText(ok)
        box.setCancelButtonText(self.tr("Cancel"))
        describe(box, title)
        box.accepted.connect(lambda: then(box.textValue()))
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()
        for field in box.findChildren(QLineEdit):  # Qt's own parts, named once they exist
            describe(field, label)
        for button in box.findChildren(QPushButton):
            describe(button, button.text().replace("&", ""))

    def _act(self, decide: Callable[[], object], done: str) -> None:
        try:
            decide()
        except (ReviewError, MessagingError, PairPauseError) as exc:
            self._say(self._refusal(exc.code))
        else:
            self._say(done)
        self.reload()

    def _refusal(self, code: str) -> str:
        return {
            "no_safeguarding_lead": self.tr(
                "This program has no safeguarding lead yet. Name one in the program settings."),
            "not_open": self.tr("Another staff member already decided this item."),
            "not_held": self.tr("This message was already decided."),
            "pair_closed": self.tr("This pair is closed."),
            "staff_only": self.tr("Only program staff can do this."),
        }.get(code, self.tr("This could not be done. Try again."))  # fmt: skip

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)

    def retranslate(self) -> None:
        index = max(0, self.filter.currentIndex())
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItems([self.tr("Everything open"), self.tr("Urgent only"),
                              self.tr("Held messages"), self.tr("Reports")])  # fmt: skip
        self.filter.setCurrentIndex(index)
        self.filter.blockSignals(False)
        describe(self.filter, self.tr("Show"), self.tr("Which items of the queue to show"))
        describe(self.items, self.tr("Review queue"),
                 self.tr("Urgent items first, then the longest waiting"))  # fmt: skip
        self.previous_button.setText(self.tr("&Previous page"))
        describe(self.previous_button, self.tr("Previous page"))
        self.next_button.setText(self.tr("&Next page"))
        describe(self.next_button, self.tr("Next page"))
        self.context_title.setText(self.tr("In the conversation"))
        describe(self.context, self.tr("In the conversation"),
                 self.tr("The messages before and after, the one in question marked"))  # fmt: skip
        self.approve_button.setText(self.tr("&Approve"))
        describe(self.approve_button, self.tr("Approve"),
                 self.tr("Deliver the held message in its original place"))  # fmt: skip
        self.dismiss_button.setText(self.tr("&Dismiss…"))
        describe(self.dismiss_button, self.tr("Dismiss"), self.tr("Close the item with a reason"))
        self.escalate_button.setText(self.tr("&Escalate"))
        describe(self.escalate_button, self.tr("Escalate"),
                 self.tr("Hand the item to the program's safeguarding lead"))  # fmt: skip
        self._label_pause(self.current_item())
        self.summary.setText(self._summary(self._page))
        item = self.current_item()
        if item is not None:
            self.what.setText(self._explain(item))

    def _label_pause(self, item: QueueItem | None) -> None:
        """One button pauses the item's pair, or resumes it when it is paused."""
        if item is not None and item.pair_paused:
            self.pause_button.setText(self.tr("Resume the &pair"))
            describe(self.pause_button, self.tr("Resume the pair"),
                     self.tr("Let the mentor send messages again"))  # fmt: skip
        else:
            self.pause_button.setText(self.tr("Pause the &pair…"))
            describe(self.pause_button, self.tr("Pause the pair"),
                     self.tr("Stop the mentor's messages until staff resume the pair"))  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
