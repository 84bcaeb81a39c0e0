"""An open live channel ends with its session: expiry and revocation close it (4401).

The server's clock is the test's: a session ends when the test moves the clock past its end,
not when a slow machine happens to get there (with a real clock, a sign-in slower than the
session's remaining life was refused before the channel ever opened)."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from starlette.websockets import WebSocketDisconnect

from sync_server import context
from sync_server import tables as t
from sync_server.auth import now_ms, sha256_hex
from sync_server.live_hub import CLOSE_SIGNED_OUT
from sync_server.routes import live as live_routes


class ServerClock:
    """`now_ms` for the server's session checks, moved by hand."""

    def __init__(self) -> None:
        self.ms = now_ms()

    def __call__(self) -> int:
        return self.ms


@pytest.fixture
def server_clock(monkeypatch) -> ServerClock:
    clock = ServerClock()
    for module in (context, live_routes):  # sign-in checks and the open channel's watch
        monkeypatch.setattr(module, "now_ms", clock)
    return clock


def _set_expiry(client, token: str, expires_ms: int) -> None:
    with client.app.state.ctx.store.write() as conn:
        conn.execute(
            update(t.sessions)
            .where(t.sessions.c.token_hash == sha256_hex(token))
            .values(expires_ms=expires_ms)
        )


def test_live_channel_closes_when_the_token_expires(client, world, server_clock):
    mentor = world.member(world.program(), "mentor")
    _set_expiry(client, mentor.token, server_clock.ms + 400)  # a session about to end
    with client.websocket_connect("/v1/live") as ws:
        ws.send_json({"type": "auth", "token": mentor.token})
        assert ws.receive_json()["type"] == "ready"
        server_clock.ms += 400  # its end comes while the channel is open
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()  # nothing else is sent: the next thing is the close
        assert closed.value.code == CLOSE_SIGNED_OUT
    assert client.get("/v1/me", headers=mentor.headers).json()["code"] == "token_expired"


def test_live_channel_stays_open_while_the_session_is_valid(client, world):
    prog = world.program()
    mentor = world.member(prog, "mentor")
    with client.websocket_connect("/v1/live") as ws:
        ws.send_json({"type": "auth", "token": mentor.token})
        assert ws.receive_json()["type"] == "ready"
        ws.send_json({"type": "ephemeral", "scope": "pair:nope", "kind": "typing", "value": True})
        assert ws.receive_json()["type"] == "error"  # still open and answering
