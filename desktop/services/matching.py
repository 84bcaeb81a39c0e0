"""Making pairs from the app: suggestions with their reasons, the checks, and the match.

Suggestions rank the program's enrolled mentors who still have room (`mentees_per_mentor`,
1 unless the program allows more) and have done their required training, for one mentee,
with `match_ranking.suggest`. Making a pair is refused, with a code the UI turns into a
sentence, when the mentee still needs a guardian's consent, the mentor's training is not
done, the mentor is full, or either has not enrolled yet. A new pair gets its keys
(`accounts.create_pair`) and a welcome activity card in the mentee's language. No Qt; the
match itself is async, for the network loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from desktop.models.people_tables import AGE_BANDS, AVAILABILITY, INTERESTS, PERSON_LANGUAGES
from desktop.models.tables import Pair
from desktop.services import accounts, audit, consent, program_settings, training
from desktop.services.activities import list_activities
from desktop.services.match_ranking import Candidate, Reasons, explain, suggest
from desktop.services.people import (
    PeopleError,
    PersonRow,
    band_of_age,
    get_person,
    list_people,
    set_account,
)
from desktop.services.write_gate import writing
from desktop.sync.entities import datetime_to_ms
from desktop.sync.outbox import record_change
from jumelage_protocol import Scope

MENTEES_PER_MENTOR_SETTING = "mentees_per_mentor"
WELCOME_ACTIVITY = "goals-first-agreement"


class MatchRefused(PeopleError):
    """A pair that must not be made yet; `code` says why."""


@dataclass(frozen=True)
class MatchSuggestion:
    mentor: PersonRow
    score: int
    same_language: bool
    interests: tuple[str, ...]  # shared, as codes of INTERESTS
    availability: tuple[str, ...]  # shared, as codes of AVAILABILITY
    band_distance: int


def _mask(values: tuple[str, ...], names: tuple[str, ...]) -> int:
    return sum(1 << names.index(v) for v in values if v in names)


def _names(mask: int, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name for i, name in enumerate(names) if mask >> i & 1)


def _band(row: PersonRow) -> int:
    """A mentee's band by age (or as typed); a mentor's preferred band; the middle if none."""
    band = band_of_age(row.age) if row.age is not None and row.kind == "mentee" else None
    band = band or row.form.age_band
    return AGE_BANDS.index(band) if band in AGE_BANDS else len(AGE_BANDS) // 2


def candidate(row: PersonRow, capacity: int = 1) -> Candidate:
    return Candidate(
        language=PERSON_LANGUAGES.index(row.form.language),
        interests=_mask(row.form.interests, INTERESTS),
        availability=_mask(row.form.availability, AVAILABILITY),
        band=_band(row),
        capacity=capacity,
    )


def mentees_per_mentor(profile: Any, program_id: str) -> int:
    return program_settings.get_setting(profile, program_id, MENTEES_PER_MENTOR_SETTING, 1)


def _active_pairs(profile: Any) -> dict[str, int]:
    """Active pairs per mentor account, counted in SQL."""
    query = (
        select(Pair.mentor_id, func.count()).where(Pair.status == "active").group_by(Pair.mentor_id)
    )
    with profile.sessionmaker() as s:
        return {mentor: count for mentor, count in s.execute(query)}


def room_left(profile: Any, program_id: str, mentor: PersonRow) -> int:
    if mentor.account_id is None:
        return 0
    taken = _active_pairs(profile).get(mentor.account_id, 0)
    return mentees_per_mentor(profile, program_id) - taken


def suggestions_for(
    profile: Any, program_id: str, mentee_id: str, *, limit: int = 5
) -> list[MatchSuggestion]:
    """The mentors who fit this mentee best, with the reasons: every open mentor record with
    room and (once enrolled) the required training; what still blocks a pair is
    `match_problem`'s to say, so staff can plan matches before everyone has joined."""
    mentee = get_person(profile, mentee_id)
    if mentee is None:
        raise PeopleError("no_such_person", "this PC does not know this person")
    allowed = mentees_per_mentor(profile, program_id)
    taken = _active_pairs(profile)
    mentors = [
        m
        for m in list_people(profile, program_id, kind="mentor")
        if m.state != "closed"
        and (m.account_id is None
             or training.required_training_done(profile, m.account_id, program_id))
    ]  # fmt: skip
    pool = [candidate(m, allowed - taken.get(m.account_id or "", 0)) for m in mentors]
    me = candidate(mentee)
    [ranked] = suggest(pool, [me], limit=limit)
    return [_suggestion(mentors[s.mentor], s.score, explain(pool[s.mentor], me)) for s in ranked]


def waiting_mentees(profile: Any, program_id: str) -> list[PersonRow]:
    """Mentees not matched yet (added, invited or enrolled), for the Matching page."""
    return [
        row
        for row in list_people(profile, program_id, kind="mentee")
        if row.state in ("added", "invited", "enrolled")
    ]


def _suggestion(mentor: PersonRow, score: int, reasons: Reasons) -> MatchSuggestion:
    return MatchSuggestion(
        mentor=mentor,
        score=score,
        same_language=reasons.same_language,
        interests=_names(reasons.interests, INTERESTS),
        availability=_names(reasons.availability, AVAILABILITY),
        band_distance=reasons.band_distance,
    )


def match_problem(
    profile: Any, program_id: str, mentor: PersonRow, mentee: PersonRow
) -> str | None:
    """Why these two cannot be paired now (a code), or None."""
    if mentor.kind != "mentor" or mentee.kind != "mentee":
        return "match_roles"
    if mentor.account_id is None or mentee.account_id is None:
        return "match_not_enrolled"
    if consent.missing_for_matching(profile, program_id, mentee):
        return "consent_missing"
    if not training.required_training_done(profile, mentor.account_id, program_id):
        return "training_missing"
    if room_left(profile, program_id, mentor) <= 0:
        return "mentor_full"
    return None


async def make_match(
    profile: Any, program_id: str, mentor_id: str, mentee_id: str, *, server_url: str | None = None
) -> str:
    """Staff: pair a mentor and a mentee (record ids): keys, welcome card; the pair's id."""
    mentor, mentee = get_person(profile, mentor_id), get_person(profile, mentee_id)
    if mentor is None or mentee is None:
        raise PeopleError("no_such_person", "this PC does not know this person")
    problem = match_problem(profile, program_id, mentor, mentee)
    if problem is not None:
        raise MatchRefused(problem, "the pair cannot be made yet")
    assert mentor.account_id is not None and mentee.account_id is not None
    pair_id = await accounts.create_pair(
        profile, program_id=program_id, mentor_id=mentor.account_id,
        mentee_id=mentee.account_id, server_url=server_url,
    )  # fmt: skip
    for row in (mentor, mentee):  # the link by name becomes a link by account
        if row.account_id is not None:
            set_account(profile, row.id, row.account_id)
    _welcome(profile, pair_id, mentee.form.language)
    audit.record_audit(profile, program_id=program_id, action="pair_matched",
                       subject=f"pair:{pair_id}", detail={})  # fmt: skip
    return pair_id


def _welcome(profile: Any, pair_id: str, language: str) -> None:
    """The pair's first activity card, written by the staff member who matched them."""
    card = next(c for c in list_activities(language) if c.id == WELCOME_ACTIVITY)
    with writing(profile) as s:
        record_change(
            s,
            scope=Scope.pair(pair_id),
            entity="message",
            author=profile.person_id,
            fields={
                "body": card.title,
                "created_at": datetime_to_ms(datetime.now(UTC)),
                "activity_id": card.id,
            },
        )
