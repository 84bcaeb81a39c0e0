"""Match suggestions as a pure function: for each mentee, the mentors who fit best, and why.

A suggestion's score adds up four things staff weigh: a shared language, shared interests,
shared availability, and how far the mentor's preferred age band is from the mentee's. Every
attribute is a small set, so each is a bitset over the mentors (one Python int, bit i for
mentor i): counting the interests each mentor shares is a handful of big-int operations for all
mentors at once, not a loop over them. Score levels are then
visited from the best down and the first `limit` mentors found are the suggestions, ties in
mentor order: the work per mentee is a few dozen operations on big integers, whatever the
number of mentors.
No database, no Qt: the service (`matching.py`) turns records into `Candidate`s.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

LANGUAGE_WEIGHT = 4
INTEREST_WEIGHT = 2
AVAILABILITY_WEIGHT = 3
BAND_STEP_WEIGHT = 2
MAX_INTERESTS = 12
MAX_SLOTS = 4
MAX_BAND_DISTANCE = 4


@dataclass(frozen=True, slots=True)
class Candidate:
    """One person as matching sees them: a language index, bitmasks of interests and
    availability slots, an age band index, and (mentors) how many more mentees they take."""

    language: int
    interests: int
    availability: int
    band: int
    capacity: int = 1


class Suggestion(NamedTuple):
    """A mentor (an index into the mentors given) for a mentee, with its score."""

    mentor: int
    score: int


@dataclass(frozen=True, slots=True)
class Reasons:
    """Why a mentor was suggested: what the two share, and the gap between age bands."""

    same_language: bool
    interests: int  # shared interests (bitmask)
    availability: int  # shared availability slots (bitmask)
    band_distance: int


def explain(mentor: Candidate, mentee: Candidate) -> Reasons:
    """The reasons behind a suggestion (for the few suggestions on screen)."""
    return Reasons(
        same_language=mentor.language == mentee.language,
        interests=mentor.interests & mentee.interests,
        availability=mentor.availability & mentee.availability,
        band_distance=min(abs(mentor.band - mentee.band), MAX_BAND_DISTANCE),
    )


def score(same_language: bool, interests: int, slots: int, band_distance: int) -> int:
    return (
        LANGUAGE_WEIGHT * same_language
        + INTEREST_WEIGHT * interests
        + AVAILABILITY_WEIGHT * slots
        - BAND_STEP_WEIGHT * band_distance
    )


def _bits(mask: int) -> list[int]:
    return [i for i in range(mask.bit_length()) if mask >> i & 1]


def _exactly(sets: list[int], everyone: int) -> list[int]:
    """`out[j]`: the mentors in exactly j of `sets` (a bit-sliced count over all mentors)."""
    out = [everyone]
    for members in sets:
        shifted = [0, *(group & members for group in out)]
        out = [(group & ~members) | shifted[j] for j, group in enumerate(out)] + [shifted[-1]]
    return out


class _Index:
    """The mentors as bitsets per attribute value, built once for many mentees."""

    def __init__(self, mentors: list[Candidate]) -> None:
        self.mentors = mentors
        self.everyone = 0
        self.languages: dict[int, int] = {}
        self.interests = [0] * MAX_INTERESTS
        self.slots = [0] * MAX_SLOTS
        self.bands: dict[int, int] = {}
        for i, mentor in enumerate(mentors):
            bit = 1 << i
            if mentor.capacity > 0:
                self.everyone |= bit
            self.languages[mentor.language] = self.languages.get(mentor.language, 0) | bit
            self.bands[mentor.band] = self.bands.get(mentor.band, 0) | bit
            for j in _bits(mentor.interests):
                self.interests[j] |= bit
            for j in _bits(mentor.availability):
                self.slots[j] |= bit

    @lru_cache(maxsize=64)  # noqa: B019 - one index lives for one call of `suggest`
    def _person(self, language: int, band: int) -> dict[int, int]:
        """Mentors by the points of language and age band alone (few distinct mentees)."""
        same = self.languages.get(language, 0)
        by_points: dict[int, int] = {}
        for mentor_band, members in self.bands.items():
            gap = min(abs(mentor_band - band), MAX_BAND_DISTANCE)
            for shares, speakers in ((True, same), (False, ~same)):
                if group := speakers & members & self.everyone:
                    points = score(shares, 0, 0, gap)
                    by_points[points] = by_points.get(points, 0) | group
        return by_points

    @lru_cache(maxsize=4096)  # noqa: B019
    def _sharing(self, slots: bool, mask: int) -> list[int]:
        """Mentors by how many of the mentee's `mask` (interests, or `slots`) they share."""
        sets = self.slots if slots else self.interests
        return _exactly([sets[j] for j in _bits(mask)], self.everyone)

    def suggest(self, mentee: Candidate, limit: int) -> list[Suggestion]:
        """Mentors grouped by points twice (language and age; interests and availability),
        then score levels from the best down, each the union of the groups that add up to
        it: only the few best levels are ever looked at."""
        person = self._person(mentee.language, mentee.band)
        shared: dict[int, int] = {}
        for n, by_interest in enumerate(self._sharing(False, mentee.interests)):
            for m, by_slot in enumerate(self._sharing(True, mentee.availability)):
                if both := by_interest & by_slot:
                    points = INTEREST_WEIGHT * n + AVAILABILITY_WEIGHT * m
                    shared[points] = shared.get(points, 0) | both
        found: list[Suggestion] = []
        for level in sorted({p + q for p in person for q in shared}, reverse=True):
            group = 0
            for points, members in person.items():
                if other := shared.get(level - points):
                    group |= members & other
            while group and len(found) < limit:  # ties in mentor order
                low = group & -group
                group ^= low
                found.append(Suggestion(low.bit_length() - 1, level))
            if len(found) >= limit:
                break
        return found


def suggest(
    mentors: list[Candidate], mentees: list[Candidate], *, limit: int = 5
) -> list[list[Suggestion]]:
    """For each mentee (in order), up to `limit` mentors with room, best first."""
    index = _Index(mentors)
    return [index.suggest(mentee, limit) for mentee in mentees]
