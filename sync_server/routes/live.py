"""The live channel (WebSocket /v1/live) and the ICE servers for calls.

The socket runs on the asyncio loop; membership checks hop to a worker thread. The first
client frame must be `LiveAuth`; the server answers `LiveReady`, then sends `LiveNewOps`
for scopes the person can read and relays `LiveSignal` / `LiveEphemeral` frames between
the members of one pair scope (and its program staff), with `sender` set here. Every frame
that is not relayed (malformed, too large, too frequent, or for a scope the sender is not
in) gets a `LiveError` and the channel stays open. A session holds a few connections at
most (4429 beyond), and relays a bounded number of frames a minute. An open channel lives
no longer than its session: it is closed (4401) when the token expires, and a revoked token
is noticed within a minute.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from fastapi import APIRouter, WebSocket
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from jumelage_protocol import (
    IceConfig,
    LiveAuth,
    LiveEphemeral,
    LiveError,
    LiveReady,
    LiveSignal,
    ScopeKind,
)
from sync_server.access import scope_access, scope_readers
from sync_server.auth import now_ms
from sync_server.context import Caller, CallerDep, Ctx, ServerContext
from sync_server.errors import REASONS, Refused
from sync_server.guards import parse_json_frame
from sync_server.ice import ice_config
from sync_server.live_hub import CLOSE_SIGNED_OUT, CLOSE_TOO_MANY, LiveConnection

router = APIRouter(prefix="/v1", tags=["live"])
log = logging.getLogger("sync_server.live")
AUTH_TIMEOUT_S = 15
RECHECK_S = 60  # how often an open channel re-checks its session (revocation by another PC)
RELAYED: dict[str, type[LiveSignal | LiveEphemeral]] = {
    "signal": LiveSignal,
    "ephemeral": LiveEphemeral,
}


@router.get("/ice", response_model=IceConfig)
def ice(caller: CallerDep, ctx: Ctx) -> IceConfig:
    """STUN/TURN for calls; TURN credentials expire (1 h by default)."""
    return ice_config(ctx.settings.ice, caller.id, now_ms())


def _relay_targets(ctx: ServerContext, sender: str, msg: LiveSignal | LiveEphemeral) -> set[str]:
    if msg.scope.kind is not ScopeKind.PAIR or not scope_access(ctx.store, sender, msg.scope).read:
        raise Refused("not_member")
    readers = scope_readers(ctx.store, msg.scope) - {sender}
    to = getattr(msg, "to", None)
    if to is not None:
        if to not in readers:
            raise Refused("not_member")
        return {to}
    return readers


async def _authenticate(ctx: ServerContext, websocket: WebSocket) -> Caller | None:
    try:
        message = await asyncio.wait_for(websocket.receive(), AUTH_TIMEOUT_S)
    except TimeoutError:
        return None
    frame = parse_json_frame(message.get("text") or "")
    try:
        auth = LiveAuth.model_validate(frame)
        return await run_in_threadpool(ctx.authenticate, auth.token)
    except (ValidationError, Refused):
        return None


def _refusal(code: str) -> str:
    return LiveError(code=code, detail=REASONS[code][1]).model_dump_json()


def _parse(text: str | None, max_frame: int) -> LiveSignal | LiveEphemeral | str:
    """The relayed frame in `text`, or the error code to answer instead."""
    if text is None:
        return "malformed_frame"  # binary frames are not part of the protocol
    if len(text) > max_frame:
        return "payload_too_large"
    frame = parse_json_frame(text)
    kind = frame.get("type") if frame else None
    model = RELAYED.get(kind) if isinstance(kind, str) else None
    if model is None:
        return "malformed_frame"
    try:
        return model.model_validate(frame)
    except ValidationError:
        return "malformed_frame"


async def _read_loop(ctx: ServerContext, conn: LiveConnection) -> None:
    """Relay each valid frame; answer every other one with a `LiveError` and keep going."""
    max_frame = ctx.settings.limits.max_live_frame_bytes
    while True:
        message = await conn.websocket.receive()
        if message["type"] == "websocket.disconnect":
            return
        msg = _parse(message.get("text"), max_frame)
        if isinstance(msg, str):
            log.info("refused a live frame: %s", msg)  # never its content
            conn.offer(_refusal(msg))
            continue
        if ctx.live_frames.take(conn.token_hash) is not None:
            conn.offer(_refusal("rate_limited"))
            continue
        try:
            targets = await run_in_threadpool(_relay_targets, ctx, conn.person_id, msg)
        except Refused as exc:
            conn.offer(_refusal(exc.code))
            continue
        ctx.hub.publish(
            targets, msg.model_copy(update={"sender": conn.person_id}).model_dump_json()
        )


async def _session_watch(ctx: ServerContext, conn: LiveConnection, caller: Caller) -> None:
    """Return (so the channel closes, signed out) once the session is no longer valid."""
    expires_ms = caller.expires_ms
    while True:
        wait_s = min(max(expires_ms - now_ms(), 0) / 1000, RECHECK_S)
        await asyncio.sleep(wait_s)
        try:
            expires_ms = (await run_in_threadpool(ctx.authenticate, caller.token)).expires_ms
        except Refused:
            conn.close_code = CLOSE_SIGNED_OUT
            return


@router.websocket("/live")
async def live(websocket: WebSocket) -> None:
    ctx: ServerContext = websocket.app.state.ctx
    await websocket.accept()
    caller = await _authenticate(ctx, websocket)
    if caller is None:
        await websocket.close(code=CLOSE_SIGNED_OUT, reason="sign in first")
        return
    conn = LiveConnection(caller.id, websocket, caller.token_hash)
    if not ctx.hub.attach(conn):
        with contextlib.suppress(Exception):
            await websocket.send_text(_refusal("too_many_connections"))
            await websocket.close(code=CLOSE_TOO_MANY, reason="too many connections")
        return
    try:
        await websocket.send_text(
            LiveReady(person_id=caller.id, server_time_ms=now_ms()).model_dump_json()
        )
        conn.writer = asyncio.create_task(conn.drain())
        reader = asyncio.create_task(_read_loop(ctx, conn))
        watch = asyncio.create_task(_session_watch(ctx, conn, caller))
        await asyncio.wait({conn.writer, reader, watch}, return_when=asyncio.FIRST_COMPLETED)
        for task in (conn.writer, reader, watch):
            task.cancel()
            with contextlib.suppress(BaseException):
                await task
    except Exception:  # noqa: BLE001 - a broken socket ends this connection only
        pass
    finally:
        ctx.hub.detach(conn)
        with contextlib.suppress(Exception):
            await websocket.close(code=conn.close_code)
