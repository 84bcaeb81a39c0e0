"""Change notices from services to screens, as one Qt signal (Anki's ``operation_did_execute``).

Services call ``emit_change`` from any thread (the writer thread, the network loop, a background
operation) after they commit; ``changed`` is emitted on the thread that owns the ``ChangeEvents``
object (the UI thread in the app), so screens connected there refresh on the UI thread. Each
screen decides what to refresh from the ``Change``; no screen pokes another. The app owns one
instance and passes it down: there is no module-level singleton.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from jumelage_protocol import Scope


class ChangeKind(StrEnum):
    """What a change notice is about; screens pick the kinds they show."""

    MESSAGE = "message"  # messages of a pair, held messages, activity cards and their marks
    MEETING = "meeting"  # a pair's scheduled meetings and calls
    PAIR = "pair"  # the list of pairs and their summaries (last message, unread count)
    REPORT = "report"  # reports to staff
    READ_MARKER = "read_marker"  # how far a member has read


@dataclass(frozen=True, slots=True)
class Change:
    """What changed: its ``kind``, an optional ``scope``, ids, and who caused it.

    Carries ids only, never content, so a change notice can never leak personal data.
    ``initiator`` is the object (a screen) that asked for the change, or None for sync and
    background work: that screen has already shown its own change, so it skips the notice
    (Anki's ``OpChanges`` pattern) instead of refreshing twice.
    """

    kind: ChangeKind
    scope: Scope | None = None
    ids: tuple[str, ...] = ()
    initiator: object | None = field(default=None, compare=False)


class ChangeEvents(QObject):
    """Broadcasts ``Change`` objects; create it on the UI thread."""

    changed = Signal(object)
    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._emit_here, Qt.ConnectionType.QueuedConnection)

    def emit_change(
        self,
        kind: ChangeKind | Change,
        scope: Scope | None = None,
        ids: Iterable[str] = (),
        *,
        initiator: object | None = None,
    ) -> Change:
        """Announce a change; callable from any thread. Returns the ``Change`` sent.

        On the owner thread listeners run before this returns; from another thread the notice is
        queued to the owner thread, so listeners never run on a worker thread.
        """
        if isinstance(kind, Change):
            change = kind
        else:
            change = Change(ChangeKind(kind), scope, tuple(str(i) for i in ids), initiator)
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
