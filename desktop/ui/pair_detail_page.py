"""Staff's page for one pair: its conversation (read-only), staff notes, support contacts,
sessions, flags and check-ins.

Opening a pair here is reading its conversation, so it is recorded first
(`pair_detail.open_conversation`: one audit event, and the pair sees the date in its notice);
if that cannot be recorded, the conversation stays closed. Refreshes after sync never record
again: only choosing a pair does. The lists are read off the UI thread (`LatestRead`); the
short writes (a note, a contact) run here. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.operations import LatestRead
from desktop.services import pair_detail
from desktop.services.pair_detail import PairDetail
from desktop.ui import datetime_text
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.conversation.conversation_view import ConversationView
from desktop.ui.conversation.message_model import MessageListModel
from desktop.ui.errors import message_for
from desktop.ui.theme import heading

PairsLoader = Callable[[], Sequence[Any]]


class PairDetailPage(QWidget):
    """One pair for staff; `show_pair(pair_id)` opens it (and records the reading)."""

    pair_shown = Signal(str)

    def __init__(
        self,
        profile: Any,
        messaging: Any,
        pairs: PairsLoader,
        *,
        events: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pairDetailPage")
        self._profile = profile
        self._pairs_loader = pairs
        self._pairs: list[Any] = []
        self._pair_id: str | None = None
        self._detail: PairDetail | None = None
        self._reads = LatestRead(self)
        self._pair_reads = LatestRead(self)

        self.heading = heading()
        self.chooser = QComboBox()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_chosen)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setObjectName("supportContactReminder")
        font = self.reminder.font()
        font.setBold(True)
        self.reminder.setFont(font)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.model = MessageListModel(messaging, self)
        self.conversation = ConversationView(self.model)
        self.read_note = QLabel()
        self.read_note.setWordWrap(True)
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes_privacy = QLabel()
        self.notes_privacy.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(90)
        self.add_note_button = QPushButton()
        self.add_note_button.clicked.connect(self._add_note)
        self.contacts = QListWidget()
        self.contacts.setWordWrap(True)
        self.contact_with = QComboBox()
        self.contact_channel = QComboBox()
        self.contact_date = QDateEdit()
        self.contact_date.setCalendarPopup(True)
        self.contact_date.setDate(QDate.currentDate())
        self.contact_date.setMaximumDate(QDate.currentDate())
        self.contact_note = QLineEdit()
        self.log_contact_button = QPushButton()
        self.log_contact_button.clicked.connect(self._log_contact)
        self.contact_labels = [QLabel() for _ in range(4)]
        self.session_list = QListWidget()
        self.flags = QListWidget()
        self.check_ins = QListWidget()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._column(self.read_note, self.conversation), "")
        notes_form = QHBoxLayout()
        notes_form.addWidget(self.note_edit, 1)
        notes_form.addWidget(self.add_note_button)
        self.tabs.addTab(self._column(self.notes_privacy, self.notes, notes_form), "")
        form = QFormLayout()
        for label, field in zip(
            self.contact_labels,
            (self.contact_with, self.contact_channel, self.contact_date, self.contact_note),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.log_contact_button)
        self.tabs.addTab(self._column(self.contacts, form), "")
        self.tabs.addTab(self._column(self.session_list), "")
        self.tabs.addTab(self._column(self.flags), "")
        self.tabs.addTab(self._column(self.check_ins), "")

        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.reminder)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        if events is not None:
            events.changed.connect(self._on_change)
        self.retranslate()
        self._set_enabled(False)

    @staticmethod
    def _column(*parts: Any) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        for part in parts:
            if isinstance(part, QWidget):
                column.addWidget(part, 1 if isinstance(part, QListWidget | ConversationView) else 0)
            else:
                column.addLayout(part)
        return page

    # --- public ---------------------------------------------------------------------------

    @property
    def pair_id(self) -> str | None:
        return self._pair_id

    @property
    def loading(self) -> bool:
        return self._reads.loading or self._pair_reads.loading

    def refresh(self) -> None:
        """Reload the pair list and the open pair's sections (never records a reading)."""
        self._pair_reads.run(self._pairs_loader, self._show_pairs)
        self._reload_detail()

    def show_pair(self, pair_id: str) -> bool:
        """Open a pair: record the reading, then show its conversation and sections."""
        try:
            pair_detail.open_conversation(self._profile, pair_id)
        except Exception as exc:  # noqa: BLE001 - shown as a plain sentence, nothing opened
            self._say(message_for(exc))
            return False
        self._pair_id = pair_id
        self.model.set_pair(pair_id)
        self.conversation.scroll_to_newest()
        self.tabs.setCurrentIndex(0)
        self._set_enabled(True)
        self._select_in_chooser(pair_id)
        self._say(self.tr("This reading is recorded in the audit log; the pair sees its date."))
        self._reload_detail()
        self.pair_shown.emit(pair_id)
        return True

    # --- reading --------------------------------------------------------------------------

    def _show_pairs(self, rows: Sequence[Any]) -> None:
        self._pairs = list(rows)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for row in self._pairs:
            self.chooser.addItem(self._pair_text(row), row.pair_id)
        self.chooser.blockSignals(False)
        if self._pair_id is not None:
            self._select_in_chooser(self._pair_id)
        self.open_button.setEnabled(bool(self._pairs))

    def _select_in_chooser(self, pair_id: str) -> None:
        index = self.chooser.findData(pair_id)
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def _open_chosen(self) -> None:
        pair_id = self.chooser.currentData()
        if isinstance(pair_id, str):
            self.show_pair(pair_id)

    def _reload_detail(self) -> None:
        pair_id, profile = self._pair_id, self._profile
        if pair_id is None:
            self._render(None)
            return
        self._reads.run(
            lambda: pair_detail.load_pair_detail(profile, pair_id),
            self._render,
            lambda exc: self._say(message_for(exc)),
        )

    def _on_change(self, change: Any) -> None:
        if self._pair_id is None or not self.isVisible():
            return
        if change.kind == "message" and change.scope == f"pair:{self._pair_id}":
            self.model.set_pair(self._pair_id)  # the newest page, as staff left it: read only
        if change.kind in ("pair", "meeting", "message", "report"):
            self._reload_detail()

    # --- writing --------------------------------------------------------------------------

    def _add_note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if self._pair_id is None or not text:
            self._say(self.tr("Write the note first."))
            return
        try:
            pair_detail.add_staff_note(self._profile, self._pair_id, text)
        except Exception as exc:  # noqa: BLE001 - a plain sentence instead
            self._say(message_for(exc))
            return
        self.note_edit.clear()
        self._say(self.tr("Note saved. Only program staff can read it."))
        self._reload_detail()

    def _log_contact(self) -> None:
        if self._pair_id is None:
            return
        chosen = self.contact_date.date()
        when = datetime.combine(date(chosen.year(), chosen.month(), chosen.day()), time(12), UTC)
        try:
            pair_detail.log_support_contact(
                self._profile, self._pair_id, with_whom=self.contact_with.currentData(),
                channel=self.contact_channel.currentData(), note=self.contact_note.text(),
                contacted_at=when,
            )  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - a plain sentence instead
            self._say(message_for(exc))
            return
        self.contact_note.clear()
        self._say(self.tr("Support contact saved."))
        self._reload_detail()

    # --- showing --------------------------------------------------------------------------

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.tabs, self.add_note_button, self.log_contact_button):
            widget.setEnabled(enabled)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self, text)

    def _pair_text(self, row: Any) -> str:
        text = self.tr("%1 (mentor) with %2 (mentee)")
        return text.replace("%1", row.mentor_name or "?").replace("%2", row.mentee_name or "?")

    def _render(self, detail: PairDetail | None) -> None:
        self._detail = detail
        for view in (self.notes, self.contacts, self.session_list, self.flags, self.check_ins):
            view.clear()
        if detail is None:
            self.summary.setText(self.tr("Choose a pair, then Open. Reading a conversation is "
                                         "recorded, and the pair sees the date."))  # fmt: skip
            self.reminder.setText("")
            return
        summary = self.tr("%1 (mentor) with %2 (mentee), matched on %3.")
        summary = (summary.replace("%1", detail.mentor_name or "?")
                   .replace("%2", detail.mentee_name or "?")
                   .replace("%3", datetime_text.day(detail.matched_at)))  # fmt: skip
        if detail.status != "active":
            summary += " " + self.tr("This pair is closed.")
        self.summary.setText(summary)
        describe(self.summary, summary)
        self.reminder.setText(self._reminder_text(detail))
        describe(self.reminder, self.reminder.text())
        for n in detail.notes:
            self.notes.addItem(f"{datetime_text.day_and_clock(n.written_at)} · {n.author_name}\n"
                               f"{n.body}")  # fmt: skip
        for c in detail.contacts:
            line = self.tr("%1: %2, %3 (logged by %4)")
            line = (line.replace("%1", datetime_text.day(c.contacted_at))
                    .replace("%2", self._with_text(c.with_whom))
                    .replace("%3", self._channel_text(c.channel))
                    .replace("%4", c.author_name or "?"))  # fmt: skip
            self.contacts.addItem(line + (f"\n{c.note}" if c.note else ""))
        for m in detail.sessions:
            kind = self.tr("video call") if m.kind == "video" else self.tr("in person")
            line = (self.tr("%1, %2 minutes, %3")
                    .replace("%1", datetime_text.day_and_clock(m.starts_at))
                    .replace("%2", str(m.duration_minutes)).replace("%3", kind))  # fmt: skip
            self.session_list.addItem(line + (f"\n{m.outcome}" if m.outcome else ""))
        for f in detail.flags:
            what = (self.tr("Urgent report by %1") if f.kind == "report"
                    else self.tr("Message by %1 held for review"))  # fmt: skip
            self.flags.addItem(f"{datetime_text.day_and_clock(f.at)}: "
                               + what.replace("%1", f.author_name or "?"))  # fmt: skip
        for ci in detail.check_ins:
            self.check_ins.addItem(f"{datetime_text.day(ci.at)} · {ci.person_name}: {ci.rating}/5"
                                   + (f"\n{ci.comment}" if ci.comment else ""))  # fmt: skip
        for view, empty in (
            (self.notes, self.tr("No staff notes yet.")),
            (self.contacts, self.tr("No support contact logged yet.")),
            (self.session_list, self.tr("No sessions planned or held yet.")),
            (self.flags, self.tr("No flags: no held messages and no reports.")),
            (self.check_ins, self.tr("No check-ins yet.")),
        ):
            if view.count() == 0:
                view.addItem(empty)

    def _reminder_text(self, detail: PairDetail) -> str:
        due = detail.next_contact_due
        if due is None:
            return ""
        day = datetime_text.day(due)
        if detail.contact_overdue:
            return self.tr("Support contact overdue: it was due on %1.").replace("%1", day)
        return self.tr("Next support contact due on %1.").replace("%1", day)

    def _with_text(self, code: str) -> str:
        return {"mentor": self.tr("mentor"), "mentee": self.tr("mentee"),
                "family": self.tr("family")}.get(code, code)  # fmt: skip

    def _channel_text(self, code: str) -> str:
        return {"phone": self.tr("phone"), "video": self.tr("video call"),
                "in_person": self.tr("in person"), "email": self.tr("email"),
                "message": self.tr("message")}.get(code, code)  # fmt: skip

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Pair detail"))
        describe(self.chooser, self.tr("Pair"), self.tr("The pair to open"))
        self.open_button.setText(self.tr("&Open"))
        describe(
            self.open_button,
            self.tr("Open"),
            self.tr("Opens the chosen pair. Reading its conversation is recorded."),
        )
        for index, title in enumerate((
            self.tr("Conversation"), self.tr("Staff notes"), self.tr("Support contacts"),
            self.tr("Sessions"), self.tr("Flags"), self.tr("Check-ins"),
        )):  # fmt: skip
            self.tabs.setTabText(index, title)
        describe(self.tabs, self.tr("Sections of the pair"))
        self.read_note.setText(self.tr("Read only. Staff do not write in the pair's conversation."))
        describe(self.conversation, self.tr("Conversation, read only"))
        self.notes_privacy.setText(self.tr("Only program staff see these notes, never the pair."))
        describe(self.notes, self.tr("Staff notes"))
        describe(self.note_edit, self.tr("New staff note"))
        self.add_note_button.setText(self.tr("&Add note"))
        describe(self.add_note_button, self.tr("Add note"))
        describe(self.contacts, self.tr("Support contacts"))
        for label, text in zip(self.contact_labels, (
            self.tr("&With"), self.tr("C&hannel"), self.tr("&Date"), self.tr("No&te"),
        ), strict=True):  # fmt: skip
            label.setText(text)
        describe(self.contact_with, self.tr("With"), self.tr("Who staff were in contact with"))
        describe(self.contact_channel, self.tr("Channel"))
        describe(self.contact_date, self.tr("Date"))
        describe(self.contact_note, self.tr("Note"))
        self.log_contact_button.setText(self.tr("&Log support contact"))
        describe(self.log_contact_button, self.tr("Log support contact"))
        describe(self.session_list, self.tr("Sessions"))
        describe(self.flags, self.tr("Flags"))
        describe(self.check_ins, self.tr("Check-ins"))
        self._fill_choices()
        self._render(self._detail)

    def _fill_choices(self) -> None:
        for combo, codes, text in (
            (self.contact_with, ("mentor", "mentee", "family"), self._with_text),
            (self.contact_channel, ("phone", "video", "in_person", "email", "message"),
             self._channel_text),
        ):  # fmt: skip
            current = combo.currentIndex()
            combo.clear()
            for code in codes:
                combo.addItem(text(code), code)
            combo.setCurrentIndex(max(current, 0))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
