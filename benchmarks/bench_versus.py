"""One benchmark, this checkout against an earlier revision, in the same run.

Figures move with the machine's load, so a figure recorded on another day says little about
whether a change made things slower. This runs SCRIPT from a temporary worktree of REV and
from this checkout, alternately, ROUNDS times each, and prints for every numeric figure of
the script's JSON line the median of each side and their ratio (this ÷ REV). A figure is
*worse* when it moved the wrong way by more than 5 %: up for times (`_ms`, `_s`, `_us…`),
down for rates (`_per_s`); ratios and counts are listed without a verdict.
Usage: python benchmarks/bench_versus.py REV SCRIPT [--rounds N] [-- SCRIPT ARGS...]
Ends with one JSON line: `{"<figure>_ratio": this/REV, ..., "worse": [...]}`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOLERANCE = 0.05


def run_once(tree: Path, script: str, args: list[str]) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run(
        [sys.executable, str(tree / "benchmarks" / script), *args],
        cwd=tree, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    last = [line for line in done.stdout.splitlines() if line.startswith("{")][-1]
    return {k: v for k, v in json.loads(last).items() if isinstance(v, int | float)}


def direction(name: str) -> int:
    """+1 when a larger value is better, -1 when smaller is, 0 when it is not a speed."""
    if name.endswith("_ratio"):
        return 0
    if name.endswith("_per_s"):
        return 1
    if name.endswith(("_ms", "_s", "_us", "_us_per_op", "_us_per_signature")) or "_us_" in name:
        return -1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("rev")
    parser.add_argument("script")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("script_args", nargs="*")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jumelage-versus-") as tmp:
        base = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(base),
                        args.rev], check=True)  # fmt: skip
        try:
            runs: dict[str, list[dict[str, float]]] = {"base": [], "this": []}
            for n in range(args.rounds):
                for side, tree in (("base", base), ("this", REPO)):
                    runs[side].append(run_once(tree, args.script, args.script_args))
                    print(f"round {n + 1} {side}: {json.dumps(runs[side][-1])}", flush=True)
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(base)],
                           check=False)  # fmt: skip
    figures: dict[str, object] = {}
    worse = []
    common = sorted(set(runs["base"][0]) & set(runs["this"][0]))
    for name in common:
        before = statistics.median(r[name] for r in runs["base"])
        after = statistics.median(r[name] for r in runs["this"])
        if not before:
            continue
        ratio = round(after / before, 3)
        sign = direction(name)
        verdict = sign != 0 and (ratio - 1) * sign < -TOLERANCE
        worse += [name] if verdict else []
        print(f"{name:48s} {before:12.2f} {after:12.2f}  x{ratio:<6} {'WORSE' if verdict else ''}")
        figures[f"{name}_ratio" if not name.endswith("_ratio") else f"{name}_versus"] = ratio
    figures["worse"] = worse
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
