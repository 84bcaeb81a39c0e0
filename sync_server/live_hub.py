"""In-process pub/sub for the live channel: who is connected, and fan-out of events to them.

Lives on the server's asyncio loop; `publish` may be called from any thread (pushes are
handled on worker threads) and hops onto the loop with `call_soon_threadsafe`. Each
connection has a bounded outbox drained by its own writer task, so one slow client cannot
hold up delivery to the others; a client whose outbox overflows is disconnected and will
catch up by pulling. A session (token) holds at most `per_token` connections at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable

from starlette.websockets import WebSocket

log = logging.getLogger("sync_server.live")
OUTBOX_SIZE = 512
CLOSE_SIGNED_OUT = 4401  # also: authentication failed
CLOSE_TOO_SLOW = 4408
CLOSE_TOO_MANY = 4429  # this session already holds its share of live connections


class LiveConnection:
    def __init__(self, person_id: str, websocket: WebSocket, token_hash: str = "") -> None:
        self.person_id = person_id
        self.token_hash = token_hash
        self.websocket = websocket
        self.outbox: asyncio.Queue[str] = asyncio.Queue(OUTBOX_SIZE)
        self.writer: asyncio.Task[None] | None = None
        self.close_code = 1000

    def offer(self, text: str) -> bool:
        try:
            self.outbox.put_nowait(text)
            return True
        except asyncio.QueueFull:
            return False

    def stop(self, code: int) -> None:
        """End this connection: its writer stops and the live route closes the socket."""
        self.close_code = code
        if self.writer is not None:
            self.writer.cancel()

    async def drain(self) -> None:
        """Send queued frames in order until cancelled or the socket fails."""
        while True:
            await self.websocket.send_text(await self.outbox.get())


class LiveHub:
    def __init__(self, per_token: int = 4) -> None:
        self.per_token = per_token
        self._by_person: dict[str, set[LiveConnection]] = {}
        self._per_token: dict[str, int] = {}
        self._loop: asyncio.AbstractEventLoop | None = None

    def attach(self, conn: LiveConnection) -> bool:
        """Register `conn` (on the loop); False if its token already has `per_token` open."""
        self._loop = asyncio.get_running_loop()
        if self._per_token.get(conn.token_hash, 0) >= self.per_token:
            return False
        self._per_token[conn.token_hash] = self._per_token.get(conn.token_hash, 0) + 1
        self._by_person.setdefault(conn.person_id, set()).add(conn)
        return True

    def detach(self, conn: LiveConnection) -> None:
        conns = self._by_person.get(conn.person_id)
        if conns is None or conn not in conns:
            return
        conns.discard(conn)
        if not conns:
            del self._by_person[conn.person_id]
        left = self._per_token.pop(conn.token_hash, 1) - 1
        if left > 0:
            self._per_token[conn.token_hash] = left

    def connection_count(self) -> int:
        return sum(len(conns) for conns in self._by_person.values())

    def connected(self, person_id: str) -> bool:
        return bool(self._by_person.get(person_id))

    def _deliver(self, recipients: Iterable[str], text: str) -> None:
        for person_id in recipients:
            for conn in list(self._by_person.get(person_id, ())):
                if not conn.offer(text):
                    log.warning("live outbox full; disconnecting one client")
                    self.detach(conn)
                    conn.stop(CLOSE_TOO_SLOW)

    def _close_person(self, person_id: str) -> None:
        for conn in list(self._by_person.get(person_id, ())):
            self.detach(conn)
            conn.stop(CLOSE_SIGNED_OUT)

    def _call(self, fn: Callable[..., object], *args: object) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return  # nobody has ever connected: nothing to deliver
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            fn(*args)
        else:
            loop.call_soon_threadsafe(fn, *args)

    def publish(self, recipients: Iterable[str], text: str) -> None:
        """Queue `text` for every live connection of `recipients` (any thread)."""
        self._call(self._deliver, list(recipients), text)

    def disconnect_person(self, person_id: str) -> None:
        """Close every live connection of a person (sign-out everywhere; any thread)."""
        self._call(self._close_person, person_id)
