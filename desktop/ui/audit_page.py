"""The audit log for program leads: who read or decided what, and whether the chain holds.

On opening, and whenever sync brings program news, the page re-verifies the program's hash
chain on this PC (`services.audit.verify_chain`) and says in plain words whether it is
intact or which events are missing or were changed; a broken chain is announced. Events are
read off the UI thread (`LatestRead`). Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.operations import LatestRead
from desktop.services.audit import AuditEntry, ChainReport, list_audit_events, verify_chain
from desktop.services.pairs import list_program_pairs
from desktop.ui import datetime_text
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.errors import message_for
from desktop.ui.theme import heading


@dataclass(frozen=True)
class AuditView:
    """What one read brings: the chain's state, the events, and pair names for subjects."""

    report: ChainReport
    events: list[AuditEntry]
    pair_names: dict[str, tuple[str, str]]


class AuditPage(QWidget):
    """The program's audit events, newest first, under the chain's state."""

    def __init__(self, profile: Any, *, events: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditPage")
        self._profile = profile
        self._reads = LatestRead(self)
        self._view: AuditView | None = None
        self._last_state: str | None = None
        self.heading = heading()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setObjectName("auditChainState")
        font = self.state.font()
        font.setBold(True)
        self.state.setFont(font)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        if events is not None:  # program-scope news arrives as a pair-list change
            events.changed.connect(self._on_change)
        self.retranslate()

    @property
    def loading(self) -> bool:
        return self._reads.loading

    def refresh(self) -> None:
        """Verify the chain and read the events again (off the UI thread)."""
        profile = self._profile
        program_id = profile.program_id or ""

        def read() -> AuditView:
            names = {p.pair_id: (p.mentor_name, p.mentee_name) for p in list_program_pairs(profile)}
            return AuditView(
                verify_chain(profile, program_id), list_audit_events(profile, program_id), names
            )

        self._reads.run(read, self._show, lambda exc: self.state.setText(message_for(exc)))

    def _on_change(self, change: Any) -> None:
        if change.kind == "pair":
            self.refresh()

    def _show(self, view: AuditView) -> None:
        self._view = view
        self._render()
        state = view.report.state
        if state != "intact" and state != self._last_state:
            announce(self, self.state.text(), assertive=True)
        self._last_state = state

    # --- texts ----------------------------------------------------------------------------

    def state_text(self, report: ChainReport) -> str:
        if report.state == "intact":
            text = self.tr("The audit log is intact: %n event(s), every link checked.", "",
                           report.events)  # fmt: skip
            return text
        missing = sum(1 for p in report.problems if p.kind == "missing")
        edited = sum(1 for p in report.problems if p.kind == "edited")
        parts = []
        if missing:
            parts.append(self.tr("%n event(s) missing from the log.", "", missing))
        if edited:
            parts.append(self.tr("%n event(s) changed after they were written.", "", edited))
        return (self.tr("Warning: the audit log is not intact.") + " " + " ".join(parts) + " "
                + self.tr("Tell your organisation's administrator."))  # fmt: skip

    def action_text(self, action: str) -> str:
        known = {
            "conversation_read": self.tr("Read the conversation"),
            "note_added": self.tr("Added a staff note"),
            "support_contact_logged": self.tr("Logged a support contact"),
            "review_approved": self.tr("Approved a held message"),
            "review_dismissed": self.tr("Dismissed a held message"),
            "pair_paused": self.tr("Paused the pair"),
            "pair_resumed": self.tr("Resumed the pair"),
            "report_exported": self.tr("Exported a report"),
            "settings_changed": self.tr("Changed the program settings"),
        }
        return known.get(action, action.replace("_", " "))

    def subject_text(self, subject: str, names: dict[str, tuple[str, str]]) -> str:
        if subject.startswith("pair:"):
            mentor, mentee = names.get(subject[5:], ("", ""))
            if mentor or mentee:
                text = self.tr("%1 with %2")
                return text.replace("%1", mentor or "?").replace("%2", mentee or "?")
        return subject

    def _render(self) -> None:
        view = self._view
        if view is None:
            self.state.setText(self.tr("Checking the audit log…"))
            self.table.setRowCount(0)
            return
        self.state.setText(self.state_text(view.report))
        describe(self.state, self.state.text())
        self.table.setRowCount(len(view.events))
        for row, event in enumerate(view.events):
            cells: Sequence[str] = (
                datetime_text.day_and_clock(event.at), event.actor_name or "?",
                self.action_text(event.action), self.subject_text(event.subject, view.pair_names),
            )  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Audit log"))
        self.intro.setText(self.tr(
            "Every staff reading of a conversation, note, support contact and decision is kept "
            "here, linked by a hash chain: a removed or changed event is detected on every "
            "staff computer. Only program staff see this log."))  # fmt: skip
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("About")]
        )
        describe(self.table, self.tr("Audit events, newest first"))
        self.check_button.setText(self.tr("&Check again"))
        describe(self.check_button, self.tr("Check again"),
                 self.tr("Verifies every link of the audit log on this computer."))  # fmt: skip
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
