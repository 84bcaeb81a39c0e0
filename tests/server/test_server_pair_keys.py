"""Staff key public halves, re-pairing, reopening, and the key floor the server enforces."""

from __future__ import annotations

from nacl.public import PrivateKey

from jumelage_protocol import staff_key_message
from sync_server.codec import b64


def _staff_key_body(actor, program_id: str, key_id: int = 1, box=None) -> dict:
    public = b64(bytes((box or PrivateKey.generate()).public_key))
    sig = actor.sign.sign(staff_key_message(program_id, key_id, public)).signature
    return {"program_id": program_id, "key_id": key_id, "box_public": public, "signature": b64(sig)}


def test_staff_publish_staff_key_and_members_read_it(world):
    prog = world.program()
    mentee = world.member(prog, "mentee")
    http, pid = world.http, prog.program_id
    r = http.get("/v1/keys/staff", params={"program_id": pid}, headers=mentee.headers)
    assert r.status_code == 404 and r.json()["code"] == "staff_key_missing"

    body = _staff_key_body(prog.staff, pid)
    forged = {**body, "signature": _staff_key_body(mentee, pid)["signature"]}
    r = http.post("/v1/keys/staff", json=forged, headers=prog.staff.headers)
    assert r.status_code == 422 and r.json()["code"] == "bad_staff_key"
    r = http.post("/v1/keys/staff", json=_staff_key_body(mentee, pid), headers=mentee.headers)
    assert r.status_code == 403 and r.json()["code"] == "not_staff"
    for _ in range(2):  # an identical re-publication is fine
        r = http.post("/v1/keys/staff", json=body, headers=prog.staff.headers)
        assert r.status_code == 204, r.text
    r = http.post(
        "/v1/keys/staff", json=_staff_key_body(prog.staff, pid), headers=prog.staff.headers
    )
    assert r.status_code == 409 and r.json()["code"] == "staff_key_conflict"

    got = http.get("/v1/keys/staff", params={"program_id": pid}, headers=mentee.headers).json()
    assert (got["box_public"], got["created_by"]) == (body["box_public"], prog.staff.person_id)
    other = world.program()  # another organisation's staff learns nothing
    r = http.get("/v1/keys/staff", params={"program_id": pid}, headers=other.staff.headers)
    assert r.status_code == 403


def test_repair_raises_key_floor_and_removed_mentor_loses_scope(world):
    prog = world.program()
    old, new = world.member(prog, "mentor"), world.member(prog, "mentor")
    mentee = world.member(prog, "mentee")
    pair_id, key = world.pair(prog, old, mentee)
    scope, http = f"pair:{pair_id}", world.http
    assert old.push(http, [old.op(scope, b"before", key)]).status_code == 200
    early = mentee.op(scope, b"offline, old key", key)

    r = http.post(
        "/v1/pairs/members",
        json={"pair_id": pair_id, "mentor_id": new.person_id, "mentee_id": mentee.person_id},
        headers=mentee.headers,
    )
    assert r.status_code == 403  # staff only
    r = http.post(
        "/v1/pairs/members",
        json={"pair_id": pair_id, "mentor_id": new.person_id, "mentee_id": mentee.person_id},
        headers=prog.staff.headers,
    )
    assert r.status_code == 200, r.text
    assert r.json() == {"pair_id": pair_id, "min_key_id": 2}

    assert old.pull(http, scope).status_code == 403  # removed: no more reading
    r = mentee.push(http, [early])
    assert r.status_code == 409 and r.json()["code"] == "stale_key"
    grant = {"scope": scope, "key_id": 2, "recipient_id": old.person_id, "sealed_key": "AAAA"}
    r = http.post("/v1/keys/grants", json={"grants": [grant]}, headers=prog.staff.headers)
    assert r.status_code == 422 and r.json()["code"] == "bad_recipient"
    r = mentee.push(http, [mentee.op(scope, b"new key", key, key_id=2)])
    assert r.status_code == 200, r.text
    assert new.pull(http, scope).status_code == 200


def test_reopen_needs_new_key_but_replays_stay_duplicates(world):
    prog = world.program()
    mentor, mentee = world.member(prog, "mentor"), world.member(prog, "mentee")
    pair_id, key = world.pair(prog, mentor, mentee)
    scope, http = f"pair:{pair_id}", world.http
    stored = mentor.op(scope, b"x", key)
    assert mentor.push(http, [stored]).status_code == 200
    r = http.post("/v1/pairs/close", json={"pair_id": pair_id}, headers=prog.staff.headers)
    assert r.status_code == 204
    assert mentor.push(http, [mentor.op(scope, b"y", key)]).json()["code"] == "pair_closed"
    r = http.post("/v1/pairs/reopen", json={"pair_id": pair_id}, headers=prog.staff.headers)
    assert r.status_code == 200 and r.json()["min_key_id"] == 2
    r = mentor.push(http, [stored])  # a replay of an op stored before: still a duplicate
    assert r.status_code == 200 and r.json()["duplicates"] == [stored.op_id]
    r = mentor.push(http, [mentor.op(scope, b"z", key)])
    assert r.status_code == 409 and r.json()["code"] == "stale_key"
