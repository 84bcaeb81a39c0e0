"""One signed-in profile's background sync, run on the app's NetworkLoop and reported to Qt.

`SyncRunner.start()` submits a task to the network loop that checks the server's residency
(refusing it when policy requires Canadian hosting), then runs the profile's
`SyncEngine.run(stop)`; `engine_started` hooks then get the running engine on the network
loop (the typing relay attaches to its live channel there). Status changes come back to the UI
thread as `status_changed(SyncStatusView)`; after each completed round, every scope whose pull
cursor moved is announced on `ChangeEvents` (ids only), so the conversation and session lists
refresh themselves.
`stop()` ends the task before the database closes: it asks politely, then cancels; a query
still in flight on a worker thread then fails cleanly against the closed database. Created and
used on the UI thread; the coroutine runs on the network loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.runtime.dispatch import UiDispatcher, report_unhandled
from desktop.runtime.events import Change, ChangeEvents, ChangeKind
from jumelage_protocol import Residency, Scope, ScopeKind, scope_kind

if TYPE_CHECKING:  # sync is loaded off the UI thread, when the task starts
    from desktop.runtime.loop import NetworkLoop
    from desktop.services.profiles import Profile
    from desktop.services.sync_status import SyncStatusView
    from desktop.sync.engine import Submit, SyncEngine
    from desktop.sync.status import SyncStatus

log = logging.getLogger("jumelage.sync")

T = TypeVar("T")
NUDGE_KINDS = (ChangeKind.MESSAGE, ChangeKind.MEETING, ChangeKind.REPORT, ChangeKind.PAIR)


class SyncRunner(QObject):
    """Owns the sync task of one profile; `local_only` is emitted when it has no server."""

    status_changed = Signal(object)  # SyncStatusView
    local_only = Signal()

    def __init__(
        self,
        network: NetworkLoop,
        profile: Profile,
        *,
        events: ChangeEvents,
        server_url: str | None = None,
        require_canadian_hosting: bool = False,
        poll_interval: float = 60.0,
        submit: Submit | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.status_hooks: list[Callable[[SyncStatus], object]] = []  # on the network loop
        # called on the network loop with the engine once its run() (and live channel) started
        self.engine_started: list[Callable[[SyncEngine], object]] = []
        self._network = network
        self._profile = profile
        self._events = events
        self._server_url = server_url
        self._require_ca = require_canadian_hosting
        self._poll = poll_interval
        self._submit = submit  # the profile's DatabaseWriter: where the engine's writes run
        self._dispatcher = UiDispatcher(self)
        self._future: concurrent.futures.Future[None] | None = None
        self._stop: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self.engine: SyncEngine | None = None
        self.residency: Residency | None = None
        self.last_status: SyncStatusView | None = None
        self._cursors: dict[str, int] = {}
        events.changed.connect(self._on_local_change)

    @property
    def running(self) -> bool:
        return self._future is not None and not self._future.done()

    def start(self) -> None:
        if self._future is None:
            self._future = self._network.submit(self._run())

    def nudge(self) -> None:
        engine = self.engine
        if engine is not None:
            engine.nudge()

    def stop(self, timeout: float = 3.0) -> bool:
        """End the sync task (call before the database closes); True when it ended in time."""
        future, self._future = self._future, None
        if future is None or future.done():
            return True
        try:
            self._network.submit(self._halt(timeout)).result(timeout + 2)
        except Exception as exc:  # noqa: BLE001 - the loop is gone: nothing runs any more
            log.info("Sync stop: %s", type(exc).__name__)
        return future.done()

    # --- network loop -------------------------------------------------------------------

    async def _halt(self, timeout: float) -> None:
        if self._stop is not None:
            self._stop.set()
        task = self._task
        if task is None:
            return
        done, _pending = await asyncio.wait({task}, timeout=timeout / 2)
        if not done:  # a request is slow: do not keep the person waiting for it
            task.cancel()
            await asyncio.wait({task}, timeout=timeout / 2)

    async def _run(self) -> None:
        self._task = asyncio.current_task()
        self._stop = asyncio.Event()
        from desktop.services.accounts import engine_for
        from desktop.services.closing import record_purged
        from desktop.services.sync_status import SyncStatusView
        from desktop.sync.errors import SyncError
        from desktop.sync.residency import check_residency
        from desktop.sync.status import SyncStatus

        def on_status(status: SyncStatus) -> None:
            view = SyncStatusView.from_status(status, self.residency)
            if status.state == "synced":
                self._announce_moved()
            _call_hooks(self.status_hooks, status, "a sync status hook")  # e.g. receipts
            self._dispatcher.post(lambda: self._deliver(view))

        try:
            engine = await asyncio.to_thread(
                engine_for, self._profile, self._server_url, on_status=on_status,
                poll_interval=self._poll, submit=self._submit,
                on_purged=partial(record_purged, self._profile),  # staff: audit each purge
            )  # fmt: skip
        except SyncError as exc:
            if exc.code == "no_server":
                self._dispatcher.post(self.local_only.emit)
                return
            raise
        self.engine = engine
        try:
            self._cursors = await asyncio.to_thread(self._read_cursors)
            try:
                self.residency = await check_residency(
                    engine.client, require_canadian_hosting=self._require_ca
                )
            except SyncError as exc:
                if exc.code == "residency_not_canadian":
                    on_status(SyncStatus("error", error_code=exc.code))  # never sync with it
                    return
                # unreachable now: the engine retries with backoff and says "offline"
            run = asyncio.ensure_future(engine.run(self._stop))
            try:
                await asyncio.sleep(0)  # run() opens its live channel before its first wait
                _call_hooks(self.engine_started, engine, "an engine-started hook")
                await run
            finally:
                if not run.done():  # we were cancelled first
                    run.cancel()
                    await asyncio.wait({run})
        finally:
            self.engine = None
            await engine.client.aclose()

    def _read_cursors(self) -> dict[str, int]:
        from desktop.sync.pull import cursors

        with self._profile.sessionmaker() as s:
            return dict(cursors(s))

    def _announce_moved(self) -> None:
        """Scopes with newly applied ops, as change notices (ids only, never content)."""
        try:
            now = self._read_cursors()
        except Exception:  # noqa: BLE001 - locked meanwhile: nobody is listening
            return
        before, self._cursors = self._cursors, now
        moved = [scope for scope, seq in now.items() if seq > before.get(scope, 0)]
        for scope in moved:
            if scope_kind(scope) is ScopeKind.PAIR:
                pair = Scope.parse(scope)
                self._events.emit_change(ChangeKind.MESSAGE, pair)
                self._events.emit_change(ChangeKind.MEETING, pair)
            else:
                self._events.emit_change(ChangeKind.PAIR, None)

    # --- UI thread ----------------------------------------------------------------------

    def _deliver(self, view: SyncStatusView) -> None:
        self.last_status = view
        self.status_changed.emit(view)

    def _on_local_change(self, change: Change) -> None:
        # Changes the runner announced carry no ids; a person's own edits do: send those now.
        if change.ids and change.kind in NUDGE_KINDS:
            self.nudge()


def _call_hooks(hooks: list[Callable[[T], object]], value: T, what: str) -> None:
    for hook in list(hooks):
        try:
            hook(value)
        except Exception as exc:  # noqa: BLE001 - a hook must not stop sync
            report_unhandled(exc, what)
