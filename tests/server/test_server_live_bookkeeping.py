"""Nothing of a live connection outlives it: the hub's entries per person and per session
fall back to empty once every channel has closed, however it closed (issue 9's memory
figure: 500 connections opened and closed must leave the server as it was).

In-process (TestClient): leaving `websocket_connect` waits for the server's handler to end,
so the counts are read after every `finally` has run, with no waiting on a clock.
"""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from sync_server import debug_memory
from sync_server.app import create_app
from sync_server.live_hub import CLOSE_SIGNED_OUT, CLOSE_TOO_MANY


def _open(client, token: str):
    ws = client.websocket_connect("/v1/live").__enter__()
    ws.send_json({"type": "auth", "token": token})
    return ws, ws.receive_json()["type"]


def _bookkeeping(client) -> dict[str, int]:
    return debug_memory.bookkeeping(client.app.state.ctx)


def test_live_bookkeeping_is_empty_once_every_channel_has_closed(client, world):
    prog = world.program()
    mentor, mentee = world.member(prog, "mentor"), world.member(prog, "mentee")
    tokens = [mentor.token, mentor.login(world.http)["token"], mentee.token]
    hub = client.app.state.ctx.hub
    before = _bookkeeping(client)
    opened = []
    for token in tokens:
        opened += [_open(client, token) for _ in range(hub.per_token)]
    assert all(kind == "ready" for _, kind in opened)
    assert hub.connection_count() == 3 * hub.per_token
    assert len(hub._per_token) == 3 and len(hub._by_person) == 2

    # one over the session's share is refused and leaves nothing behind
    with client.websocket_connect("/v1/live") as ws, pytest.raises(WebSocketDisconnect) as refused:
        ws.send_json({"type": "auth", "token": tokens[0]})
        assert ws.receive_json()["type"] == "error"
        ws.receive_json()
    assert refused.value.code == CLOSE_TOO_MANY
    assert hub.connection_count() == 3 * hub.per_token

    # the mentee signs out everywhere: the server closes their channels
    client.post("/v1/logout-all", headers=mentee.headers)
    for ws, _ in opened[-hub.per_token :]:
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
        assert closed.value.code == CLOSE_SIGNED_OUT
        ws.__exit__(None, None, None)
    # the mentor's close from the client side, one having sent a frame first
    opened[0][0].send_json({"type": "ephemeral", "scope": "pair:nope", "kind": "typing"})
    assert opened[0][0].receive_json()["type"] == "error"
    for ws, _ in opened[: -hub.per_token]:
        ws.__exit__(None, None, None)

    assert hub.connection_count() == 0
    assert _bookkeeping(client) == before
    assert hub._by_person == {} and hub._per_token == {}


def test_the_memory_probe_exists_only_when_asked_for(settings, monkeypatch):
    monkeypatch.delenv(debug_memory.ENV, raising=False)
    with TestClient(create_app(settings)) as plain:
        assert plain.get("/debug/memory").status_code == 404
    monkeypatch.setenv(debug_memory.ENV, "1")
    with TestClient(create_app(settings)) as debug:
        answer = debug.get("/debug/memory", params={"trim": True}).json()
    assert answer["python_blocks"] > 0 and answer["rss_kib"] > 0
    assert answer["bookkeeping"]["live_connections"] == 0
    assert "rss_after_trim_kib" in answer  # glibc (Linux): malloc_trim was called
