"""The one asyncio loop for all network work (sync, calls) and its bridge back to Qt.

``NetworkLoop`` owns a daemon thread running an asyncio event loop (Electrum's pattern: qasync
and QtAsyncio did not suit aiortc's UDP sockets). Any thread may submit coroutines to it.
``AsyncBridge`` lives on the UI thread: it submits a coroutine and delivers the result or the
exception back to the UI thread through a queued Qt signal.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar, TypeVarTuple

from PySide6.QtCore import QObject, Signal

from desktop.runtime.dispatch import UiDispatcher, describe_without_message, report_unhandled
from jumelage_protocol import CodedError

log = logging.getLogger("jumelage.runtime")

T = TypeVar("T")
Ts = TypeVarTuple("Ts")
ExceptionListener = Callable[[BaseException], None]


class LoopNotRunning(CodedError, RuntimeError):
    """Work was submitted before ``start()`` or after ``stop()``."""

    code = "runtime.loop_not_running"


class NetworkLoop:
    """An asyncio loop in its own thread; ``start()`` once at launch, ``stop()`` at exit."""

    def __init__(self, name: str = "jumelage-network") -> None:
        self._name = name
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._listeners: list[ExceptionListener] = []

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the loop thread; a no-op when already running. A stopped loop may start again."""
        with self._lock:
            if self._thread is not None:
                return
            loop = asyncio.new_event_loop()
            loop.set_exception_handler(self._on_loop_exception)
            ready = threading.Event()
            thread = threading.Thread(
                target=self._run, args=(loop, ready), name=self._name, daemon=True
            )
            self._loop, self._thread = loop, thread
            thread.start()
        ready.wait()

    def stop(self, timeout: float = 5) -> bool:
        """Cancel pending tasks, close the loop and join its thread; safe to call twice.

        Tasks get ``timeout`` seconds to finish after cancellation. Returns False when the thread
        did not end in time (a task ignoring cancellation), True otherwise.
        """
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return True
        if threading.current_thread() is thread:
            raise RuntimeError("NetworkLoop.stop() must not be called from the loop thread")
        try:
            loop.call_soon_threadsafe(lambda: loop.create_task(self._shutdown(loop, timeout)))
        except RuntimeError:  # already closed
            pass
        thread.join(timeout + 1)
        if thread.is_alive():
            log.warning("The network thread did not stop within %.1f s", timeout)
            return False
        return True

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        """The running asyncio loop (for libraries that need it, such as aiortc)."""
        loop = self._loop
        if loop is None:
            raise LoopNotRunning(detail="The network loop is not running")
        return loop

    @property
    def running(self) -> bool:
        return self._loop is not None

    # -- submitting work -------------------------------------------------------------------

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Schedule ``coro`` on the loop from any thread; the future completes with its outcome."""
        loop = self._loop
        if loop is None:
            coro.close()  # avoid "coroutine was never awaited"
            raise LoopNotRunning(detail="The network loop is not running")
        return asyncio.run_coroutine_threadsafe(coro, loop)

    def call_soon(self, fn: Callable[[*Ts], object], *args: *Ts) -> None:
        """Run plain ``fn(*args)`` on the loop thread (for example to feed a queue)."""
        self.loop.call_soon_threadsafe(fn, *args)

    def add_exception_listener(self, listener: ExceptionListener) -> None:
        """Be told, on the loop thread, about exceptions no task awaited or callback caught."""
        self._listeners.append(listener)

    def remove_exception_listener(self, listener: ExceptionListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # -- internals (loop thread) -----------------------------------------------------------

    @staticmethod
    def _run(loop: asyncio.AbstractEventLoop, ready: threading.Event) -> None:
        asyncio.set_event_loop(loop)
        loop.call_soon(ready.set)
        try:
            loop.run_forever()
        finally:
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
            finally:
                asyncio.set_event_loop(None)
                loop.close()

    @staticmethod
    async def _shutdown(loop: asyncio.AbstractEventLoop, timeout: float) -> None:
        me = asyncio.current_task()
        tasks = [t for t in asyncio.all_tasks(loop) if t is not me]
        for task in tasks:
            task.cancel()
        if tasks:
            _done, pending = await asyncio.wait(tasks, timeout=timeout)
            if pending:
                log.warning("%d network task(s) ignored cancellation at shutdown", len(pending))
        loop.stop()

    def _on_loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if not isinstance(exc, BaseException):
            # context["message"] is asyncio's own text, not user data.
            log.error("Network loop error: %s", context.get("message", "unknown"))
            return
        if not self._listeners:
            log.error("Unhandled exception on the network loop: %s", describe_without_message(exc))
        for listener in list(self._listeners):
            try:
                listener(exc)
            except Exception as listener_exc:
                log.error("Exception listener raised: %s", describe_without_message(listener_exc))


class AsyncBridge(QObject):
    """Runs coroutines on a ``NetworkLoop`` and brings their outcome back to this object's thread.

    Create it on the UI thread. ``finished(result)`` and ``failed(exception)`` fire for every
    coroutine run through ``run``, after the per-call callbacks. A failure with no ``on_failure``
    goes to :func:`desktop.runtime.dispatch.report_unhandled`, as do exceptions that escape the
    loop without anyone awaiting them. A cancelled coroutine (for example at shutdown) is not a
    failure: only ``on_failure`` hears of it, with ``asyncio.CancelledError``.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, network_loop: NetworkLoop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._net = network_loop
        self._dispatcher = UiDispatcher(self)
        net, listener = network_loop, self._on_loop_exception
        net.add_exception_listener(listener)
        self.destroyed.connect(lambda *_: net.remove_exception_listener(listener))

    def run(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[BaseException], object] | None = None,
    ) -> concurrent.futures.Future[T]:
        """Submit ``coro``; call ``on_success(result)`` or ``on_failure(exc)`` on this thread."""
        future = self._net.submit(coro)
        dispatcher = self._dispatcher

        def done(fut: concurrent.futures.Future[T]) -> None:
            dispatcher.post(lambda: self._deliver(fut, on_success, on_failure))

        future.add_done_callback(done)
        return future

    def _deliver(
        self,
        fut: concurrent.futures.Future[T],
        on_success: Callable[[T], object] | None,
        on_failure: Callable[[BaseException], object] | None,
    ) -> None:
        if fut.cancelled():
            if on_failure is not None:
                on_failure(asyncio.CancelledError())
            return
        exc = fut.exception()
        if exc is None:
            result = fut.result()
            if on_success is not None:
                on_success(result)
            self.finished.emit(result)
            return
        if on_failure is not None:
            on_failure(exc)
        else:
            report_unhandled(exc, "a network task")
        self.failed.emit(exc)

    def _on_loop_exception(self, exc: BaseException) -> None:
        self._dispatcher.post(lambda: report_unhandled(exc, "the network loop"))
