"""The profile store's own workload on SQLCipher against plain SQLite, in the same run.

Both databases get the same schema (the app's Alembic migrations, full-text triggers
included), the same pragmas, page size and engine setup (`desktop.models.engine`); only the
key differs (SQLCipher: AES-256 pages with an HMAC-SHA256 MAC, as `open_engine` makes them).
The plain baseline is the same SQLite library (3.53, inside sqlcipher3) opened without a key,
which writes an ordinary SQLite file (checked by its header): the standard library's sqlite3
here is SQLite 3.40, too old for the app's FTS5 table (`contentless_delete`, SQLite 3.43+).
Inserts come in the app's three real shapes, each timed alone, transactions alternating
between the stores so a change in the machine's load hits both alike:
- first sync (`insert_*`, so `insert_ratio` is this shape): 100,000 messages across 200
  pairs, per pair in HLC order, pages sized as `desktop.sync.pull` asks for them
  (MAX_PULL_PAGE_SIZE while more than PULL_PAGE_SIZE remain), every waiting page in one
  transaction of up to APPLY_OPS ops; with about 500 messages a pair, that is one
  transaction a pair;
- catching up (`insert_page250_*`): 50,000 later messages, per pair, in pages of at most
  PULL_PAGE_SIZE (250), one transaction each, into the filled store;
- live (`insert_live_*`): 2,000 newest messages, one transaction each.
Reads run after the first sync (100,000 messages), three times alternating the stores, best
time kept: each pair's latest 50 messages; unread counts for all pairs (one index range per
pair after its read marker); per-pair, per-author weekly counts over the whole history.
File sizes are taken at the end, with all 152,000 messages.

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
from desktop.sync.pull import APPLY_OPS  # noqa: E402
from jumelage_protocol import MAX_PULL_PAGE_SIZE, PULL_PAGE_SIZE  # noqa: E402

PAIRS = 200
MESSAGES = 100_000  # first sync
CATCH_UP = 50_000  # later pulls, pages of PULL_PAGE_SIZE
LIVE = 2_000  # one message a transaction
LATEST = 50
ME = "person-me"
WORDS = (
    "bonjour merci devoirs soccer examen bibliothèque rencontre jeudi dessin robot python "
    "school homework game see you tomorrow great job question camp summer lecture livre"
).split()


def _rows(count: int) -> list[dict]:
    """`count` messages in time order, each in a random pair, half of them by "me"."""
    rng = random.Random(7)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    rows = []
    for n in range(count):
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


def _by_pair(rows: list[dict]) -> list[list[dict]]:
    by_pair: dict[str, list[dict]] = {}
    for row in rows:
        by_pair.setdefault(row["pair_id"], []).append(row)
    return [messages for _pair, messages in sorted(by_pair.items())]


def first_sync_transactions(rows: list[dict]) -> list[list[dict]]:
    """What `pull_scope` applies on first sign-in: per pair, pages as it asks for them
    (large while more than a default page remains), waiting pages joined up to APPLY_OPS."""
    transactions = []
    for messages in _by_pair(rows):
        current: list[dict] = []
        first = 0
        while first < len(messages):
            left = len(messages) - first
            page = messages[
                first : first + (MAX_PULL_PAGE_SIZE if left > PULL_PAGE_SIZE else PULL_PAGE_SIZE)
            ]
            first += len(page)
            current += page
            if len(current) >= APPLY_OPS:
                transactions.append(current)
                current = []
        if current:
            transactions.append(current)
    return transactions


def page_transactions(rows: list[dict]) -> list[list[dict]]:
    """Later pulls: per pair, pages of at most PULL_PAGE_SIZE, one transaction each."""
    return [
        messages[first : first + PULL_PAGE_SIZE]
        for messages in _by_pair(rows)
        for first in range(0, len(messages), PULL_PAGE_SIZE)
    ]


def timed_inserts(engines: dict[str, Engine], transactions: list[list[dict]]) -> dict[str, float]:
    """Each transaction goes to each store in turn, so the machine's load hits both alike."""
    spent = dict.fromkeys(engines, 0.0)
    for rows in transactions:
        for name, engine in engines.items():
            began = time.perf_counter()
            with engine.begin() as conn:
                conn.execute(insert(Message), rows)
            spent[name] += time.perf_counter() - began
    return spent


def mark_read(engines: dict[str, Engine], rows: list[dict]) -> None:
    """Read markers four fifths into the history: the last fifth is unread."""
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
    rows = _rows(MESSAGES + CATCH_UP + LIVE)
    history, later, live = (
        rows[:MESSAGES],
        rows[MESSAGES : MESSAGES + CATCH_UP],
        rows[MESSAGES + CATCH_UP :],
    )
    with tempfile.TemporaryDirectory() as tmp:
        cipher_path, plain_path = Path(tmp) / "cipher.db", Path(tmp) / "plain.db"
        cipher = open_engine(cipher_path, os.urandom(32), create=True)
        plain = build_engine(
            lambda: sqlcipher3.connect(str(plain_path), check_same_thread=False), module=sqlcipher3
        )
        engines = {"sqlcipher": cipher, "sqlite": plain}
        results: dict[str, dict[str, float]] = {name: {} for name in engines}
        for engine in engines.values():
            _setup(engine)
        with cipher.connect() as conn:
            mac = conn.exec_driver_sql("PRAGMA cipher_hmac_algorithm").scalar()
        for name, spent in timed_inserts(engines, first_sync_transactions(history)).items():
            results[name]["insert"] = spent
        mark_read(engines, history)
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
        for step, transactions in (
            ("insert_page250", page_transactions(later)),
            ("insert_live", [[row] for row in live]),
        ):
            for name, spent in timed_inserts(engines, transactions).items():
                results[name][step] = spent
        for engine in engines.values():
            with engine.connect() as conn:
                assert conn.execute(select(func.count()).select_from(Message)).scalar() == len(rows)
                assert int(conn.exec_driver_sql("PRAGMA page_size").scalar()) == 4096
        assert plain_path.read_bytes()[:16] == b"SQLite format 3\x00"
        assert cipher_path.read_bytes()[:16] != b"SQLite format 3\x00"
        sizes = {"sqlcipher": cipher_path.stat().st_size, "sqlite": plain_path.stat().st_size}
        close_engine(cipher)
        plain.dispose()

    figures: dict[str, float] = {}
    first = first_sync_transactions(history)
    labels = {
        "insert": f"first sync {MESSAGES:,} msgs, {len(first)} transactions",
        "latest": f"latest {LATEST} messages of each of {PAIRS} pairs",
        "unread": "unread counts for all pairs",
        "weekly": "per-pair weekly counts",
        "insert_page250": f"catch-up {CATCH_UP:,} msgs, pages of {PULL_PAGE_SIZE}",
        "insert_live": f"live {LIVE:,} msgs, one per transaction",
    }
    print(f"SQLCipher page MAC: {mac}")
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
