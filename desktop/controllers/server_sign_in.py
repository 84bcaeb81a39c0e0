"""Signing in through the server: the local profile, or a new PC's first full download.

`ServerSignIn.run` runs `accounts.sign_in` on the network loop (Argon2id goes to a worker
thread there): it opens the local profile when there is one, and otherwise rebuilds it from
the server, reporting `progress(done, total)` on the UI thread while it downloads. Outcomes
come back on the UI thread. Created and used on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.runtime.dispatch import UiDispatcher
from desktop.runtime.loop import AsyncBridge, NetworkLoop

if TYPE_CHECKING:  # loaded with the sign-in itself
    from desktop.services.profiles import Profile, ProfileDirectory


class ServerSignIn(QObject):
    """One per session controller; each `run` is one sign-in attempt."""

    def __init__(self, network: NetworkLoop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = AsyncBridge(network, self)
        self._dispatcher = UiDispatcher(self)

    def run(
        self,
        directory: ProfileDirectory,
        server_url: str,
        username: str,
        passphrase: str,
        *,
        require_canadian_hosting: bool,
        progress: Callable[[int, int], object],
        on_success: Callable[[Profile], object],
        on_failure: Callable[[BaseException], object],
    ) -> None:
        from desktop.services.accounts import sign_in

        post = self._dispatcher.post

        def report(done: int, total: int) -> None:  # on the network loop
            post(lambda: progress(done, total))

        coro = sign_in(
            directory,
            server_url,
            username,
            passphrase,
            report,
            require_canadian_hosting=require_canadian_hosting,
        )
        self._bridge.run(coro, on_success=on_success, on_failure=on_failure)
