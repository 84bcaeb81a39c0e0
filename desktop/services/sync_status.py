"""What the UI shows about sync: one plain value, made from the engine's status.

`SyncStatusView.from_status` turns `desktop.sync.status.SyncStatus` into the fields a status
bar needs (a state word, "n of m", the pending count, an error code to translate, and the
server's declared residency). No Qt; built on the network loop, handed to the UI by signal.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.sync.status import State, SyncStatus
from jumelage_protocol import Residency


@dataclass(frozen=True)
class SyncStatusView:
    state: State  # "idle" | "synced" | "offline" | "syncing" | "error"
    done: int
    total: int
    pending: int
    error_code: str | None  # e.g. "clock_skew", "residency_not_canadian", "token_expired"
    last_synced_ms: int | None
    hosted_in: str | None = None  # ISO country the server declares, for display
    hosting_region: str | None = None
    hosting_provider: str | None = None

    @classmethod
    def from_status(cls, status: SyncStatus, residency: Residency | None = None) -> SyncStatusView:
        return cls(
            state=status.state,
            done=status.done,
            total=status.total,
            pending=status.pending,
            error_code=status.error_code,
            last_synced_ms=status.last_synced_ms,
            hosted_in=residency.country if residency and residency.declared else None,
            hosting_region=residency.region if residency else None,
            hosting_provider=residency.provider if residency else None,
        )
