"""One profile's database writes, one at a time: the services' and the sync engine's.

SQLite (so SQLCipher) has one writer per file: a deferred transaction that read, then tries to
write after another writer committed, fails with "database is locked". Every write path of a
profile therefore takes that profile's one `WriteGate`, which the open `Profile` owns
(`profile.gate`): the services hold it around their short transactions on the calling thread
(`with gate.hold(): ...`, the UI thread mostly, the network loop for call outcomes and
receipts), and the sync engine gets `gate.submitter(writer.submit)` as its `submit=`, which runs
each bulk write on the profile's `DatabaseWriter` thread while holding the same lock
(`gate.submit` uses a worker thread of the gate's own instead). No Qt; thread-safe.
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, TypeVar, TypeVarTuple

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from desktop.services.profiles import Profile
    from desktop.sync.engine import Submit

T = TypeVar("T")
Ts = TypeVarTuple("Ts")


class WriteGate:
    """A re-entrant lock over one profile's writes, with `submit` for off-thread writers."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._pool_lock = threading.Lock()
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None

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
        owned: bool = self._lock._is_owned()  # type: ignore[attr-defined]  # RLock has no public one
        return owned

    def _locked(self, fn: Callable[[*Ts], T], /, *args: *Ts) -> T:
        with self._lock:
            return fn(*args)

    def submitter(self, writer: Submit) -> Submit:
        """A `submit` that runs `fn(*args)` on `writer` (the profile's `DatabaseWriter.submit`)
        holding this gate: what the app gives the sync engine. The gate itself is unchanged."""
        locked = self._locked

        def submit(fn: Callable[[*Ts], T], /, *args: *Ts) -> concurrent.futures.Future[T]:
            return writer(locked, fn, *args)

        return submit

    def submit(self, fn: Callable[[*Ts], T], *args: *Ts) -> concurrent.futures.Future[T]:
        """Run `fn(*args)` on a worker thread of the gate's own, holding the gate (an engine
        with no `DatabaseWriter`: tests, benchmarks, the command line)."""
        with self._pool_lock:
            if self._pool is None:
                self._pool = concurrent.futures.ThreadPoolExecutor(1, "jumelage-db-gate")

        def run() -> T:
            return self._locked(fn, *args)

        return self._pool.submit(run)


def writing(profile: Profile) -> AbstractContextManager[Session]:
    """`with writing(profile) as session:` a write transaction on `profile`'s database, through
    its gate (for services other than messaging, which holds its gate itself)."""
    return profile.gate.transaction(profile.sessionmaker)
