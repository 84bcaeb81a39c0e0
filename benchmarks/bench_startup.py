"""Cold start to the sign-in window, as a whole process, against a bare PySide6 window.

Spawns `python -m desktop.app --quit-when-shown` in a fresh interpreter with an empty data
folder and times it up to the line the app prints once the window is shown (and to process
exit); the baseline is a bare `python -c` that imports PySide6.QtWidgets and shows an empty
window the same way. Also lists which heavy modules were already imported when the window
showed. Runs offscreen unless a display exists. Ends with one JSON line of figures.

    .venv/bin/python benchmarks/bench_startup.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "jumelage: first window shown"
BASELINE = (
    "import PySide6.QtWidgets as w\n"
    "from PySide6.QtCore import QTimer\n"
    "app = w.QApplication([])\n"
    "win = w.QWidget(); win.resize(760, 560); win.show()\n"
    f"QTimer.singleShot(0, lambda: (print({MARKER!r}, flush=True), app.quit()))\n"
    "app.exec()\n"
)
HEAVY = ("sqlalchemy", "sqlcipher3", "aiortc", "nacl", "argon2", "cryptography", "httpx")
PROBE = (
    "import sys, runpy\n"
    "import desktop.app as a\n"
    "orig = a._shown_and_quit\n"
    "def shown(app):\n"
    f"    print('heavy:', ','.join(m for m in {HEAVY!r} if m in sys.modules), flush=True)\n"
    "    orig(app)\n"
    "a._shown_and_quit = shown\n"
    "sys.exit(a.main(sys.argv[1:]))\n"
)


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(ms to the marker line, ms to exit, stdout) for one fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    assert proc.stdout is not None
    shown = None
    lines = []
    for line in proc.stdout:
        lines.append(line)
        if MARKER in line and shown is None:
            shown = (time.perf_counter() - start) * 1000
    proc.wait()
    total = (time.perf_counter() - start) * 1000
    if shown is None or proc.returncode != 0:
        raise SystemExit(f"{cmd[:4]} failed (exit {proc.returncode}): {''.join(lines)[-500:]}")
    return shown, total, "".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    app_shown, app_total, base_shown = [], [], []
    heavy = ""
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):  # interleaved, so a load spike hits both sides alike
            data = Path(tmp) / f"run{i}"
            shown, total, _ = timed(
                [sys.executable, "-m", "desktop.app", "--data-dir", str(data), "--quit-when-shown"],
                env,
            )
            app_shown.append(shown)
            app_total.append(total)
            base_shown.append(timed([sys.executable, "-c", BASELINE], env)[0])
        out = timed([sys.executable, "-c", PROBE, "--data-dir", str(Path(tmp) / "probe"),
                     "--quit-when-shown"], env)[2]  # fmt: skip
        heavy = next((ln.split(":", 1)[1].strip() for ln in out.splitlines()
                      if ln.startswith("heavy:")), "?")  # fmt: skip
    app_ms = statistics.median(app_shown)
    base_ms = statistics.median(base_shown)
    total_ms = statistics.median(app_total)
    print(f"runs: {runs} (median), platform: {env.get('QT_QPA_PLATFORM', 'display')}")
    print(
        f"jumelage, spawn to sign-in window shown: {app_ms:.0f} ms (process exit {total_ms:.0f} ms)"
    )
    print(f"baseline, spawn to empty PySide6 window: {base_ms:.0f} ms")
    print(f"ratio: {app_ms / base_ms:.2f}; target <= 1500 ms")
    print(f"heavy modules imported before the window showed: {heavy or 'none'}")
    print(json.dumps({
        "startup_to_sign_in_ms": round(app_ms, 1),
        "startup_process_exit_ms": round(total_ms, 1),
        "baseline_empty_window_ms": round(base_ms, 1),
        "startup_vs_bare_window_ratio": round(app_ms / base_ms, 2),
    }))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
