"""Issue 9, defects 2 and 3 on the server: nobody hides a pair from staff or bricks its keys.

A member's modified client (`Forger`) tries a pair key staff never receive, and a key id at
the top of the 32-bit range; the server refuses both, on SQLite and PostgreSQL, and the pair
can still be reopened and re-paired afterwards.
"""

from __future__ import annotations

from nacl.public import PrivateKey

from jumelage_protocol import staff_key_message
from sync_server.codec import b64
from tests.security.key_attacks import Forger
from tests.server.conftest import client, settings, world  # noqa: F401
from tests.support.fixtures import database_url  # noqa: F401
from tests.support.wire_actor import new_scope_key

TOP = 2**31 - 1


def test_member_cannot_write_under_a_key_staff_do_not_hold(world):  # noqa: F811
    prog = world.program()
    mentor, mentee = world.member(prog, "mentor"), world.member(prog, "mentee")
    pair_id, key = world.pair(prog, mentor, mentee)
    scope, http, forger = f"pair:{pair_id}", world.http, Forger(mentor)
    hidden = new_scope_key()

    r = forger.grant(http, scope, 2, [mentee.person_id], hidden)  # staff left out
    assert r.status_code == 403 and r.json()["code"] == "not_staff"
    r = forger.grant(http, scope, 2, [mentee.person_id, f"staff:{prog.program_id}"], hidden)
    assert r.status_code == 403 and r.json()["code"] == "not_staff"  # members make no keys
    r = forger.push_under(http, scope, hidden, 2)
    assert r.status_code == 409 and r.json()["code"] == "key_not_for_staff"
    # staff rotate without the staff key (a bug, or a staff client of old): refused too
    world.http.post(
        "/v1/keys/grants",
        json={
            "grants": [
                {
                    "scope": scope,
                    "key_id": 2,
                    "recipient_id": mentee.person_id,
                    "sealed_key": b64(hidden),
                }
            ]
        },
        headers=prog.staff.headers,
    )
    r = forger.push_under(http, scope, hidden, 2)
    assert r.status_code == 409 and r.json()["code"] == "key_not_for_staff"
    assert forger.push_under(http, scope, key, 1, b"visible").status_code == 200
    pulled = prog.staff.pull(http, scope).json()["ops"]
    # nothing stored under the hidden key
    assert [stored["op"]["key_id"] for stored in pulled] == [1]


def test_key_ids_grow_by_one_and_the_pair_survives_the_attempt(world):  # noqa: F811
    prog = world.program()
    mentor, mentee = world.member(prog, "mentor"), world.member(prog, "mentee")
    other = world.member(prog, "mentor")
    pair_id, key = world.pair(prog, mentor, mentee)
    scope, http, staff = f"pair:{pair_id}", world.http, prog.staff
    everyone = [mentee.person_id, f"staff:{prog.program_id}"]

    r = Forger(mentor).grant(http, scope, TOP, everyone)
    assert r.status_code == 403 and r.json()["code"] == "not_staff"
    for key_id in (TOP, 3):  # even staff cannot skip ahead
        r = Forger(staff).grant(http, scope, key_id, everyone)
        assert r.status_code == 422 and r.json()["code"] == "bad_key_id"
    r = Forger(staff).grant(http, scope, 2**31, everyone)
    assert r.status_code == 422 and r.json()["code"] == "invalid_request"
    public = b64(bytes(PrivateKey.generate().public_key))
    body = {
        "program_id": prog.program_id,
        "key_id": TOP,
        "box_public": public,
        "signature": b64(
            staff.sign.sign(staff_key_message(prog.program_id, TOP, public)).signature
        ),
    }
    r = http.post("/v1/keys/staff", json=body, headers=staff.headers)
    assert r.status_code == 422 and r.json()["code"] == "bad_key_id"

    assert (
        http.post("/v1/pairs/close", json={"pair_id": pair_id}, headers=staff.headers).status_code
        == 204
    )
    r = http.post("/v1/pairs/reopen", json={"pair_id": pair_id}, headers=staff.headers)
    assert r.status_code == 200 and r.json()["min_key_id"] == 2
    world.grant_pair_key(prog, pair_id, key, 2, [mentor, mentee])
    assert mentee.push(http, [mentee.op(scope, b"reopened", key, key_id=2)]).status_code == 200
    r = http.post(
        "/v1/pairs/members",
        json={"pair_id": pair_id, "mentor_id": other.person_id, "mentee_id": mentee.person_id},
        headers=staff.headers,
    )
    assert r.status_code == 200 and r.json()["min_key_id"] == 3
    world.grant_pair_key(prog, pair_id, key, 3, [other, mentee])
    assert other.push(http, [other.op(scope, b"re-paired", key, key_id=3)]).status_code == 200
