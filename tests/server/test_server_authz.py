"""Authorisation matrix: pair A vs pair B, program P vs program Q, organisation 1 vs 2.

Every endpoint that takes a scope, a program or a pair is tried by people who must be
refused; each refusal must be a 4xx Problem, store nothing and reveal nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.server.conftest import Program, World, op_count
from tests.support.wire_actor import Actor, new_scope_key, seal_to


@dataclass
class Cast:
    world: World
    P: Program
    Q: Program
    R: Program
    people: dict[str, Actor]
    pairs: dict[str, tuple[str, bytes]]

    def scope(self, pair: str) -> str:
        return f"pair:{self.pairs[pair][0]}"


@pytest.fixture
def cast(world: World) -> Cast:
    P = world.program()
    Q = world.program(organisation_id=P.organisation_id)
    R = world.program()  # another organisation
    people = {"SP": P.staff, "SQ": Q.staff, "SR": R.staff}
    for prog, tag in ((P, "A"), (P, "B"), (Q, "Q"), (R, "C")):
        people[f"m{tag}"] = world.member(prog, "mentor")
        people[f"e{tag}"] = world.member(prog, "mentee")
    pairs = {
        tag: world.pair(prog, people[f"m{tag}"], people[f"e{tag}"])
        for prog, tag in ((P, "A"), (P, "B"), (Q, "Q"), (R, "C"))
    }
    return Cast(world, P, Q, R, people, pairs)


def _check(cast: Cast, who: str, method: str, path: str, *, expect: int, **kw) -> str | None:
    actor = cast.people[who]
    before = op_count(cast.world.http)
    r = cast.world.http.request(method, path, headers=actor.headers, **kw)
    problems = []
    if r.status_code != expect:
        problems.append(f"status {r.status_code} != {expect}")
    if expect >= 400:
        body = r.json()
        if set(body) - {"code", "detail", "server_time_ms"} or not body.get("detail"):
            problems.append(f"not a Problem: {body}")
        if op_count(cast.world.http) != before:
            problems.append("something was stored")
    return f"{who} {method} {path} {kw}: {'; '.join(problems)}" if problems else None


def _push(cast: Cast, who: str, scope: str, key: bytes | None = None) -> dict:
    actor = cast.people[who]
    return {"json": actor.push_body([actor.op(scope, b"probe", key or new_scope_key())])}


def _grant(cast: Cast, scope: str, recipient: str) -> dict:
    person = cast.people[recipient]
    sealed = seal_to(
        __import__("sync_server.codec", fromlist=["b64"]).b64(bytes(person.box.public_key)),
        new_scope_key(),
    )
    grant = {"scope": scope, "key_id": 7, "recipient_id": person.person_id, "sealed_key": sealed}
    return {"json": {"grants": [grant]}}


def test_mentor_of_pair_a_cannot_reach_pair_b(cast: Cast):
    A, B = cast.scope("A"), cast.scope("B")
    me = cast.people["mA"]
    failures = [
        _check(cast, "mA", "GET", "/v1/ops", params={"scope": B}, expect=403),
        _check(cast, "mA", "POST", "/v1/ops", **_push(cast, "mA", B), expect=403),
        _check(cast, "mA", "GET", "/v1/directory", params={"scope": B}, expect=403),
        _check(cast, "mA", "POST", "/v1/keys/grants", **_grant(cast, B, "mA"), expect=403),
        # members never share pair keys (only staff make them): refused before the recipient
        _check(cast, "mA", "POST", "/v1/keys/grants", **_grant(cast, A, "mB"), expect=403),
        _check(
            cast,
            "mA",
            "GET",
            "/v1/ops",
            params={"scope": f"person:{cast.people['eA'].person_id}"},
            expect=403,
        ),  # noqa: E501
        _check(
            cast,
            "mA",
            "POST",
            "/v1/ops",
            **_push(cast, "mA", f"person:{cast.people['eA'].person_id}"),
            expect=403,
        ),  # noqa: E501
        _check(
            cast,
            "mA",
            "GET",
            "/v1/ops",
            params={"scope": f"program:{cast.P.program_id}"},
            expect=403,
        ),  # noqa: E501
        _check(
            cast,
            "mA",
            "POST",
            "/v1/invites",
            json={"program_id": cast.P.program_id, "role": "mentor"},
            expect=403,
        ),  # noqa: E501
        _check(
            cast,
            "mA",
            "POST",
            "/v1/pairs",
            json={
                "pair_id": "x1",
                "program_id": cast.P.program_id,
                "mentor_id": me.person_id,
                "mentee_id": cast.people["eB"].person_id,
            },
            expect=403,
        ),  # noqa: E501
        _check(
            cast, "mA", "POST", "/v1/pairs/close", json={"pair_id": cast.pairs["B"][0]}, expect=403
        ),  # noqa: E501
        _check(
            cast, "mA", "POST", "/v1/pairs/close", json={"pair_id": cast.pairs["A"][0]}, expect=403
        ),  # noqa: E501
        # Allowed: their own pair, and urgent reports into the program (write-only).
        _check(cast, "mA", "GET", "/v1/ops", params={"scope": A}, expect=200),
        _check(
            cast,
            "mA",
            "POST",
            "/v1/ops",
            **_push(cast, "mA", f"program:{cast.P.program_id}"),
            expect=200,
        ),  # noqa: E501
    ]
    assert [f for f in failures if f] == []
    heads = {
        h["scope"] for h in cast.world.http.get("/v1/heads", headers=me.headers).json()["heads"]
    }
    assert A in heads and B not in heads and f"program:{cast.P.program_id}" not in heads
    grants = cast.world.http.get("/v1/keys/grants", headers=me.headers).json()
    assert grants and {g["scope"] for g in grants} == {A}
    assert {g["recipient_id"] for g in grants} == {me.person_id}


def test_staff_of_program_p_cannot_touch_program_q(cast: Cast):
    Q1 = cast.scope("Q")
    sp = cast.people["SP"]
    failures = [
        _check(cast, "SP", "GET", "/v1/ops", params={"scope": Q1}, expect=403),
        _check(cast, "SP", "POST", "/v1/ops", **_push(cast, "SP", Q1), expect=403),
        _check(
            cast,
            "SP",
            "GET",
            "/v1/ops",
            params={"scope": f"program:{cast.Q.program_id}"},
            expect=403,
        ),  # noqa: E501
        _check(
            cast,
            "SP",
            "POST",
            "/v1/ops",
            **_push(cast, "SP", f"program:{cast.Q.program_id}"),
            expect=403,
        ),  # noqa: E501
        _check(cast, "SP", "GET", "/v1/directory", params={"scope": Q1}, expect=403),
        _check(
            cast,
            "SP",
            "GET",
            "/v1/directory",
            params={"scope": f"program:{cast.Q.program_id}"},
            expect=403,
        ),  # noqa: E501
        _check(cast, "SP", "POST", "/v1/keys/grants", **_grant(cast, Q1, "SP"), expect=403),
        _check(
            cast,
            "SP",
            "POST",
            "/v1/invites",
            json={"program_id": cast.Q.program_id, "role": "staff"},
            expect=403,
        ),  # noqa: E501
        _check(
            cast,
            "SP",
            "POST",
            "/v1/pairs",
            json={
                "pair_id": "x2",
                "program_id": cast.Q.program_id,
                "mentor_id": cast.people["mQ"].person_id,
                "mentee_id": cast.people["eQ"].person_id,
            },
            expect=403,
        ),  # noqa: E501
        _check(
            cast,
            "SP",
            "POST",
            "/v1/pairs",
            json={
                "pair_id": "x3",
                "program_id": cast.P.program_id,
                "mentor_id": cast.people["mQ"].person_id,
                "mentee_id": cast.people["eA"].person_id,
            },
            expect=422,
        ),  # noqa: E501
        _check(
            cast, "SP", "POST", "/v1/pairs/close", json={"pair_id": cast.pairs["Q"][0]}, expect=403
        ),  # noqa: E501
        _check(
            cast,
            "SP",
            "GET",
            "/v1/ops",
            params={"scope": f"person:{cast.people['mA'].person_id}"},
            expect=403,
        ),  # noqa: E501
        # Allowed: every pair of their own program.
        _check(cast, "SP", "GET", "/v1/ops", params={"scope": cast.scope("B")}, expect=200),
        _check(cast, "SP", "POST", "/v1/ops", **_push(cast, "SP", cast.scope("A")), expect=200),
    ]
    assert [f for f in failures if f] == []
    heads = {
        h["scope"] for h in cast.world.http.get("/v1/heads", headers=sp.headers).json()["heads"]
    }
    assert {cast.scope("A"), cast.scope("B"), f"program:{cast.P.program_id}"} <= heads
    assert Q1 not in heads and f"program:{cast.Q.program_id}" not in heads


def test_nobody_crosses_organisations(cast: Cast):
    A, C = cast.scope("A"), cast.scope("C")
    failures = []
    for who in ("SR", "mC", "eC"):
        failures += [
            _check(cast, who, "GET", "/v1/ops", params={"scope": A}, expect=403),
            _check(cast, who, "POST", "/v1/ops", **_push(cast, who, A), expect=403),
            _check(cast, who, "GET", "/v1/directory", params={"scope": A}, expect=403),
            _check(
                cast,
                who,
                "GET",
                "/v1/directory",
                params={"scope": f"program:{cast.P.program_id}"},
                expect=403,
            ),  # noqa: E501
            _check(
                cast,
                who,
                "POST",
                "/v1/ops",
                **_push(cast, who, f"program:{cast.P.program_id}"),
                expect=403,
            ),  # noqa: E501
            _check(
                cast,
                who,
                "POST",
                "/v1/invites",
                json={"program_id": cast.P.program_id, "role": "staff"},
                expect=403,
            ),  # noqa: E501
        ]
    for who in ("SP", "mA"):
        failures += [
            _check(cast, who, "GET", "/v1/ops", params={"scope": C}, expect=403),
            _check(cast, who, "POST", "/v1/ops", **_push(cast, who, C), expect=403),
            _check(
                cast,
                who,
                "GET",
                "/v1/directory",
                params={"scope": f"program:{cast.R.program_id}"},
                expect=403,
            ),  # noqa: E501
        ]
    failures += [
        _check(
            cast,
            "SR",
            "POST",
            "/v1/pairs",
            json={
                "pair_id": "x4",
                "program_id": cast.R.program_id,
                "mentor_id": cast.people["mA"].person_id,
                "mentee_id": cast.people["eA"].person_id,
            },
            expect=422,
        ),  # noqa: E501
        _check(cast, "SR", "POST", "/v1/keys/grants", **_grant(cast, C, "SP"), expect=422),
    ]
    assert [f for f in failures if f] == []


def test_directory_shows_members_and_program_staff_only(cast: Cast):
    http = cast.world.http
    mA, eA, SP = cast.people["mA"], cast.people["eA"], cast.people["SP"]
    r = http.get("/v1/directory", params={"scope": cast.scope("A")}, headers=eA.headers)
    got = {(e["person_id"], e["role"]) for e in r.json()}
    assert got == {(mA.person_id, "mentor"), (eA.person_id, "mentee"), (SP.person_id, "staff")}
    # A mentor sees only staff in the program directory (to address urgent reports).
    r = http.get(
        "/v1/directory", params={"scope": f"program:{cast.P.program_id}"}, headers=mA.headers
    )
    assert {e["person_id"] for e in r.json()} == {SP.person_id}
    r = http.get(
        "/v1/directory", params={"scope": f"program:{cast.P.program_id}"}, headers=SP.headers
    )
    assert len(r.json()) == 5


def test_staff_key_grants_reach_the_staff_of_that_program_only(cast: Cast):
    from sync_server.codec import b64

    http = cast.world.http
    SP = cast.people["SP"]
    staff_key = new_scope_key()
    A = cast.scope("A")
    grant = {
        "scope": A,
        "key_id": 2,
        "recipient_id": f"staff:{cast.P.program_id}",
        "sealed_key": b64(staff_key),
        "granted_by": "someone-else",
    }
    assert (
        http.post("/v1/keys/grants", json={"grants": [grant]}, headers=SP.headers).status_code
        == 204
    )
    sp_grants = http.get("/v1/keys/grants", params={"scope": A}, headers=SP.headers).json()
    staff_of_p = f"staff:{cast.P.program_id}"
    mine = [g for g in sp_grants if g["recipient_id"] == staff_of_p and g["key_id"] == 2]
    assert len(mine) == 1 and mine[0]["granted_by"] == SP.person_id  # set by the server
    assert all(
        g["recipient_id"] != f"staff:{cast.P.program_id}"
        for g in http.get("/v1/keys/grants", headers=cast.people["SQ"].headers).json()
    )
    again = http.post("/v1/keys/grants", json={"grants": [grant]}, headers=SP.headers)
    assert again.status_code == 204  # identical re-upload: idempotent
    changed = {**grant, "sealed_key": b64(new_scope_key())}
    r = http.post("/v1/keys/grants", json={"grants": [changed]}, headers=SP.headers)
    assert r.status_code == 409 and r.json()["code"] == "grant_conflict"
    wrong = {**grant, "recipient_id": f"staff:{cast.Q.program_id}"}
    r = http.post("/v1/keys/grants", json={"grants": [wrong]}, headers=SP.headers)
    assert r.status_code == 422 and r.json()["code"] == "bad_recipient"
