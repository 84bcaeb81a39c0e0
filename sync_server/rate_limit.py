"""Sliding-window counters of failed attempts (sign-in, invite codes), per account and per address.

In-process and thread-safe (requests run on worker threads): the server is one process.
Only failures count, so a person who signs in correctly is never slowed down; once a key
has `limit` failures inside the window it is refused until the oldest one ages out, and
the caller learns how long to wait (Retry-After).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque

MAX_KEYS = 100_000


class FailureLimiter:
    def __init__(self, limit: int, window_seconds: float) -> None:
        self.limit = limit
        self.window = window_seconds
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _prune(self, key: str, now: float) -> deque[float] | None:
        hits = self._hits.get(key)
        if hits is None:
            return None
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if not hits:
            del self._hits[key]
            return None
        return hits

    def retry_after(self, key: str, now: float | None = None) -> int | None:
        """Seconds to wait before `key` may try again, or None if it may try now."""
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._prune(key, now)
            if hits is None or len(hits) < self.limit:
                return None
            return max(1, math.ceil(hits[0] + self.window - now))

    def fail(self, key: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            if len(self._hits) >= MAX_KEYS:
                for stale in [k for k, v in self._hits.items() if v[-1] <= now - self.window]:
                    del self._hits[stale]
            self._hits.setdefault(key, deque()).append(now)

    def reset(self, key: str) -> None:
        with self._lock:
            self._hits.pop(key, None)
