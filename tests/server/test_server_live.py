"""The live channel on a real server process: new-op notices, call signalling, refusals.

Uses real WebSockets (the `websockets` client) against `jumelage-server serve`. Receive
timeouts only turn a hang into a failure; nothing passes or fails on timing. "X did not
receive Y" is shown by order: a later event reaches X first.
"""

from __future__ import annotations

import json
import secrets

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from tests.server.conftest import World
from tests.support.fixtures import module_server  # noqa: F401 - real server fixture
from tests.support.wire_actor import Actor

WAIT_S = 60  # bounds a hang only (see above); a busy machine may be many times slower


@pytest.fixture(scope="module")
def live_world(module_server):  # noqa: F811
    server = module_server
    with httpx.Client(base_url=server.base_url, timeout=30) as http:
        world = World(http, server)
        prog = world.program()
        people = {
            "S": prog.staff,
            "mA": world.member(prog, "mentor"),
            "eA": world.member(prog, "mentee"),
            "mB": world.member(prog, "mentor"),
            "eB": world.member(prog, "mentee"),
        }
        pairs = {
            "A": world.pair(prog, people["mA"], people["eA"]),
            "B": world.pair(prog, people["mB"], people["eB"]),
        }
        yield server, world, people, pairs


def open_live(server, actor: Actor):
    ws = connect(server.ws_url, open_timeout=WAIT_S)
    ws.send(json.dumps({"type": "auth", "token": actor.token}))
    ready = json.loads(ws.recv(timeout=WAIT_S))
    assert ready["type"] == "ready" and ready["person_id"] == actor.person_id
    return ws


def recv(ws) -> dict:
    return json.loads(ws.recv(timeout=WAIT_S))


def signal(scope: str, payload: dict, **extra) -> str:
    return json.dumps({"type": "signal", "scope": scope, "payload": payload, **extra})


def test_unauthenticated_channels_are_closed(live_world):
    server, *_ = live_world
    for first in (json.dumps({"type": "auth", "token": "nope"}), "garbage", json.dumps([1])):
        with connect(server.ws_url) as ws:
            ws.send(first)
            with pytest.raises(ConnectionClosed) as closed:
                ws.recv(timeout=WAIT_S)
            assert closed.value.rcvd.code == 4401


def test_pushed_ops_are_announced_to_readers_of_the_scope_only(live_world):
    server, world, p, pairs = live_world
    A, B = f"pair:{pairs['A'][0]}", f"pair:{pairs['B'][0]}"
    with (
        open_live(server, p["eA"]) as eA,
        open_live(server, p["mB"]) as mB,
        open_live(server, p["S"]) as staff,
    ):
        r = p["mA"].push(world.http, [p["mA"].op(A, b"hello", pairs["A"][1])])
        assert r.status_code == 200
        assert recv(eA) == {"type": "ops", "scope": A, "head": 1}
        assert recv(staff) == {"type": "ops", "scope": A, "head": 1}
        p["eB"].push(world.http, [p["eB"].op(B, b"hi", pairs["B"][1])])
        assert recv(mB) == {"type": "ops", "scope": B, "head": 1}, "mB never hears of pair A"
        assert recv(staff)["scope"] == B


def test_signalling_is_relayed_to_the_pair_and_its_staff_with_the_true_sender(live_world):
    server, world, p, pairs = live_world
    A = f"pair:{pairs['A'][0]}"
    with (
        open_live(server, p["mA"]) as mA,
        open_live(server, p["eA"]) as eA,
        open_live(server, p["S"]) as staff,
        open_live(server, p["mB"]) as mB,
    ):
        mA.send(signal(A, {"sdp": "v=0 offer"}, sender=p["eA"].person_id))
        got = recv(eA)
        assert got["type"] == "signal" and got["payload"] == {"sdp": "v=0 offer"}
        assert got["sender"] == p["mA"].person_id  # the forged sender was replaced
        assert recv(staff)["sender"] == p["mA"].person_id
        # Addressed to one person only.
        eA.send(signal(A, {"sdp": "answer"}, to=p["mA"].person_id))
        assert recv(mA)["payload"] == {"sdp": "answer"}
        eA.send(json.dumps({"type": "ephemeral", "scope": A, "kind": "typing", "value": True}))
        assert recv(mA) == {
            "type": "ephemeral",
            "scope": A,
            "sender": p["eA"].person_id,
            "kind": "typing",
            "value": True,
        }
        # The staff member got the broadcast offer and the typing notice, not the answer.
        assert recv(staff)["type"] == "ephemeral"
        # A member of another pair is refused and nobody in pair A hears it.
        mB.send(signal(A, {"sdp": "intrusion"}))
        err = recv(mB)
        assert err["type"] == "error" and err["code"] == "not_member" and err["detail"]
        mB.send(signal(A, {"sdp": "to someone"}, to=p["eA"].person_id))
        assert recv(mB)["code"] == "not_member"
        mA.send(signal(A, {"sdp": "after"}))
        assert recv(eA)["payload"] == {"sdp": "after"}


def test_malformed_frames_get_an_error_frame_without_logging_content(live_world):
    """Issue 9, defect 8: `{"type":[1]}` and deep nesting closed the channel silently."""
    server, world, p, pairs = live_world
    A = f"pair:{pairs['A'][0]}"
    secret = "Appelle-moi au 819-555-0199"
    frames = [
        (secret, "malformed_frame"),
        (secret.encode(), "malformed_frame"),
        (json.dumps({"type": "signal", "scope": A}), "malformed_frame"),  # no payload
        (json.dumps({"type": "signal", "scope": "pair:../x", "payload": {}}), "malformed_frame"),
        (json.dumps({"type": "teleport", "note": secret}), "malformed_frame"),
        (json.dumps({"type": [1]}), "malformed_frame"),
        (json.dumps({"type": {"a": 1}}), "malformed_frame"),
        ("[" * 20_000 + "]" * 20_000, "malformed_frame"),
        (
            '{"type":"signal","scope":"' + A + '","payload":' + "[" * 5000 + "]" * 5000 + "}",
            "malformed_frame",
        ),
        (signal(A, {"big": "x" * 100_000}), "payload_too_large"),
    ]
    with open_live(server, p["mA"]) as mA, open_live(server, p["eA"]) as eA:
        for frame, code in frames:
            mA.send(frame)
            err = recv(mA)
            assert err["type"] == "error" and err["code"] == code, (frame[:40], err)
        mA.send(signal(A, {"sdp": "still here"}))
        assert recv(eA)["payload"] == {"sdp": "still here"}
    assert "refused a live frame: malformed_frame" in server.log()
    assert secret not in server.log() and "819-555" not in server.log()


def test_sign_out_everywhere_closes_live_channels(live_world):
    server, world, p, pairs = live_world
    with open_live(server, p["eA"]) as eA:
        r = world.http.post("/v1/logout-all", headers=p["eA"].headers)
        assert r.status_code == 204
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                eA.recv(timeout=WAIT_S)
        assert closed.value.rcvd.code == 4401
    r = world.http.get("/v1/me", headers=p["eA"].headers)
    assert r.status_code == 401 and r.json()["code"] == "token_revoked"
    p["eA"].login(world.http)  # a new session for the tests that follow


def test_new_pair_is_announced_to_its_members(live_world):
    server, world, p, pairs = live_world
    memberships = world.http.get("/v1/me", headers=p["S"].headers).json()["memberships"]
    program_id = next(m["scope"][8:] for m in memberships if m["scope"].startswith("program:"))
    pair_id = f"new{secrets.token_hex(4)}"
    with open_live(server, p["mB"]) as mB:
        r = world.http.post(
            "/v1/pairs",
            json={
                "pair_id": pair_id,
                "program_id": program_id,
                "mentor_id": p["mB"].person_id,
                "mentee_id": p["eA"].person_id,
            },
            headers=p["S"].headers,
        )
        assert r.status_code == 204
        assert recv(mB) == {"type": "ops", "scope": f"pair:{pair_id}", "head": 0}


@pytest.mark.parametrize(
    "frame",
    [b"\x00\xff" * 1000, "\x00" * 1000, "{" * 30_000, '{"type":"auth","token":"x"}', "[]", "1"],
)
def test_garbage_frames_get_errors_and_a_huge_one_closes_only_its_sender(live_world, frame):
    """Fuzz classes of issue 9: garbage keeps an error answer; past 4x the frame limit the
    WebSocket layer closes the sender (1009), and everyone else carries on."""
    server, world, p, pairs = live_world
    A = f"pair:{pairs['A'][0]}"
    with open_live(server, p["mA"]) as mA, open_live(server, p["eA"]) as eA:
        mA.send(frame)
        assert recv(mA)["code"] == "malformed_frame"
        with open_live(server, p["mA"]) as big:
            big.send("x" * 300_000)
            with pytest.raises(ConnectionClosed) as closed:
                big.recv(timeout=WAIT_S)
            assert closed.value.rcvd.code == 1009
        mA.send(signal(A, {"sdp": "after"}))
        assert recv(eA)["payload"] == {"sdp": "after"}
