"""The labelled evaluation of the shipped safety rules: French and English messages that must,
and must not, raise each category (`labelled/messages.tsv`), and multi-day conversations for
the thread score (`labelled/threads.tsv`).

Precision and recall are printed per category and language (run with `-s` to see the table)
and held above floors set from what the rules achieve today, a little below, so a rule
change that loses ground fails here. The look-alikes are the point: a rule that catches
every phone number by flagging every year is worse than useless to a program.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.safety import SafetyChecker
from desktop.safety.thread_score import Signal, thread_score

HERE = Path(__file__).parent / "labelled"
# (precision, recall) floors for every category and language the table labels.
FLOORS = (0.85, 0.8)
# Categories no table row expects (so no recall), found on none of the look-alikes either.
UNLABELLED_OK = {"link", "bullying", "abuse_disclosure"}


def rows(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def scores(checker) -> dict[tuple[str, str], tuple[float, float, int]]:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for row in rows("messages.tsv"):
        expected = set() if row["expect"] == "-" else set(row["expect"].split(","))
        found = set(checker.check(row["text"]).categories)
        for category in expected | found:
            tally = counts[(category, row["lang"])]
            if category in expected and category in found:
                tally[0] += 1
            elif category in found:
                tally[1] += 1
            else:
                tally[2] += 1
    table = {}
    print(f"\n{'category':18} lang  precision  recall  (tp fp fn)")
    for (category, lang), (tp, fp, fn) in sorted(counts.items()):
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        table[(category, lang)] = (precision, recall, tp + fn)
        print(f"{category:18} {lang:4}  {precision:9.2f}  {recall:6.2f}  ({tp} {fp} {fn})")
    return table


@pytest.fixture(scope="module")
def checker() -> SafetyChecker:
    return SafetyChecker()


def test_every_labelled_category_has_both_languages():
    labelled = defaultdict(set)
    for row in rows("messages.tsv"):
        for category in filter(lambda c: c != "-", row["expect"].split(",")):
            labelled[category].add(row["lang"])
    assert len(labelled) >= 12
    assert all(languages == {"fr", "en"} for languages in labelled.values()), labelled


def test_precision_and_recall_per_category_and_language(scores):
    def too_low(category: str, p: float, r: float, labelled: int) -> bool:
        if not labelled:  # found on look-alikes only
            return category not in UNLABELLED_OK
        return p < FLOORS[0] or r < FLOORS[1]

    low = {key: (round(p, 2), round(r, 2)) for key, (p, r, n) in scores.items()
           if too_low(key[0], p, r, n)}  # fmt: skip
    assert not low, low


def test_innocent_look_alikes_raise_nothing(checker):
    raised = [(row["text"], sorted(checker.check(row["text"]).categories))
              for row in rows("messages.tsv") if row["expect"] == "-"]  # fmt: skip
    wrong = [(text, found) for text, found in raised if found]
    assert len(wrong) <= len(raised) // 20, wrong  # at most one look-alike in twenty


def _conversations() -> dict[str, list[dict[str, str]]]:
    by_id: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows("threads.tsv"):
        by_id[row["conversation"]].append(row)
    return by_id


@pytest.mark.parametrize("conversation", sorted(_conversations()))
def test_thread_score_over_multi_day_conversations(checker, conversation):
    messages = _conversations()[conversation]
    start = datetime(2026, 10, 1, tzinfo=UTC)
    per_author: dict[str, list[Signal]] = defaultdict(list)
    for i, row in enumerate(messages):
        at = start + timedelta(days=int(row["day"]), minutes=i)
        for category in checker.check(row["text"]).categories:
            per_author[row["author"]].append(Signal(f"{conversation}.{i}", category, at))
    raised = {a: thread_score(s, checker.threads) for a, s in per_author.items()}
    expected = messages[0]["raise"]
    who = {a for a, score in raised.items() if score is not None}
    assert who == (set() if expected == "-" else {expected}), (conversation, raised)
    if expected != "-":
        builders = {row["builds"] for row in messages if row["author"] == expected}
        ids = set(raised[expected].message_ids)  # type: ignore[union-attr]
        marked = {f"{conversation}.{i}" for i, row in enumerate(messages) if row["builds"] == "y"}
        assert marked <= ids, (conversation, sorted(marked - ids), builders)
