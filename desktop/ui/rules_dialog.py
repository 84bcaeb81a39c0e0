"""The program's rules and monitoring notice, read and accepted at first sign-in.

Shown in the person's language over the main window until they tick "I have read…" and
press Accept; the acceptance is recorded with the text's version (`services.rules.accept`),
so a new version asks again. Declining signs out: the program cannot be used without its
rules. Runs on the UI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services import rules
from desktop.ui.accessibility import describe


class RulesDialog(QDialog):
    """`declined` when the person will not accept (the session signs out)."""

    declined = Signal()

    def __init__(self, profile: Any, text: rules.RulesText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.profile = profile
        self.text = text
        self.body = QTextBrowser()
        self.body.setOpenExternalLinks(False)
        self.body.setMarkdown(text.markdown)
        self.agree = QCheckBox()
        self.accept_button = QPushButton()
        self.decline_button = QPushButton()
        self.accept_button.setEnabled(False)
        self.agree.toggled.connect(self.accept_button.setEnabled)
        buttons = QDialogButtonBox()
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.accept_button.clicked.connect(self._accepted)
        self.decline_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addWidget(self.agree)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The program's rules"))
        self.agree.setText(self.tr("I have &read the rules and the monitoring notice, and I "
                                   "accept them"))  # fmt: skip
        self.accept_button.setText(self.tr("&Accept"))
        self.decline_button.setText(self.tr("&Not now (sign out)"))
        describe(self.body, self.tr("The program's rules and monitoring notice"))
        describe(self.agree, self.tr("I have read the rules and the monitoring notice, and I "
                                     "accept them"))  # fmt: skip
        describe(self.accept_button, self.tr("Accept"))
        describe(self.decline_button, self.tr("Not now (sign out)"))

    def _accepted(self) -> None:
        rules.accept(self.profile, self.text)
        self.accept()

    def reject(self) -> None:  # the button, Escape and the window's close button
        super().reject()
        self.declined.emit()


def ask_if_needed(profile: Any, language: str, parent: QWidget) -> RulesDialog | None:
    """Open the rules over `parent` when this person has not accepted the current version
    (only people of a program: a profile without one has no rules to accept)."""
    if not getattr(profile, "program_id", None):
        return None
    try:
        if not rules.needs_acceptance(profile, language):
            return None
        text = rules.rules_text(language)
    except rules.RulesError:
        return None  # a broken installation is reported at start-up (missing resources)
    dialog = RulesDialog(profile, text, parent)
    dialog.open()
    return dialog
