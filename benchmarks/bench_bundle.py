"""The installers' figures: bundle size unpacked, .deb size, and the frozen app's cold start to
the sign-in window against the same start from source, measured in the same run.

    .venv/bin/python benchmarks/bench_bundle.py BUNDLE_DIR [--deb FILE.deb] [--runs 3]

BUNDLE_DIR is the PyInstaller folder (``dist/jumelage``). Starts are timed to the line the app
prints once its first window shows (``--quit-when-shown``, as `bench_startup.py` does), in
fresh processes with empty data folders, interleaved so a load spike hits both sides alike.
The first frozen run is reported apart: it is the "cold" one (files not yet in the page
cache), the others warm. Goals: bundle <= 250 MB, .deb <= 90 MB, start <= 2 s. Ends with
one JSON line of figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import ROOT, timed  # noqa: E402

MB = 1024 * 1024


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--deb", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    exe = args.bundle / ("jumelage.exe" if os.name == "nt" else "jumelage")
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    source_env = {**env, "PYTHONPATH": str(ROOT)}
    frozen_env = {k: v for k, v in env.items() if k != "PYTHONPATH"}
    frozen, source = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            data = Path(tmp) / f"frozen{i}"
            frozen.append(timed([str(exe), "--data-dir", str(data), "--quit-when-shown"],
                                frozen_env)[0])  # fmt: skip
            data = Path(tmp) / f"source{i}"
            source.append(timed([sys.executable, "-m", "desktop.app", "--data-dir", str(data),
                                 "--quit-when-shown"], source_env)[0])  # fmt: skip
    figures = {
        "bundle_mb": round(folder_size(args.bundle) / MB, 1),
        "deb_mb": round(args.deb.stat().st_size / MB, 1) if args.deb else None,
        "frozen_first_start_ms": round(frozen[0]),
        "frozen_start_ms_median": round(statistics.median(frozen)),
        "source_start_ms_median": round(statistics.median(source)),
        "frozen_vs_source": round(statistics.median(frozen) / statistics.median(source), 2),
        "runs": args.runs,
    }
    print(f"bundle {figures['bundle_mb']} MB (goal <= 250), .deb {figures['deb_mb']} MB (<= 90)")
    print(
        f"start to sign-in window: frozen {figures['frozen_start_ms_median']} ms (first "
        f"{figures['frozen_first_start_ms']} ms), source {figures['source_start_ms_median']} ms"
    )
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
