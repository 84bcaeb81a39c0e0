"""The live channel (WebSocket /v1/live): prompt pulls, call signalling, typing indicators.

`LiveChannel.run(stop)` keeps one authenticated connection open, reconnecting with backoff
and jitter after any failure (network, protocol, a malformed answer). When the server closes
with `LIVE_CLOSE_SIGNED_OUT` (4401: the session expired or was revoked), reconnecting with
the same token is pointless: `run` returns, `signed_out` is set and `on_signed_out()` is
called. `LiveNewOps` frames call `on_new_ops(scope, head)` (the sync engine pulls that scope
at once instead of waiting for its poll). Signals and ephemerals go out with `send_signal` /
`send_ephemeral` and come in to subscribers (`subscribe(callback)`), for the calls engine
and the typing indicator. Plain asyncio on the network loop; callbacks run on that loop.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Callable
from typing import Any

import websockets
from pydantic import ValidationError
from websockets.asyncio.client import ClientConnection

from desktop.sync.tls import trust_context
from jumelage_protocol import (
    LIVE_CLOSE_SIGNED_OUT,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    EphemeralKind,
    LiveAuth,
    LiveEphemeral,
    LiveNewOps,
    LiveReady,
    LiveSignal,
)

Incoming = LiveSignal | LiveEphemeral
log = logging.getLogger("jumelage.sync.live")


class LiveChannel:
    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        on_new_ops: Callable[[str, int], object] | None = None,
        on_signed_out: Callable[[], object] | None = None,
        backoff: tuple[float, float] = (1.0, 60.0),
    ) -> None:
        self.url = base_url.rstrip("/").replace("http", "ws", 1) + "/v1/live"
        self.token = token
        self.on_new_ops = on_new_ops
        self.on_signed_out = on_signed_out
        self.signed_out = False
        self._backoff = backoff
        self._subscribers: list[Callable[[Incoming], object]] = []
        self._ws: ClientConnection | None = None
        self.connected = asyncio.Event()

    def subscribe(self, callback: Callable[[Incoming], object]) -> Callable[[], None]:
        """Receive LiveSignal / LiveEphemeral frames; returns an unsubscribe function."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    async def send_signal(self, scope: str, payload: dict[str, Any], to: str | None = None) -> None:
        await self._send(LiveSignal(scope=scope, to=to, payload=payload))

    async def send_ephemeral(self, scope: str, kind: EphemeralKind, value: bool) -> None:
        await self._send(LiveEphemeral(scope=scope, kind=kind, value=value))

    async def _send(self, frame: LiveSignal | LiveEphemeral) -> None:
        if self._ws is None:
            from desktop.sync.errors import SyncError

            raise SyncError("offline", "the live channel is not connected")
        await self._ws.send(frame.model_dump_json(exclude_none=True))

    async def run(self, stop: asyncio.Event) -> None:
        """Stay connected until `stop` is set, or until the server says we are signed out."""
        attempt = 0
        while not stop.is_set():
            try:
                await self._session(stop)
                attempt = 0
            except websockets.ConnectionClosed as exc:
                if exc.rcvd is not None and exc.rcvd.code == LIVE_CLOSE_SIGNED_OUT:
                    self._signed_out()
                    return
                attempt += 1
            except (TimeoutError, OSError, websockets.WebSocketException):
                attempt += 1
            except Exception as exc:  # noqa: BLE001 - a bad answer must not end the channel
                log.warning("live channel failed (%s); reconnecting", type(exc).__name__)
                attempt += 1
            finally:
                self._ws = None
                self.connected.clear()
            if stop.is_set():
                return
            base, cap = self._backoff
            delay = min(cap, base * 2 ** min(attempt, 10)) * random.uniform(0.5, 1.0)
            try:
                await asyncio.wait_for(stop.wait(), delay)
            except TimeoutError:
                pass

    def _signed_out(self) -> None:
        self.signed_out = True
        if self.on_signed_out is not None:
            self.on_signed_out()

    async def _session(self, stop: asyncio.Event) -> None:
        async with websockets.connect(
            self.url,
            additional_headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
            open_timeout=15,
            proxy=None,
            ssl=trust_context() if self.url.startswith("wss:") else None,
        ) as ws:
            await ws.send(LiveAuth(token=self.token).model_dump_json())
            ready = json.loads(await asyncio.wait_for(ws.recv(), 15))
            LiveReady.model_validate(ready)
            self._ws = ws
            self.connected.set()
            stopper = asyncio.ensure_future(stop.wait())
            try:
                while True:
                    recv = asyncio.ensure_future(ws.recv())
                    done, _ = await asyncio.wait(
                        {recv, stopper}, return_when=asyncio.FIRST_COMPLETED
                    )
                    if stopper in done:
                        recv.cancel()
                        return
                    self._dispatch(recv.result())
            finally:
                stopper.cancel()

    def _dispatch(self, raw: str | bytes) -> None:
        try:
            frame = json.loads(raw)
            kind = frame.get("type")
            if kind == "ops":
                msg = LiveNewOps.model_validate(frame)
                if self.on_new_ops is not None:
                    self.on_new_ops(msg.scope, msg.head)
            elif kind in ("signal", "ephemeral"):
                model = LiveSignal if kind == "signal" else LiveEphemeral
                incoming = model.model_validate(frame)
                for callback in list(self._subscribers):
                    callback(incoming)
        except (ValueError, ValidationError, AttributeError):
            return  # malformed frames are ignored (and never logged: they may hold content)
