"""Join a program with an invite code: the form, where the server keeps data, and enrolment.

The server address comes from settings (locked when policy sets it). As soon as the address is
known the dialog asks the server where it stores data (`GET /v1/residency`) and says so; with
`require_canadian_hosting` a server that does not declare Canada is refused in a plain
sentence and Join stays off. Join checks the form, then runs `accounts.enrol` on the network
loop (Argon2id goes to a worker thread there) while a busy bar shows; `joined(Profile)` fires
on success, errors become sentences. Runs on the UI thread.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.policy import SERVER_URL_PATTERN
from desktop.runtime.loop import AsyncBridge
from desktop.ui.accessibility import describe, set_tab_order
from desktop.ui.announce import announce
from desktop.ui.create_profile_dialog import MIN_PASSPHRASE
from desktop.ui.errors import message_for, message_for_code
from desktop.ui.reflow import grow_to_fit
from jumelage_protocol import error_code

if TYPE_CHECKING:
    from desktop.policy import Settings
    from desktop.services.profiles import Profile
    from jumelage_protocol import Residency

URL_PATTERN = re.compile(SERVER_URL_PATTERN)  # what policy and settings accept for server_url


class JoinDialog(QDialog):
    """Modal form; `joined` carries the new, open Profile."""

    joined = Signal(object)

    def __init__(
        self,
        *,
        settings: Settings,
        network: Any,  # the app's NetworkLoop (None only where joining is never offered)
        directory: Any,  # the controller's ProfileDirectory: loaded before Join is offered
        kdf_params_factory: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("joinDialog")
        self.setModal(True)
        self._settings = settings
        self._directory = directory
        self._kdf = kdf_params_factory
        self._require_ca = bool(settings.get("require_canadian_hosting"))
        self._bridge = AsyncBridge(network, self)
        self._checked_url: str | None = None
        self._residency_ok = False
        self._busy = False
        self.residency: Residency | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.code, self.username, self.display_name = QLineEdit(), QLineEdit(), QLineEdit()
        self.code.setObjectName("inviteCode")
        self.code.setMaxLength(128)
        self.username.setMaxLength(64)
        self.display_name.setMaxLength(80)
        self.passphrase, self.confirm = QLineEdit(), QLineEdit()
        for field in (self.passphrase, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.server = QLineEdit(str(settings.get("server_url") or ""))
        self.server.setObjectName("serverUrl")
        self.server.setEnabled(not settings.is_locked("server_url"))
        self.server_note = QLabel()
        self.server_note.setWordWrap(True)
        self.residency_text = QLabel()
        self.residency_text.setObjectName("residencyText")
        self.residency_text.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("joinMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: enrolment has no steps to count
        self.progress.hide()
        # Our own buttons: Qt would put its own "OK" back on a standard one at a language change.
        self.buttons = QDialogButtonBox()
        self.join_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        # Enter always means Join: a button that takes the focus while the form is busy must
        # not become the default (Cancel did, and Enter then closed the dialog silently).
        for button in (self.join_button, self.cancel_button):
            button.setAutoDefault(False)
        self.join_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.fields = (self.code, self.username, self.display_name, self.passphrase,
                       self.confirm, self.server)  # fmt: skip
        self._labels = [QLabel() for _ in self.fields]
        form = QFormLayout()
        for label, field in zip(self._labels, self.fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.server_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.residency_text)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        set_tab_order(*self.fields, self.buttons)
        self.server.editingFinished.connect(self.check_server)
        self.resize(560, 440)
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        from desktop.ui.policy_text import lock_reason_text
        from desktop.ui.residency_text import residency_sentence

        self.setWindowTitle(self.tr("Join with an invite code"))
        self.intro.setText(self.tr(
            "Type the invite code your program staff gave you, then choose your username and a "
            "passphrase of a few words that only you know (at least %1 characters)."
        ).replace("%1", str(MIN_PASSPHRASE)))  # fmt: skip
        names = (self.tr("&Invite code"), self.tr("&Username"), self.tr("&Name shown to others"),
                 self.tr("&Passphrase"), self.tr("&Confirm passphrase"),
                 self.tr("&Server address"))  # fmt: skip
        for label, field, text in zip(self._labels, self.fields, names, strict=True):
            label.setText(text)
            describe(field, text.replace("&", ""))
        reason = lock_reason_text(self._settings, "server_url")
        self.server_note.setText(reason)
        self.server_note.setVisible(bool(reason))
        describe(self.server, self.tr("Server address"), reason)
        describe(self, self.tr("Join with an invite code"))
        describe(self.progress, self.tr("Progress"))
        self.join_button.setText(self.tr("Join"))
        self.cancel_button.setText(self.tr("Cancel"))
        for button in self.buttons.buttons():
            describe(button, button.text().replace("&", ""))
        if self._checked_url is not None and self.residency is not None:
            self._say_residency(residency_sentence(self.residency))
        elif self._checked_url is not None and not self._residency_ok:
            pass  # the refusal or error sentence already shown stays until the next check
        else:
            self._say_residency(self.tr("Checking where this server stores data…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say_residency(self, text: str) -> None:
        self.residency_text.setText(text)
        self.residency_text.setAccessibleName(text)
        grow_to_fit(self)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))
        announce(self.message, text, assertive=True)
        grow_to_fit(self)

    # --- residency ------------------------------------------------------------------------

    def open(self) -> None:  # noqa: A003 (Qt API)
        super().open()
        self.check_server()

    def check_server(self) -> None:
        """Ask the server where it stores data (once per address)."""
        url = self.server.text().strip().rstrip("/")
        if url == self._checked_url:
            return
        self._checked_url, self._residency_ok, self.residency = url, False, None
        self._update_join()
        if not URL_PATTERN.match(url):
            self._say_residency(message_for_code("bad_server_url"))
            return
        self._say_residency(self.tr("Checking where this server stores data…"))
        from desktop.services import accounts  # not needed to draw the sign-in window

        self._bridge.run(
            accounts.server_residency(
                url,
                require_canadian_hosting=self._require_ca,
                allow_insecure_http=self._directory.allow_insecure_http,
            ),
            on_success=lambda r, u=url: self._residency_known(u, r),
            on_failure=lambda exc, u=url: self._residency_failed(u, exc),
        )

    def _residency_known(self, url: str, residency: Residency) -> None:
        from desktop.ui.residency_text import residency_sentence

        if url != self._checked_url:
            return  # the address changed meanwhile
        self.residency, self._residency_ok = residency, True
        self._say_residency(residency_sentence(residency))
        self._update_join()

    def _residency_failed(self, url: str, exc: BaseException) -> None:
        if url != self._checked_url:
            return
        if error_code(exc) != "residency_not_canadian":
            self._checked_url = None  # a network failure: check again on the next try
        self._say_residency(message_for(exc))
        self._update_join()

    def _update_join(self) -> None:
        self.join_button.setEnabled(self._residency_ok and not self._busy)

    # --- joining --------------------------------------------------------------------------

    def submit(self) -> None:
        problem, field = self._problem()
        if problem:
            self.show_error(problem)
            field.setFocus()
            return
        if not self._residency_ok:
            self.check_server()
            return
        from desktop.services.accounts import enrol

        kdf = {"kdf_params": self._kdf()} if self._kdf else {}
        self.set_busy(True)
        coro = enrol(self._directory, self._checked_url, self.code.text().strip(),
                     self.username.text().strip(), self.passphrase.text(),
                     self.display_name.text().strip(),
                     require_canadian_hosting=self._require_ca, **kdf)  # fmt: skip
        self._bridge.run(coro, on_success=self._joined, on_failure=self._failed)

    def _problem(self) -> tuple[str, QWidget]:
        if not self.code.text().strip():
            return self.tr("Type the invite code."), self.code
        if not self.username.text().strip():
            return self.tr("Choose a username."), self.username
        if not self.display_name.text().strip():
            return self.tr("Type the name others will see."), self.display_name
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase is too short: use at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE)), self.passphrase  # fmt: skip
        if self.passphrase.text() != self.confirm.text():
            return self.tr("The two passphrases are not the same."), self.confirm
        return "", self.code

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for field in self.fields:
            field.setEnabled(not busy and (field is not self.server or
                                           not self._settings.is_locked("server_url")))  # fmt: skip
        self.progress.setVisible(busy)
        self.show_error(self.tr("Joining your program… This can take a moment.") if busy else "")
        self._update_join()

    def _joined(self, profile: Profile) -> None:
        self.set_busy(False)
        self.accept()
        self.joined.emit(profile)

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.show_error(message_for(exc))
        if "invite" in (error_code(exc) or ""):
            self.code.setFocus()  # back where the correction is typed
