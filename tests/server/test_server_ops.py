"""Ops: push, pull, heads, idempotence, and every kind of bad batch (nothing stored, no 5xx)."""

from __future__ import annotations

import json

import pytest
from nacl.signing import VerifyKey
from starlette.testclient import TestClient

from jumelage_protocol import MAX_CLOCK_SKEW_SECONDS, PROTOCOL_HEADER, OpEnvelope, op_digest
from sync_server.app import create_app
from sync_server.auth import now_ms
from sync_server.codec import b64, unb64
from tests.server.conftest import World, make_settings, op_count


@pytest.fixture
def pair(world: World):
    prog = world.program()
    mentor, mentee = world.member(prog, "mentor"), world.member(prog, "mentee")
    pair_id, key = world.pair(prog, mentor, mentee)
    return prog, mentor, mentee, f"pair:{pair_id}", key


def test_push_assigns_per_scope_sequence_numbers_and_pull_pages_them(world, pair):
    prog, mentor, mentee, scope, key = pair
    own = f"person:{mentor.person_id}"
    ops = [mentor.op(scope, f"message {i}".encode(), key) for i in range(600)]
    ops.insert(3, mentor.op(own, b"my note", key))
    for chunk in (ops[:301], ops[301:]):
        r = mentor.push(world.http, chunk)
        assert r.status_code == 200, r.text
    got: list[dict] = []
    after, pages = 0, 0
    while True:
        page = mentee.pull(world.http, scope, after).json()
        pages += 1
        got += page["ops"]
        after = page["next_after"]
        if not page["has_more"]:
            break
    assert pages == 3
    assert [o["seq"] for o in got] == list(range(1, 601))
    assert [o["op"]["op_id"] for o in got] == [o.op_id for o in ops if o.scope == scope]
    own_page = mentor.pull(world.http, own).json()
    assert [o["seq"] for o in own_page["ops"]] == [1]
    heads = {h["scope"]: h["head"] for h in mentor_heads(world, mentor)}
    assert heads[scope] == 600 and heads[own] == 1
    assert heads[f"person:{mentor.person_id}"] == 1


def mentor_heads(world, actor):
    r = world.http.get("/v1/heads", headers=actor.headers)
    assert r.status_code == 200
    return r.json()["heads"]


def test_readers_can_verify_authorship_from_the_stored_batch(world, pair):
    prog, mentor, mentee, scope, key = pair
    ops = [mentor.op(scope, b"hello", key), mentor.op(scope, b"again", key)]
    assert mentor.push(world.http, ops).status_code == 200
    page = mentee.pull(world.http, scope).json()
    (batch,) = page["batches"]
    directory = world.http.get("/v1/directory", params={"scope": scope}, headers=mentee.headers)
    author_key = next(e for e in directory.json() if e["person_id"] == mentor.person_id)
    digests = unb64(batch["digests"])
    VerifyKey(unb64(author_key["sign_public"])).verify(digests, unb64(batch["signature"]))
    for stored in page["ops"]:
        assert stored["batch_id"] == batch["batch_id"]
        assert op_digest(OpEnvelope.model_validate(stored["op"])) in {
            digests[i : i + 32] for i in range(0, len(digests), 32)
        }


def test_replayed_batch_is_reported_as_duplicates_and_stored_once(world, pair):
    prog, mentor, mentee, scope, key = pair
    ops = [mentor.op(scope, b"one", key), mentor.op(scope, b"two", key)]
    first = mentor.push(world.http, ops).json()
    again = mentor.push(world.http, ops).json()
    assert sorted(first["accepted"].values()) == [1, 2]
    assert again["accepted"] == {} and sorted(again["duplicates"]) == sorted(o.op_id for o in ops)
    mixed = [ops[0], mentor.op(scope, b"three", key)]
    r = mentor.push(world.http, mixed).json()
    assert r["duplicates"] == [ops[0].op_id] and list(r["accepted"].values()) == [3]
    assert op_count(world.http, scope) == 3


def test_same_op_id_with_other_content_is_a_conflict(world, pair):
    prog, mentor, mentee, scope, key = pair
    op = mentor.op(scope, b"original", key)
    mentor.push(world.http, [op])
    forged = op.model_copy(update={"body": b64(b"tampered")})
    r = mentor.push(world.http, [forged, mentor.op(scope, b"new", key)])
    assert r.status_code == 409 and r.json()["code"] == "op_conflict"
    assert op_count(world.http, scope) == 1


def _refused(world, actor, body, status, code, *, raw: bytes | None = None, headers=None):
    before = op_count(world.http)
    h = {**actor.headers, **(headers or {})}
    if raw is not None:
        r = world.http.post(
            "/v1/ops", content=raw, headers={**h, "Content-Type": "application/json"}
        )
    else:
        r = world.http.post("/v1/ops", json=body, headers=h)
    assert r.status_code == status, r.text
    problem = r.json()
    assert problem["code"] == code
    assert problem["detail"] and problem["detail"][0].isupper()
    assert op_count(world.http) == before, "a refused batch stores nothing"
    return problem


def test_bad_signature(world, pair):
    prog, mentor, mentee, scope, key = pair
    ops = [mentor.op(scope, b"x", key), mentor.op(scope, b"y", key)]
    body = mentor.push_body(ops)
    body["signature"] = mentee.sign_batch(ops)  # someone else's key
    _refused(world, mentor, body, 422, "bad_signature")
    body = mentor.push_body(list(reversed(ops)))  # signature over another order
    body["ops"] = [o.model_dump() for o in ops]
    _refused(world, mentor, body, 422, "bad_signature")
    _refused(world, mentor, {**mentor.push_body(ops), "signature": "AAAA"}, 422, "bad_signature")


def test_ops_of_another_author_are_refused(world, pair):
    prog, mentor, mentee, scope, key = pair
    op = mentee.op(scope, b"mine", key)
    _refused(world, mentor, mentor.push_body([op]), 403, "author_mismatch")


def test_clock_far_in_the_future_gets_the_server_time(world, pair):
    prog, mentor, mentee, scope, key = pair
    ahead = now_ms() + (MAX_CLOCK_SKEW_SECONDS + 3600) * 1000
    body = mentor.push_body([mentor.op(scope, b"late", key, ms=ahead)])
    problem = _refused(world, mentor, body, 422, "clock_skew")
    assert abs(problem["server_time_ms"] - now_ms()) < 60_000
    # An op from a PC whose clock is only a little ahead is fine.
    near = now_ms() + 60_000
    assert mentor.push(world.http, [mentor.op(scope, b"ok", key, ms=near)]).status_code == 200


def test_malformed_json_unknown_fields_and_wrong_types(world, pair):
    prog, mentor, mentee, scope, key = pair
    _refused(world, mentor, None, 400, "malformed_json", raw=b'{"ops": [')
    good = mentor.push_body([mentor.op(scope, b"x", key)])
    p = _refused(world, mentor, {**good, "extra": 1}, 422, "invalid_request")
    assert "'extra'" in p["detail"]
    bad_op = {**good["ops"][0], "key_id": "one"}
    p = _refused(world, mentor, {**good, "ops": [bad_op]}, 422, "invalid_request")
    assert "ops.0.key_id" in p["detail"]
    p = _refused(
        world,
        mentor,
        {**good, "ops": [{**good["ops"][0], "hlc": "yesterday"}]},
        422,
        "invalid_request",
    )
    assert "ops.0.hlc" in p["detail"] and "yesterday" not in p["detail"]
    _refused(world, mentor, {**good, "ops": []}, 422, "invalid_request")
    _refused(world, mentor, None, 422, "invalid_request", raw=b"[1, 2, 3]")
    _refused(world, mentor, None, 422, "invalid_request", raw=json.dumps("ops").encode())
    body = mentor.push_body([mentor.op(scope, b"x", key)])
    body["ops"] = body["ops"] * 2
    body["signature"] = mentor.sign_batch([OpEnvelope(**o) for o in body["ops"]])
    _refused(world, mentor, body, 422, "duplicate_in_batch")


def test_unsupported_protocol_version(world, pair):
    prog, mentor, mentee, scope, key = pair
    body = mentor.push_body([mentor.op(scope, b"x", key)])
    _refused(world, mentor, body, 426, "unsupported_protocol", headers={PROTOCOL_HEADER: "99"})
    r = world.http.get("/v1/heads", headers={**mentor.headers, PROTOCOL_HEADER: "0"})
    assert r.status_code == 426


def test_oversized_ops_batches_and_bodies_get_413(tmp_path, database_url):
    limits = {"max_op_bytes": 1024, "max_batch_ops": 5, "max_request_bytes": 64 * 1024}
    with TestClient(create_app(make_settings(tmp_path, database_url, limits=limits))) as http:
        world = World(http)
        prog = world.program()
        mentor, mentee = world.member(prog, "mentor"), world.member(prog, "mentee")
        pair_id, key = world.pair(prog, mentor, mentee)
        scope = f"pair:{pair_id}"
        big = mentor.push_body([mentor.op(scope, b"x" * 2000, key)])
        _refused(world, mentor, big, 413, "op_too_large")
        many = mentor.push_body([mentor.op(scope, b"x", key) for _ in range(6)])
        _refused(world, mentor, many, 413, "batch_too_large")
        huge = json.dumps({"ops": [], "signature": "A" * 70_000}).encode()
        _refused(world, mentor, None, 413, "payload_too_large", raw=huge)
        # Chunked upload with no Content-Length: counted as it arrives.
        r = http.post(
            "/v1/ops", content=iter([huge[:40_000], huge[40_000:]]), headers=mentor.headers
        )
        assert r.status_code == 413 and r.json()["code"] == "payload_too_large"
        r = http.post("/v1/ops", content=huge, headers={**mentor.headers, "Content-Length": "x"})
        assert r.status_code in (400, 413)
        assert mentor.push(http, [mentor.op(scope, b"x" * 500, key)]).status_code == 200


def test_pull_parameters_are_checked(world, pair):
    prog, mentor, mentee, scope, key = pair
    for params in (
        {"scope": "nonsense"},
        {"scope": scope, "after": -1},
        {"scope": scope, "limit": 10_000},
        {},
    ):
        r = world.http.get("/v1/ops", params=params, headers=mentor.headers)
        assert r.status_code == 422 and r.json()["code"] == "invalid_request"
    r = world.http.get("/v1/ops", params={"scope": scope, "limit": 2}, headers=mentor.headers)
    assert r.status_code == 200 and r.json()["ops"] == []
    assert world.http.get("/v1/nothing-here").json()["code"] == "not_found"
    assert world.http.delete("/v1/ops").status_code == 405


def test_closed_pair_keeps_history_but_takes_no_new_member_ops(world, pair):
    prog, mentor, mentee, scope, key = pair
    mentor.push(world.http, [mentor.op(scope, b"before", key)])
    r = world.http.post("/v1/pairs/close", json={"pair_id": scope[5:]}, headers=prog.staff.headers)
    assert r.status_code == 204
    _refused(world, mentee, mentee.push_body([mentee.op(scope, b"after", key)]), 403, "pair_closed")
    assert len(mentee.pull(world.http, scope).json()["ops"]) == 1
    note = prog.staff.op(scope, b"closure note", key)
    assert prog.staff.push(world.http, [note]).status_code == 200
