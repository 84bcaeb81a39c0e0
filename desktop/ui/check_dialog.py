"""Record one screening check of a mentor: kind, outcome, date done, expiry, note.

The service refuses impossible dates with a code (an expiry before the check, a check in the
future, a police check without its expiry); the dialog shows the sentence in place and keeps
what was typed. A police check asks for its expiry; other kinds may leave it out. Runs on
the UI thread (the write is one short local transaction; it syncs later).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.screening import CHECK_KINDS, CHECK_OUTCOMES
from desktop.ui.accessibility import describe, set_tab_order
from desktop.ui.announce import announce
from desktop.ui.errors import message_for_code
from jumelage_protocol import error_code

# record(kind, outcome, done_on, expires_on, note) -> check id
Recorder = Callable[[str, str, date, "date | None", str], str]


def check_kind_texts() -> dict[str, str]:
    return {
        "reference": QCoreApplication.translate("CheckDialog", "Reference check"),
        "police": QCoreApplication.translate("CheckDialog", "Police / vulnerable-sector check"),
        "interview": QCoreApplication.translate("CheckDialog", "Interview"),
    }


def outcome_texts() -> dict[str, str]:
    return {
        "pending": QCoreApplication.translate("CheckDialog", "Waiting for the result"),
        "cleared": QCoreApplication.translate("CheckDialog", "Cleared"),
        "not_cleared": QCoreApplication.translate("CheckDialog", "Not cleared"),
    }


def screening_error(code: str | None) -> str:
    own = {
        "expiry_before_check": QCoreApplication.translate(
            "CheckDialog", "The expiry date must come after the date the check was done."
        ),
        "check_in_future": QCoreApplication.translate(
            "CheckDialog", "The check cannot be done in the future. Check the date."
        ),
        "check_too_old": QCoreApplication.translate(
            "CheckDialog", "This date is too far in the past. Check the year."
        ),
        "police_needs_expiry": QCoreApplication.translate(
            "CheckDialog", "A police check needs its expiry date."
        ),
        "not_a_mentor": QCoreApplication.translate(
            "CheckDialog", "Screening checks are for mentors only."
        ),
        "note_too_long": QCoreApplication.translate(
            "CheckDialog", "The note is too long. Keep it under 2,000 characters."
        ),
    }
    return own.get(code or "", message_for_code(code))


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CheckDialog(QDialog):
    """Modal form for one mentor; `accept()`s once the check is recorded."""

    def __init__(self, mentor_name: str, record: Recorder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.setModal(True)
        self._name = mentor_name
        self._record = record
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.kind = QComboBox()
        for key in CHECK_KINDS:
            self.kind.addItem("", key)
        self.outcome = QComboBox()
        for key in CHECK_OUTCOMES:
            self.outcome.addItem("", key)
        today = QDate.currentDate()
        self.done_on = QDateEdit(today)
        self.done_on.setCalendarPopup(True)
        self.expires_on = QDateEdit(today.addYears(3))
        self.expires_on.setCalendarPopup(True)
        self.has_expiry = QCheckBox()
        self.has_expiry.toggled.connect(self.expires_on.setEnabled)
        self.note = QLineEdit()
        self.kind.currentIndexChanged.connect(self._kind_changed)
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
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        fields = (self.kind, self.outcome, self.done_on, self.expires_on, self.note)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.insertRow(4, "", self.has_expiry)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        set_tab_order(self.kind, self.outcome, self.done_on, self.has_expiry, self.expires_on,
                      self.note, self.confirm, self.cancel)  # fmt: skip
        self._kind_changed()
        self.retranslate()

    def _kind_changed(self, _index: int = 0) -> None:
        police = self.kind.currentData() == "police"
        self.has_expiry.setChecked(police)
        self.expires_on.setEnabled(police)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a screening check"))
        self.heading.setText(self.tr("A screening check of %1.").replace("%1", self._name or "?"))
        for i, key in enumerate(CHECK_KINDS):
            self.kind.setItemText(i, check_kind_texts()[key])
        for i, key in enumerate(CHECK_OUTCOMES):
            self.outcome.setItemText(i, outcome_texts()[key])
        texts = (self.tr("&Check:"), self.tr("&Result:"), self.tr("&Done on:"),
                 self.tr("E&xpires on:"), self.tr("&Note (staff only):"))  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.has_expiry.setText(self.tr("This check &expires"))
        self.confirm.setText(self.tr("&Record the check"))
        describe(self.kind, self.tr("Kind of check"))
        describe(self.outcome, self.tr("Result of the check"))
        describe(self.done_on, self.tr("Date the check was done"))
        describe(self.expires_on, self.tr("Date the check expires"))
        describe(self.has_expiry, self.tr("This check expires"))
        describe(self.note, self.tr("Note about the check"),
                 self.tr("Only the program's staff read it."))  # fmt: skip
        describe(self.confirm, self.tr("Record the check"))
        describe(self.cancel, self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _submit(self) -> None:
        expires = _day(self.expires_on.date()) if self.has_expiry.isChecked() else None
        try:
            self._record(str(self.kind.currentData()), str(self.outcome.currentData()),
                         _day(self.done_on.date()), expires, self.note.text())  # fmt: skip
        except ValueError as exc:
            text = screening_error(error_code(exc))
            self.error.setText(text)
            self.error.show()
            announce(self, text, assertive=True)
            return
        announce(self, self.tr("The check is recorded."))
        self.accept()
