"""Change notices from services to screens, as one Qt signal (Anki's ``operation_did_execute``).

Services call ``emit_change`` from any thread (the writer thread, the network loop, a background
operation) after they commit; ``changed`` is emitted on the thread that owns the ``ChangeEvents``
object (the UI thread in the app), so screens connected there refresh on the UI thread. Each
screen decides what to refresh from the ``Change``; no screen pokes another. The app owns one
instance and passes it down: there is no module-level singleton.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot


@dataclass(frozen=True, slots=True)
class Change:
    """What changed: ``kind`` such as "message" or "pair", an optional ``scope``, and ids.

    Carries ids only, never content, so a change notice can never leak personal data.
    """

    kind: str
    scope: str | None = None
    ids: tuple[str, ...] = ()


class ChangeEvents(QObject):
    """Broadcasts ``Change`` objects; create it on the UI thread."""

    changed = Signal(object)
    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._emit_here, Qt.ConnectionType.QueuedConnection)

    def emit_change(
        self,
        kind: str | Change,
        scope: str | None = None,
        ids: Iterable[str] = (),
    ) -> Change:
        """Announce a change; callable from any thread. Returns the ``Change`` sent.

        On the owner thread listeners run before this returns; from another thread the notice is
        queued to the owner thread, so listeners never run on a worker thread.
        """
        if isinstance(kind, Change):
            change = kind
        else:
            if not kind:
                raise ValueError("A change needs a kind")
            change = Change(kind, scope, tuple(str(i) for i in ids))
        if self._on_owner_thread():
            self.changed.emit(change)
        else:
            self._posted.emit(change)
        return change

    def _on_owner_thread(self) -> bool:
        return self.thread() == QThread.currentThread()

    @Slot(object)
    def _emit_here(self, change: Change) -> None:
        self.changed.emit(change)
