"""The pair home: my pairs on the left; the conversation, its notices and the composer on the right.

Self-contained: built with a `MessagingService`, the `ChangeEvents` bus and the settings
(a mapping; `language` is read), it holds no global state. Sending runs the safety check
first (a nudge asks for confirmation in a window-modal box), reports show crisis resources
when a message suggests self-harm, and the draft is saved on every pause in typing, on a pair
switch and on `flush_draft()` (call it before locking). Ctrl+F searches my conversations and
opens a hit in place; with a `TypingRelay` the page shows "Alex is typing…" and tells the
other person when we type. With `only_pair` it shows that one conversation without the pair
list and search: the chat beside a call. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.policy import Settings
from desktop.runtime.dispatch import log_failure, report_unhandled
from desktop.runtime.events import Change, ChangeEvents, ChangeKind
from desktop.runtime.operations import LatestRead
from desktop.services.messaging import (
    ConversationSummary,
    MessageItem,
    MessagingError,
    MessagingService,
    SendCheck,
    TypingRelay,
)
from desktop.ui import datetime_text
from desktop.ui.accessibility import describe, key_names
from desktop.ui.announce import announce
from desktop.ui.conversation.checkin_prompt import CheckInPrompt
from desktop.ui.conversation.composer import Composer
from desktop.ui.conversation.conversation_view import REPORT_KEYS as REPORT_SHORTCUT
from desktop.ui.conversation.conversation_view import ConversationView
from desktop.ui.conversation.crisis_dialog import CrisisDialog
from desktop.ui.conversation.display_text import one_line
from desktop.ui.conversation.message_model import MessageListModel
from desktop.ui.conversation.pair_list import PairList
from desktop.ui.conversation.report_dialog import ReportDialog
from desktop.ui.conversation.search_panel import SearchPanel
from desktop.ui.conversation.typing_indicator import TypingIndicator
from desktop.ui.errors import message_for
from desktop.ui.reflow import flow_row
from desktop.ui.theme import heading
from jumelage_protocol import Role, Scope

if TYPE_CHECKING:
    from desktop.services.activities import ActivityCard

SEARCH_KEYS = "Ctrl+F"
# What this page shows: a pair's messages and header, and the pair list.
_SHOWN = frozenset(
    {
        ChangeKind.MESSAGE,
        ChangeKind.PAIR,
        ChangeKind.MEETING,
        ChangeKind.REPORT,
        ChangeKind.READ_MARKER,
    }
)


class PairHomePage(QWidget):
    check_requested = Signal()  # "Check again" on the empty state: the app may sync now

    def __init__(
        self,
        service: MessagingService,
        events: ChangeEvents | None = None,
        settings: Settings | Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
        *,
        typing: TypingRelay | None = None,
        only_pair: str | None = None,
        checkins: Any = None,
        faces: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("pairHomePage")
        self._only_pair = only_pair
        self._service = service
        self._settings = settings or {}
        self._pair_id: str | None = None
        self._last_review: datetime | None = None
        self.nudge_box: QMessageBox | None = None
        self.crisis_dialog: CrisisDialog | None = None
        self.pairs = PairList()
        self.title = QLabel()
        self.title.setObjectName("conversationTitle")
        self.title.setWordWrap(True)  # unwrapped, a long French date squeezed the pair list
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("supervisionNotice")
        # The weekly check-in (a `CheckInService`), above the conversation; not beside a call.
        self.checkin = CheckInPrompt(checkins, faces=faces) if checkins and not only_pair else None
        self.model = MessageListModel(service, self)
        self.view = ConversationView(self.model)
        self.report_message_button = QPushButton()
        self.report_conversation_button = QPushButton()
        self.retry_button = QPushButton()
        self.done_button = QPushButton()
        self.activity_button = QPushButton()
        self.activity_menu = QMenu(self)
        self.activity_button.setMenu(self.activity_menu)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("conversationStatus")
        for button in (self.retry_button, self.done_button):  # shown per message: keep their
            policy = button.sizePolicy()  # room so the row does not jump when they appear
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        self.composer = Composer()
        self.paused_notice = QLabel()  # why a paused pair's mentor cannot send, above the box
        self.paused_notice.setWordWrap(True)
        self.paused_notice.setObjectName("pausedNotice")
        self.paused_notice.setVisible(False)
        self._paused_reason: str | None = None
        # How soon staff review a held message, in hours (the program's setting; see _pairs).
        self.review_target: Callable[[str], int] = lambda _pair_id: 24
        self.typing = TypingIndicator(typing)
        self.typing.name_of = self._name_of
        self.search = SearchPanel(service)
        actions = flow_row(self.report_message_button, self.retry_button, self.done_button,
                           self.activity_button, self.report_conversation_button)  # fmt: skip
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.title)
        column.addWidget(self.notice)
        if self.checkin is not None:
            column.addWidget(self.checkin)
            column.addWidget(self.checkin.outside)
        column.addWidget(self.view, 1)
        column.addWidget(self.typing)
        column.addLayout(actions)
        column.addWidget(self.status)
        column.addWidget(self.paused_notice)
        column.addWidget(self.composer)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.search)
        left_column.addWidget(self.pairs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 770])  # the conversation gets the room, the pair list what it needs
        # Before the first pair: say what happens next instead of an empty conversation.
        self.empty = QWidget()
        self.empty.setObjectName("noPairYet")
        self.empty_heading = heading()
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check_again)
        empty = QVBoxLayout(self.empty)
        empty.addStretch(1)
        for widget in (self.empty_heading, self.empty_text, self.check_button):
            empty.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        QVBoxLayout(self).addWidget(self.stack)
        left.setVisible(only_pair is None)
        self._left = left
        self._fit_pair_list()

        self.pairs.selectionModel().currentChanged.connect(lambda *_: self._on_pair_chosen())
        self.view.current_message_changed.connect(self._update_actions)
        self.view.report_requested.connect(self.report_message)
        self.composer.send_requested.connect(self.send)
        self.composer.draft_changed.connect(self._save_draft)
        self.composer.box.textChanged.connect(
            lambda: self.typing.local_edit(bool(self.composer.text().strip()))
        )
        self.search.open_requested.connect(self.open_message)
        QShortcut(QKeySequence(SEARCH_KEYS), self, self.search.focus_box,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.report_message_button.clicked.connect(self.report_message)
        self.report_conversation_button.clicked.connect(self.report_conversation)
        self.retry_button.clicked.connect(self.retry)
        self.done_button.clicked.connect(self.mark_done)
        self.activity_menu.aboutToShow.connect(self._fill_activities)
        QShortcut(QKeySequence(REPORT_SHORTCUT), self, self.report_message,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        if events is not None:
            events.changed.connect(self._on_change)
        self._reads = LatestRead(self)
        self.retranslate()
        self.reload_pairs()

    # --- pairs -------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """True while the list of conversations is being read."""
        return self._reads.loading

    def check_again(self) -> None:
        """The empty state's one action: look again now (sync brings a new pair by itself)."""
        self.check_requested.emit()
        self.reload_pairs()

    def reload_pairs(self) -> None:
        """Re-read my conversations off the UI thread; the list updates when they arrive."""
        self._reads.run(self._service.conversations, self._show_pairs)

    def _show_pairs(self, rows: list[ConversationSummary]) -> None:
        keep = self._only_pair or self._pair_id
        if self._only_pair is not None:
            rows = [row for row in rows if row.pair_id == self._only_pair]
        self.pairs.pair_model.set_rows(rows)
        row = self.pairs.pair_model.row_of(keep) if keep else 0
        self.stack.setCurrentIndex(0 if rows else 1)
        if self.pairs.pair_model.rowCount():
            self.pairs.setCurrentIndex(self.pairs.pair_model.index(max(row, 0)))
            self._update_header(reread=False)  # the pair's status may have changed (a pause)
        else:
            self.open_pair(None)
            self.check_button.setFocus()

    def _on_pair_chosen(self) -> None:
        pair_id = self.pairs.current_pair_id()
        if pair_id != self._pair_id:
            self.open_pair(pair_id)

    def open_pair(self, pair_id: str | None) -> None:
        """Show a conversation: its newest page, its notice and its saved draft."""
        if self._pair_id is not None:
            self.flush_draft()
        self._pair_id = pair_id
        self.model.set_pair(pair_id)
        self.typing.set_pair(pair_id)
        self.composer.set_text(self._service.draft(pair_id) if pair_id else "")
        self.composer.setEnabled(pair_id is not None)
        self._update_header()
        self._update_actions(self.view.current_message())
        if self.checkin is not None:
            self.checkin.set_pair(pair_id)
        if pair_id:
            self._service.mark_read(pair_id)

    def open_message(self, pair_id: str, message_id: str) -> bool:
        """Show a message in its conversation (a search hit), switching pair if needed."""
        if pair_id != self._pair_id:
            row = self.pairs.pair_model.row_of(pair_id)
            if row < 0:
                return False
            self.pairs.setCurrentIndex(self.pairs.pair_model.index(row))
        return self.view.show_message(pair_id, message_id)

    def _name_of(self, person_id: str) -> str:
        model = self.pairs.pair_model
        for row in range(model.rowCount()):
            if model.summary(row).other_id == person_id:
                return model.summary(row).other_name
        for row in range(self.model.rowCount() - 1, -1, -1):
            item = self.model.item(row)
            if item is not None and item.author_id == person_id:
                return item.author_name
        return ""

    def flush_draft(self) -> None:
        """Save what is typed now (before a lock, a pair switch or closing)."""
        if self._pair_id is not None:
            self.composer.flush_draft()  # emits draft_changed -> saved in the encrypted store

    def _save_draft(self, text: str) -> None:
        if self._pair_id is not None:
            self._service.save_draft(self._pair_id, text)

    # --- sending -----------------------------------------------------------------------

    def send(self, text: str) -> None:
        if self._pair_id is None:
            return
        try:
            verdict = self._service.check(self._pair_id, text)
        except MessagingError as exc:
            self._show_error(exc)
            return
        if verdict.action == "nudge":
            self._ask_nudge(text, verdict)
            return
        self._send_now(text, confirmed=False, urgent=verdict.urgent)

    def _ask_nudge(self, text: str, verdict: SendCheck) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Before you send"), self.tr(
            "Your program asks you to keep contact details out of messages. Send anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Send anyway"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Edit message"))
        describe(box.button(QMessageBox.StandardButton.Yes), self.tr("Send anyway"))
        describe(box.button(QMessageBox.StandardButton.No), self.tr("Edit message"))
        box.finished.connect(lambda result: self._nudge_answered(text, result, verdict.urgent))
        self.nudge_box = box
        box.open()

    def _nudge_answered(self, text: str, result: int, urgent: bool) -> None:
        self.nudge_box = None
        if result == QMessageBox.StandardButton.Yes:
            self._send_now(text, confirmed=True, urgent=urgent)
        else:
            self.composer.box.setFocus()

    def _send_now(self, text: str, *, confirmed: bool, urgent: bool) -> None:
        try:
            item = self._service.send(self._pair_id, text, confirmed=confirmed, initiator=self)
        except MessagingError as exc:
            self._show_error(exc)
            return
        self.composer.set_text("")
        self.typing.sent()
        self.model.refresh([item.id])
        self.view.scroll_to_newest()
        self.status.setText(self._held_text() if item.state == "held" else "")
        announce(self.status, self.status.text())
        if urgent:  # the service already alerted staff; the writer gets help at once
            self._show_crisis()

    # --- message actions ---------------------------------------------------------------

    def report_message(self) -> None:
        item = self.view.current_message()
        if self._pair_id is None or item is None:
            return
        self._report(item.id)

    def report_conversation(self) -> None:
        if self._pair_id is not None:
            self._report(None)

    def _report(self, message_id: str | None) -> None:
        """Ask first (a reason is optional), then send; the dialog is window-modal."""
        dialog = ReportDialog(whole_conversation=message_id is None, parent=self)
        dialog.accepted.connect(lambda p=self._pair_id: self._send_report(
            p, message_id, dialog.reason(), dialog.note_text()))  # fmt: skip
        dialog.finished.connect(dialog.deleteLater)
        self.report_dialog = dialog
        dialog.open()

    def _send_report(self, pair_id: str, message_id: str | None, reason: str, note: str) -> None:
        result = self._service.report(pair_id, message_id, reason=reason, note=note)
        self.status.setText(self.tr("Your report was sent to your program staff. Thank you."))
        announce(self.status, self.status.text())
        if result.show_crisis:
            self._show_crisis()

    def _show_crisis(self) -> None:
        try:
            resources = self._service.crisis_resources(self._language())
        except Exception as exc:  # noqa: BLE001 - the dialog has its own lines; it must open
            log_failure(exc, "reading crisis resources")
            resources = []
        self.crisis_dialog = CrisisDialog(resources, self)
        self.crisis_dialog.open()

    def retry(self) -> None:
        item = self.view.current_message()
        if item is None or self._pair_id is None:
            return
        try:
            self._service.retry(self._pair_id, item.id, initiator=self)
        except MessagingError as exc:
            self._show_error(exc)
        self.model.refresh([item.id])

    def mark_done(self) -> None:
        item = self.view.current_message()
        if item is None or item.activity is None or self._pair_id is None:
            return
        self._service.mark_activity_done(self._pair_id, item.id, initiator=self)
        self.model.refresh([item.id])
        self._update_actions(self.view.current_message())

    def _fill_activities(self) -> None:
        self.activity_menu.clear()
        try:
            from desktop.services.activities import list_activities

            cards = list_activities(self._language())
        except Exception as exc:  # noqa: BLE001 - no activity list in this build: say so
            log_failure(exc, "reading the activity list")
            cards = []
        for card in cards:  # all of them (the first 20 only, before)
            act = self.activity_menu.addAction(one_line(card.title, 80))
            act.triggered.connect(lambda _=False, c=card: self.suggest_activity(c))
        if not cards:
            self.activity_menu.addAction(self.tr("No suggestion available")).setEnabled(False)

    def suggest_activity(self, card: ActivityCard) -> None:
        """Post an activity card (from the menu or the Activities page) to the open pair."""
        if self._pair_id is not None:
            mid = self._service.post_activity(self._pair_id, card.id, card.title, initiator=self)
            self.model.refresh([mid])
            self.view.scroll_to_newest()

    def _update_actions(self, item: MessageItem | None) -> None:
        has_pair = self._pair_id is not None
        for b in (self.report_conversation_button, self.activity_button):
            b.setEnabled(has_pair)
        self.report_message_button.setEnabled(item is not None)
        self.retry_button.setVisible(item is not None and item.mine and item.state == "failed")
        self.done_button.setVisible(item is not None and item.activity is not None
                                    and not item.activity.done)  # fmt: skip

    # --- changes, texts ----------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.initiator is self:
            return  # this page made the change and has already shown it
        here = self._pair_id is not None and change.scope == Scope.pair(self._pair_id)
        if change.kind in _SHOWN:
            if here and change.kind == ChangeKind.MESSAGE:
                self.model.refresh(list(change.ids) or None)
                if not change.ids:  # a sync round brought news: their message ends "typing"
                    self.typing.clear_typing()
                if self.isVisible():
                    self._service.mark_read(self._pair_id)
            elif change.kind in (ChangeKind.PAIR, ChangeKind.MEETING) or not here:
                self.reload_pairs()
            self._update_header()

    def _update_header(self, *, reread: bool = True) -> None:
        if reread:
            self._last_review = (
                self._service.last_staff_review(self._pair_id) if self._pair_id else None
            )
        row = self.pairs.currentIndex()
        title = self.pairs.pair_model.describe(self.pairs.pair_model.summary(row.row())) if (
            self._pair_id and row.isValid()) else self.tr("No pair")  # fmt: skip
        self.title.setText(title)
        valid = bool(self._pair_id) and row.isValid()
        summary = self.pairs.pair_model.summary(row.row()) if valid else None
        self._show_pause(summary)
        if self._pair_id is None:
            self.notice.setText("")
            return
        notice = self.tr("Program staff can read this conversation to keep everyone safe.")
        last = self._last_review
        if last is not None:
            day = datetime_text.day(last)
            notice += " " + self.tr("Last staff review: %1.").replace("%1", day)
        else:
            notice += " " + self.tr("No staff review yet.")
        self.notice.setText(notice)
        describe(self.notice, notice)

    def _held_text(self) -> str:
        hours = self.review_target(self._pair_id) if self._pair_id else 24
        target = self.tr("Staff review held messages within %1 h.").replace("%1", str(hours))
        return self.tr("Your message is waiting for review by program staff.") + " " + target

    def _show_pause(self, summary: Any) -> None:
        """A paused pair's mentor cannot send, and is told why, where they would write."""
        mine = summary is not None and summary.status == "paused" and (
            summary.other_role == Role.MENTEE)  # fmt: skip
        self._paused_reason = (summary.pause_reason or "") if mine else None
        self.paused_notice.setVisible(mine)
        self.composer.setEnabled(self._pair_id is not None and not mine)
        if mine:
            self.paused_notice.setText(self._pause_text(self._paused_reason or ""))
            describe(self.paused_notice, self.paused_notice.text())

    def _pause_text(self, reason: str) -> str:
        why = {
            "staff_review": self.tr("while they review the conversation"),
            "consent_withdrawn": self.tr("because a consent was withdrawn"),
            "screening_expired": self.tr("because your screening has expired"),
        }.get(reason, "")
        text = self.tr("Program staff have paused this pair %1: you cannot send messages until "
                       "they resume it. Contact your program staff if you have questions.")
        return " ".join(text.replace("%1", why).split())

    def _language(self) -> str:
        lang = self._settings.get("language") if hasattr(self._settings, "get") else None
        return (
            lang if lang in ("fr", "en") else ("fr" if QLocale().name().startswith("fr") else "en")
        )

    def _show_error(self, exc: MessagingError) -> None:
        texts = {
            "empty": self.tr("Write something before sending."),
            "too_long": self.tr("This message is too long. Shorten it, then send it."),
            "not_retryable": self.tr("This message cannot be sent again."),
            "pair_closed": self.tr("This pair is closed: no new messages can be sent."),
            "pair_paused": self._pause_text(str(exc.facts.get("reason", ""))),
            "not_a_member": self.tr("You are not part of this pair."),
            "safety_rules_unavailable": message_for(exc),
        }
        self.status.setText(texts.get(exc.code, self.tr("The message could not be sent.")))
        announce(self.status, self.status.text(), assertive=True)

    def retranslate(self) -> None:
        self.empty_heading.setText(self.tr("Your pair will appear here"))
        self.empty_text.setText(self.tr(
            "Your program staff are choosing the right person for you. When they have, they "
            "will tell you, and you will be able to write to each other here and plan your "
            "sessions."))  # fmt: skip
        self.check_button.setText(self.tr("&Check again"))
        describe(self.check_button, self.tr("Check again"),
                 self.tr("Look now for news from your program"))  # fmt: skip
        self.report_message_button.setText(self.tr("Report message"))
        describe(self.report_message_button, self.tr("Report message"),
                 self.tr("Tell program staff about the selected message (%1)")
                 .replace("%1", key_names(REPORT_SHORTCUT)))  # fmt: skip
        self.report_conversation_button.setText(self.tr("Report conversation"))
        describe(
            self.report_conversation_button,
            self.tr("Report conversation"),
            self.tr("Tell program staff that something is wrong in this conversation"),
        )
        self.retry_button.setText(self.tr("Retry"))
        describe(self.retry_button, self.tr("Retry sending"))
        self.done_button.setText(self.tr("Mark activity done"))
        describe(self.done_button, self.tr("Mark activity done"))
        self.activity_button.setText(self.tr("Suggest an activity"))
        describe(self.activity_button, self.tr("Suggest an activity"),
                 self.tr("Post a suggested activity in the conversation"))  # fmt: skip
        describe(self.pairs, self.tr("My pairs"))
        describe(self.view, self.tr("Conversation"),
                 self.tr("Use the arrow keys to move through messages"))  # fmt: skip
        self.model.relabel()
        self.pairs.pair_model.relabel()
        self._update_header(reread=False)  # texts only: no database work on a language change

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.FontChange:
            self._fit_pair_list()
        super().changeEvent(event)

    def _fit_pair_list(self) -> None:
        """Room for a name or a date word per line at any text size (issue 11, defect 8)."""
        self._left.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if QKeySequence(event.keyCombination()) == QKeySequence(SEARCH_KEYS):
            self.search.focus_box()  # also when no window-level shortcut fires
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        try:
            self.flush_draft()
        except Exception as exc:  # noqa: BLE001 - already locked: the shell flushed before locking
            report_unhandled(exc, "saving a draft on hide")
        super().hideEvent(event)
