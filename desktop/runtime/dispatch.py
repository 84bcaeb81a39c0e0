"""Hand a callable to the thread that owns a QObject, and report exceptions nobody handled.

Used by the loop bridge and by background operations, so that both deliver to the UI thread the
same way. ``UiDispatcher.post`` is called from any thread; the posted callable runs on the thread
the dispatcher lives in (the UI thread, in the app). ``report_unhandled`` runs on the UI thread.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger("jumelage.runtime")

FailureHook = Callable[[BaseException], None]

_hook_lock = threading.Lock()
_failure_hook: FailureHook | None = None


def set_failure_hook(hook: FailureHook | None) -> FailureHook | None:
    """Install the app's handler for exceptions no caller handled; return the previous one.

    The app sets this once (it shows a plain "something went wrong" message); it is process-wide
    like ``sys.excepthook`` because an unhandled error has no better owner.
    """
    global _failure_hook
    with _hook_lock:
        previous, _failure_hook = _failure_hook, hook
    return previous


def describe_without_message(exc: BaseException) -> str:
    """Type and stack of ``exc`` and its causes, without messages that may hold personal data."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        parts.append(f"{kind.__module__}.{kind.__qualname__}")
        parts.extend(traceback.format_tb(current.__traceback__))
        current = current.__cause__ or current.__context__
        if current is not None:
            parts.append("caused by / while handling:")
    return "\n".join(p.rstrip("\n") for p in parts)


def log_failure(exc: BaseException, where: str) -> None:
    """Log ``exc`` (type and stack, never its message) for a failure the caller works around."""
    log.error("Failure in %s: %s", where, describe_without_message(exc))


def report_unhandled(exc: BaseException, where: str) -> None:
    """Log ``exc`` without its message and give it to the failure hook; never raises."""
    log.error("Unhandled exception in %s: %s", where, describe_without_message(exc))
    with _hook_lock:
        hook = _failure_hook
    if hook is None:
        return
    try:
        hook(exc)
    except Exception as hook_exc:  # a broken hook must not take the caller down
        log.error("The failure hook raised: %s", describe_without_message(hook_exc))


class UiDispatcher(QObject):
    """Runs posted callables on its own thread through a queued connection.

    Queued even when posted from its own thread, so a callback never runs inside the caller's
    stack. If the dispatcher (or its parent) is deleted first, pending callables are dropped:
    that is how a closed window stops receiving results.
    """

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], object]) -> None:
        """Run ``fn`` soon on the dispatcher's thread; callable from any thread."""
        try:
            self._posted.emit(fn)
        except RuntimeError:  # the C++ object is gone (window closed): nobody is listening
            log.debug("Dropped a callback for a deleted receiver")

    @Slot(object)
    def _run(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception as exc:
            report_unhandled(exc, "a UI-thread callback")
