"""The profile store's own workload on SQLCipher against plain SQLite, in the same run.

Both databases get the same schema (the app's Alembic migrations, full-text triggers
included), the same pragmas and the same engine setup (`desktop.models.engine.build_engine`);
only the key differs. The plain baseline is the same SQLite library (3.53, inside sqlcipher3)
opened without a key, which writes an ordinary SQLite file (checked by its header): the
standard library's sqlite3 here is SQLite 3.40, too old for the app's FTS5 table
(`contentless_delete`, SQLite 3.43+), so it cannot hold the same schema.
Steps: insert 100,000 messages across 200 pairs as sync delivers them: per pair, in HLC
order, pages of at most 250 (the server's pull page), one transaction each, pages
alternating between the stores; open each pair's latest 50
messages; unread counts for all pairs (one index range per pair after its read marker);
per-pair, per-author weekly counts over the whole history. Read steps are run three times,
alternating the two stores, best time kept.

Run: .venv/bin/python benchmarks/bench_store.py   (last line of output: one JSON object)
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlcipher3  # noqa: E402
from sqlalchemy import Engine, func, insert, select  # noqa: E402

from desktop.models.engine import build_engine, close_engine, open_engine  # noqa: E402
from desktop.models.migrate import upgrade  # noqa: E402
from desktop.models.tables import Message, Pair, ReadMarker  # noqa: E402

PAIRS = 200
MESSAGES = 100_000
BATCH = 250
LATEST = 50
ME = "person-me"
WORDS = (
    "bonjour merci devoirs soccer examen bibliothèque rencontre jeudi dessin robot python "
    "school homework game see you tomorrow great job question camp summer lecture livre"
).split()


def _rows() -> list[dict]:
    rng = random.Random(7)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    rows = []
    for n in range(MESSAGES):
        moment = start + timedelta(seconds=n * 90 + rng.randrange(60))
        ms = int(moment.timestamp() * 1000)
        pair = rng.randrange(PAIRS)
        rows.append(
            {
                "id": f"{ms:013x}-{n:08d}",
                "pair_id": f"pair-{pair:03d}",
                "author_id": ME if rng.random() < 0.5 else f"other-{pair:03d}",
                "body": " ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 30))),
                "hlc": f"{ms:013d}-00000-node{pair % 7}",
                "created_at": moment,
                "state": "read",
                "edited": False,
                "deleted": False,
            }
        )
    return rows


def _setup(engine: Engine) -> None:
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            insert(Pair),
            [
                {
                    "id": f"pair-{p:03d}",
                    "program_id": "prog",
                    "mentor_id": ME,
                    "mentee_id": f"other-{p:03d}",
                    "status": "active",
                    "matched_at": datetime(2023, 12, 1, tzinfo=UTC),
                }
                for p in range(PAIRS)
            ],
        )


def _pull_pages(rows: list[dict]) -> list[list[dict]]:
    """What sync delivers: per scope (pair), in HLC order, pages of at most BATCH ops."""
    by_pair: dict[str, list[dict]] = {}
    for row in rows:
        by_pair.setdefault(row["pair_id"], []).append(row)
    return [
        messages[first : first + BATCH]
        for _pair, messages in sorted(by_pair.items())
        for first in range(0, len(messages), BATCH)
    ]


def step_insert(engines: dict[str, Engine], rows: list[dict]) -> dict[str, float]:
    """Pages go to each store in turn, so a change in the machine's load hits both alike."""
    spent = dict.fromkeys(engines, 0.0)
    for page in _pull_pages(rows):
        for name, engine in engines.items():
            began = time.perf_counter()
            with engine.begin() as conn:
                conn.execute(insert(Message), page)
            spent[name] += time.perf_counter() - began
    # read markers four fifths into the history: the last fifth is unread
    marker = rows[len(rows) * 4 // 5]["hlc"]
    for engine in engines.values():
        with engine.begin() as conn:
            conn.execute(
                insert(ReadMarker),
                [
                    {"pair_id": f"pair-{p:03d}", "person_id": ME, "last_read_hlc": marker}
                    for p in range(PAIRS)
                ],
            )
    return spent


def step_latest(engine: Engine) -> float:
    began = time.perf_counter()
    with engine.connect() as conn:
        for p in range(PAIRS):
            query = (
                select(Message.id, Message.author_id, Message.body, Message.hlc, Message.state)
                .where(Message.pair_id == f"pair-{p:03d}")
                .order_by(Message.hlc.desc())
                .limit(LATEST)
            )
            assert len(conn.execute(query).all()) == LATEST
    return time.perf_counter() - began


def step_unread(engine: Engine) -> float:
    began = time.perf_counter()
    # One count per pair, each a range of the (pair_id, hlc) index after the read marker.
    marker = (
        select(ReadMarker.last_read_hlc)
        .where(ReadMarker.pair_id == Pair.id, ReadMarker.person_id == ME)
        .scalar_subquery()
    )
    unread = (
        select(func.count())
        .where(
            Message.pair_id == Pair.id,
            Message.hlc > func.coalesce(marker, ""),
            Message.author_id != ME,
        )
        .scalar_subquery()
    )
    with engine.connect() as conn:
        counts = conn.execute(select(Pair.id, unread)).all()
        assert len(counts) == PAIRS and all(n > 0 for _, n in counts)
    return time.perf_counter() - began


def step_weekly(engine: Engine) -> float:
    began = time.perf_counter()
    week = func.strftime("%Y-%W", Message.created_at)
    query = (
        select(Message.pair_id, Message.author_id, week, func.count())
        .where(~Message.deleted)
        .group_by(Message.pair_id, Message.author_id, week)
    )
    with engine.connect() as conn:
        assert len(conn.execute(query).all()) > PAIRS
    return time.perf_counter() - began


def main() -> None:
    rows = _rows()
    with tempfile.TemporaryDirectory() as tmp:
        cipher = open_engine(Path(tmp) / "cipher.db", os.urandom(32), create=True)
        plain_path = Path(tmp) / "plain.db"
        plain = build_engine(
            lambda: sqlcipher3.connect(str(plain_path), check_same_thread=False), module=sqlcipher3
        )
        engines = {"sqlcipher": cipher, "sqlite": plain}
        results: dict[str, dict[str, float]] = {name: {} for name in engines}
        for engine in engines.values():
            _setup(engine)
        for name, spent in step_insert(engines, rows).items():
            results[name]["insert"] = spent
        for step, run in (
            ("latest", step_latest),
            ("unread", step_unread),
            ("weekly", step_weekly),
        ):
            for name in engines:
                results[name][step] = float("inf")
            for _ in range(3):
                for name, engine in engines.items():
                    results[name][step] = min(results[name][step], run(engine))
        assert plain_path.read_bytes()[:16] == b"SQLite format 3\x00"
        sizes = {
            name: (Path(tmp) / f"{'cipher' if name == 'sqlcipher' else 'plain'}.db").stat().st_size
            for name in engines
        }
        close_engine(cipher)
        plain.dispose()

    figures: dict[str, float] = {}
    labels = {
        "insert": f"insert {MESSAGES:,} messages, pull pages of {BATCH}",
        "latest": f"latest {LATEST} messages of each of {PAIRS} pairs",
        "unread": "unread counts for all pairs",
        "weekly": "per-pair weekly counts",
    }
    print(f"{'step':<48}{'sqlcipher ms':>14}{'sqlite ms':>12}{'ratio':>8}")
    for step, label in labels.items():
        c_ms, p_ms = results["sqlcipher"][step] * 1000, results["sqlite"][step] * 1000
        ratio = c_ms / p_ms
        print(f"{label:<48}{c_ms:>14.1f}{p_ms:>12.1f}{ratio:>8.2f}")
        figures[f"{step}_sqlcipher_ms"] = round(c_ms, 1)
        figures[f"{step}_sqlite_ms"] = round(p_ms, 1)
        figures[f"{step}_ratio"] = round(ratio, 3)
    figures["db_size_sqlcipher_mib"] = round(sizes["sqlcipher"] / 2**20, 2)
    figures["db_size_sqlite_mib"] = round(sizes["sqlite"] / 2**20, 2)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
