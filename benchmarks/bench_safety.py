"""Safety check cost for a 1,000-character bilingual message, against simple baselines.

Runs on the main thread, once. Baselines measured in the same run on the same text:
a single precompiled regular expression (a phone-number pattern) and ``str.lower()`` + ``in``.
Times are CPU time per call (best of several repeats), in microseconds; the machine is shared,
so treat figures as provisional. The last line of output is one JSON object.
"""

from __future__ import annotations

import json
import re
import sys
import time
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.safety.rules import SafetyChecker  # noqa: E402

FR = (
    "Salut! Comment ça va aujourd'hui? J'ai eu 85 % à mon examen de maths et on a parlé de "
    "mon projet de sciences. Jeudi à 14h30 on se parle en vidéo, ok? "
)
EN = (
    "Hi! How was your week? I finished my science fair project and the 5 of us presented it. "
    "My coach says practice is at 4:30 on Tuesday. "
)
CLEAN = ((FR + EN) * 5)[:1000]
FLAGGED = (CLEAN[:900] + " texte-moi sur snap au 514-555-1234, je veux mourir")[:1000]


def per_call_us(func, number: int = 300, repeat: int = 5) -> float:
    timer = timeit.Timer(func, timer=time.process_time)
    return min(timer.repeat(repeat=repeat, number=number)) / number * 1e6


def main() -> None:
    checker = SafetyChecker()
    single = re.compile(r"(?<!\d)\+?\(?\d(?:[\s.\-()/]{0,3}\d){6,16}(?!\d)")
    baseline_regex = per_call_us(lambda: single.search(CLEAN))
    baseline_lower_in = per_call_us(lambda: "kill myself" in CLEAN.lower())
    clean = per_call_us(lambda: checker.check(CLEAN))
    flagged = per_call_us(lambda: checker.check(FLAGGED))
    assert checker.check(CLEAN).action == "send"
    assert checker.check(FLAGGED).action == "urgent"
    figures = {
        "check_clean_1000_chars_us": round(clean, 1),
        "check_flagged_1000_chars_us": round(flagged, 1),
        "baseline_single_regex_us": round(baseline_regex, 1),
        "baseline_lower_in_us": round(baseline_lower_in, 2),
        "check_vs_single_regex_ratio": round(clean / baseline_regex, 1),
        "check_vs_lower_in_ratio": round(clean / baseline_lower_in, 1),
        "check_under_1ms_budget_ratio": round(max(clean, flagged) / 1000, 2),
    }
    print(f"safety check, 1,000 chars, clean:   {clean:8.1f} us")
    print(f"safety check, 1,000 chars, flagged: {flagged:8.1f} us")
    print(f"baseline single regex:              {baseline_regex:8.1f} us")
    print(f"baseline str.lower() + in:          {baseline_lower_in:8.2f} us")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
