"""The thread-level score: grooming builds up over days in messages no single rule holds.

One person's messages in one conversation each show a few signals (the categories they
matched, grouped in ``categories.json`` by ``thread``: secrecy, moving off the platform, photo
or meeting requests, sexual talk, gifts). Any one is ordinary enough; several kinds from the
same person within ``window`` days is the pattern staff must see. The score is the sum of the
weights of the distinct kinds present; at ``threshold`` or more, from at least two messages,
it raises one review item listing the messages that built it up. Pure; any thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

WEIGHTS: dict[str, int] = {"secrecy": 3, "sexual": 3, "off_platform": 2, "request": 2, "gifts": 1}
THRESHOLD = 5
WINDOW_DAYS = 30


@dataclass(frozen=True)
class Signal:
    """One category one message showed (no text)."""

    message_id: str
    category: str
    at: datetime


@dataclass(frozen=True)
class ThreadScore:
    score: int
    kinds: frozenset[str]
    message_ids: tuple[str, ...]  # oldest first: the messages that built it up

    @property
    def first(self) -> str:
        return self.message_ids[0]


def thread_score(
    signals: Iterable[Signal],
    threads: Mapping[str, str | None],
    *,
    threshold: int = THRESHOLD,
    window: timedelta = timedelta(days=WINDOW_DAYS),
) -> ThreadScore | None:
    """The build-up in the `window` ending at the newest signal, when it reaches `threshold`.

    `threads`: category -> the kind of signal it is (None: not part of the thread score)."""
    relevant = sorted(
        (s for s in signals if threads.get(s.category) in WEIGHTS), key=lambda s: s.at
    )
    if not relevant:
        return None
    since = relevant[-1].at - window
    recent = [s for s in relevant if s.at >= since]
    kinds = frozenset(str(threads[s.category]) for s in recent)
    score = sum(WEIGHTS[k] for k in kinds)
    message_ids = tuple(dict.fromkeys(s.message_id for s in recent))
    if score < threshold or len(kinds) < 2 or len(message_ids) < 2:
        return None
    return ThreadScore(score, kinds, message_ids)
