"""One profile's database writes, one at a time: the services' and the sync engine's.

SQLite (so SQLCipher) has one writer per file: a deferred transaction that read, then tries to
write after another writer committed, fails with "database is locked". Every write path of a
profile therefore takes that profile's one `WriteGate`: the services hold it around their short
transactions on the calling thread (`with gate.hold(): ...`, the UI thread mostly, the network
loop for call outcomes and receipts), and the sync engine gets `gate.submit` as its `submit=`,
which runs each bulk write on the profile's `DatabaseWriter` thread (or a worker thread when
none is set) while holding the same lock. No Qt; thread-safe.
"""

from __future__ import annotations

import concurrent.futures
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlalchemy.orm import Session

Submit = Callable[..., concurrent.futures.Future]


class WriteGate:
    """A re-entrant lock over one profile's writes, with `submit` for off-thread writers."""

    _by_profile: weakref.WeakKeyDictionary[Any, WriteGate] = weakref.WeakKeyDictionary()
    _registry_lock = threading.Lock()

    def __init__(self, writer: Submit | None = None) -> None:
        self._lock = threading.RLock()
        self._writer = writer
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None

    @classmethod
    def for_profile(cls, profile: Any, writer: Submit | None = None) -> WriteGate:
        """The one gate of `profile` (made on first use); `writer` (the profile's
        `DatabaseWriter.submit`) becomes where `submit` runs, when given."""
        with cls._registry_lock:
            gate = cls._by_profile.get(profile)
            if gate is None:
                gate = cls._by_profile[profile] = cls()
        if writer is not None:
            gate._writer = writer
        return gate

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Hold the gate for one write transaction on this thread (re-entrant)."""
        with self._lock:
            yield

    @contextmanager
    def transaction(self, sessions: Callable[[], Session]) -> Iterator[Session]:
        """A write transaction on a session from `sessions`, holding the gate: SQLite refuses a
        read-then-write transaction whose snapshot another writer moved meanwhile."""
        with self._lock, sessions() as session, session.begin():
            yield session

    def held_here(self) -> bool:
        """True when this thread holds the gate: lets code (and tests) check a write is gated."""
        return self._lock._is_owned()

    def _locked(self, fn: Callable[..., Any], *args: Any) -> Any:
        with self._lock:
            return fn(*args)

    def submit(self, fn: Callable[..., Any], *args: Any) -> concurrent.futures.Future:
        """Run `fn(*args)` off the caller's thread, holding the gate (the engine's writes)."""
        if self._writer is not None:
            return self._writer(self._locked, fn, *args)
        with self._registry_lock:
            if self._pool is None:
                self._pool = concurrent.futures.ThreadPoolExecutor(1, "jumelage-db-gate")
        return self._pool.submit(self._locked, fn, *args)


def writing(profile: Any) -> AbstractContextManager[Session]:
    """`with writing(profile) as session:` a write transaction on `profile`'s database, through
    its gate (for services other than messaging, which holds its gate itself)."""
    return WriteGate.for_profile(profile).transaction(profile.sessionmaker)
