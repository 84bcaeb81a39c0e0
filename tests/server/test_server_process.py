"""The real `jumelage-server` process: CLI commands, embedded defaults, config, and kill -9.

Each server here is a separate OS process on loopback (tests.support.server), on SQLite
and, when reachable, PostgreSQL.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import httpx
import pytest
from pydantic import ValidationError

from sync_server.config import Settings
from tests.server.conftest import World
from tests.support.fixtures import server  # noqa: F401 - real server fixture
from tests.support.server import REPO_ROOT, RunningServer, _env, free_port


def test_serve_runs_on_embedded_defaults(tmp_path):
    port = free_port()
    run = RunningServer(
        base_url=f"http://127.0.0.1:{port}",
        data_dir=tmp_path / "d",
        database_url=None,
        process=None,
        port=port,
        log_path=tmp_path / "log.txt",
    )
    run._spawn()
    try:
        assert httpx.get(run.base_url + "/v1/residency").json()["declared"] is False
        spec = httpx.get(run.base_url + "/openapi.json").json()
        assert "/v1/ops" in spec["paths"] and "/v1/residency" in spec["paths"]
        assert httpx.get(run.base_url + "/docs").status_code == 404  # no CDN-loaded docs page
        assert (tmp_path / "d" / "jumelage-server.db").exists()
        made = run.init_program("Centre communautaire", "Jumelage 2025")
        assert made["program_id"].startswith("prog_") and len(made["invite_code"]) == 19
    finally:
        run.stop()


def test_config_file_is_read_and_typos_are_refused(tmp_path):
    good = tmp_path / "server.toml"
    good.write_text(
        'host = "0.0.0.0"\nport = 8443\ndatabase_url = "postgresql://db/jumelage"\n'
        '[tls]\ncertificate = "/etc/ssl/j.pem"\nprivate_key = "/etc/ssl/j.key"\n'
        '[ice]\nstun_url = "stun:t.example.ca:3478"\n'
        'turn_urls = ["turn:t.example.ca:3478", "turns:t.example.ca:443?transport=tcp"]\n'
        'turn_secret = "x"\n[limits]\nmax_batch_ops = 500\n[retention]\nclosed_pair_days = 90\n'
        '[residency]\ncountry = "CA"\nregion = "QC"\nprovider = "Cogeco"\n'
    )
    s = Settings.load(good)
    assert s.port == 8443 and s.limits.max_batch_ops == 500 and s.retention.closed_pair_days == 90
    assert s.residency.declaration().country == "CA" and s.ice.turn_urls[1].startswith("turns:")
    assert s.data_dir.is_absolute()
    bad = tmp_path / "bad.toml"
    bad.write_text("[limits]\nmax_batch_opz = 5\n")
    with pytest.raises(ValidationError):
        Settings.load(bad)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sync_server",
            "invite",
            "--data-dir",
            str(tmp_path / "x"),
            "--program",
            "prog_missing",
            "--role",
            "mentor",
        ],
        cwd=REPO_ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "No program" in done.stderr


def test_init_prints_the_code_once_in_plain_words(server):  # noqa: F811
    out = server.cli("init", "--organisation", "Maison des jeunes", "--program", "Ados")
    assert "shown only once" in out and "not stored" in out
    code = out.strip().splitlines()[-1].strip()
    assert len(code) == 19 and code.count("-") == 3
    assert "Maison des jeunes" not in server.log()


def _pair_world(server):  # noqa: F811
    http = httpx.Client(base_url=server.base_url, timeout=60)
    world = World(http, server)
    prog = world.program()
    mentor, mentee = world.member(prog, "mentor"), world.member(prog, "mentee")
    pair_id, key = world.pair(prog, mentor, mentee)
    return http, world, prog, mentor, mentee, f"pair:{pair_id}", key


def test_killed_mid_batch_every_op_is_stored_exactly_once(server):  # noqa: F811
    http, world, prog, mentor, mentee, scope, key = _pair_world(server)
    batches = [[mentor.op(scope, f"{b}-{i}".encode(), key) for i in range(200)] for b in range(8)]
    bodies = [mentor.push_body(ops) for ops in batches]
    two_done = threading.Event()

    def pusher() -> None:
        with httpx.Client(base_url=server.base_url, timeout=60) as c:
            for n, body in enumerate(bodies):
                try:
                    r = c.post("/v1/ops", json=body, headers=mentor.headers)
                except httpx.HTTPError:
                    two_done.set()
                    return  # the server died under us, as intended
                assert r.status_code == 200
                if n == 1:
                    two_done.set()

    thread = threading.Thread(target=pusher)
    thread.start()
    assert two_done.wait(120)
    server.kill()
    thread.join(120)
    server.restart()
    # The client retries everything it has not seen acknowledged (here: all of it).
    seen: dict[str, int] = {}
    for ops, body in zip(batches, bodies, strict=True):
        r = http.post("/v1/ops", json=body, headers=mentor.headers)
        assert r.status_code == 200, r.text
        out = r.json()
        assert set(out["accepted"]) | set(out["duplicates"]) == {o.op_id for o in ops}
        seen.update(out["accepted"])
    stored, after = [], 0
    while True:
        page = mentee.pull(http, scope, after).json()
        stored += page["ops"]
        after = page["next_after"]
        if not page["has_more"]:
            break
    ids = [o["op"]["op_id"] for o in stored]
    assert len(ids) == len(set(ids)) == 8 * 200
    assert [o["seq"] for o in stored] == list(range(1, 1601))
    assert all(seen[i] == o["seq"] for o in stored if (i := o["op"]["op_id"]) in seen)
    # Same server secret after restart: unknown names still get the same decoy parameters.
    first = http.post("/v1/prelogin", json={"username": "nobody"}).json()
    server.restart()
    assert http.post("/v1/prelogin", json={"username": "nobody"}).json() == first
    http.close()


def test_purge_removes_closed_pairs_past_retention_and_dead_sessions(tmp_path, database_url):
    from tests.support.server import start_server

    run = start_server(
        tmp_path, database_url=database_url, config_overrides={"retention": {"closed_pair_days": 0}}
    )
    try:
        http, world, prog, mentor, mentee, scope, key = _pair_world(run)
        _, _, _, other, _, open_scope, open_key = _pair_world(run)
        mentor.push(http, [mentor.op(scope, b"bye", key)])
        other.push(http, [other.op(open_scope, b"still here", open_key)])
        assert http.post("/v1/logout", headers=mentee.headers).status_code == 204
        r = http.post("/v1/pairs/close", json={"pair_id": scope[5:]}, headers=prog.staff.headers)
        assert r.status_code == 204
        counts = json.loads(run.cli("purge", "--json"))
        assert counts["ops"] >= 1 and counts["sessions"] >= 1
        assert mentor.pull(http, scope).json()["ops"] == []
        assert len(other.pull(http, open_scope).json()["ops"]) == 1
        assert http.get("/v1/me", headers=mentee.headers).status_code == 401
        assert http.get("/v1/me", headers=mentor.headers).status_code == 200
        http.close()
    finally:
        run.stop()
