"""A loopback signalling relay for call tests and benchmarks: JSON lines over TCP.

Runs its own asyncio loop in a daemon thread. Every line a client sends is forwarded, as is,
to every other connected client (the peers' managers filter by `to`), which is what the
server's live WebSocket will do for the members of a pair scope. It never parses what it
relays, so malformed lines reach the peers and exercise their validation.
"""

from __future__ import annotations

import asyncio
import threading


class SignallingRelay:
    def __init__(self) -> None:
        self.port = 0
        self.lines_relayed = 0
        self._clients: set[asyncio.StreamWriter] = set()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="signalling-relay")
        self._server: asyncio.base_events.Server | None = None

    def start(self) -> SignallingRelay:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("relay did not start")
        return self

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._serve())
        self._ready.set()
        self._loop.run_forever()

    async def _serve(self) -> None:
        self._server = await asyncio.start_server(self._client, "127.0.0.1", 0, limit=1 << 20)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._clients.add(writer)
        try:
            while line := await reader.readline():
                self.lines_relayed += 1
                for other in list(self._clients):
                    if other is not writer:
                        other.write(line)
        except (ConnectionError, ValueError):
            pass
        finally:
            self._clients.discard(writer)
            writer.close()

    def inject(self, line: bytes) -> None:
        """Send a raw line to every client (for malformed-message tests)."""

        def _write() -> None:
            for client in self._clients:
                client.write(line)

        self._loop.call_soon_threadsafe(_write)

    @property
    def clients(self) -> int:
        return len(self._clients)

    def stop(self) -> None:
        async def _close() -> None:
            if self._server is not None:
                self._server.close()
            for client in list(self._clients):
                client.close()

        if self._loop.is_running():
            asyncio.run_coroutine_threadsafe(_close(), self._loop).result(5)
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
