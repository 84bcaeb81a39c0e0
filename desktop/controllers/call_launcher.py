"""Opens a pair's call window from a scheduled session's Join (or staff's "Join call").

One launcher per signed-in profile: it builds the `CallsService` lazily on first use, over
the profile's live channel (the sync engine's WebSocket) and the server's ICE settings, and
records each call's outcome through the scheduling service, then tells screens by a change
event. Without a server connection there is no signalling, so it says so plainly instead of
opening a window that cannot connect. Runs on the UI thread; calls live on the network loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.runtime.events import ChangeEvents, ChangeKind
from desktop.ui.error_dialog import show_notice
from jumelage_protocol import Role, Scope

if TYPE_CHECKING:  # loaded on the first call only
    from desktop.controllers.sync_runner import SyncRunner
    from desktop.runtime.loop import NetworkLoop
    from desktop.services.calls import CallsService
    from desktop.services.pairs import PairSummary
    from desktop.services.profiles import Profile
    from desktop.ui.calls.call_window import CallWindow
    from desktop.ui.conversation import PairHomePage

HANG_UP_TIMEOUT_S = 3.0


class CallLauncher(QObject):
    """`open(pair_id, meeting_id)` shows the call window of that pair; `close()` hangs up all."""

    def __init__(
        self,
        profile: Profile,
        *,
        network: NetworkLoop,
        sync: SyncRunner,
        events: ChangeEvents,
        chat: Callable[[str], PairHomePage] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`chat(pair_id)` builds the pair's conversation shown beside the video."""
        super().__init__(parent)
        self._profile, self._network, self._sync, self._events = profile, network, sync, events
        self._chat = chat
        self._calls: CallsService | None = None
        self.notice: QObject | None = None  # the last information box shown
        self.windows: dict[str, CallWindow] = {}

    def open(self, pair_id: str, meeting_id: str | None = None) -> CallWindow | None:
        window = self.windows.get(pair_id)
        if window is not None and window.isVisible():
            window.raise_()
            window.activateWindow()
            return window
        if window is not None:  # closed after a call: a fresh window joins again
            self._forget(pair_id, window)
        pair = self._pair(pair_id)
        calls = self._service()
        if pair is None or calls is None:
            self.notice = show_notice(None, self.tr(
                "Video calls need a connection to your program's server. "
                "Check your Internet connection and try again in a moment."
            ))  # fmt: skip
            return None
        from desktop.ui.calls.call_window import CallWindow

        me = self._profile.person_id
        other = pair.mentee_name if me == pair.mentor_id else pair.mentor_name
        if me not in (pair.mentor_id, pair.mentee_id):  # staff: the call of both of them
            other = self.tr("%1 and %2").replace("%1", pair.mentor_name).replace(
                "%2", pair.mentee_name)  # fmt: skip
        window = CallWindow(
            calls,
            pair_id=pair_id,
            members=(pair.mentor_id, pair.mentee_id),
            other_name=other,
            meeting_id=meeting_id,
        )
        if self._chat is not None and me in (pair.mentor_id, pair.mentee_id):
            window.set_side_panel(self._chat(pair_id))
        window.ended.connect(lambda _report, p=pair_id: self._ended(p))
        window.closed.connect(lambda p=pair_id, w=window: self._forget(p, w))
        self.windows[pair_id] = window
        window.show()
        window.open_devices()
        return window

    def close(self) -> None:
        """Hang up every call before the profile closes (lock, sign-out, quit)."""
        for window in list(self.windows.values()):
            window.close()
        self.windows.clear()
        if self._calls is not None and self._network.running:
            future = self._network.submit(self._calls.close())
            try:
                future.result(timeout=HANG_UP_TIMEOUT_S)
            except Exception:  # noqa: BLE001 - a stuck hang-up must not block the lock
                future.cancel()
            self._calls = None

    # --- inside ----------------------------------------------------------------------------

    def _service(self) -> CallsService | None:
        engine = self._sync.engine
        live = engine.live if engine is not None else None
        if engine is None or live is None:
            return None
        if self._calls is None:
            from desktop.services.calls import (
                CallsService,
                live_signalling,
                profile_names,
                record_with_scheduling,
            )

            self._calls = CallsService(
                loop=self._network,
                person_id=self._profile.person_id,
                signalling_for=live_signalling(live),
                ice=engine.client.ice,
                names=profile_names(self._profile),
                on_call_end=record_with_scheduling(self._profile),
            )
        return self._calls

    def _pair(self, pair_id: str) -> PairSummary | None:
        from desktop.services.pairs import list_my_pairs, list_program_pairs

        listing = list_program_pairs if self._profile.role == Role.STAFF else list_my_pairs
        return next((p for p in listing(self._profile) if p.pair_id == pair_id), None)

    def _forget(self, pair_id: str, window: CallWindow) -> None:
        """Drop a closed window so the next Join builds a new one (a call is rejoinable)."""
        if self.windows.get(pair_id) is window:
            del self.windows[pair_id]
            window.deleteLater()

    def _ended(self, pair_id: str) -> None:
        self._events.emit_change(ChangeKind.MEETING, Scope.pair(pair_id))
