"""Attempt limits: exponential back-off on failures (sign-in, invite codes) and request rates.

In-process and thread-safe (requests run on worker threads): the server is one process.

`Backoff` counts an attempt *before* the slow check it guards (`reserve`), under one lock,
so a burst of concurrent guesses cannot slip past the limit while earlier ones are still
hashing: at most `free` attempts run back to back, then each further one must wait twice as
long as the last (1 s, 2 s, 4 s, … up to a cap). A success hands its reservation back
(`release`) or clears the key (`reset`); a key is forgotten `forget_seconds` after its last
attempt. Back-off instead of a flat ban means a stranger who guesses wrong from a school's
one public address delays the next attempt there by seconds, not everyone for 15 minutes.

`Rate` is a token bucket for requests that are not failures (prelogin, enrolment).
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

MAX_KEYS = 100_000


@dataclass
class _Tries:
    count: int
    last: float


class Backoff:
    def __init__(
        self,
        free: int,
        *,
        base_seconds: float = 1.0,
        max_seconds: float = 900.0,
        forget_seconds: float = 900.0,
    ) -> None:
        self.free = free
        self.base = base_seconds
        self.cap = max_seconds
        self.forget = forget_seconds
        self._tries: dict[str, _Tries] = {}
        self._lock = threading.Lock()

    def _delay(self, count: int) -> float:
        if count < self.free:
            return 0.0
        return min(self.cap, self.base * 2.0 ** min(count - self.free, 32))

    def _current(self, key: str, now: float) -> _Tries | None:
        tries = self._tries.get(key)
        if tries is not None and now - tries.last > self.forget:
            del self._tries[key]
            return None
        return tries

    def wait(self, key: str, now: float | None = None) -> int | None:
        """Seconds before `key` may try again, or None if it may try now."""
        now = time.monotonic() if now is None else now
        with self._lock:
            return self._wait(self._current(key, now), now)

    def _wait(self, tries: _Tries | None, now: float) -> int | None:
        if tries is None:
            return None
        left = tries.last + self._delay(tries.count) - now
        return max(1, math.ceil(left)) if left > 0 else None

    def reserve(self, key: str, now: float | None = None) -> int | None:
        """Count one attempt now, or return the seconds to wait (nothing counted)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            tries = self._current(key, now)
            wait = self._wait(tries, now)
            if wait is not None:
                return wait
            if tries is None:
                if len(self._tries) >= MAX_KEYS:
                    self._sweep(now)
                tries = self._tries[key] = _Tries(0, now)
            tries.count += 1
            tries.last = now
            return None

    def release(self, key: str) -> None:
        """Hand back one reservation: the attempt it covered was not a failure."""
        with self._lock:
            tries = self._tries.get(key)
            if tries is not None:
                tries.count -= 1
                if tries.count <= 0:
                    del self._tries[key]

    def reset(self, key: str) -> None:
        with self._lock:
            self._tries.pop(key, None)

    def _sweep(self, now: float) -> None:
        for stale in [k for k, v in self._tries.items() if now - v.last > self.forget]:
            del self._tries[stale]


def reserve_all(*keys: tuple[Backoff, str]) -> int | None:
    """Reserve an attempt on every (limiter, key), or none of them; the wait if refused."""
    done: list[tuple[Backoff, str]] = []
    for limiter, key in keys:
        wait = limiter.reserve(key)
        if wait is not None:
            for got, got_key in done:
                got.release(got_key)
            return wait
        done.append((limiter, key))
    return None


class Rate:
    """Token bucket per key: `per_minute` requests a minute on average, bursts of `burst`."""

    def __init__(self, per_minute: int, burst: int | None = None) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst if burst is not None else per_minute)
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._lock = threading.Lock()

    def take(self, key: str, now: float | None = None) -> int | None:
        """Take one token, or return the seconds until one is available."""
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, at = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - at) * self.rate)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                return max(1, math.ceil((1.0 - tokens) / self.rate))
            if len(self._buckets) >= MAX_KEYS:
                full = [
                    k
                    for k, (n, t) in self._buckets.items()
                    if n + (now - t) * self.rate >= self.burst
                ]
                for k in full:
                    del self._buckets[k]
            self._buckets[key] = (tokens - 1.0, now)
            return None
