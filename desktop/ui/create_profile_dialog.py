"""The "create a profile" dialog: who you are and a passphrase typed twice.

No role is chosen here: roles come only from program invites (anyone could otherwise call
themselves program staff). A profile made here starts with the least-privileged role, mentee,
until an invite says otherwise.

It checks what it can check without the store (empty fields, short or mismatched passphrase)
and hands the rest to the controller, which creates the profile off the UI thread.
Runs on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import describe, set_tab_order
from jumelage_protocol import Role

MIN_PASSPHRASE = 10
LOCAL_ROLE = Role.MENTEE  # least privilege; a program's invite gives the real role


@dataclass(frozen=True)
class NewProfile:
    username: str
    display_name: str
    passphrase: str
    role: str = LOCAL_ROLE


class CreateProfileDialog(QDialog):
    """Modal form; emits `submitted` with a NewProfile when the input looks right."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createProfileDialog")
        self.setModal(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(80)
        self.username = QLineEdit()
        self.username.setMaxLength(64)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)

        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self._labels,
            (self.display_name, self.username, self.passphrase, self.confirm),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        set_tab_order(self.display_name, self.username, self.passphrase, self.confirm)
        self.resize(520, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create a profile"))
        self.intro.setText(
            self.tr(
                "Your profile is kept on this computer, locked by your passphrase. Choose a "
                "passphrase of a few words that only you know (at least %1 characters)."
            ).replace("%1", str(MIN_PASSPHRASE))
        )
        names = (
            self.tr("&Name shown to others"),
            self.tr("&Username"),
            self.tr("&Passphrase"),
            self.tr("&Confirm passphrase"),
        )
        for label, text in zip(self._labels, names, strict=True):
            label.setText(text)
        describe(self, self.tr("Create a profile"))
        describe(self.display_name, self.tr("Name shown to others"))
        describe(self.username, self.tr("Username"))
        describe(self.passphrase, self.tr("Passphrase"))
        describe(self.confirm, self.tr("Confirm passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for button in self.buttons.buttons():
            describe(button, button.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        for w in (
            self.display_name,
            self.username,
            self.passphrase,
            self.confirm,
            self.buttons,
        ):
            w.setEnabled(not busy)  # fmt: skip
        self.show_error(self.tr("Creating your profile…") if busy else "")

    def _check(self) -> None:
        name, user = self.display_name.text().strip(), self.username.text().strip()
        secret = self.passphrase.text()
        problem = None
        if not name:
            problem, field = self.tr("Type the name others will see."), self.display_name
        elif not user:
            problem, field = self.tr("Choose a username."), self.username
        elif len(secret) < MIN_PASSPHRASE:
            problem = self.tr("The passphrase is too short: use at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE)
            )
            field = self.passphrase
        elif secret != self.confirm.text():
            problem, field = self.tr("The two passphrases are not the same."), self.confirm
        if problem:
            self.show_error(problem)
            field.setFocus()
            return
        self.submitted.emit(NewProfile(user, name, secret))
