"""Slow local work off the UI thread, with progress, cancellation and errors (Anki's QueryOp).

``BackgroundOp`` runs a plain function on a ``QThreadPool`` worker (or on a profile's
``DatabaseWriter`` for writes) and calls its ``success`` / ``failure`` / ``progress`` callbacks
on the UI thread. Key derivation at sign-in runs here, so the window keeps painting. Create and
``run()`` ops on the UI thread; the function itself runs on a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, Literal, TypeVar

from PySide6.QtCore import QObject, QThreadPool

from desktop.runtime.dispatch import UiDispatcher, report_unhandled
from desktop.runtime.writer import DatabaseWriter
from jumelage_protocol import CodedError

T = TypeVar("T")
ProgressCallback = Callable[[int, "int | None", str], object]


class OperationCancelled(CodedError):
    """Raised inside an op's function (by ``Progress.raise_if_cancelled``) to stop early."""

    code = "runtime.cancelled"


class Progress:
    """Handed to an op's function: report progress, and see whether the person cancelled.

    Reports are coalesced: however often the function reports, at most one update waits in
    the UI thread's queue, and it carries the latest figures.
    """

    def __init__(self, notify: Callable[[], None] | None = None) -> None:
        self._lock = threading.Lock()
        self._notify = notify
        self._latest: tuple[int, int | None, str] = (0, None, "")
        self._pending = False
        self._cancelled = threading.Event()

    def report(self, done: int, total: int | None, label: str = "") -> None:
        """Say how far along the work is; ``total`` None means unknown (a busy indicator)."""
        with self._lock:
            self._latest = (done, total, label)
            if self._pending or self._notify is None:
                return
            self._pending = True
        self._notify()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def raise_if_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise OperationCancelled()

    def take_latest(self) -> tuple[int, int | None, str]:
        """The latest report, marking it delivered (called on the UI thread)."""
        with self._lock:
            self._pending = False
            return self._latest


class _Tracker:
    """Counts ops whose function has not finished yet, so shutdown can wait for them."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._active: set[BackgroundOp[Any]] = set()

    def add(self, op: BackgroundOp[Any]) -> None:
        with self._cond:
            self._active.add(op)

    def remove(self, op: BackgroundOp[Any]) -> None:
        with self._cond:
            self._active.discard(op)
            self._cond.notify_all()

    def wait(self, timeout: float, cancel: bool) -> bool:
        with self._cond:
            if cancel:
                for op in self._active:
                    op.cancel()
            return self._cond.wait_for(lambda: not self._active, timeout)

    def count(self) -> int:
        with self._cond:
            return len(self._active)


_tracker = _Tracker()


def wait_for_background_ops(timeout: float = 10, *, cancel: bool = True) -> bool:
    """At shutdown: ask running ops to cancel, then wait for their functions to return.

    Returns False if some were still running after ``timeout`` seconds. Callbacks still queued
    for the UI thread are not run by this; the caller quits the event loop afterwards.
    """
    return _tracker.wait(timeout, cancel)


def active_background_ops() -> int:
    """How many ops are still running their function (for a "please wait" at exit)."""
    return _tracker.count()


class BackgroundOp(Generic[T]):
    """Runs ``fn(progress)`` off the UI thread and reports back on the UI thread.

    Never touch widgets inside ``fn``: it runs on a worker thread, and Qt widgets may only be used
    on the UI thread. Read what ``fn`` needs from widgets before ``run()``; update them in the
    callbacks. If ``parent`` is deleted before ``fn`` returns, the callbacks are dropped. A
    failure with no ``failure`` callback is logged without its message and given to the app's
    failure hook. With ``writer``, ``fn`` runs on that profile's database writer thread instead of
    the thread pool, in order with the other writes.

        BackgroundOp(lambda p: vault.unlock(passphrase), parent=self)
            .success(self._show_home).failure(self._show_error).run()
    """

    def __init__(
        self,
        fn: Callable[[Progress], T],
        *,
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
        writer: DatabaseWriter | None = None,
    ) -> None:
        self._fn = fn
        self._parent = parent
        self._pool = pool
        self._writer = writer
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[BaseException], object] | None = None
        self._on_progress: ProgressCallback | None = None
        self._dispatcher: UiDispatcher | None = None
        self._progress = Progress(self._post_progress)
        # (True, result) or (False, what fn raised)
        self._outcome: tuple[Literal[True], T] | tuple[Literal[False], BaseException] | None = None
        self._started = False

    def success(self, cb: Callable[[T], object]) -> BackgroundOp[T]:
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[BaseException], object]) -> BackgroundOp[T]:
        self._on_failure = cb
        return self

    def progress(self, cb: ProgressCallback) -> BackgroundOp[T]:
        """``cb(done, total, label)`` on the UI thread; ``total`` None means unknown."""
        self._on_progress = cb
        return self

    def cancel(self) -> None:
        """Ask ``fn`` to stop; it sees ``progress.cancelled`` and decides when to return."""
        self._progress.cancel()

    def run(self) -> BackgroundOp[T]:
        """Start the work; call on the UI thread, once."""
        if self._started:
            raise RuntimeError("A BackgroundOp runs once; create a new one")
        self._started = True
        self._dispatcher = UiDispatcher(self._parent)
        _tracker.add(self)
        if self._writer is not None:
            try:
                self._writer.submit(self._work)
            except BaseException:
                _tracker.remove(self)
                raise
        else:
            (self._pool or QThreadPool.globalInstance()).start(self._work)
        return self

    # -- worker thread ----------------------------------------------------------------------

    def _work(self) -> None:
        # The outcome is kept on the op, not in a local, and every reference the op holds is
        # dropped on the UI thread (``_deliver``): if the worker dropped the last reference to a
        # result or a widget captured by ``fn``, Python would free a Qt object off the UI thread.
        try:
            self._outcome = (True, self._fn(self._progress))
        except BaseException as exc:  # SystemExit and the like still reach the UI as failures
            self._outcome = (False, exc)
        # Post first, then say "done": `wait_for_background_ops()` must not return while this
        # worker is still handing its result to the UI thread.
        try:
            self._post(self._deliver)
        finally:
            _tracker.remove(self)

    def _post(self, fn: Callable[[], object]) -> None:
        dispatcher = self._dispatcher
        if dispatcher is not None:
            dispatcher.post(fn)

    def _post_progress(self) -> None:
        self._post(self._deliver_progress)

    # -- UI thread ---------------------------------------------------------------------------

    def _deliver_progress(self) -> None:
        done, total, label = self._progress.take_latest()
        if self._on_progress is not None:
            self._on_progress(done, total, label)

    def _deliver(self) -> None:
        outcome, self._outcome = self._outcome, None
        on_success, on_failure = self._on_success, self._on_failure
        self._release()
        if outcome is None:
            return
        if outcome[0]:
            if on_success is not None:
                on_success(outcome[1])
            return
        failure = outcome[1]
        if on_failure is not None:
            on_failure(failure)
        elif not isinstance(failure, OperationCancelled):
            report_unhandled(failure, "a background operation")

    def _release(self) -> None:
        """Drop everything the op holds, here on the UI thread."""
        dispatcher, parent = self._dispatcher, self._parent
        self._dispatcher = self._parent = None
        self._fn = self._on_success = self._on_failure = self._on_progress = None  # type: ignore[assignment]
        if dispatcher is not None and parent is not None:
            dispatcher.deleteLater()  # otherwise it would live as long as its parent


class LatestRead:
    """The default path for a screen's reads that can grow (lists, counts, search).

    `run(read, show)` runs `read()` off the UI thread and calls `show(result)` on the UI thread,
    but only for the newest run: a slow answer to an older question is dropped, so a list never
    flickers back to stale rows. `loading` is True while the newest run is out. A failure goes
    to `failed` (or to the failure hook). Create and use on the UI thread; `owner` is the
    screen, whose deletion drops pending results.
    """

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._generation = 0
        self.loading = False

    def run(
        self,
        read: Callable[[], T],
        show: Callable[[T], object],
        failed: Callable[[BaseException], object] | None = None,
    ) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True

        def newest() -> bool:
            if generation != self._generation:
                return False
            self.loading = False
            return True

        def done(value: T) -> None:
            if newest():
                show(value)

        def failure(exc: BaseException) -> None:
            if not newest():
                return
            if failed is not None:
                failed(exc)
            elif not isinstance(exc, OperationCancelled):
                report_unhandled(exc, "a screen's read")

        BackgroundOp(lambda _p: read(), parent=self._owner).success(done).failure(failure).run()

    def forget(self) -> None:
        """Drop the answer of any run still out (the question no longer stands)."""
        self._generation += 1
        self.loading = False
