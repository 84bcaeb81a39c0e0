"""The "Close this match…" dialog, opened from the Supervision page's pair list.

Staff say how the match ended (planned or early), why (a reason from the list, and a note
only staff read) and whether the mentee should be matched again; the dialog says what
closing does (a thank-you activity for the pair, the conversation read-only, everything
purged after the program's retention period). The form checks itself in place and keeps
what was typed; closing runs off the UI thread (`BackgroundOp`, the service's coroutine in
its own event loop) and a refusal becomes a plain sentence. Runs on the UI thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.operations import BackgroundOp
from desktop.services.closing import CLOSURE_KINDS, CLOSURE_REASONS, MAX_NOTE, close_match
from desktop.ui.accessibility import describe, set_tab_order
from desktop.ui.announce import announce
from desktop.ui.errors import message_for_code
from jumelage_protocol import error_code


@dataclass(frozen=True)
class ClosingChoice:
    kind: str
    reason: str
    note: str
    rematch: bool


Closer = Callable[[str, ClosingChoice], None]  # blocking: runs on a worker thread


def closer_for(profile: Any, nudge: Callable[[], None] | None = None) -> Closer:
    """Close a pair of `profile`'s program with the service, in its own event loop; then
    `nudge` the sync engine so the members hear of it now."""
    language = QLocale().name()[:2]

    def close(pair_id: str, choice: ClosingChoice) -> None:
        asyncio.run(close_match(profile, pair_id, kind=choice.kind, reason=choice.reason,
                                note=choice.note, rematch=choice.rematch,
                                language=language))  # fmt: skip
        if nudge is not None:
            nudge()

    return close


def kind_texts() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("ClosingDialog", "Planned ending (the term is over)"),
        "early": QCoreApplication.translate("ClosingDialog", "Early ending"),
    }


def reason_texts() -> dict[str, str]:
    return {
        "term_completed": QCoreApplication.translate(
            "ClosingDialog", "The agreed term is completed"
        ),
        "goals_reached": QCoreApplication.translate("ClosingDialog", "The goals are reached"),
        "moved_away": QCoreApplication.translate(
            "ClosingDialog", "Someone moved or changed schools"
        ),
        "schedule": QCoreApplication.translate("ClosingDialog", "Schedules no longer fit"),
        "lost_interest": QCoreApplication.translate("ClosingDialog", "Someone lost interest"),
        "family_request": QCoreApplication.translate("ClosingDialog", "The family asked to end it"),
        "program_rules": QCoreApplication.translate(
            "ClosingDialog", "The program's rules were not followed"
        ),
        "safety_concern": QCoreApplication.translate("ClosingDialog", "A safety concern"),
        "other": QCoreApplication.translate(
            "ClosingDialog", "Another reason (say which in the note)"
        ),
    }


def closing_error(code: str | None) -> str:
    own = {
        "pair_closed": QCoreApplication.translate("ClosingDialog", "This match is already closed."),
        "no_such_pair": QCoreApplication.translate(
            "ClosingDialog", "This computer does not know this pair yet. Sync, then try again."
        ),
        "not_staff": QCoreApplication.translate(
            "ClosingDialog", "Only the program's staff can close a match."
        ),
        "note_too_long": QCoreApplication.translate(
            "ClosingDialog", "The note is too long. Keep it under 2,000 characters."
        ),
    }
    return own.get(code or "", message_for_code(code))


class ClosingDialog(QDialog):
    """Modal form for one pair; `accept()`s once the match is closed."""

    def __init__(
        self,
        pair_id: str,
        names: tuple[str, str],
        close: Closer,
        *,
        retention_days: int = 365,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closingDialog")
        self.setModal(True)
        self._pair_id = pair_id
        self._names = names
        self._close = close
        self._retention_days = retention_days
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.kind = QComboBox()
        for key in CLOSURE_KINDS:
            self.kind.addItem("", key)
        self.reason = QComboBox()
        for key in CLOSURE_REASONS:
            self.reason.addItem("", key)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.rematch_yes = QRadioButton()
        self.rematch_no = QRadioButton()
        self.rematch = QButtonGroup(self)
        self.rematch.addButton(self.rematch_yes)
        self.rematch.addButton(self.rematch_no)
        self.effects = QLabel()
        self.effects.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.confirm = QPushButton()
        self.confirm.setDefault(True)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.kind_label, self.reason_label, self.note_label = QLabel(), QLabel(), QLabel()
        self.kind_label.setBuddy(self.kind)
        self.reason_label.setBuddy(self.reason)
        self.note_label.setBuddy(self.note)
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.reason_label, self.reason)
        self.form.addRow(self.note_label, self.note)
        self.rematch_label = QLabel()
        self.form.addRow(self.rematch_label, self.rematch_yes)
        self.form.addRow("", self.rematch_no)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.effects)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        set_tab_order(self.kind, self.reason, self.note, self.rematch_yes, self.rematch_no,
                      self.confirm, self.cancel)  # fmt: skip
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close this match"))
        mentor, mentee = self._names
        self.heading.setText(
            self.tr("Close the match of %1 (mentor) and %2 (mentee).")
            .replace("%1", mentor or "?").replace("%2", mentee or "?")
        )  # fmt: skip
        for i, text in enumerate(kind_texts()[k] for k in CLOSURE_KINDS):
            self.kind.setItemText(i, text)
        for i, text in enumerate(reason_texts()[k] for k in CLOSURE_REASONS):
            self.reason.setItemText(i, text)
        self.kind_label.setText(self.tr("&How it ended:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.note_label.setText(self.tr("&Note (staff only):"))
        self.rematch_label.setText(self.tr("Afterwards:"))
        self.rematch_yes.setText(self.tr("&Match the mentee again"))
        self.rematch_no.setText(self.tr("&Don't match the mentee again"))
        self.effects.setText(
            self.tr("The pair receives a thank-you activity and their conversation becomes "
                    "read-only. %n day(s) after closing, everything the pair wrote is deleted "
                    "from the server and from every computer.", "", self._retention_days)
        )  # fmt: skip
        self.confirm.setText(self.tr("&Close the match"))
        describe(self.kind, self.tr("How the match ended"))
        describe(self.reason, self.tr("Reason for closing"))
        describe(self.note, self.tr("Note about the closing"),
                 self.tr("Only the program's staff read it."))  # fmt: skip
        describe(self.rematch_yes, self.tr("Match the mentee again"))
        describe(self.rematch_no, self.tr("Don't match the mentee again"))
        describe(self.confirm, self.tr("Close the match"), self.effects.text())
        describe(self.cancel, self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choice(self) -> ClosingChoice | None:
        """What the form says, or None (and the reason shown in place) when incomplete."""
        note = self.note.toPlainText().strip()
        if self.rematch.checkedButton() is None:
            self._show_error(self.tr("Choose whether the mentee should be matched again."))
            self.rematch_yes.setFocus()
            return None
        if len(note) > MAX_NOTE:
            self._show_error(closing_error("note_too_long"))
            self.note.setFocus()
            return None
        if self.reason.currentData() == "other" and not note:
            self._show_error(self.tr("Say in the note why the match ended."))
            self.note.setFocus()
            return None
        return ClosingChoice(str(self.kind.currentData()), str(self.reason.currentData()), note,
                             self.rematch_yes.isChecked())  # fmt: skip

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        announce(self, text, assertive=True)

    def _submit(self) -> None:
        choice = self.choice()
        if choice is None:
            return
        self.error.hide()
        self.confirm.setEnabled(False)
        pair_id, close = self._pair_id, self._close
        (BackgroundOp(lambda _p: close(pair_id, choice), parent=self)
            .success(self._done).failure(self._failed).run())  # fmt: skip

    def _done(self, _result: object) -> None:
        announce(self, self.tr("The match is closed."))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm.setEnabled(True)
        self._show_error(closing_error(error_code(exc)))
