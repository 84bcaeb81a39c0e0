"""The plain types of a call: its states, why it ended, and its tunable options.

Pure data, any thread; `desktop.video.call` re-exports them (import them from there).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.video.modes import Mode


class CallState(StrEnum):
    IDLE = "idle"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    ENDED = "ended"


class EndReason(StrEnum):
    HUNG_UP = "hung_up"
    REMOTE_HUNG_UP = "remote_hung_up"
    PEER_LOST = "peer_lost"
    CONNECTION_FAILED = "connection_failed"
    SIGNALLING_LOST = "signalling_lost"
    SHUTDOWN = "shutdown"


@dataclass(frozen=True)
class CallEnded:
    reason: str
    duration_s: float  # connected time; what the session outcome records


@dataclass(frozen=True)
class CallOptions:
    connect_timeout_s: float = 10.0  # per attempt, whatever its phase
    gather_timeout_s: float = 2.0  # a direct attempt still gathering: UDP looks blocked
    checking_timeout_s: float = 2.5  # a direct attempt's ICE checks found no pair
    silence_s: float = 2.0
    reconnect_timeout_s: float = 30.0
    heartbeat_s: float = 0.5
    stats_interval_s: float = 1.0
    initial_mode: Mode = Mode.VIDEO
    mode_hold_s: float = 5.0
    probe_after_s: float = 30.0
