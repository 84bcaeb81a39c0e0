"""'Is typing…' over the live channel: best effort, never stored, never retried.

`TypingRelay` sends our typing state to the pair and hands theirs to listeners. Sends are
coroutines submitted to the network loop from any thread (the UI thread, usually); incoming
frames and the listeners run on the network loop thread, so a screen hops to its own thread
before touching widgets. No Qt, no database.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from jumelage_protocol import LiveEphemeral, Scope, ScopeKind, scope_kind

if TYPE_CHECKING:
    from desktop.sync.live import Incoming, LiveChannel


class TypingRelay:
    """`submit(coro)` runs a coroutine on the network loop (`NetworkLoop.submit`); `attach()`
    the sync engine's `LiveChannel` once it runs. Listeners get `(pair_id, sender_id, typing)`.
    """

    def __init__(
        self, submit: Callable[[Coroutine[Any, Any, None]], object], person_id: str
    ) -> None:
        self._submit = submit
        self.person_id = person_id
        self._live: LiveChannel | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._listeners: list[Callable[[str, str, bool], None]] = []

    def attach(self, live: LiveChannel | None) -> None:
        """Listen on (and send through) `live`; a later channel replaces an earlier one, and
        None detaches (sync stopped)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._live = live
        self._unsubscribe = live.subscribe(self._incoming) if live is not None else None

    @property
    def attached(self) -> bool:
        return self._live is not None

    def subscribe(self, listener: Callable[[str, str, bool], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def send(self, pair_id: str, typing: bool) -> None:
        """Tell the pair; silently nothing when offline (it only matters right now)."""
        live = self._live
        if live is None:
            return
        try:
            future = self._submit(live.send_ephemeral(Scope.pair(pair_id), "typing", typing))
        except Exception:  # noqa: BLE001 - the loop is stopping: typing does not matter then
            return
        if hasattr(future, "add_done_callback"):
            future.add_done_callback(lambda f: f.cancelled() or f.exception())

    def _incoming(self, frame: Incoming) -> None:
        if not isinstance(frame, LiveEphemeral) or frame.kind != "typing":
            return  # a call's signal, or another ephemeral
        if scope_kind(frame.scope) != ScopeKind.PAIR:
            return
        if frame.sender is None or frame.sender == self.person_id:
            return
        for listener in list(self._listeners):
            listener(Scope.parse(frame.scope).id, frame.sender, bool(frame.value))
