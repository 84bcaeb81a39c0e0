"""Pair lists for the home screens: a person's own pairs, and a staff member's program pairs.

Reads the open profile's database and hands back plain dataclasses (never ORM objects, which
would tie the UI to a session). No Qt; runs on a background thread (BackgroundOp).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import aliased

from desktop.models.tables import Pair, Person, Program

if TYPE_CHECKING:
    from desktop.services.profiles import Profile


@dataclass(frozen=True, slots=True)
class PairSummary:
    pair_id: str
    program_id: str
    program_name: str
    mentor_id: str
    mentor_name: str
    mentee_id: str
    mentee_name: str
    status: str


def _summaries(profile: Profile, *condition: ColumnElement[bool]) -> list[PairSummary]:
    mentor, mentee = aliased(Person), aliased(Person)
    query = (
        select(Pair, mentor.display_name, mentee.display_name, Program.name)
        .outerjoin(mentor, mentor.id == Pair.mentor_id)
        .outerjoin(mentee, mentee.id == Pair.mentee_id)
        .outerjoin(Program, Program.id == Pair.program_id)
        .where(*condition)
        .order_by(Pair.status, Pair.matched_at.desc(), Pair.id)
    )
    with profile.sessionmaker() as session:
        return [
            PairSummary(
                pair_id=pair.id,
                program_id=pair.program_id,
                program_name=program_name or "",
                mentor_id=pair.mentor_id,
                mentor_name=mentor_name or "",
                mentee_id=pair.mentee_id,
                mentee_name=mentee_name or "",
                status=pair.status,
            )
            for pair, mentor_name, mentee_name, program_name in session.execute(query)
        ]


def list_my_pairs(profile: Profile) -> list[PairSummary]:
    """The pairs the signed-in mentor or mentee belongs to, active first."""
    me = profile.person_id
    return _summaries(profile, or_(Pair.mentor_id == me, Pair.mentee_id == me))


def list_program_pairs(profile: Profile) -> list[PairSummary]:
    """Every pair of the staff member's program (all pairs this profile holds if none is set)."""
    with profile.sessionmaker() as session:
        program_id = session.scalar(select(Person.program_id).where(Person.id == profile.person_id))
    return _summaries(profile, *([Pair.program_id == program_id] if program_id else []))
