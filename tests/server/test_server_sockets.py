"""Issue 9, defect 8 on a real server process: slow clients, connections per address, and the
live channel's limits per session. Real sockets on loopback; socket time-outs only turn a
hang into a failure, nothing passes or fails on timing.
"""

from __future__ import annotations

import json
import socket

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from tests.server.conftest import World
from tests.support.server import start_server

WAIT_S = 20


def _raw(server) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.port), timeout=WAIT_S)


def _read_all(s: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    out = b""
    while chunk := s.recv(65536):
        out += chunk
    return out


@pytest.fixture
def slow_server(tmp_path):
    limits = {"header_timeout_seconds": 1, "body_timeout_seconds": 1}
    server = start_server(tmp_path, config_overrides={"limits": limits})
    yield server
    server.stop()


def test_a_client_that_never_finishes_its_headers_is_disconnected(slow_server):
    with _raw(slow_server) as s:
        s.sendall(b"GET /v1/residency HTTP/1.1\r\nHost: x\r\n")  # and nothing more
        assert _read_all(s) == b""
    with _raw(slow_server) as s:  # the same after a first request on a kept-alive connection
        s.sendall(b"GET /v1/residency HTTP/1.1\r\nHost: x\r\n\r\nGET /v1/res")
        assert _read_all(s).startswith(b"HTTP/1.1 200")
    assert httpx.get(slow_server.base_url + "/v1/residency").status_code == 200


def test_a_body_that_arrives_too_slowly_gets_408(slow_server):
    with _raw(slow_server) as s:
        s.sendall(
            b"POST /v1/prelogin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b'Content-Length: 100\r\n\r\n{"username"'
        )
        answer = _read_all(s)
    assert answer.startswith(b"HTTP/1.1 408")
    assert b'"code":"request_timeout"' in answer


def test_connections_per_address_are_limited_and_given_back(tmp_path):
    server = start_server(tmp_path, config_overrides={"limits": {"connections_per_address": 4}})
    try:
        held = [_raw(server) for _ in range(4)]
        for s in held:  # each one is really open: it answers
            s.sendall(b"GET /v1/residency HTTP/1.1\r\nHost: x\r\n\r\n")
            assert s.recv(65536).startswith(b"HTTP/1.1 200")
        with _raw(server) as extra:
            try:  # closed without an answer: an empty read, or a reset if we wrote first
                extra.sendall(b"GET /v1/residency HTTP/1.1\r\nHost: x\r\n\r\n")
                assert _read_all(extra) == b""
            except ConnectionResetError:
                pass
        for s in held:
            s.close()
        for _ in range(200):  # until the server has noticed the closes
            try:
                if httpx.get(server.base_url + "/v1/residency").status_code == 200:
                    break
            except httpx.TransportError:
                continue
        else:
            pytest.fail("the slots were never given back")
    finally:
        server.stop()


def _live(server, token: str):
    ws = connect(server.ws_url, open_timeout=WAIT_S)
    ws.send(json.dumps({"type": "auth", "token": token}))
    return ws, json.loads(ws.recv(timeout=WAIT_S))


def test_live_connections_per_session_and_relayed_frames_are_limited(tmp_path):
    limits = {"live_connections_per_token": 2, "live_frames_per_minute": 1}  # burst of 10
    server = start_server(tmp_path, config_overrides={"limits": limits})
    try:
        with httpx.Client(base_url=server.base_url, timeout=30) as http:
            world = World(http, server)
            prog = world.program()
            mentor, mentee = world.member(prog, "mentor"), world.member(prog, "mentee")
            pair_id, _ = world.pair(prog, mentor, mentee)
        first, ready = _live(server, mentor.token)
        second, _ = _live(server, mentor.token)
        assert ready["type"] == "ready"
        third, refused = _live(server, mentor.token)
        assert refused == {
            "type": "error",
            "code": "too_many_connections",
            "detail": refused["detail"],
        }
        with pytest.raises(ConnectionClosed) as closed:
            third.recv(timeout=WAIT_S)
        assert closed.value.rcvd.code == 4429
        listener, _ = _live(server, mentee.token)
        frame = {"type": "ephemeral", "scope": f"pair:{pair_id}", "kind": "typing", "value": True}
        for _ in range(12):
            first.send(json.dumps(frame))
        errors = [json.loads(first.recv(timeout=WAIT_S)) for _ in range(2)]
        assert [e["code"] for e in errors] == ["rate_limited", "rate_limited"]
        relayed = [json.loads(listener.recv(timeout=WAIT_S)) for _ in range(10)]
        assert all(r["kind"] == "typing" for r in relayed)
        for ws in (first, second, listener):
            ws.close()
    finally:
        server.stop()
