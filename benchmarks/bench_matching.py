"""Match suggestions for 2,000 mentors × 2,000 mentees (issue 13: at most 200 ms).

`match_ranking.suggest` ranks every mentor for every mentee and keeps the best five. The
baseline, measured in the same run on the same rows, is a plain sort: the 2,000 mentor rows
sorted (`sorted`, by a key computed beforehand, no scoring at all) once for each mentee, which
is what ranking without the bitsets would cost at the least. Rows are random but fixed (seed
13): languages, one to five of twelve interests, one to three of four availability slots, five
age bands. Times are CPU seconds (best of three); the machine is shared, so treat the figures
as provisional. The last line of output is one JSON object.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.services.match_ranking import Candidate, suggest  # noqa: E402

PEOPLE = 2_000
BUDGET_S = 0.200


def rows(rng: random.Random, count: int) -> list[Candidate]:
    def mask(size: int, low: int, high: int) -> int:
        return sum(1 << i for i in rng.sample(range(size), rng.randint(low, high)))

    return [
        Candidate(rng.randrange(2), mask(12, 1, 5), mask(4, 1, 3), rng.randrange(5))
        for _ in range(count)
    ]


def best_cpu_s(run, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    rng = random.Random(13)
    mentors, mentees = rows(rng, PEOPLE), rows(rng, PEOPLE)
    keys = [rng.random() for _ in mentors]
    key_of = dict(zip(range(PEOPLE), keys, strict=True)).__getitem__
    indices = list(range(PEOPLE))

    def plain_sort() -> None:
        for _ in mentees:
            sorted(indices, key=key_of)

    suggested = suggest(mentors, mentees)
    assert all(len(s) == 5 for s in suggested)
    ranked = best_cpu_s(lambda: suggest(mentors, mentees))
    baseline = best_cpu_s(plain_sort)
    figures = {
        "mentors": PEOPLE,
        "mentees": PEOPLE,
        "suggest_cpu_ms": round(ranked * 1000, 1),
        "baseline_plain_sort_cpu_ms": round(baseline * 1000, 1),
        "suggest_vs_plain_sort_ratio": round(ranked / baseline, 3),
        "suggest_vs_200ms_budget_ratio": round(ranked / BUDGET_S, 3),
    }
    print(f"suggestions, {PEOPLE} x {PEOPLE}, best 5 each: {ranked * 1000:8.1f} ms CPU")
    print(f"baseline: {PEOPLE} mentor rows sorted per mentee: {baseline * 1000:8.1f} ms CPU")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
