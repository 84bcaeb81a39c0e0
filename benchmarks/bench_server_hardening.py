"""Server hardening figures (issue 9): sign-in burst, prelogin shapes, live connections.

Runs a real `jumelage-server serve` process on loopback (SQLite) and measures from outside:
- a burst of 200 concurrent wrong sign-ins for one account: how many reached the KDF
  (answered 401 after the Argon2 verify; 429 means refused before it), against the limit;
- prelogin for a known and an unknown name: same keys and value lengths, and the median
  time of each (200 requests each, interleaved);
- server memory before, during and after three rounds of 500 live connections opened and
  closed, and how many of 40 connections on one token are held (the per-session limit).
  Memory is read inside the server through its debug-only probe (JUMELAGE_DEBUG_MEMORY=1,
  `sync_server.debug_memory`): the RSS, the Python heap (`sys.getallocatedblocks()`), the
  live bookkeeping left over, and at the end the RSS after `malloc_trim(0)`. The heap and
  the bookkeeping say whether anything leaks; the RSS alone does not (glibc keeps its peak).
Prints a summary, then ONE JSON line.
Run: `PYTHONPATH=. python benchmarks/bench_server_hardening.py`.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
import websockets  # noqa: E402

from sync_server.codec import b64  # noqa: E402
from tests.support.server import start_server  # noqa: E402
from tests.support.world import World  # noqa: E402

LIMIT = 10
CONFIG = {
    "limits": {
        "login_failures_per_account": LIMIT,
        "login_failures_per_address": 1000,
        "connections_per_address": 2048,
        "live_connections_per_token": 4,
    }
}


def probe(http: httpx.Client, trim: bool = False) -> dict:
    """The server's own memory figures (see `sync_server.debug_memory`), after a gc."""
    return http.get("/debug/memory", params={"trim": trim}).json()


async def burst(base_url: str, username: str) -> dict[str, int]:
    body = {"username": username, "auth_key": b64(bytes(32))}
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
    async with httpx.AsyncClient(base_url=base_url, timeout=120, limits=limits) as http:
        answers = await asyncio.gather(*(http.post("/v1/login", json=body) for _ in range(200)))
    codes = [r.status_code for r in answers]
    return {
        "kdf": codes.count(401),
        "refused": codes.count(429),
        "other": len(codes) - codes.count(401) - codes.count(429),
    }


def shape(kdf: dict) -> dict:
    return {k: (len(v) if isinstance(v, str) else v) for k, v in kdf.items()}


def prelogin(http: httpx.Client, known: str) -> dict:
    times: dict[str, list[float]] = {"known": [], "unknown": []}
    bodies = {}
    for i in range(200):
        for which, name in (("known", known), ("unknown", f"nobody-{i % 7}")):
            t0 = time.perf_counter()
            r = http.post("/v1/prelogin", json={"username": name})
            times[which].append(time.perf_counter() - t0)
            bodies[which] = r.json()
    k, u = bodies["known"], bodies["unknown"]
    return {
        "same_shape": set(k) == set(u) and shape(k["kdf"]) == shape(u["kdf"]),
        "same_length": len(json.dumps(k)) == len(json.dumps(u)),
        "known_ms": statistics.median(times["known"]) * 1000,
        "unknown_ms": statistics.median(times["unknown"]) * 1000,
        "known_kdf": shape(k["kdf"]),
        "unknown_kdf": shape(u["kdf"]),
    }


async def open_live(ws_url: str, token: str):
    ws = await websockets.connect(ws_url, open_timeout=60, max_queue=4)
    await ws.send(json.dumps({"type": "auth", "token": token}))
    first = json.loads(await asyncio.wait_for(ws.recv(), 60))
    return ws, first["type"] == "ready"


async def live(server, tokens: list[str], http: httpx.Client) -> dict:
    one = await asyncio.gather(*(open_live(server.ws_url, tokens[0]) for _ in range(40)))
    held_one_token = sum(ok for _, ok in one)
    await asyncio.gather(*(ws.close() for ws, _ in one))
    await asyncio.sleep(1)
    before = probe(http)
    rounds = []
    for _ in range(3):  # more rounds show whether memory grows (a leak) or is reused
        opened = []
        for i in range(0, 500, 50):  # in waves, as a school's PCs would
            opened += await asyncio.gather(
                *(open_live(server.ws_url, tokens[(i + j) // 4]) for j in range(50))
            )
        during = probe(http)
        await asyncio.gather(*(ws.close() for ws, _ in opened))
        await asyncio.sleep(3)
        rounds.append({"held": sum(ok for _, ok in opened), "during": during, "after": probe(http)})
    trimmed = probe(http, trim=True)
    return {
        "held_of_40_on_one_token": held_one_token,
        "held_of_500": rounds[0]["held"],
        "before": before,
        "rounds": rounds,
        "rss_trimmed_kib": trimmed.get("rss_after_trim_kib"),
    }


def mib(kib: int | None) -> float | None:
    return None if kib is None else round(kib / 1024, 1)


def main() -> None:
    os.environ["JUMELAGE_DEBUG_MEMORY"] = "1"  # the server (a child process) mounts its probe
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp), config_overrides=CONFIG)
        try:
            with httpx.Client(base_url=server.base_url, timeout=60) as http:
                world = World(http, server)
                prog = world.program()
                member = world.member(prog, "mentor")
                tokens = [member.login(http)["token"] for _ in range(125)]
                pre = prelogin(http, member.username)
                got = asyncio.run(burst(server.base_url, prog.staff.username))
                lv = asyncio.run(live(server, tokens, http))
        finally:
            server.stop()
    print("Server hardening (real server process, SQLite, loopback)")
    print(
        f"  burst of 200 wrong sign-ins: {got['kdf']} reached the KDF (limit {LIMIT}), "
        f"{got['refused']} refused before it, {got['other']} other"
    )
    same = pre["same_shape"] and pre["same_length"]
    print(
        f"  prelogin known vs unknown: same keys/lengths {same}; "
        f"median {pre['known_ms']:.2f} ms vs {pre['unknown_ms']:.2f} ms"
    )
    print(f"    known {pre['known_kdf']}\n    unknown {pre['unknown_kdf']}")
    before, rounds = lv["before"], lv["rounds"]
    hub_keys = ("live_connections", "live_persons", "live_token_counts")
    left = [sum(r["after"]["bookkeeping"][k] for k in hub_keys) for r in rounds]
    print(
        f"  live: {lv['held_of_40_on_one_token']} of 40 held on one token; "
        f"{lv['held_of_500']} of 500 on 125 sessions"
    )
    print(
        f"    before: RSS {mib(before['rss_kib'])} MiB, Python heap {before['python_blocks']} "
        f"blocks, {before['asyncio_tasks']} tasks"
    )
    for n, r in enumerate(rounds, 1):
        print(
            f"    round {n}: 500 open RSS {mib(r['during']['rss_kib'])} MiB, "
            f"{r['during']['python_blocks']} blocks; closed RSS {mib(r['after']['rss_kib'])} MiB, "
            f"{r['after']['python_blocks']} blocks, {r['after']['asyncio_tasks']} tasks, "
            f"{left[n - 1]} live hub entries left"
        )
    print(f"    after malloc_trim(0): RSS {mib(lv['rss_trimmed_kib'])} MiB")
    print(
        json.dumps(
            {
                "signin_burst200_kdf_checks": got["kdf"],
                "signin_limit": LIMIT,
                "prelogin_same_shape_bool": bool(pre["same_shape"] and pre["same_length"]),
                "prelogin_known_median_ms": round(pre["known_ms"], 3),
                "prelogin_unknown_median_ms": round(pre["unknown_ms"], 3),
                "live_held_of_40_one_token": lv["held_of_40_on_one_token"],
                "live_held_of_500": lv["held_of_500"],
                "server_rss_before_mib": mib(before["rss_kib"]),
                "server_rss_500_open_mib": mib(rounds[0]["during"]["rss_kib"]),
                "server_rss_after_rounds_mib": [mib(r["after"]["rss_kib"]) for r in rounds],
                "server_rss_after_malloc_trim_mib": mib(lv["rss_trimmed_kib"]),
                "server_py_blocks_before": before["python_blocks"],
                "server_py_blocks_500_open": rounds[0]["during"]["python_blocks"],
                "server_py_blocks_after_rounds": [r["after"]["python_blocks"] for r in rounds],
                "server_tasks_before": before["asyncio_tasks"],
                "server_tasks_after_rounds": [r["after"]["asyncio_tasks"] for r in rounds],
                "server_live_hub_entries_left_after_rounds": left,
            }
        )
    )


if __name__ == "__main__":
    main()
