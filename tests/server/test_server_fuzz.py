"""OpenAPI-driven fuzzing: random bodies and parameters for every operation, never a 5xx.

The operations come from the server's own /openapi.json; hypothesis generates JSON values
(valid-looking and not), sent signed-in and anonymous. Every answer must be < 500 and,
when it is an error, a `Problem` body.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture
def operations(client):
    spec = client.get("/openapi.json").json()
    ops = [(m.upper(), path) for path, item in spec["paths"].items() for m in item]
    assert ("POST", "/v1/ops") in ops and len(ops) >= 15
    return ops


@pytest.fixture
def staff_headers(world):
    return world.program().staff.headers


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_no_operation_answers_5xx(client, operations, staff_headers, data):
    method, path = data.draw(st.sampled_from(operations))
    signed_in = data.draw(st.booleans())
    headers = staff_headers if signed_in else {}
    params = data.draw(
        st.dictionaries(
            st.sampled_from(["scope", "after", "limit", "x"]),
            st.text(max_size=20) | st.integers().map(str),
            max_size=3,
        )
    )
    if method == "GET":
        r = client.get(path, params=params, headers=headers)
    else:
        body = data.draw(
            json_values
            | st.fixed_dictionaries(
                {},
                optional={
                    "ops": json_values,
                    "signature": json_values,
                    "grants": json_values,
                    "username": json_values,
                    "program_id": json_values,
                    "role": json_values,
                    "pair_id": json_values,
                    "invite_code": json_values,
                    "auth_key": json_values,
                },
            )
        )
        r = client.request(method, path, json=body, params=params, headers=headers)
    assert r.status_code < 500, (method, path, r.text)
    if r.status_code >= 400:
        assert set(r.json()) <= {"code", "detail", "server_time_ms"}


def test_values_storage_cannot_hold_are_422_not_5xx(world):
    from tests.support.wire_actor import Actor

    prog = world.program()
    mentor = world.member(prog, "mentor")
    op = mentor.op(f"person:{mentor.person_id}", b"x", bytes(32), key_id=2**40)
    r = mentor.push(world.http, [op])
    assert r.status_code == 422 and "key_id" in r.json()["detail"]
    r = world.http.get(
        "/v1/ops",
        params={"scope": f"person:{mentor.person_id}", "after": 2**70},
        headers=mentor.headers,
    )
    assert r.status_code == 422
    code = world.http.post(
        "/v1/invites",
        json={"program_id": prog.program_id, "role": "mentee"},
        headers=prog.staff.headers,
    ).json()["code"]
    body = Actor("long-key").enrol_body(code)
    body["keys"]["box_public"] = "A" * 5000
    r = world.http.post("/v1/enrol", json=body)
    assert r.status_code == 422 and "keys.box_public" in r.json()["detail"]
    grant = {
        "scope": f"person:{mentor.person_id}",
        "key_id": 2**33,
        "recipient_id": mentor.person_id,
        "sealed_key": "AAAA",
    }
    r = world.http.post("/v1/keys/grants", json={"grants": [grant]}, headers=mentor.headers)
    assert r.status_code == 422
