"""Socket-level guards uvicorn does not have: a header time-out and connections per address.

Runs on the server's asyncio loop, inside uvicorn's own protocol objects (it takes protocol
classes, `http=` and `ws=`). uvicorn waits for a request's headers for as long as the
client likes, so a few hundred slow clients can hold the server's sockets; here a
connection that has not sent a complete header block `header_timeout` seconds after it
opened (or after its previous response) is closed. Each client address holds at most
`per_address` open connections (HTTP and WebSocket alike); beyond that a new one is closed
at once. Body time-outs are in `guards.RequestGuard`, where the body is read.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import TYPE_CHECKING, Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.utils import get_remote_addr

if TYPE_CHECKING:  # uvicorn picks its WebSocket class at import time: this one, with websockets
    from uvicorn.protocols.websockets.websockets_sansio_impl import (
        WebSocketsSansIOProtocol as AutoWebSocketsProtocol,
    )
else:
    from uvicorn.protocols.websockets.auto import AutoWebSocketsProtocol


class AddressSlots:
    """Open connections per client address (one loop: no lock needed)."""

    def __init__(self, per_address: int) -> None:
        self.per_address = per_address
        self._open: Counter[str] = Counter()

    def take(self, address: str) -> bool:
        if self._open[address] >= self.per_address:
            return False
        self._open[address] += 1
        return True

    def give_back(self, address: str) -> None:
        self._open[address] -= 1
        if self._open[address] <= 0:
            del self._open[address]

    def held(self, address: str) -> int:
        return self._open[address]


def _address(transport: asyncio.BaseTransport) -> str:
    remote = get_remote_addr(transport)  # type: ignore[arg-type]
    return remote[0] if remote else "unknown"


def guarded_protocols(
    per_address: int, header_timeout: float
) -> tuple[type[H11Protocol], type[asyncio.Protocol]]:
    """uvicorn protocol classes (http=, ws=) that share one `AddressSlots`."""
    slots = AddressSlots(per_address)

    class GuardedWebSocket(AutoWebSocketsProtocol):
        _slot: str | None = None

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            address = _address(transport)
            if not slots.take(address):
                transport.close()
                return
            self._slot = address
            super().connection_made(transport)

        def connection_lost(self, exc: Exception | None) -> None:
            if self._slot is not None:
                slots.give_back(self._slot)
                self._slot = None
                super().connection_lost(exc)

    class GuardedHttp(H11Protocol):
        _slot: str | None = None
        _timer: asyncio.TimerHandle | None = None
        _refused = False  # closed in connection_made: uvicorn never saw this connection

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.ws_protocol_class = GuardedWebSocket

        # (uvicorn's own connection_made narrows the transport the same way)
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            address = _address(transport)
            if not slots.take(address):
                self._refused = True
                transport.close()
                return
            self._slot = address
            super().connection_made(transport)
            self._arm()

        def _arm(self) -> None:
            """Close unless a new request's headers are complete within the time-out."""
            waiting_for = self.cycle
            if self._timer is not None:
                self._timer.cancel()

            def expire() -> None:
                if self.cycle is waiting_for and not self.transport.is_closing():
                    self.transport.close()

            self._timer = self.loop.call_later(header_timeout, expire)

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()

        def _release(self) -> None:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._slot is not None:
                slots.give_back(self._slot)
                self._slot = None

        def handle_websocket_upgrade(self, event: h11.Request) -> None:
            self._release()  # the WebSocket protocol takes its own slot
            super().handle_websocket_upgrade(event)

        def connection_lost(self, exc: Exception | None) -> None:
            if self._refused:
                return
            self._release()
            super().connection_lost(exc)

    return GuardedHttp, GuardedWebSocket
