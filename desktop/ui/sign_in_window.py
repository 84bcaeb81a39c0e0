"""The sign-in window: username and passphrase, remember-me, create a profile, join, language.

It only collects input and shows state; the session controller decides what happens (unlock
off the UI thread, throttling, errors). It never lists who has a profile on this computer.
Runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import describe, set_tab_order
from desktop.ui.announce import announce
from desktop.ui.reflow import grow_to_fit
from desktop.ui.theme import heading

LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))


class SignInWindow(QMainWindow):
    """The first window; also where a lock returns to. A main window, so screen readers get a
    frame and announce its title."""

    sign_in_requested = Signal(str, str, bool)  # username, passphrase, remember
    create_profile_requested = Signal()
    join_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInWindow")
        self._countdown = 0
        self._busy = False
        self._message_kind: str | None = None
        self._said_kind: str | None = None
        self._message_args: tuple[str, ...] = ()
        self._remember_code: str | None = None
        self._language_reason = ""
        self._locked_name: str | None = None  # whose profile is locked (None: nobody's)
        self._ready = True
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

        self.title = heading(1.8)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_passphrase = QCheckBox()
        self.show_passphrase.toggled.connect(self._toggle_echo)
        self.username_label, self.passphrase_label = QLabel(), QLabel()
        self.username_label.setBuddy(self.username)
        self.passphrase_label.setBuddy(self.passphrase)

        self.remember = QCheckBox()
        self.remember.setObjectName("remember")
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        self.remember_note.hide()

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.message.setBuddy(self.passphrase)

        self.progress = QProgressBar()
        self.progress.setObjectName("restoreProgress")
        self.progress.setTextVisible(False)
        self.progress.hide()
        self._progress: tuple[int, int] | None = None

        self.sign_in = QPushButton()
        self.sign_in.setObjectName("signIn")
        self.create_profile = QPushButton()
        self.create_profile.setObjectName("createProfile")
        self.join = QPushButton()
        self.join.setObjectName("join")
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language_label.setBuddy(self.language)

        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow("", self.show_passphrase)
        form.addRow("", self.remember)
        form.addRow("", self.remember_note)

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card = card
        self._fit_card()
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.progress)
        inner.addWidget(self.sign_in)
        others = QHBoxLayout()
        others.addWidget(self.create_profile)
        others.addWidget(self.join)
        inner.addLayout(others)
        lang_row = QHBoxLayout()
        lang_row.addStretch(1)
        lang_row.addWidget(self.language_label)
        lang_row.addWidget(self.language)
        inner.addLayout(lang_row)

        body = QWidget()
        self.setCentralWidget(body)
        outer = QVBoxLayout(body)
        outer.addStretch(1)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 3)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(1)

        set_tab_order(
            self.username, self.passphrase, self.show_passphrase, self.remember,
            self.sign_in, self.create_profile, self.join, self.language,
        )  # fmt: skip
        self.username.returnPressed.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.sign_in.clicked.connect(self._submit)
        self.create_profile.clicked.connect(self.create_profile_requested)
        self.join.clicked.connect(self.join_requested)
        self.language.activated.connect(self._language_chosen)
        self.username.textChanged.connect(self._clear_message)
        self.passphrase.textChanged.connect(self._clear_message)
        self.resize(760, 560)
        self.retranslate()
        self.username.setFocus()

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))  # the system adds "— Jumelage" itself
        self.title.setText(self.tr("Jumelage"))
        if self._locked_name is not None:
            self.title.setText(self.tr("Locked: %1").replace("%1", self._locked_name))
            self.intro.setText(self.tr(
                "Your work is kept, just as you left it. Type your passphrase to continue."))
        else:
            self.intro.setText(self.tr("Sign in with your username and passphrase."))
        self.title.setAccessibleName(self.title.text())
        self.username_label.setText(self.tr("&Username"))
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.show_passphrase.setText(self.tr("Show passphrase"))
        self.remember.setText(self.tr("Remember me on this computer"))
        self.sign_in.setText(self.tr("Sign in"))
        self.create_profile.setText(self.tr("Create a profile"))
        self.join.setText(self.tr("Join with an invite code"))
        self.language_label.setText(self.tr("&Language"))
        describe(self, self.tr("Sign in to Jumelage"))
        describe(self.username, self.tr("Username"))
        describe(self.show_passphrase, self.tr("Show passphrase"))
        describe(self.remember, self.tr("Remember me on this computer"), self.remember_reason())
        describe(self.sign_in, self.tr("Sign in"))
        describe(self.create_profile, self.tr("Create a profile"),
                 self.tr("Create a new profile on this computer."))  # fmt: skip
        describe(self.join, self.tr("Join with an invite code"),
                 self.tr("Use the invite code your program staff gave you."))  # fmt: skip
        describe(self.language, self.tr("Language"), self._language_reason)
        describe(self.progress, self.tr("Progress"))
        self._render_message()
        self._render_remember()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.FontChange:
            self._fit_card()
            grow_to_fit(self)
        super().changeEvent(event)

    # --- state set by the controller ------------------------------------------------------

    def show_error(self, text: str) -> None:
        """Show a plain sentence (already translated by the caller)."""
        self._message_kind, self._message_args = "text", (text,)
        self._render_message()

    def show_status(self, text: str) -> None:
        self.show_error(text)

    def _clear_message(self) -> None:
        if self._message_kind == "text" and not self._busy:
            self._message_kind = None
            self._render_message()

    def set_ready(self, ready: bool) -> None:
        """False while the app prepares (services loading, demo being made)."""
        self._ready = ready
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        """While a sign-in runs: inputs frozen, the button says so."""
        self._busy = busy
        fields = (self.username, self.passphrase, self.show_passphrase, self.remember,
                  self.create_profile, self.join, self.language)  # fmt: skip
        if busy and self.focusWidget() is not None:
            self.focusWidget().clearFocus()  # not handed on to "Show passphrase" meanwhile
        for w in fields:
            w.setEnabled(not busy and (w is not self.language or not self._language_reason))
        if busy:
            self._message_kind, self._message_args = "busy", ()
        elif self._message_kind in ("busy", "restore"):
            self._message_kind = None
        if not busy:
            self._progress = None
            self.progress.hide()
        self._render_message()
        self._update_buttons()

    def show_progress(self, done: int, total: int) -> None:
        """First sign-in on this computer: the download from the server, `done` of `total`."""
        if not self._busy:
            return  # a late report after the sign-in ended
        self._progress = (done, total)
        self._message_kind, self._message_args = "restore", ()
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        self.progress.show()
        self._render_message()

    def start_countdown(self, seconds: float) -> None:
        """Keep the sign-in button off for `seconds`, counting down on screen."""
        self._countdown = max(0, int(seconds + 0.999))
        if self._countdown:
            self._message_kind, self._message_args = "wait", ()
            self._timer.start()
        self._render_message()
        self._update_buttons()

    def countdown(self) -> int:
        return self._countdown

    def set_remember(self, *, allowed: bool, code: str | None = None) -> None:
        """Remember-me is offered only when allowed; otherwise the reason is said plainly.

        `code` is 'policy' (the organisation forbids it), 'shared_pc', or 'keyring_unavailable'.
        """
        self._remember_code = None if allowed else code
        self.remember.setVisible(allowed)
        self.remember.setEnabled(allowed)
        if not allowed:
            self.remember.setChecked(False)
        self._render_remember()

    def set_language(self, lang: str, *, locked_reason: str = "") -> None:
        index = self.language.findData(lang)
        if index >= 0:
            self.language.setCurrentIndex(index)
        self._language_reason = locked_reason
        self.language.setEnabled(not locked_reason)
        describe(self.language, self.tr("Language"), locked_reason)

    def show_locked(self, display_name: str, username: str) -> None:
        """After a lock (not a sign-out): say whose profile is locked and that nothing is lost."""
        self._locked_name = display_name
        self.username.setText(username)
        self.retranslate()
        self.passphrase.setFocus()

    def reset(self, *, keep_username: bool = False) -> None:
        """Forget what was typed (after a lock, a sign-out or a sign-in)."""
        if self._locked_name is not None:
            self._locked_name = None
            self.retranslate()
        if not keep_username:
            self.username.clear()
        self.passphrase.clear()
        self.show_passphrase.setChecked(False)
        self.set_busy(False)
        (self.passphrase if keep_username and self.username.text() else self.username).setFocus()

    def remember_reason(self) -> str:
        if self._remember_code == "shared_pc":
            return self.tr("This is a shared computer, so Jumelage does not remember anyone here.")
        if self._remember_code == "policy":
            return self.tr("Your organisation does not allow Jumelage to remember you here.")
        if self._remember_code == "keyring_unavailable":
            return self.tr(
                "This computer has no secure password store, so Jumelage cannot remember you "
                "here. You will type your passphrase each time."
            )
        return self.tr("Next time, Jumelage opens without asking for your passphrase.")

    # --- internals ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        grow_to_fit(self)  # wrapped text (the remember-me reason) at a large text size

    def _fit_card(self) -> None:
        """A readable line length that grows with the text size (a fixed cap clipped at 200 %)."""
        self.card.setMaximumWidth(self.fontMetrics().averageCharWidth() * 72)

    def _render_remember(self) -> None:
        self.remember_note.setText(self.remember_reason())
        self.remember_note.setVisible(self._remember_code is not None)
        grow_to_fit(self)
        describe(self.remember, self.tr("Remember me on this computer"), self.remember_reason())

    def _render_message(self) -> None:
        if self._message_kind == "text":
            text = self._message_args[0]
        elif self._message_kind == "busy":
            text = self.tr("Opening your profile…")
        elif self._message_kind == "restore" and self._progress is not None:
            done, total = self._progress
            text = self.tr("Restoring your conversations… %1 of %2").replace(
                "%1", str(done)).replace("%2", str(total))  # fmt: skip
        elif self._message_kind == "wait":
            text = self.tr("Too many tries. Wait %1 seconds before trying again.").replace(
                "%1", str(self._countdown)
            )
        else:
            text = ""
        said = self.message.text()
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setAccessibleName(text)
        # the error belongs to the passphrase field: read with it when focus returns there
        error = text if self._message_kind in ("text", "wait") else ""
        describe(self.passphrase, self.tr("Passphrase"),
                 error or self.tr("Your passphrase: a few words that only you know."))  # fmt: skip
        # said once: an error when it changes, a countdown or "Opening…" when it starts
        kind = self._message_kind
        if text and (text != said if kind == "text" else kind != self._said_kind):
            if kind in ("text", "wait", "busy"):
                announce(self.message, text, assertive=kind != "busy")
        self._said_kind = kind
        grow_to_fit(self)
        if self._message_kind == "restore":
            self.progress.setAccessibleDescription(text)

    def _update_buttons(self) -> None:
        self.sign_in.setEnabled(self._ready and not self._busy and self._countdown == 0)

    def _tick(self) -> None:
        self._countdown = max(0, self._countdown - 1)
        if self._countdown == 0:
            self._timer.stop()
            if self._message_kind == "wait":
                self._message_kind = None
        self._render_message()
        self._update_buttons()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)

    def _submit(self) -> None:
        if not self.sign_in.isEnabled():
            return
        username = self.username.text().strip()
        if not username:
            self.show_error(self.tr("Type your username."))
            self.username.setFocus()
            return
        if not self.passphrase.text():
            self.show_error(self.tr("Type your passphrase."))
            self.passphrase.setFocus()
            return
        self.sign_in_requested.emit(username, self.passphrase.text(), self.remember.isChecked())

    def _language_chosen(self, index: int) -> None:
        self.language_requested.emit(self.language.itemData(index))
