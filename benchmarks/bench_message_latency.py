"""Send -> visible in the peer's window: two processes on loopback, real server, live WebSocket.

The sender (this process, the mentor) calls what the Send button calls (`MessagingService.send`,
which only nudges its running `SyncEngine`); the receiver (a child process, the mentee) runs
its engine and a real `PairHomePage` offscreen and prints the wall-clock time at which each
message's row is in its model (visible in the window). Baseline, same messages, same run: the
raw server path, from the sender's HTTP push starting to the receiver's `LiveNewOps` frame.
Both processes read the same system clock. Run: `.venv/bin/python
benchmarks/bench_message_latency.py`. The last line is JSON.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MESSAGES = 20
GAP_S = 0.3


_say_lock = threading.Lock()


def say(line: str) -> None:
    """One whole line per write: the UI and network threads both report to the parent."""
    with _say_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def _engine(profile, service):
    from desktop.services.accounts import engine_for

    return engine_for(profile, on_status=service.on_sync_status, submit=service.gate.submit,
                      poll_interval=30)  # fmt: skip


def peer(data_dir: str, username: str, passphrase: str) -> None:
    """The receiver: engine + page; prints `ops <ns>` and `seen <text> <ns>` lines."""
    from PySide6.QtWidgets import QApplication

    from desktop.runtime.events import ChangeEvents
    from desktop.runtime.loop import NetworkLoop
    from desktop.services.messaging import MessagingService
    from desktop.services.profiles import ProfileDirectory
    from desktop.ui.conversation.pair_home_page import PairHomePage
    from desktop.vault.kdf import KdfParams

    app = QApplication([])
    profile = ProfileDirectory(Path(data_dir), kdf_params_factory=KdfParams.fast_for_tests).unlock(
        username, passphrase
    )
    events = ChangeEvents()
    holder: dict = {}
    service = MessagingService.for_profile(
        profile, events=events, nudge=lambda: holder["e"].nudge()
    )
    engine = holder["e"] = _engine(profile, service)
    page = PairHomePage(service, events, {"language": "en"})
    page.resize(700, 500)
    page.show()

    def rows_in(_parent, first, last) -> None:
        now = time.time_ns()
        for row in range(first, last + 1):
            text = page.model.index(row).data() or ""
            if text.startswith("ping "):
                say(f"seen {text.split()[1]} {now}")

    page.model.rowsInserted.connect(rows_in)
    net = NetworkLoop("peer-network")
    net.start()
    stop_box: dict = {}

    async def start() -> None:
        stop_box["stop"] = asyncio.Event()
        asyncio.ensure_future(engine.run(stop_box["stop"]))
        await asyncio.sleep(0)
        wake = engine.live.on_new_ops

        def on_ops(scope: str, head: int) -> None:
            say(f"ops {scope} {time.time_ns()}")
            wake(scope, head)

        engine.live.on_new_ops = on_ops
        await asyncio.wait_for(engine.live.connected.wait(), 15)

    net.submit(start()).result(20)
    say("ready")
    # quit when stdin closes (the sender is done)
    from PySide6.QtCore import QSocketNotifier

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: sys.stdin.readline() or app.quit())
    app.exec()
    net.submit(_set(stop_box["stop"])).result(5)
    net.stop()
    profile.close()


async def _set(event: asyncio.Event) -> None:
    event.set()
    await asyncio.sleep(0.05)


def main() -> None:
    from desktop.runtime.loop import NetworkLoop
    from desktop.services.messaging import MessagingService
    from tests.support.server import start_server

    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp))
        net = NetworkLoop("sender-network")
        net.start()
        try:
            sc = net.submit(server.new_program(Path(tmp) / "pcs")).result(120)
            pair_id = sc.pairs[0]
            mentee = sc.mentees[0]
            mentee.profile.close()
            child = subprocess.Popen(
                [sys.executable, __file__, "--peer", str(mentee.data_dir), mentee.username,
                 mentee.passphrase],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
            )  # fmt: skip
            assert child.stdout.readline().strip() == "ready"
            profile = sc.mentors[0].profile
            holder: dict = {}
            service = MessagingService.for_profile(profile, nudge=lambda: holder["e"].nudge())
            engine = holder["e"] = _engine(profile, service)
            pushes: list[int] = []
            real_push = engine.client.push

            async def timed_push(req):
                pushes.append(time.time_ns())
                return await real_push(req)

            engine.client.push = timed_push
            stop = {}

            async def start() -> None:
                stop["e"] = asyncio.Event()
                asyncio.ensure_future(engine.run(stop["e"]))
                await asyncio.sleep(0)
                await asyncio.wait_for(engine.live.connected.wait(), 15)

            net.submit(start()).result(20)
            time.sleep(1.0)  # first rounds (receipts, introductions) settle
            sent: dict[str, int] = {}
            push_at: dict[str, int] = {}
            seen: dict[str, int] = {}
            ops_at: list[int] = []
            for i in range(MESSAGES):
                before = len(pushes)
                sent[str(i)] = time.time_ns()
                service.send(pair_id, f"ping {i}")
                deadline = time.monotonic() + 10
                while str(i) not in seen and time.monotonic() < deadline:
                    line = child.stdout.readline().split()
                    if line and line[0] == "seen":
                        seen[line[1]] = int(line[2])
                    elif line and line[0] == "ops" and line[1] == f"pair:{pair_id}":
                        ops_at.append(int(line[2]))
                        push_at.setdefault(str(i), pushes[before] if len(pushes) > before else 0)
                time.sleep(GAP_S)
            child.stdin.close()
            child.wait(30)
            net.submit(_set(stop["e"])).result(5)
            net.submit(engine.client.aclose()).result(5)
            sc.close()
        finally:
            net.stop()
            server.stop()
    latency = sorted((seen[k] - sent[k]) / 1e6 for k in seen)
    # the first pair-scope LiveNewOps after each push: the server's own push->notify path
    baseline = []
    for t_push in push_at.values():
        after = [t for t in ops_at if t >= t_push]
        if t_push and after:
            baseline.append((min(after) - t_push) / 1e6)
    to_push = [(push_at[k] - sent[k]) / 1e6 for k in push_at if push_at[k]]
    p50 = statistics.median(latency)
    base50 = statistics.median(baseline) if baseline else float("nan")
    print(f"messages sent={MESSAGES} seen={len(latency)}")
    print(f"send -> visible in the peer's window: p50 {p50:.1f} ms, max {latency[-1]:.1f} ms")
    print(f"baseline push -> LiveNewOps at the peer: p50 {base50:.1f} ms")
    print(f"of which send -> the sender's push starts: p50 {statistics.median(to_push):.1f} ms")
    print(json.dumps({
        "send_to_visible_p50_ms": round(p50, 1),
        "send_to_visible_p90_ms": round(latency[int(len(latency) * 0.9) - 1], 1),
        "baseline_push_to_live_p50_ms": round(base50, 1),
        "send_to_push_start_p50_ms": round(statistics.median(to_push), 1),
        "send_to_visible_vs_push_to_live_ratio": round(p50 / base50, 2),
    }))  # fmt: skip


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--peer":
        peer(*sys.argv[2:5])
    else:
        main()
