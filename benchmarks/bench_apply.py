"""Applying message ops, the first sign-in's inner loop, against an earlier revision.

First sign-in spends most of its CPU applying pages of 250 ops; the write checks, old-shape
upgrades and pause holds added since a release all run there. This applies OPS plain message
ops in pages of 250 into an in-memory SQLite database (no disk, no crypto, so the figure is
the apply code's own) and keeps the least CPU time of REPS runs. With `--versus REV` the same
measurement runs, alternately, on a temporary worktree of REV (this script, that code), so
the ratio compares runs made seconds apart on the same machine.
Usage: python benchmarks/bench_apply.py [--ops N] [--reps N] [--versus REV]
Ends with one JSON line of figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAIR = "0192f0c0-0000-7000-8000-000000000001"


def child(ops: int, reps: int) -> float:
    """Least CPU microseconds per op over `reps` runs, in the tree on sys.path."""
    sys.path.insert(0, str(Path.cwd() / "benchmarks"))
    from bench_first_sync import make_ops
    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    import desktop.models.sync_tables  # noqa: F401  (its tables join the metadata)
    from desktop.models.tables import Base, Pair
    from desktop.sync.apply import apply_ops

    try:  # every kind's tables and indexes, as a real profile has them
        from desktop.sync.entities import builtin_registry

        builtin_registry()
    except ImportError:  # a revision from before the registry
        pass
    best = float("inf")
    for _ in range(reps):
        engine = create_engine("sqlite://")
        Base.metadata.create_all(engine)
        maker = sessionmaker(engine)
        with maker.begin() as s:
            s.add(Pair(id=PAIR, program_id="p", mentor_id="a", mentee_id="b"))
        batch = make_ops(ops, f"pair:{PAIR}", "a")
        start = time.process_time()
        for i in range(0, ops, 250):
            with maker.begin() as s:
                apply_ops(s, batch[i : i + 250])
        best = min(best, time.process_time() - start)
        engine.dispose()
    return best / ops * 1e6


def run(tree: Path, ops: int, reps: int) -> float:
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run(
        [sys.executable, __file__, "--child", "--ops", str(ops), "--reps", str(reps)],
        cwd=tree, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=5000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--versus")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(child(args.ops, args.reps))
        return
    figures: dict[str, float] = {}
    if args.versus is None:
        figures["apply_us_per_op"] = round(run(REPO, args.ops, args.reps), 2)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            other = Path(tmp) / "rev"
            subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(other),
                            args.versus], check=True, capture_output=True)  # fmt: skip
            try:
                this, then = [], []
                for _ in range(args.rounds):
                    then.append(run(other, args.ops, args.reps))
                    this.append(run(REPO, args.ops, args.reps))
            finally:
                subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force",
                                str(other)], check=False)  # fmt: skip
        figures.update(
            apply_us_per_op=round(min(this), 2),
            versus_apply_us_per_op=round(min(then), 2),
            apply_vs_versus_ratio=round(min(this) / min(then), 3),
        )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
