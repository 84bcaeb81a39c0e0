"""Hybrid logical clocks: a total order for ops that follows causality across PCs.

Text form `<ms:013d>-<counter:05d>-<node>` (protocol `Hlc`), fixed width so it sorts as
text. `(hlc, author)` is the last-writer-wins key. The clock never goes backwards, even if
the PC clock does; it refuses to leap more than the allowed skew ahead of the wall clock
because of a remote stamp, so one wrong clock cannot drag every replica into the future.
Plain objects; used by whichever thread holds the database writer.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop.sync.errors import SyncError
from jumelage_protocol import MAX_CLOCK_SKEW_SECONDS

_HLC_RE = re.compile(r"^(\d{13})-(\d{5})-([A-Za-z0-9]{1,32})$")
MAX_COUNTER = 99_999


class ClockSkewError(SyncError):
    """This PC's clock is too far from the server's; never drift silently."""

    def __init__(self, offset_ms: int) -> None:
        super().__init__(
            "clock_skew", "This computer's clock is wrong. Set the date and time, then try again."
        )
        self.offset_ms = offset_ms


@dataclass(frozen=True, order=True)
class Stamp:
    ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.ms:013d}-{self.counter:05d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        m = _HLC_RE.match(text)
        if not m:
            raise ValueError(f"not an HLC: {text!r}")
        return cls(int(m.group(1)), int(m.group(2)), m.group(3))


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HlcClock:
    """One node's clock; `now()` for local changes, `observe()` for received stamps."""

    def __init__(
        self,
        node: str,
        last: str | None = None,
        *,
        wall: Callable[[], int] = wall_ms,
        max_skew_ms: int = MAX_CLOCK_SKEW_SECONDS * 1000,
    ) -> None:
        if not re.fullmatch(r"[A-Za-z0-9]{1,32}", node):
            raise ValueError("node id must be 1-32 letters or digits")
        self.node = node
        self._wall = wall
        self._max_skew_ms = max_skew_ms
        prev = Stamp.parse(last) if last else None
        self._ms, self._counter = (prev.ms, prev.counter) if prev else (0, 0)

    @property
    def last(self) -> str:
        return str(Stamp(self._ms, self._counter, self.node))

    def _tick(self, ms: int) -> None:
        if ms > self._ms:
            self._ms, self._counter = ms, 0
        else:
            self._counter += 1
            if self._counter > MAX_COUNTER:  # overflow borrows a millisecond from the future
                self._ms, self._counter = self._ms + 1, 0

    def now(self) -> str:
        """A stamp greater than every stamp this clock has issued or observed."""
        self._tick(self._wall())
        return self.last

    def observe(self, remote: str) -> None:
        """Advance past a received stamp (if it is within the allowed skew)."""
        r = Stamp.parse(remote)
        wall = self._wall()
        if r.ms - wall > self._max_skew_ms:
            return  # never follow a clock from the far future; ordering stays total anyway
        if (r.ms, r.counter) > (self._ms, self._counter):
            self._ms, self._counter = r.ms, r.counter
        self._tick(max(wall, self._ms))


def check_skew(server_time_ms: int, *, wall: Callable[[], int] = wall_ms) -> int:
    """Return the offset from the server; raise `ClockSkewError` beyond the protocol limit."""
    offset = wall() - server_time_ms
    if abs(offset) > MAX_CLOCK_SKEW_SECONDS * 1000:
        raise ClockSkewError(offset)
    return offset
