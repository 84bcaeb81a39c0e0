"""Issue 9, server side: id grammar, enumeration, the sign-in limiter, files, faults, TLS paths.

In-process app over real storage (SQLite file and PostgreSQL); the socket-level guards are
tested on a real server process in test_server_sockets.py.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import insert, select, text
from starlette.testclient import TestClient

from sync_server import tables as t
from sync_server.app import create_app
from sync_server.auth import AuthKeyHasher
from sync_server.codec import b64
from sync_server.config import SECRET_FILE_NAME, Settings
from sync_server.files import SECRET_ENV
from sync_server.rate_limit import Backoff, Rate
from tests.server.conftest import World, make_settings
from tests.support.server import write_config
from tests.support.wire_actor import Actor

# --- one id grammar ----------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["a.b", "a:b", "a/b", "é", "x" * 65, ""])
def test_a_pair_id_outside_the_grammar_is_422_and_everyone_still_signs_in(world: World, bad):
    """Defect 1: `a.b` was stored, then login, /v1/me and /v1/heads gave 500 to everyone."""
    prog = world.program()
    mentor, mentee = world.member(prog, "mentor"), world.member(prog, "mentee")
    body = {
        "pair_id": bad,
        "program_id": prog.program_id,
        "mentor_id": mentor.person_id,
        "mentee_id": mentee.person_id,
    }
    r = world.http.post("/v1/pairs", json=body, headers=prog.staff.headers)
    assert r.status_code == 422 and r.json()["code"] == "invalid_request", r.text
    assert "pair_id" in r.json()["detail"]
    with world.store.read() as conn:
        assert conn.scalar(select(t.pairs.c.id).where(t.pairs.c.id == bad)) is None
    for actor in (prog.staff, mentor, mentee):
        assert actor.login(world.http)["person_id"] == actor.person_id
        assert world.http.get("/v1/me", headers=actor.headers).status_code == 200
        assert world.http.get("/v1/heads", headers=actor.headers).status_code == 200


def test_a_pair_stored_by_an_older_server_with_a_bad_id_breaks_no_sign_in(world: World):
    prog = world.program()
    mentor, mentee = world.member(prog, "mentor"), world.member(prog, "mentee")
    with world.store.write() as conn:  # what the previous version let in
        conn.execute(
            insert(t.pairs).values(
                id="a.b",
                program_id=prog.program_id,
                mentor_id=mentor.person_id,
                mentee_id=mentee.person_id,
                created_ms=1,
            )
        )
    for actor in (prog.staff, mentor, mentee):
        assert actor.login(world.http)["person_id"] == actor.person_id
        assert world.http.get("/v1/heads", headers=actor.headers).status_code == 200


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/v1/invites", "program_id"),
        ("/v1/pairs/close", "pair_id"),
        ("/v1/pairs/reopen", "pair_id"),
        ("/v1/pairs/members", "mentor_id"),
    ],
)
def test_every_request_id_that_names_a_scope_keeps_the_grammar(world: World, path, field):
    prog = world.program()
    body = {"program_id": prog.program_id, "role": "mentor", "pair_id": "p1"}
    body |= {"mentor_id": "m1", "mentee_id": "e1", field: "x:y"}
    if path == "/v1/invites":
        body = {"program_id": "x.y", "role": "mentor"}
    elif path != "/v1/pairs/members":
        body = {"pair_id": "x:y"}
    r = world.http.post(path, json=body, headers=prog.staff.headers)
    assert r.status_code == 422, r.text


def test_composite_entity_ids_keep_working(world: World):
    prog = world.program()
    mentor = world.member(prog, "mentor")
    key = bytes(32)
    op = mentor.op(f"person:{mentor.person_id}", b"x", key)
    op = op.model_copy(update={"entity_id": "meeting-1:p_abc.v2"})
    assert mentor.push(world.http, [op]).status_code == 200


# --- enumeration ---------------------------------------------------------------------------


def _shape(kdf: dict) -> dict:
    return {k: (len(v) if isinstance(v, str) else v) for k, v in kdf.items() if k != "salt"} | {
        "salt_len": len(kdf["salt"])
    }


def test_prelogin_decoys_look_like_real_enrolments_and_are_stable(world: World):
    """Defect 5: decoys were 64 MiB/3/1 while clients enrol with 128 MiB/6/4."""
    prog = world.program()
    real = world.member(prog, "mentor", name="known-name")
    known = world.http.post("/v1/prelogin", json={"username": real.username}).json()
    unknown = world.http.post("/v1/prelogin", json={"username": "nobody-here"}).json()
    again = world.http.post("/v1/prelogin", json={"username": "nobody-here"}).json()
    assert set(known) == set(unknown) and set(known["kdf"]) == set(unknown["kdf"])
    assert _shape(known["kdf"]) == _shape(unknown["kdf"])
    assert unknown == again and unknown["kdf"]["salt"] != known["kdf"]["salt"]
    assert len(json.dumps(known)) == len(json.dumps(unknown))


def test_decoys_before_anyone_enrols_use_the_desktop_production_parameters(tmp_path):
    from desktop.vault.kdf import DEFAULT_LANES, DEFAULT_MEMORY_KIB, DEFAULT_PASSES, SALT_BYTES

    with TestClient(create_app(make_settings(tmp_path, None))) as http:
        kdf = http.post("/v1/prelogin", json={"username": "x"}).json()["kdf"]
    assert (kdf["memory_kib"], kdf["passes"], kdf["lanes"]) == (
        DEFAULT_MEMORY_KIB,
        DEFAULT_PASSES,
        DEFAULT_LANES,
    )
    assert len(kdf["salt"]) == len(b64(bytes(SALT_BYTES)))


def test_prelogin_and_enrol_are_rate_limited_per_address(tmp_path, database_url):
    limits = {"prelogin_per_minute_per_address": 3, "enrol_per_minute_per_address": 2}
    with TestClient(create_app(make_settings(tmp_path, database_url, limits=limits))) as http:
        codes = [
            http.post("/v1/prelogin", json={"username": f"n{i}"}).status_code for i in range(4)
        ]
        assert codes == [200, 200, 200, 429]
        body = Actor("someone").enrol_body("AAAA-BBBB-CCCC-DDDD")
        codes = [http.post("/v1/enrol", json=body).status_code for _ in range(3)]
        assert codes == [404, 404, 429]


def test_a_taken_name_cannot_be_probed_with_one_invite(tmp_path, database_url):
    """Defect 5: one invite answered `username_taken` for 200 names without being used."""
    settings = make_settings(tmp_path, database_url, limits={"name_attempts_per_invite": 2})
    with TestClient(create_app(settings)) as http:
        world = World(http)
        prog = world.program()
        taken = [world.member(prog, "mentor", name=f"taken-{i}").username for i in range(3)]
        code = http.post(
            "/v1/invites",
            json={"program_id": prog.program_id, "role": "mentee"},
            headers=prog.staff.headers,
        ).json()["code"]
        answers = [http.post("/v1/enrol", json=Actor(n).enrol_body(code)) for n in taken]
        assert [r.json()["code"] for r in answers] == [
            "username_taken",
            "username_taken",
            "rate_limited",
        ]
        assert answers[2].headers["Retry-After"]
        # A wrong invite never gets as far as the name.
        r = http.post("/v1/enrol", json=Actor(taken[0]).enrol_body("ZZZZ-ZZZZ-ZZZZ-ZZZZ"))
        assert r.json()["code"] == "invite_invalid"


# --- the sign-in limiter -------------------------------------------------------------------


class CountingHasher(AuthKeyHasher):
    """The real hasher, counting the verifies that actually run (what a burst costs)."""

    def __init__(self, inner: AuthKeyHasher) -> None:
        self.__dict__.update(inner.__dict__)
        self.verifies = 0
        self.lock = threading.Lock()

    def verify(self, stored, auth_key) -> bool:
        with self.lock:
            self.verifies += 1
        return super().verify(stored, auth_key)


def test_a_burst_of_200_wrong_sign_ins_reaches_the_kdf_at_most_limit_times(tmp_path, database_url):
    """Defect 6: 41 real checks against a limit of 10 (the failure was recorded after)."""
    limits = {
        "login_failures_per_account": 10,
        "login_failures_per_address": 1000,
        "login_backoff_base_seconds": 600,  # so no back-off ends during the burst
    }
    app = create_app(make_settings(tmp_path, database_url, limits=limits))
    with TestClient(app) as http:
        world = World(http)
        prog = world.program()
        counting = app.state.ctx.hasher = CountingHasher(app.state.ctx.hasher)
        wrong = {"username": prog.staff.username, "auth_key": b64(bytes(32))}
        with ThreadPoolExecutor(max_workers=40) as pool:
            codes = list(
                pool.map(lambda _: http.post("/v1/login", json=wrong).status_code, range(200))
            )
        assert counting.verifies <= 10 and codes.count(401) == counting.verifies
        assert codes.count(429) == 200 - counting.verifies
        right = {"username": prog.staff.username, "auth_key": prog.staff.auth_key}
        assert http.post("/v1/login", json=right).status_code == 429


def test_the_right_passphrase_works_after_a_short_back_off(tmp_path, database_url):
    limits = {"login_failures_per_account": 3, "login_failures_per_address": 1000}
    with TestClient(create_app(make_settings(tmp_path, database_url, limits=limits))) as http:
        staff = World(http).program().staff
        wrong = {"username": staff.username, "auth_key": b64(bytes(32))}
        codes = [http.post("/v1/login", json=wrong).status_code for _ in range(4)]
        assert codes == [401, 401, 401, 429]
        right = {"username": staff.username, "auth_key": staff.auth_key}
        r = http.post("/v1/login", json=right)
        assert r.status_code == 429 and int(r.headers["Retry-After"]) <= 2
        time.sleep(int(r.headers["Retry-After"]))  # seconds, not a 15-minute ban
        assert staff.login(http)["person_id"] == staff.person_id


def test_one_address_cannot_lock_everybody_out(tmp_path, database_url):
    """Wrong guesses from a school's one address delay the next attempt there by seconds."""
    limits = {"login_failures_per_account": 100, "login_failures_per_address": 3}
    with TestClient(create_app(make_settings(tmp_path, database_url, limits=limits))) as http:
        world = World(http)
        prog = world.program()
        student = world.member(prog, "mentee")
        for i in range(3):
            http.post("/v1/login", json={"username": f"guess-{i}", "auth_key": b64(bytes(32))})
        r = http.post(
            "/v1/login", json={"username": student.username, "auth_key": student.auth_key}
        )
        assert r.status_code == 429 and int(r.headers["Retry-After"]) <= 2
        time.sleep(int(r.headers["Retry-After"]))
        assert student.login(http)["person_id"] == student.person_id


def test_backoff_doubles_up_to_its_cap_and_forgets():
    limiter = Backoff(2, base_seconds=1, max_seconds=8, forget_seconds=100)
    now, waits = 0.0, []
    for _ in range(7):
        wait = limiter.reserve("k", now)
        assert wait is None
        waits.append(limiter.wait("k", now) or 0)
        now += waits[-1]
    assert waits == [0, 1, 2, 4, 8, 8, 8]
    assert limiter.wait("k", now + 101) is None and limiter.reserve("k", now + 101) is None
    limiter.release("k")
    assert limiter.wait("k", now + 101) is None


def test_rate_refills_over_time():
    rate = Rate(60, burst=2)
    assert rate.take("a", 0) is None and rate.take("a", 0) is None
    assert rate.take("a", 0) == 1
    assert rate.take("a", 1.0) is None and rate.take("b", 0) is None


# --- files and the secret ------------------------------------------------------------------


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_database_folder_and_file_are_private_and_the_secret_lives_apart(tmp_path):
    settings = make_settings(tmp_path, None)
    settings.data_dir.mkdir(mode=0o755)
    app = create_app(settings)
    with TestClient(app) as http:
        World(http).program()
    assert _mode(settings.data_dir) == 0o700
    for name in ("jumelage-server.db", "jumelage-server.db-wal", SECRET_FILE_NAME):
        path = settings.data_dir / name
        assert not path.exists() or _mode(path) == 0o600, name
    secret = (settings.data_dir / SECRET_FILE_NAME).read_bytes()
    assert secret == app.state.ctx.secret and len(secret) == 32
    with app.state.ctx.store.read() as conn:
        assert conn.scalar(select(t.meta.c.value)) is None


def test_a_database_of_the_previous_format_moves_its_secret_out_on_start(tmp_path, database_url):
    settings = make_settings(tmp_path, database_url)
    app = create_app(settings)
    with TestClient(app) as http:
        world = World(http)
        staff = world.program().staff
    secret_file = settings.resolved_secret_file()
    old = secret_file.read_bytes()
    with app.state.ctx.store.write() as conn:  # as the previous version kept it
        conn.execute(insert(t.meta).values(key="server_secret", value=old))
    secret_file.unlink()
    app = create_app(settings)
    with TestClient(app) as http:
        assert staff.login(http)["person_id"] == staff.person_id
    assert secret_file.read_bytes() == old and _mode(secret_file) == 0o600
    with app.state.ctx.store.read() as conn:
        assert conn.scalar(select(t.meta.c.value).where(t.meta.c.key == "server_secret")) is None


def test_the_secret_can_come_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, b64(b"k" * 32))
    app = create_app(make_settings(tmp_path, None))
    assert app.state.ctx.secret == b"k" * 32
    assert not (tmp_path / "server" / SECRET_FILE_NAME).exists()


def test_tls_and_secret_paths_in_the_config_are_taken_from_its_folder(tmp_path, monkeypatch):
    folder = tmp_path / "etc"
    folder.mkdir()
    write_config(
        folder / "server.toml",
        {"data_dir": "data", "tls": {"certificate": "cert.pem", "private_key": "key.pem"}},
    )
    monkeypatch.chdir(tmp_path)
    settings = Settings.load(folder / "server.toml")
    assert settings.tls.certificate == folder.resolve() / "cert.pem"
    assert settings.tls.private_key == folder.resolve() / "key.pem"
    assert settings.resolved_secret_file() == folder.resolve() / SECRET_FILE_NAME


# --- faults --------------------------------------------------------------------------------


def test_a_500_logs_a_code_and_a_request_id_only(world: World, caplog):
    prog = world.program()
    with world.store.write() as conn:  # a real fault: storage the query needs is gone
        conn.execute(text("DROP TABLE sessions"))
    caplog.set_level(logging.DEBUG)
    r = world.http.post(
        "/v1/login", json={"username": prog.staff.username, "auth_key": prog.staff.auth_key}
    )
    assert r.status_code == 500 and r.json()["code"] == "internal_error"
    request_id = r.headers["X-Request-Id"]
    assert request_id in r.json()["detail"]
    logged = "\n".join(rec.getMessage() + (rec.exc_text or "") for rec in caplog.records)
    assert f"internal_error request={request_id}" in logged
    assert "Traceback" not in logged and "sessions" not in logged and "INSERT" not in logged
    assert not any(rec.exc_info for rec in caplog.records)


# --- OpenAPI -------------------------------------------------------------------------------


def test_openapi_declares_problem_bodies_and_405_carries_allow(client):
    spec = client.get("/openapi.json").json()
    assert "Problem" in spec["components"]["schemas"]
    for path, item in spec["paths"].items():
        for method, op in item.items():
            for status in ("401", "422", "429"):
                ref = op["responses"][status]["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/Problem"), (method, path, status)
        missing = {"get", "post", "put", "delete", "patch"} - set(item)
        method = sorted(missing)[0]
        r = client.request(method.upper(), path)
        assert r.status_code == 405 and r.json()["code"] == "method_not_allowed"
        assert set(r.headers["Allow"].replace(" ", "").split(",")) >= {m.upper() for m in item}
