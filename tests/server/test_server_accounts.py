"""Accounts: invites, enrolment, sign-in, prelogin, sessions, rate limits, ICE and residency."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest
from starlette.testclient import TestClient

from sync_server.app import create_app
from sync_server.auth import invite_hash, now_ms, sha256_hex
from tests.server.conftest import World, make_settings
from tests.support.wire_actor import Actor


def test_enrol_then_login_on_another_pc_returns_wrapped_keys(world: World):
    prog = world.program()
    mentor = world.member(prog, "mentor", "Amélie Tremblay")
    # "Another PC": only the username and passphrase are known; keys come from the server.
    again = Actor(mentor.username, passphrase=mentor.passphrase, salt=mentor.salt)
    info = again.login(world.http)
    assert info["person_id"] == mentor.person_id
    assert info["role"] == "mentor"
    assert (
        info["keys"]["sign_public"]
        == base64.urlsafe_b64encode(bytes(mentor.sign.verify_key)).rstrip(b"=").decode()
    )
    assert {"scope": f"program:{prog.program_id}", "role": "mentor"} in info["memberships"]
    assert info["organisation_id"] == prog.organisation_id


def test_prelogin_gives_stored_params_and_decoys_for_unknown_names(world: World):
    prog = world.program()
    known = world.member(prog, "mentee")
    r = world.http.post("/v1/prelogin", json={"username": known.username})
    assert r.json()["kdf"]["salt"] == base64.urlsafe_b64encode(known.salt).rstrip(b"=").decode()
    a1 = world.http.post("/v1/prelogin", json={"username": "nobody-1"}).json()
    a2 = world.http.post("/v1/prelogin", json={"username": "nobody-1"}).json()
    b = world.http.post("/v1/prelogin", json={"username": "nobody-2"}).json()
    assert a1 == a2  # deterministic: asking twice reveals nothing
    assert a1["kdf"]["salt"] != b["kdf"]["salt"]
    assert set(a1["kdf"]) == set(r.json()["kdf"])


def test_wrong_auth_key_is_refused_with_a_plain_reason(world: World):
    prog = world.program()
    mentor = world.member(prog, "mentor")
    r = world.http.post("/v1/login", json={"username": mentor.username, "auth_key": "AAAA"})
    assert r.status_code == 401
    assert r.json()["code"] == "bad_credentials"
    r = world.http.post("/v1/login", json={"username": "ghost", "auth_key": mentor.auth_key})
    assert r.status_code == 401 and r.json()["code"] == "bad_credentials"


def test_invites_are_one_time_expiring_and_typeable(world: World):
    prog = world.program()
    r = world.http.post(
        "/v1/invites",
        json={"program_id": prog.program_id, "role": "mentee"},
        headers=prog.staff.headers,
    )
    code = r.json()["code"]
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4, 4]
    assert not set(code) & set("01OIL")
    # Typed in lower case with spaces: still accepted.
    first = Actor("first")
    first.enrol(world.http, code.lower().replace("-", " "))
    second = Actor("second")
    r = world.http.post("/v1/enrol", json=second.enrol_body(code))
    assert r.status_code == 409 and r.json()["code"] == "invite_used"
    world.store.add_invite(invite_hash("ABCD-EFGH-JKMN-PQRS"), prog.program_id, "mentor", 1, 0)
    r = world.http.post("/v1/enrol", json=second.enrol_body("ABCD-EFGH-JKMN-PQRS"))
    assert r.status_code == 410 and r.json()["code"] == "invite_expired"
    r = world.http.post("/v1/enrol", json=second.enrol_body("ZZZZ-ZZZZ-ZZZZ-ZZZZ"))
    assert r.status_code == 404 and r.json()["code"] == "invite_invalid"
    assert world.store.person_by_username is not None


def test_invite_codes_are_stored_only_hashed(world: World):
    from sqlalchemy import select

    from sync_server import tables as t

    prog = world.program()
    code = world.http.post(
        "/v1/invites",
        json={"program_id": prog.program_id, "role": "mentor"},
        headers=prog.staff.headers,
    ).json()["code"]
    with world.store.read() as conn:
        stored = conn.scalars(select(t.invites.c.code_hash)).all()
    assert invite_hash(code) in stored
    assert not any(code.replace("-", "") in s.upper() for s in stored)


def test_username_taken_is_a_conflict_and_keeps_the_invite(world: World):
    prog = world.program()
    world.member(prog, "mentor", "Sam")
    code = world.http.post(
        "/v1/invites",
        json={"program_id": prog.program_id, "role": "mentor"},
        headers=prog.staff.headers,
    ).json()["code"]
    r = world.http.post("/v1/enrol", json=Actor("SAM").enrol_body(code))
    assert r.status_code == 409 and r.json()["code"] == "username_taken"
    Actor("Samira").enrol(world.http, code)  # the invite was not burnt by the refusal


def test_logout_revokes_one_session_and_logout_all_every_one(world: World):
    prog = world.program()
    mentor = world.member(prog, "mentor")
    pc1 = mentor.token
    other = Actor(mentor.username, passphrase=mentor.passphrase, salt=mentor.salt)
    other.login(world.http)
    third = Actor(mentor.username, passphrase=mentor.passphrase, salt=mentor.salt)
    third.login(world.http)
    assert world.http.post("/v1/logout", headers=other.headers).status_code == 204
    r = world.http.get("/v1/me", headers=other.headers)
    assert r.status_code == 401 and r.json()["code"] == "token_revoked"
    assert world.http.get("/v1/me", headers=mentor.headers).json()["person_id"] == mentor.person_id
    assert world.http.post("/v1/logout-all", headers=third.headers).status_code == 204
    for token in (pc1, third.token):
        r = world.http.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401 and r.json()["code"] == "token_revoked"


def test_expired_and_unknown_tokens_are_refused(world: World):
    prog = world.program()
    world.store.add_session(sha256_hex("old-token"), prog.staff.person_id, now_ms() - 1, 0)
    r = world.http.get("/v1/heads", headers={"Authorization": "Bearer old-token"})
    assert r.status_code == 401 and r.json()["code"] == "token_expired"
    r = world.http.get("/v1/heads", headers={"Authorization": "Bearer made-up"})
    assert r.status_code == 401 and r.json()["code"] == "token_invalid"
    r = world.http.get("/v1/heads", headers={"Authorization": "Basic abc"})
    assert r.status_code == 401
    r = world.http.get("/v1/heads")
    assert r.status_code == 401 and r.json()["code"] == "token_missing"


def test_tokens_are_stored_hashed(world: World):
    from sqlalchemy import select

    from sync_server import tables as t

    prog = world.program()
    with world.store.read() as conn:
        hashes = conn.scalars(select(t.sessions.c.token_hash)).all()
    assert sha256_hex(prog.staff.token) in hashes
    assert prog.staff.token not in hashes


def test_sign_in_brute_force_is_limited_per_account(tmp_path, database_url):
    settings = make_settings(
        tmp_path,
        database_url,
        limits={"login_failures_per_account": 3, "login_failures_per_address": 100},
    )
    with TestClient(create_app(settings)) as http:
        world = World(http)
        mentor = world.member(world.program(), "mentor")
        bad = {"username": mentor.username, "auth_key": "AAAA"}
        codes = [http.post("/v1/login", json=bad).status_code for _ in range(4)]
        assert codes == [401, 401, 401, 429]
        r = http.post("/v1/login", json={"username": mentor.username, "auth_key": mentor.auth_key})
        assert r.status_code == 429, "even the right key waits: the account is locked for now"
        assert int(r.headers["Retry-After"]) >= 1
        assert r.json()["code"] == "rate_limited"
        # Another account from the same address is not affected.
        other = world.member(world.program(), "mentee")
        assert other.login(http)["person_id"] == other.person_id


def test_sign_in_brute_force_is_limited_per_address(tmp_path, database_url):
    settings = make_settings(
        tmp_path,
        database_url,
        limits={"login_failures_per_account": 100, "login_failures_per_address": 3},
    )
    with TestClient(create_app(settings)) as http:
        codes = [
            http.post("/v1/login", json={"username": f"u{i}", "auth_key": "AAAA"}).status_code
            for i in range(4)
        ]
        assert codes == [401, 401, 401, 429]
        r = http.post("/v1/enrol", json=Actor("x").enrol_body("ABCD-ABCD-ABCD-ABCD"))
        assert r.status_code == 429 and "Retry-After" in r.headers


def test_ice_gives_time_limited_turn_rest_credentials(tmp_path, database_url):
    ice = {
        "stun_url": "stun:turn.example.ca:3478",
        "turn_urls": ["turn:turn.example.ca:3478", "turns:turn.example.ca:443?transport=tcp"],
        "turn_secret": "s3cret",
    }
    with TestClient(create_app(make_settings(tmp_path, database_url, ice=ice))) as http:
        prog = World(http).program()
        before = now_ms() // 1000
        r = http.get("/v1/ice", headers=prog.staff.headers)
        after = now_ms() // 1000
        assert r.status_code == 200
        body = r.json()
        stun, turn = body["ice_servers"]
        assert stun["urls"] == ["stun:turn.example.ca:3478"] and stun.get("username") is None
        assert "turns:turn.example.ca:443?transport=tcp" in turn["urls"]
        expiry, person = turn["username"].split(":")
        assert person == prog.staff.person_id
        assert before + 3600 <= int(expiry) <= after + 3600  # an hour from when it was asked
        expected = hmac.new(b"s3cret", turn["username"].encode(), hashlib.sha1).digest()
        assert base64.b64decode(turn["credential"]) == expected
        assert http.get("/v1/ice").status_code == 401


@pytest.mark.parametrize(
    ("residency", "expected"),
    [
        ({}, {"declared": False}),
        (
            {"country": "CA", "region": "QC", "provider": "OVHcloud Beauharnois"},
            {"declared": True, "country": "CA", "region": "QC", "provider": "OVHcloud Beauharnois"},
        ),
    ],
)
def test_residency_is_public_and_says_what_was_declared(tmp_path, residency, expected):
    with TestClient(create_app(make_settings(tmp_path, None, residency=residency))) as http:
        body = http.get("/v1/residency").json()
        assert {k: v for k, v in body.items() if v is not None} == expected
