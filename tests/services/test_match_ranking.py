"""Match suggestions: the bitset ranking agrees with scoring every pair by hand."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.match_ranking import (
    MAX_BAND_DISTANCE,
    Candidate,
    explain,
    score,
    suggest,
)

candidates = st.builds(
    Candidate,
    language=st.integers(0, 1),
    interests=st.integers(0, (1 << 12) - 1),
    availability=st.integers(0, 15),
    band=st.integers(0, 4),
    capacity=st.integers(0, 2),
)


def by_hand(mentors: list[Candidate], mentee: Candidate, limit: int) -> list[tuple[int, int]]:
    scored = []
    for i, m in enumerate(mentors):
        if m.capacity <= 0:
            continue
        r = explain(m, mentee)
        points = score(r.same_language, r.interests.bit_count(), r.availability.bit_count(),
                       r.band_distance)  # fmt: skip
        scored.append((-points, i))
    return [(i, -p) for p, i in sorted(scored)[:limit]]


@settings(max_examples=150, deadline=None)
@given(st.lists(candidates, max_size=40), st.lists(candidates, min_size=1, max_size=5),
       st.integers(1, 6))  # fmt: skip
def test_suggestions_are_the_best_mentors_with_room_ties_in_mentor_order(mentors, mentees, limit):
    got = suggest(mentors, mentees, limit=limit)
    assert [[(s.mentor, s.score) for s in row] for row in got] == [
        by_hand(mentors, mentee, limit) for mentee in mentees
    ]


def test_reasons_name_what_the_pair_shares():
    mentor = Candidate(language=0, interests=0b1011, availability=0b0110, band=4)
    mentee = Candidate(language=0, interests=0b0011, availability=0b0100, band=1)
    reasons = explain(mentor, mentee)
    assert reasons.same_language
    assert reasons.interests == 0b0011 and reasons.availability == 0b0100
    assert reasons.band_distance == 3 <= MAX_BAND_DISTANCE
    [[best]] = suggest([mentor], [mentee], limit=1)
    assert best.score == score(True, 2, 1, 3)


def test_a_full_mentor_is_never_suggested():
    full = Candidate(0, 0b1, 0b1, 0, capacity=0)
    room = Candidate(1, 0, 0, 4, capacity=1)
    assert [s.mentor for s in suggest([full, room], [Candidate(0, 0b1, 0b1, 0)])[0]] == [1]
