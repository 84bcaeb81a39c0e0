"""Everything one signed-in profile has open: its services, its sync task, its pages, reminders.

The session controller makes one `ProfileSession` per sign-in and closes it as a whole on
lock, sign-out or quit: drafts are saved, reminders stop, calls close, the sync task ends on
the network loop and the writer thread finishes BEFORE the controller closes the database.
Every write of the profile holds the gate the open `Profile` owns (`profile.gate`): the
services hold it on the UI thread, the sync engine's writes run on the writer thread under it,
so two writers never meet on one SQLCipher file. The pages of the person's role come from the
page registry (`ui.pages`), built with a `PageContext`: the services, the typing relay
(attached to the live channel once the engine runs) and the one `ChangeEvents` bus of this
profile, so news from sync reaches every screen. Runs on the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.runtime.events import ChangeEvents
from desktop.runtime.writer import DatabaseWriter
from desktop.ui.pages import PageContext, build_pages

if TYPE_CHECKING:  # the services and screens are loaded when a profile opens
    from desktop.controllers.call_launcher import CallLauncher
    from desktop.controllers.sync_runner import SyncRunner
    from desktop.policy import PolicyProblem, Settings
    from desktop.runtime.loop import NetworkLoop
    from desktop.services.messaging import TypingRelay
    from desktop.services.profiles import Profile
    from desktop.ui.conversation import PairHomePage
    from desktop.ui.main_window import MainWindow, Page
    from desktop.ui.scheduling import ReminderNotifier

STATUS_MESSAGE_MS = 60_000


class ProfileSession(QObject):
    """The services, pages and sync of one open profile."""

    def __init__(
        self,
        profile: Profile,
        *,
        settings: Settings,
        network: NetworkLoop | None = None,
        server_url: str | None = None,
        poll_interval: float = 60.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from desktop.services.messaging import MessagingService, TypingRelay
        from desktop.services.scheduling import SchedulingService
        self.profile = profile
        self.settings = settings
        self.events = ChangeEvents(self)
        self.network = network
        self.sync: SyncRunner | None = None
        self.calls: CallLauncher | None = None
        self.typing: TypingRelay | None = None
        # sync's bulk writes run on this profile's one writer thread, and every write (the
        # services' on this thread too) holds the profile's one gate
        self.writer = DatabaseWriter(name=f"db-{profile.person_id[:8]}")
        self.gate = profile.gate
        if network is not None:
            from desktop.controllers.call_launcher import CallLauncher
            from desktop.controllers.sync_runner import SyncRunner

            self.sync = SyncRunner(
                network, profile, events=self.events, server_url=server_url,
                require_canadian_hosting=bool(settings.get("require_canadian_hosting")),
                poll_interval=poll_interval, submit=self.gate.submitter(self.writer.submit),
                parent=self,
            )  # fmt: skip
            typing = self.typing = TypingRelay(network.submit, profile.person_id)
            self.sync.engine_started.append(lambda engine: typing.attach(engine.live))
            self.calls = CallLauncher(
                profile, network=network, sync=self.sync, events=self.events,
                chat=self._call_chat, parent=self,
            )  # fmt: skip
        nudge = self.sync.nudge if self.sync is not None else None
        self.messaging = MessagingService.for_profile(
            profile, events=self.events, nudge=nudge, gate=self.gate
        )
        if self.sync is not None:
            self.sync.status_hooks.append(self.messaging.on_sync_status)
        self.safety_watch: SafetyWatch | None = None
        if self.sync is not None and profile.role == "staff":
            from desktop.services.safety_watch import SafetyWatch

            # staff PCs re-check what arrives with the program's current rules (on the writer
            # thread, a batch at a time, between sync's own writes)
            self.safety_watch = SafetyWatch(profile, events=self.events, nudge=nudge,
                                            submit=self.writer.submit)  # fmt: skip
            self.sync.status_hooks.append(self.safety_watch.on_sync_status)
        self.scheduling = SchedulingService(profile, events=self.events)
        self.built: list[Page] = []
        self.reminders: ReminderNotifier | None = None
        self.window: MainWindow | None = None

    # --- pages --------------------------------------------------------------------------

    def _call_chat(self, pair_id: str) -> PairHomePage:
        """The pair's conversation beside a call's video (drafts and typing as on the home)."""
        from desktop.ui.conversation import PairHomePage

        return PairHomePage(self.messaging, self.events, self.settings, typing=self.typing,
                            only_pair=pair_id)  # fmt: skip

    def pages(self, policy_problems: list[PolicyProblem] | None = None) -> list[Page]:
        """The pages of this person's role, from the page registry, in navigation order."""
        context = PageContext(
            profile=self.profile, settings=self.settings, events=self.events,
            messaging=self.messaging, scheduling=self.scheduling, typing=self.typing,
            join_call=self.calls.open if self.calls is not None else None,
            policy_problems=list(policy_problems or []), network=self.network,
        )  # fmt: skip
        self.built = build_pages(context, self.profile.role)
        for _spec, page in self.built:  # "Check again" on an empty pair home syncs at once
            if self.sync is not None and hasattr(page, "check_requested"):
                page.check_requested.connect(self.sync.nudge)
        return self.built

    # --- life -----------------------------------------------------------------------------

    def start(self, window: MainWindow) -> None:
        """Show sync state and reminders in `window`'s status bar; start syncing."""
        from desktop.ui.scheduling import ReminderNotifier
        from desktop.ui.settings_page import SettingsPage

        self.window = window
        indicator = window.sync_indicator
        if self.sync is None:
            indicator.set_local_only()
        else:
            indicator.show_status(_Connecting())
            self.sync.status_changed.connect(indicator.show_status)
            self.sync.local_only.connect(indicator.set_local_only)
            settings_page = window.pages.get("settings")
            if isinstance(settings_page, SettingsPage):
                sync = self.sync
                sync.status_changed.connect(lambda _v: settings_page.show_residency(sync.residency))
            self.sync.start()
        self.reminders = ReminderNotifier(self.scheduling, events=self.events, parent=self)
        self.reminders.message.connect(
            lambda text: window.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        )
        self.reminders.start()

    def close(self) -> None:
        """Before the database closes: save drafts, stop reminders, close calls, end the sync
        task, then let the writer finish what was queued."""
        for _spec, page in self.built:  # pages that keep unsaved work say so by `flush_draft`
            flush = getattr(page, "flush_draft", None)
            if flush is None:
                continue
            try:
                flush()
            except Exception as exc:  # noqa: BLE001 - never let a draft block a lock
                from desktop.runtime.dispatch import report_unhandled

                report_unhandled(exc, "saving a draft before locking")
        if self.reminders is not None:
            self.reminders.stop()
        if self.calls is not None:
            self.calls.close()
        if self.sync is not None:
            self.sync.stop()
        if self.typing is not None:
            self.typing.attach(None)
        # notices sync queued before it stopped must not make a page read a closed database
        self.events.blockSignals(True)
        self.writer.close()
        self.window = None


class _Connecting:
    """The indicator's first state, before the engine reports."""

    state, done, total, pending, error_code = "idle", 0, 0, 0, None
