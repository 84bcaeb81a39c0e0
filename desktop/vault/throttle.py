"""The growing delay after failed sign-ins: in memory only, nothing is ever written.

Attempts are counted per username, keyed by a digest under a per-process random key so
the counts do not hold usernames in clear. After 3 failures the delay is
min(2**(n-3), 30) seconds from the last failure. Thread-safe; used from sign-in threads.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable

from desktop.vault.profile_file import normalise_username

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 30.0


class SignInThrottle:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._key = os.urandom(32)
        self._lock = threading.Lock()
        self._failures: dict[bytes, tuple[int, float]] = {}

    def _id(self, username: str) -> bytes:
        name = normalise_username(username).encode("utf-8")
        return hashlib.blake2b(name, key=self._key, digest_size=16).digest()

    @staticmethod
    def delay_after(failures: int) -> float:
        """Seconds to wait after `failures` failed attempts in a row."""
        if failures < FREE_ATTEMPTS:
            return 0.0
        return min(2.0 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS)

    def check(self, username: str) -> float:
        """Seconds left before this username may try again (0 when it may)."""
        with self._lock:
            count, last = self._failures.get(self._id(username), (0, 0.0))
        return max(0.0, last + self.delay_after(count) - self._clock()) if count else 0.0

    def failed(self, username: str) -> None:
        key = self._id(username)
        with self._lock:
            count, _ = self._failures.get(key, (0, 0.0))
            self._failures[key] = (count + 1, self._clock())

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(self._id(username), None)
