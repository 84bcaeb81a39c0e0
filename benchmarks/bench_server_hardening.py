"""Server hardening figures (issue 9): sign-in burst, prelogin shapes, live connections.

Runs a real `jumelage-server serve` process on loopback (SQLite) and measures from outside:
- a burst of 200 concurrent wrong sign-ins for one account: how many reached the KDF
  (answered 401 after the Argon2 verify; 429 means refused before it), against the limit;
- prelogin for a known and an unknown name: same keys and value lengths, and the median
  time of each (200 requests each, interleaved);
- server RSS before and after 500 live connections are opened and closed, and how many of
  500 connections on one token are held (the per-session limit).
Prints a summary, then ONE JSON line.
Run: `PYTHONPATH=. python benchmarks/bench_server_hardening.py`.
"""

from __future__ import annotations

import asyncio
import json
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


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


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


async def live(server, tokens: list[str]) -> dict[str, float]:
    pid = server.process.pid
    one = await asyncio.gather(*(open_live(server.ws_url, tokens[0]) for _ in range(40)))
    held_one_token = sum(ok for _, ok in one)
    await asyncio.gather(*(ws.close() for ws, _ in one))
    await asyncio.sleep(1)
    before = rss_kib(pid)
    rounds = []
    for _ in range(3):  # more rounds show whether memory grows (a leak) or is reused
        opened = []
        for i in range(0, 500, 50):  # in waves, as a school's PCs would
            opened += await asyncio.gather(
                *(open_live(server.ws_url, tokens[(i + j) // 4]) for j in range(50))
            )
        during = rss_kib(pid)
        await asyncio.gather(*(ws.close() for ws, _ in opened))
        await asyncio.sleep(3)
        rounds.append((sum(ok for _, ok in opened), during, rss_kib(pid)))
    return {
        "held_of_40_on_one_token": held_one_token,
        "held_of_500": rounds[0][0],
        "rss_before_mib": before / 1024,
        "rss_500_open_mib": rounds[0][1] / 1024,
        "rss_after_close_mib": rounds[0][2] / 1024,
        "rss_after_second_round_mib": rounds[1][2] / 1024,
        "rss_after_third_round_mib": rounds[2][2] / 1024,
    }


def main() -> None:
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
            lv = asyncio.run(live(server, tokens))
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
    print(
        f"  live: {lv['held_of_40_on_one_token']} of 40 held on one token; "
        f"{lv['held_of_500']} of 500 on 125 sessions; RSS {lv['rss_before_mib']:.1f} MiB before, "
        f"{lv['rss_500_open_mib']:.1f} MiB with 500 open, {lv['rss_after_close_mib']:.1f} MiB "
        f"after, {lv['rss_after_second_round_mib']:.1f} and "
        f"{lv['rss_after_third_round_mib']:.1f} MiB after a second and third round"
    )
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
                "server_rss_before_mib": round(lv["rss_before_mib"], 1),
                "server_rss_500_open_mib": round(lv["rss_500_open_mib"], 1),
                "server_rss_after_close_mib": round(lv["rss_after_close_mib"], 1),
                "server_rss_after_second_round_mib": round(lv["rss_after_second_round_mib"], 1),
                "server_rss_after_third_round_mib": round(lv["rss_after_third_round_mib"], 1),
            }
        )
    )


if __name__ == "__main__":
    main()
