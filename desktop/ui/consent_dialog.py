"""Recording or withdrawing a guardian's consent, purpose by purpose (who, how, when).

Shows the current answer for each purpose. "Record consent" grants the ticked purposes;
"Withdraw" withdraws them, which pauses the mentee's pairs at once if a purpose a pair
needs is withdrawn (the service does it). Runs on the UI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import consent
from desktop.services.consent import CONSENT_METHODS, CONSENT_PURPOSES
from desktop.services.people import PeopleError
from desktop.ui import datetime_text, people_text
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.errors import message_for


class ConsentDialog(QDialog):
    """A mentee's consents; `changed` after each recorded answer."""

    changed = Signal()

    def __init__(self, profile: Any, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.profile = profile
        self.row = row
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.purposes = {p: QCheckBox() for p in CONSENT_PURPOSES}
        self.current = {p: QLabel() for p in CONSENT_PURPOSES}
        self.guardian = QLineEdit(row.form.guardian_name)
        self.method = QComboBox()
        for code in CONSENT_METHODS:
            self.method.addItem("", code)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.record_button = QPushButton()
        self.withdraw_button = QPushButton()
        self.record_button.clicked.connect(lambda: self._answer(granted=True))
        self.withdraw_button.clicked.connect(lambda: self._answer(granted=False))
        self.guardian_label, self.method_label = QLabel(), QLabel()
        self.guardian_label.setBuddy(self.guardian)
        self.method_label.setBuddy(self.method)
        form = QFormLayout()
        for purpose in CONSENT_PURPOSES:
            form.addRow(self.purposes[purpose], self.current[purpose])
        form.addRow(self.guardian_label, self.guardian)
        form.addRow(self.method_label, self.method)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guardian's consent"))
        self.heading.setText(self.tr(
            "Consent of %1's guardian, for each purpose. Tick the purposes, then record the "
            "guardian's answer.").replace("%1", self.row.display_name))  # fmt: skip
        for purpose, box in self.purposes.items():
            box.setText(people_text.purposes()[purpose])
            describe(box, box.text())
        for i, code in enumerate(CONSENT_METHODS):
            self.method.setItemText(i, people_text.methods()[code])
        self.guardian_label.setText(self.tr("&Guardian"))
        self.method_label.setText(self.tr("&How it was given"))
        self.record_button.setText(self.tr("&Record consent"))
        self.withdraw_button.setText(self.tr("&Withdraw consent"))
        self.close_button.setText(self.tr("Close"))
        describe(self.close_button, self.tr("Close"))
        describe(self.guardian, self.tr("Guardian"))
        describe(self.method, self.tr("How it was given"))
        describe(self.record_button, self.tr("Record consent"))
        describe(self.withdraw_button, self.tr("Withdraw consent"),
                 self.tr("The mentee's pairs pause at once."))  # fmt: skip

    def refresh(self) -> None:
        answers = consent.answers(self.profile, self.row.id)
        for purpose, label in self.current.items():
            answer = answers.get(purpose)
            if answer is None:
                label.setText(self.tr("Not asked yet"))
                continue
            text = self.tr("Given by %1 on %2") if answer.granted else self.tr(
                "Withdrawn by %1 on %2")  # fmt: skip
            label.setText(text.replace("%1", answer.guardian_name).replace(
                "%2", datetime_text.day(answer.recorded_at)))  # fmt: skip

    def _answer(self, *, granted: bool) -> None:
        chosen = [p for p, box in self.purposes.items() if box.isChecked()]
        try:
            if granted:
                consent.record_consent(self.profile, self.row.id, chosen,
                                       guardian_name=self.guardian.text(),
                                       method=self.method.currentData())  # fmt: skip
                said = self.tr("Consent recorded.")
            else:
                paused = consent.withdraw_consent(self.profile, self.row.id, chosen,
                                                  guardian_name=self.guardian.text(),
                                                  method=self.method.currentData())  # fmt: skip
                said = self.tr("Consent withdrawn.") + (
                    " " + self.tr("The mentee's pairs are paused.") if paused else "")  # fmt: skip
        except NotImplementedError:
            said = self.tr("Consent withdrawn. Pausing pairs is not available in this version: "
                           "close the pair from Supervision.")  # fmt: skip
        except PeopleError as exc:
            said = message_for(exc)
        else:
            self.changed.emit()
        self.status.setText(said)
        announce(self.status, said)
        self.refresh()
