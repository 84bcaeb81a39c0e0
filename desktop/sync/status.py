"""The engine's status as one immutable value: synced, offline, syncing n of m, or error.

Made on the network loop and handed to a callback; `services.sync_status` turns it into
what the UI shows. Plain data, safe to pass between threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

State = Literal["idle", "synced", "offline", "syncing", "error"]


@dataclass(frozen=True)
class SyncStatus:
    state: State
    done: int = 0
    total: int = 0
    pending: int = 0  # local changes not yet on the server
    error_code: str | None = None
    last_synced_ms: int | None = None
    set_aside: tuple[tuple[str, int], ...] = ()  # quarantined ops: (reason, how many)
