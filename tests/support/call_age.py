"""How much of a call went by, proven by the call's own stats samples rather than a stopwatch.

A call samples its stats every `stats_interval_s` of its own clock from the moment it
connects, and only while it hears the other side. So the first sample seen is at least one
interval into the call, and a sample `s` seconds after it proves more than `s` seconds of
the call went by, with the other side heard at most `silence_s` before. Tests wait for that
(a deadline only bounds a hang) instead of assuming a fast machine did it in time.
"""

from __future__ import annotations

from typing import Any


class CallAge:
    """Polled from any thread: reading `last_stats` is one attribute read."""

    def __init__(self, call: Any) -> None:
        self.call = call
        self._first: float | None = None

    def at_least(self, seconds: float) -> bool:
        """True once a sample `seconds` after the first one seen here has been taken."""
        stats = self.call.last_stats
        if stats is None:
            return False
        if self._first is None:
            self._first = stats.at
        return stats.at - self._first >= seconds
