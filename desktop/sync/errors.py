"""Errors of the sync engine, each with a stable `code` that the UI translates.

`detail` is a plain English sentence for logs and tests; it never holds personal data.
Raised on the network loop (client, engine) or the database-writer thread (outbox).
"""

from __future__ import annotations

from jumelage_protocol import CodedError


class SyncError(CodedError):
    """A sync failure; `code` is stable (server Problem codes pass through unchanged)."""

    def __init__(self, code: str, detail: str = "", *, status: int | None = None) -> None:
        super().__init__(code, detail or code)
        self.status = status

    @property
    def retryable(self) -> bool:
        """Network trouble and server overload are retried; refusals are not."""
        return self.code in RETRYABLE or (self.status is not None and self.status >= 500)


RETRYABLE = frozenset({"offline", "timeout", "server_unavailable", "rate_limited"})
