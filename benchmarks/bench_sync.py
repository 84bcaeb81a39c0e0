"""Sync server figures: ingest throughput, page latency, and live delivery with 200 clients.

Runs a REAL `jumelage-server serve` process on loopback (SQLite, then PostgreSQL when
reachable) and drives it like clients do: signed batches of 250 encrypted ops over HTTP,
pulls of 250-op pages, and 200 connected WebSockets (100 pairs) where a mentor's push is
timed until the mentee's socket receives the `LiveNewOps` notice.

Baseline for the ratio: the very same batches stored directly through `op_log.push`
(SQLAlchemy Core, same database kind, same transaction per batch) with no HTTP, JSON,
auth, validation or signature check. `ingest_ratio` = HTTP ops/s / direct ops/s: the share
of raw storage throughput left after the whole request path. Run once:

    .venv/bin/python benchmarks/bench_sync.py

The last line of output is one JSON object with the figures. The machine is shared, so
figures are provisional.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import websockets  # noqa: E402

from jumelage_protocol import op_digest  # noqa: E402
from sync_server.auth import now_ms  # noqa: E402
from sync_server.op_log import push as store_push  # noqa: E402
from sync_server.store import Store  # noqa: E402
from tests.support.fixtures import create_pg_database, drop_pg_database  # noqa: E402
from tests.support.server import start_server  # noqa: E402
from tests.support.world import World  # noqa: E402

BATCHES = 40  # x 250 ops = 10,000 ops per backend
PAGE = 250
LIVE_PAIRS = 100  # 200 connected clients
LIVE_MESSAGES = 200


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ingest(server, label: str) -> dict[str, float]:
    http = httpx.Client(base_url=server.base_url, timeout=120)
    world = World(http, server)
    prog = world.program()
    mentor, mentee = world.member(prog, "mentor"), world.member(prog, "mentee")
    pair_id, key = world.pair(prog, mentor, mentee)
    scope = f"pair:{pair_id}"
    body = os.urandom(160)
    batches = [[mentor.op(scope, body, key) for _ in range(PAGE)] for _ in range(BATCHES)]
    payloads = [mentor.push_body(ops) for ops in batches]
    push_ms = []
    start = time.perf_counter()
    for payload in payloads:
        t0 = time.perf_counter()
        r = http.post("/v1/ops", json=payload, headers=mentor.headers)
        push_ms.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, r.text
    http_rate = BATCHES * PAGE / (time.perf_counter() - start)
    pull_ms, after = [], 0
    while True:
        t0 = time.perf_counter()
        page = mentee.pull(http, scope, after).json()
        pull_ms.append((time.perf_counter() - t0) * 1000)
        after = page["next_after"]
        if not page["has_more"]:
            break
    # Baseline: the same kind of batches straight into the same database, no HTTP.
    store = Store(server.database_url or f"sqlite:///{server.data_dir / 'jumelage-server.db'}")
    direct_scope = f"person:{mentor.person_id}"
    direct = [[mentor.op(direct_scope, body, key) for _ in range(PAGE)] for _ in range(BATCHES)]
    start = time.perf_counter()
    for ops in direct:
        digests = [op_digest(op) for op in ops]
        store_push(store, mentor.person_id, ops, digests, "sig", now_ms())
    direct_rate = BATCHES * PAGE / (time.perf_counter() - start)
    store.close()
    http.close()
    return {
        f"{label}_ingest_ops_per_s": round(http_rate),
        f"{label}_push_page_p95_ms": round(pct(push_ms, 0.95), 1),
        f"{label}_pull_page_p95_ms": round(pct(pull_ms, 0.95), 1),
        f"{label}_direct_ops_per_s": round(direct_rate),
        f"{label}_ingest_ratio": round(http_rate / direct_rate, 3),
    }


async def live(server, label: str) -> dict[str, float]:
    http = httpx.Client(base_url=server.base_url, timeout=120)
    world = World(http, server)
    prog = world.program()
    pairs = []
    for _ in range(LIVE_PAIRS):
        mentor, mentee = world.member(prog, "mentor"), world.member(prog, "mentee")
        pair_id, key = world.pair(prog, mentor, mentee)
        pairs.append((mentor, mentee, f"pair:{pair_id}", key))
    http.close()
    ws_url = server.ws_url
    sockets = {}
    for mentor, mentee, _scope, _key in pairs:
        for person in (mentor, mentee):
            ws = await websockets.connect(ws_url, max_size=2**20)
            await ws.send(json.dumps({"type": "auth", "token": person.token}))
            assert json.loads(await ws.recv())["type"] == "ready"
            sockets[person.person_id] = ws
    latencies = []
    async with httpx.AsyncClient(base_url=server.base_url, timeout=60) as client:
        rng = random.Random(7)
        for _ in range(LIVE_MESSAGES):
            mentor, mentee, scope, key = rng.choice(pairs)
            payload = mentor.push_body([mentor.op(scope, b"live", key)])
            peer = sockets[mentee.person_id]
            t0 = time.perf_counter()
            r = await client.post("/v1/ops", json=payload, headers=mentor.headers)
            assert r.status_code == 200
            while True:
                msg = json.loads(await asyncio.wait_for(peer.recv(), 30))
                if msg.get("scope") == scope:
                    break
            latencies.append((time.perf_counter() - t0) * 1000)
    for ws in sockets.values():
        await ws.close()
    return {
        f"{label}_live_clients": len(sockets),
        f"{label}_live_p50_ms": round(statistics.median(latencies), 1),
        f"{label}_live_p99_ms": round(pct(latencies, 0.99), 1),
    }


def run_backend(label: str, database_url: str | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp), database_url=database_url)
        try:
            figures = ingest(server, label)
            figures |= asyncio.run(live(server, label))
        finally:
            server.stop()
    for name, value in figures.items():
        print(f"{name:32s} {value}")
    return figures


def main() -> None:
    figures = run_backend("sqlite", None)
    made = create_pg_database()
    if made is None:
        print("PostgreSQL not reachable on 127.0.0.1:5432: skipped")
    else:
        url, admin = made
        try:
            figures |= run_backend("postgres", url)
        finally:
            drop_pg_database(url, admin)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
