"""One writer thread per open profile, so database writes never race and keep their order.

SQLite (and so SQLCipher) allows one writer at a time; funnelling every write of a profile
through one thread avoids "database is locked" and makes write order the submit order (Anki's
``taskman`` does the same). ``submit`` is called from any thread; the callables run on the
writer thread, one after another. No Qt here: results come back as ``concurrent.futures.Future``
and a ``BackgroundOp`` can carry them to the UI thread.
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable
from typing import TypeVar, TypeVarTuple

from jumelage_protocol import CodedError

T = TypeVar("T")
Ts = TypeVarTuple("Ts")


class WriterClosed(CodedError, RuntimeError):
    """A write was submitted after ``close()`` (the profile was locked or signed out)."""

    code = "runtime.writer_closed"


class DatabaseWriter:
    """Serialises all writes for one profile on a single worker thread.

    ``initializer`` runs first on the writer thread: open the thread-bound connection there.
    """

    def __init__(
        self,
        name: str = "jumelage-db-writer",
        *,
        initializer: Callable[[], object] | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._closed = False
        self._thread_ident: int | None = None
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=name, initializer=self._init, initargs=(initializer,)
        )

    def _init(self, initializer: Callable[[], object] | None) -> None:
        self._thread_ident = threading.get_ident()
        if initializer is not None:
            initializer()

    def submit(self, fn: Callable[[*Ts], T], *args: *Ts) -> concurrent.futures.Future[T]:
        """Queue ``fn(*args)`` to run on the writer thread after everything queued before it."""
        with self._lock:
            if self._closed:
                raise WriterClosed(detail="The database writer is closed")
            return self._executor.submit(fn, *args)

    def is_writer_thread(self) -> bool:
        """True on the writer thread; lets code assert it is where writes belong."""
        return self._thread_ident == threading.get_ident()

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self, *, cancel_pending: bool = False) -> None:
        """Refuse new writes, finish (or cancel) the queued ones and join the thread.

        Safe to call twice. By default queued writes complete, because a lock or sign-out must not
        drop work the person already did.
        """
        if self.is_writer_thread():
            raise RuntimeError("DatabaseWriter.close() must not be called from the writer thread")
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=cancel_pending)

    def __enter__(self) -> DatabaseWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
