"""The session controller: which window shows, and the sign-in, join, lock and sign-out flows.

It owns the one open `Profile` (if any) and its `ProfileSession` (services, sync, pages). Slow
work (loading the profile services, starting the demo server and making the demo, creating a
profile) runs as BackgroundOp; signing in and joining run on the network loop, since they may
rebuild a profile from the server (with progress). Locking ends the sync task, closes the
profile's database, destroys the main window with everything it decrypted, and returns to a
fresh sign-in screen. Runs on the UI thread.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.controllers.profile_session import ProfileSession
from desktop.runtime.operations import BackgroundOp, wait_for_background_ops
from desktop.ui import i18n, theme
from desktop.ui.create_profile_dialog import CreateProfileDialog, NewProfile
from desktop.ui.error_dialog import show_notice
from desktop.ui.errors import message_for
from desktop.ui.idle_lock import IdleLock
from desktop.ui.main_window import MainWindow
from desktop.ui.policy_text import lock_reason_text
from desktop.ui.sign_in_window import SignInWindow
from jumelage_protocol import error_code

if TYPE_CHECKING:  # loaded off the UI thread (`_prepare`), or when first needed
    import keyring.backend

    from desktop.controllers.local_server import LocalServer
    from desktop.controllers.server_sign_in import ServerSignIn
    from desktop.policy import PolicyProblem, Settings
    from desktop.runtime.loop import NetworkLoop
    from desktop.runtime.operations import Progress
    from desktop.services.demo import DemoAccount
    from desktop.services.profiles import Profile, ProfileDirectory
    from desktop.ui.join_dialog import JoinDialog
    from desktop.ui.rules_dialog import RulesDialog
    from desktop.vault.kdf import KdfParams
    from desktop.vault.throttle import SignInThrottle

# what `_prepare` finds behind the first window: the profiles, the demo's accounts, a profile
# opened with a remembered key, and whether the system keyring is missing
Prepared = tuple["ProfileDirectory", "list[DemoAccount]", "Profile | None", bool]

log = logging.getLogger("jumelage.ui")


class SessionController(QObject):
    """Composition of the windows; the app creates one and calls `start()`."""

    ready = Signal()  # the profile directory is loaded: signing in can start
    signed_in = Signal(object)  # the Profile
    locked = Signal()
    signed_out = Signal()
    sign_in_failed = Signal(str)  # the error code

    def __init__(
        self,
        *,
        settings: Settings,
        data_dir: Path,
        policy_problems: list[PolicyProblem] | None = None,
        kdf_params_factory: Callable[[], KdfParams] | None = None,
        keyring_backend: keyring.backend.KeyringBackend | None = None,
        throttle: SignInThrottle | None = None,
        demo: bool = False,
        idle_ms: int | None = None,
        network: NetworkLoop | None = None,
        sync_poll_interval: float = 60.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.network = network  # the app's NetworkLoop; None: this computer only (some tests)
        self._poll = sync_poll_interval
        self.session: ProfileSession | None = None
        self.join_dialog: JoinDialog | None = None
        self.rules_dialog: RulesDialog | None = None  # the program's rules, until accepted
        self.local_server: LocalServer | None = None  # the demo's
        self._server_url: str | None = None  # the demo server's address
        self._server_sign_in: ServerSignIn | None = None
        self.settings = settings
        self.data_dir = Path(data_dir)
        self.policy_problems = list(policy_problems or [])
        self._kdf = kdf_params_factory
        self._keyring_backend = keyring_backend
        self._throttle = throttle
        self._demo = demo
        self.demo_accounts: list[DemoAccount] = []
        self.directory: ProfileDirectory | None = None
        self.profile: Profile | None = None
        self.main_window: MainWindow | None = None
        self.sign_in_window = SignInWindow()
        self._dialog: CreateProfileDialog | None = None
        self._keyring_missing = False
        self.notice: QObject | None = None  # the last information box shown (tests close it)
        minutes = settings.get("idle_lock_minutes")
        self.idle = IdleLock(idle_ms if idle_ms is not None else IdleLock.minutes_to_ms(minutes))
        self.idle.setParent(self)
        self.idle.idle.connect(self.lock)

        w = self.sign_in_window
        w.sign_in_requested.connect(self.sign_in)
        w.create_profile_requested.connect(self.open_create_profile)
        w.join_requested.connect(self.open_join)
        w.language_requested.connect(self.set_language)
        self._update_remember()
        self._update_language()

    # --- start-up -------------------------------------------------------------------------

    def start(self) -> None:
        """Show the sign-in window at once; load the heavier parts behind it."""
        self.sign_in_window.set_ready(False)
        self.sign_in_window.show()
        if self._demo:
            self.sign_in_window.show_status(self.tr("Preparing the demo organisation…"))
        BackgroundOp(self._prepare, parent=self).success(self._prepared).failure(
            self._prepare_failed
        ).run()

    def _prepare(self, _progress: Progress) -> Prepared:
        # Imported here, off the UI thread: SQLAlchemy, SQLCipher and the crypto libraries
        # are not needed to draw the first window.
        from desktop.services.profiles import ProfileDirectory
        from desktop.vault.kdf import KdfParams

        kdf = self._kdf or KdfParams.new  # the directory's and the demo's own default
        accounts: list[DemoAccount] = []
        if self._demo:
            from desktop.controllers.local_server import prepare_demo

            self.local_server, accounts = prepare_demo(self.data_dir, kdf_params_factory=kdf)
            self._server_url = self.local_server.url
        directory = ProfileDirectory(
            self.data_dir,
            shared_pc=bool(self.settings.get("shared_pc")),
            allow_remember=bool(self.settings.get("allow_remember_passphrase")),
            wipe_on_signout=bool(self.settings.get("wipe_on_signout")),
            allow_insecure_http=bool(self.settings.from_policy("allow_insecure_http")),
            keyring_backend=self._keyring_backend,
            throttle=self._throttle,
            kdf_params_factory=kdf,
        )
        remembered = None
        try:
            remembered = directory.unlock_remembered()
        except Exception as exc:  # an unreadable entry: just ask for the passphrase
            log.info("No remembered profile opened (%s)", error_code(exc) or type(exc).__name__)
        missing = directory.allow_remember and not directory.keyring_available()
        return directory, accounts, remembered, missing

    def _prepared(self, result: Prepared) -> None:
        self.directory, self.demo_accounts, remembered, self._keyring_missing = result
        if self._server_url and not self.settings.is_locked("server_url"):
            self.settings.set("server_url", self._server_url)  # the demo's, in its own settings
        self._update_remember()
        self.sign_in_window.set_ready(True)
        self.sign_in_window.show_status("")
        self.ready.emit()
        if remembered is not None:
            self._open(remembered)

    def _prepare_failed(self, exc: BaseException) -> None:
        log.error("Start-up failed: %s", error_code(exc) or type(exc).__name__)
        self.sign_in_window.show_error(message_for(exc))

    # --- signing in -----------------------------------------------------------------------

    def sign_in(self, username: str, passphrase: str, remember: bool = False) -> None:
        if self.directory is None:
            return
        wait = self.directory.throttle.check(username)
        if wait > 0:
            self.sign_in_window.start_countdown(wait)
            return
        self.sign_in_window.set_busy(True)
        remember = remember and self._remember_allowed()
        directory = self.directory
        succeeded = lambda profile: self._unlocked(profile, remember)  # noqa: E731
        failed = lambda exc: self._unlock_failed(username, exc)  # noqa: E731
        if self.network is None:  # this computer only
            # The directory counts failures itself and refuses attempts while the delay runs.
            BackgroundOp(lambda _p: directory.unlock(username, passphrase), parent=self).success(
                succeeded
            ).failure(failed).run()
            return
        # Opens the local profile, or rebuilds it from the server on a new PC (with progress).
        if self._server_sign_in is None:
            from desktop.controllers.server_sign_in import ServerSignIn

            self._server_sign_in = ServerSignIn(self.network, self)
        self._server_sign_in.run(
            directory,
            self._server_url or str(self.settings.get("server_url")),
            username,
            passphrase,
            require_canadian_hosting=bool(self.settings.get("require_canadian_hosting")),
            progress=self.sign_in_window.show_progress,
            on_success=succeeded,
            on_failure=failed,
        )

    def _unlocked(self, profile: Profile, remember: bool) -> None:
        if remember:
            self._remember(profile)
        self._open(profile)

    def _unlock_failed(self, username: str, exc: BaseException) -> None:
        code = error_code(exc)
        log.info("Sign-in failed: %s", code or type(exc).__name__)
        self.sign_in_window.set_busy(False)
        self.sign_in_window.passphrase.clear()
        if code == "sign_in_throttled":
            self.sign_in_window.start_countdown(getattr(exc, "retry_after", 1))
        else:
            self.sign_in_window.show_error(message_for(exc))
            wait = self.directory.throttle.check(username) if self.directory is not None else 0
            if wait > 0:
                self.sign_in_window.start_countdown(wait)
        self.sign_in_window.passphrase.setFocus()
        self.sign_in_failed.emit(code or "")

    def _remember(self, profile: Profile) -> None:
        if self.directory is None:
            return  # signing in needs the directory: never the case
        try:
            self.directory.remember(profile)
        except Exception as exc:
            if error_code(exc) == "keyring_unavailable":
                self._keyring_missing = True
                self._update_remember()
            # Say so plainly and carry on: remembering is a convenience, not a requirement.
            self.notice = show_notice(self.sign_in_window, message_for(exc))

    # --- creating a profile ---------------------------------------------------------------

    def open_create_profile(self) -> CreateProfileDialog:
        dialog = CreateProfileDialog(self.sign_in_window)
        dialog.submitted.connect(self._create)
        dialog.finished.connect(lambda _r: setattr(self, "_dialog", None))
        self._dialog = dialog
        dialog.open()
        return dialog

    def _create(self, new: NewProfile) -> None:
        if self.directory is None or self._dialog is None:
            return
        dialog, directory = self._dialog, self.directory
        dialog.set_busy(True)

        def make(_p: Progress) -> Profile:
            return directory.create(username=new.username, passphrase=new.passphrase,
                                    display_name=new.display_name, role=new.role)  # fmt: skip

        def done(profile: Profile) -> None:
            dialog.accept()
            self._open(profile)

        def failed(exc: BaseException) -> None:
            dialog.set_busy(False)
            dialog.show_error(message_for(exc))

        BackgroundOp(make, parent=dialog).success(done).failure(failed).run()

    def open_join(self) -> JoinDialog:
        """The invite-code dialog; joining opens the new profile like a sign-in."""
        from desktop.ui.join_dialog import JoinDialog

        dialog = JoinDialog(settings=self.settings, network=self.network, directory=self.directory,
                            kdf_params_factory=self._kdf, parent=self.sign_in_window)  # fmt: skip
        dialog.joined.connect(self._open)
        dialog.finished.connect(lambda _r: setattr(self, "join_dialog", None))
        self.join_dialog = dialog
        dialog.open()
        return dialog

    # --- the main window ------------------------------------------------------------------

    def _open(self, profile: Profile) -> None:
        self.profile = profile
        self.session = ProfileSession(profile, settings=self.settings, network=self.network,
                                      server_url=self._server_url, poll_interval=self._poll,
                                      parent=self)  # fmt: skip
        window = MainWindow(display_name=profile.display_name, role=profile.role,
                            pages=self.session.pages(self.policy_problems))  # fmt: skip
        from desktop.ui.settings_page import SettingsPage

        settings_page = window.pages.get("settings")
        if isinstance(settings_page, SettingsPage):
            settings_page.changed.connect(self._setting_changed)
        window.lock_requested.connect(self.lock)
        window.sign_out_requested.connect(self.sign_out)
        self.main_window = window
        self.sign_in_window.reset()
        self.sign_in_window.hide()
        window.show()
        window.activateWindow()
        self.session.start(window)
        self.idle.start()
        self._ask_rules(profile, window)
        self.signed_in.emit(profile)

    def _ask_rules(self, profile: Profile, window: MainWindow) -> None:
        """The program's rules over the window until this version is accepted; declining
        signs out."""
        from desktop.ui.rules_dialog import ask_if_needed

        lang = i18n.current_language() or i18n.choose_language(self.settings.get("language"))
        self.rules_dialog = ask_if_needed(profile, lang, window)
        if self.rules_dialog is not None:
            self.rules_dialog.declined.connect(self.sign_out)

    # --- lock and sign-out ----------------------------------------------------------------

    def lock(self) -> None:
        """Close the database, drop everything decrypted, back to the sign-in screen."""
        self.idle.stop()
        self._close_session()
        window, self.main_window = self.main_window, None
        profile, self.profile = self.profile, None
        who = (profile.display_name, profile.username) if profile is not None else None
        if window is not None:
            window.hide()
            window.deleteLater()
        if profile is not None:
            # A page may be reading the database on a worker thread (a few ms): let it finish
            # rather than pull the database from under it.
            wait_for_background_ops(2, cancel=True)
            profile.close()
        del window, profile
        gc.collect()
        if self._dialog is not None:
            self._dialog.reject()
        self.sign_in_window.reset()
        if who is not None:
            self.sign_in_window.show_locked(*who)
        self.sign_in_window.show()
        self.sign_in_window.activateWindow()
        self.locked.emit()

    def sign_out(self) -> None:
        """Lock, forget a remembered key, and delete the profile when policy says so."""
        person_id = self.profile.person_id if self.profile is not None else None
        self.lock()
        self.sign_in_window.reset()  # signed out: nobody's profile is waiting here
        if person_id is not None and self.directory is not None:
            self.directory.forget(person_id)
            if self.directory.wipe_on_signout:
                self.directory.wipe(person_id)
        self.signed_out.emit()

    def shutdown(self) -> None:
        """At exit: the same as a lock, without showing anything again; the demo server stops."""
        self.idle.stop()
        self._close_session()
        if self.main_window is not None:
            self.main_window.hide()  # pages save drafts on hide: while the database is open
        if self.profile is not None:
            wait_for_background_ops(2, cancel=True)
            self.profile.close()
            self.profile = None
        if self.local_server is not None:
            self.local_server.stop()

    def _close_session(self) -> None:
        """Drafts saved and sync ended, while the database is still open."""
        session, self.session = self.session, None
        if session is not None:
            session.close()
            session.deleteLater()

    # --- settings -------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            i18n.install_language(app, lang)
        if not self.settings.is_locked("language"):
            self.settings.set("language", lang)
        self._update_language()

    def apply_look(self) -> None:
        settings = self.settings
        theme.apply_to_running_app(text_scale=settings.get("text_scale"),
                                   high_contrast=bool(settings.get("high_contrast")))  # fmt: skip

    def _setting_changed(self, key: str) -> None:
        if key == "language":
            self.set_language(self.settings.get("language") or i18n.system_language())
        elif key in ("text_scale", "high_contrast"):
            self.apply_look()
        elif key == "idle_lock_minutes":
            self.idle.set_timeout(IdleLock.minutes_to_ms(self.settings.get(key)))
            if self.profile is not None:
                self.idle.start()

    def _remember_allowed(self) -> bool:
        return bool(self.settings.get("allow_remember_passphrase")) and not bool(
            self.settings.get("shared_pc")
        )

    def _update_remember(self) -> None:
        if self.settings.get("shared_pc"):
            self.sign_in_window.set_remember(allowed=False, code="shared_pc")
        elif not self.settings.get("allow_remember_passphrase"):
            self.sign_in_window.set_remember(allowed=False, code="policy")
        elif self._keyring_missing:
            self.sign_in_window.set_remember(allowed=False, code="keyring_unavailable")
        else:
            self.sign_in_window.set_remember(allowed=True)

    def _update_language(self) -> None:
        lang = i18n.current_language() or i18n.choose_language(self.settings.get("language"))
        reason = lock_reason_text(self.settings, "language")
        self.sign_in_window.set_language(lang, locked_reason=reason)
