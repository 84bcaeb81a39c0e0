"""When a connection attempt has failed: per-phase limits instead of one blanket timeout.

Pure logic on an injected clock; the `Call` that owns it runs on the network loop thread and
reports phase changes. An attempt goes gathering -> signalling (offer/answer in flight) ->
checking (ICE connectivity checks) -> securing (DTLS) -> connected. Two phases tell early
that a *direct* attempt cannot work, when a relay-only fallback exists:

- gathering longer than `gather_s`: aioice waits up to 5 s for a STUN/TURN server over UDP that
  does not answer, which is what a network that blocks UDP looks like (a server that answers
  does so in one round trip; aioice's first retransmission is at 0.5 s);
- ICE checking longer than `checking_s` without a nominated pair: a reachable candidate pair
  answers its first check within a round trip (plus a retransmission or two on a lossy link);
  aioice itself only gives up after ~30 s of retransmissions.

Slow signalling (the other person's PC gathering, the server relaying) is not held against
the attempt; only the overall `total_s` bounds it. The last attempt has only `total_s`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Phase(StrEnum):
    GATHERING = "gathering"
    SIGNALLING = "signalling"
    CHECKING = "checking"
    SECURING = "securing"
    CONNECTED = "connected"


@dataclass(frozen=True)
class AttemptLimits:
    gather_s: float = 2.0
    checking_s: float = 2.5
    total_s: float = 10.0


class AttemptWatch:
    """The phase of the current attempt and whether it has run out of time."""

    def __init__(self, limits: AttemptLimits) -> None:
        self.limits = limits
        self.phase = Phase.CONNECTED
        self.final = True
        self._began = 0.0
        self._phase_since = 0.0
        self._total_s = limits.total_s

    def begin(
        self,
        now: float,
        *,
        final: bool,
        total_s: float | None = None,
        phase: Phase = Phase.GATHERING,
    ) -> None:
        """A new attempt starts (gathering, or waiting for an offer); `final`: no fallback."""
        self.final = final
        self._began = self._phase_since = now
        self._total_s = self.limits.total_s if total_s is None else total_s
        self.phase = phase

    def enter(self, phase: Phase, now: float) -> None:
        """Phases only move forward within an attempt (late events are ignored)."""
        order = list(Phase)
        if order.index(phase) > order.index(self.phase):
            self.phase, self._phase_since = phase, now

    def overdue(self, now: float) -> str | None:
        """Why the attempt has failed by `now` ('gathering' | 'checking' | 'timeout'), or None."""
        if self.phase == Phase.CONNECTED:
            return None
        in_phase = now - self._phase_since
        if not self.final:
            if self.phase == Phase.GATHERING and in_phase >= self.limits.gather_s:
                return "gathering"
            if self.phase == Phase.CHECKING and in_phase >= self.limits.checking_s:
                return "checking"
        if now - self._began >= self._total_s:
            return "timeout"
        return None
