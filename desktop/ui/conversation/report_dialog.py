"""Before a report goes to staff: a confirmation, and an optional reason in the person's words.

A report is urgent for staff, so it is never sent by one stray click; but a child in distress
must never be held up by a form, so nothing here is required: "Send report" works with no
reason chosen and no note. The reason is a short code the service stores in the sealed report
(`self_harm` also opens the crisis resources); the note is kept in the same sealed report.
Runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import describe

REASONS = ("self_harm", "unsafe", "uncomfortable", "other")
MAX_NOTE_CHARS = 500


class ReportDialog(QDialog):
    """`accepted` means send; read `reason()` and `note()` (both may be empty)."""

    def __init__(self, *, whole_conversation: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self._whole = whole_conversation
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.why = QLabel()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # no reason is a fine answer: a second click unchecks
        self.group.buttonToggled.connect(self._one_at_most)
        self.choices = {code: QRadioButton() for code in REASONS}
        self.note_label = QLabel()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.note_label.setBuddy(self.note)
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)
        self.send_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.why)
        for button in self.choices.values():
            self.group.addButton(button)
            layout.addWidget(button)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def reason(self) -> str:
        return next((code for code, b in self.choices.items() if b.isChecked()), "")

    def note_text(self) -> str:
        return self.note.toPlainText().strip()[:MAX_NOTE_CHARS]

    def _one_at_most(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            for other in self.choices.values():
                if other is not button:
                    other.setChecked(False)

    def retranslate(self) -> None:
        title = self.tr("Report to your program staff")
        self.setWindowTitle(title)
        describe(self, title)
        self.intro.setText(
            self.tr("Your program staff will be told about the whole conversation right away.")
            if self._whole
            else self.tr("Your program staff will be told about this message right away.")
        )
        self.why.setText(self.tr("If you want, say why (you don't have to):"))
        texts = {
            "self_harm": self.tr("I'm thinking about hurting myself"),
            "unsafe": self.tr("I don't feel safe"),
            "uncomfortable": self.tr("Something made me uncomfortable"),
            "other": self.tr("Something else"),
        }
        for code, button in self.choices.items():
            button.setText(texts[code])
            describe(button, texts[code])
        self.note_label.setText(self.tr("&Anything you want to add (optional)"))
        describe(self.note, self.tr("Anything you want to add (optional)"))
        self.send_button.setText(self.tr("Send report"))
        describe(self.send_button, self.tr("Send report"))
        self.cancel_button.setText(self.tr("Cancel"))
        describe(self.cancel_button, self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
