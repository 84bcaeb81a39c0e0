"""Surveys: definitions checked, when each is due (a pure function), answers sealed to staff
through a real server, per-question results computed for staff and exported without any
individual answer.
"""

from __future__ import annotations

import asyncio
import copy
import csv
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.models.learning_tables import SurveyAnswer
from desktop.resources import BUNDLED
from desktop.services.surveys import (
    DEFAULT_SCHEDULE,
    PairEvents,
    PersonFacts,
    SurveyError,
    check_answers,
    due_surveys,
    export_results_csv,
    list_surveys,
    schedule_from,
    submit_survey,
    survey_results,
    surveys_due,
)
from tests.support.fixtures import database_url, server, sync_profile  # noqa: F401

T0 = datetime(2026, 9, 1, 12, tzinfo=UTC)
SURVEYS = list_surveys("en")
SCHEDULE = schedule_from(DEFAULT_SCHEDULE, SURVEYS)


def days(n: float) -> datetime:
    return T0 + timedelta(days=n)


def person(role="mentee", answered=()) -> PersonFacts:
    return PersonFacts("p1", role, T0, frozenset(answered))


def due(now, who, pairs) -> list[tuple[str, str | None, int]]:
    return [(d.survey_id, d.pair_id, d.reminder) for d in due_surveys(now, who, pairs, SCHEDULE)]


def test_shipped_surveys_are_in_both_languages():
    fr = {s.id: s for s in list_surveys("fr")}
    assert set(fr) == {"baseline", "midpoint", "closure"}
    for survey in SURVEYS:
        assert [q.id for q in survey.questions] == [q.id for q in fr[survey.id].questions]
        assert survey.title != fr[survey.id].title


def test_baseline_is_due_from_enrolment_until_answered_or_matched():
    assert due(days(0), person(), []) == [("baseline", None, 0)]
    assert due(days(3), person(answered={("baseline", None)}), []) == []
    matched = [PairEvents("pair1", days(5), None)]
    assert due(days(6), person(), matched) == []


def test_midpoint_is_due_while_the_pair_is_open():
    pair = PairEvents("pair1", days(10), None)
    assert due(days(99), person(), [pair]) == []
    assert due(days(100), person(), [pair]) == [("midpoint", "pair1", 0)]
    closed = PairEvents("pair1", days(10), days(60))
    assert ("midpoint", "pair1", 0) not in due(days(100), person(), [closed])


def test_closure_survey_at_7_days_with_reminders_at_14_and_21():
    pair = PairEvents("pair1", days(0), days(30))
    assert due(days(36.9), person(), [pair]) == []
    assert due(days(37), person(), [pair]) == [("closure", "pair1", 0)]
    assert due(days(44), person(), [pair]) == [("closure", "pair1", 1)]
    assert due(days(60), person("mentor"), [pair]) == [("closure", "pair1", 2)]
    assert due(days(60), person(answered={("closure", "pair1")}), [pair]) == []
    other = PairEvents("pair2", days(0), days(40))  # answered for one pair is not the other
    got = due(days(60), person(answered={("closure", "pair1")}), [pair, other])
    assert got == [("closure", "pair2", 1)]


def test_schedule_comes_from_the_program_setting():
    custom = schedule_from(
        {
            "closure": {"anchor": "closed", "days": [3]},
            "nope": {"anchor": "closed", "days": [1]},
            "midpoint": {"anchor": "sometime", "days": [1]},
            "baseline": {"anchor": "enrolled", "days": [-4]},
        },
        SURVEYS,
    )
    assert [(r.survey_id, r.days) for r in custom] == [("closure", (3,))]
    pair = PairEvents("pair1", days(0), days(30))
    assert [d.survey_id for d in due_surveys(days(33), person(), [pair], custom)] == ["closure"]
    staff = PersonFacts("s1", "staff", T0, frozenset())
    assert due_surveys(days(60), staff, [pair], SCHEDULE) == []


def _closure_definition() -> dict:
    return json.loads(BUNDLED.path("surveys", "closure.json").read_text(encoding="utf-8"))


def test_program_surveys_are_checked_and_broken_ones_left_out():
    mine = copy.deepcopy(_closure_definition())
    mine["id"], mine["occasion"] = "summer-camp", "custom"
    broken = copy.deepcopy(mine)
    broken["id"] = "broken-one"
    broken["questions"][0]["kind"] = "essay"
    mismatched = copy.deepcopy(mine)
    mismatched["id"] = "mismatched"
    mismatched["questions"].append(
        {
            "id": "pick",
            "kind": "choice",
            "fr": {"text": "Choisir", "choices": ["a", "b"]},
            "en": {"text": "Pick", "choices": ["a"]},
        }
    )
    ids = [s.id for s in list_surveys("fr", [mine, broken, mismatched, "not a survey"])]
    assert ids == ["baseline", "closure", "midpoint", "summer-camp"]


def test_answers_are_checked_against_the_question_and_the_role():
    closure = next(s for s in SURVEYS if s.id == "closure")
    mentee = {
        "satisfaction": 4,
        "adult_support": True,
        "confidence_goals": 5,
        "ask_for_help": 3,
        "recommend": True,
        "comment": "  ",
    }
    assert check_answers(closure, "mentee", mentee) == {
        k: v for k, v in mentee.items() if k != "comment"
    }
    for bad in (
        {"satisfaction": 6},
        {"satisfaction": True},
        {"recommend": "yes"},
        {"mentor_again": True},
        {"unknown": 1},
    ):
        with pytest.raises(SurveyError) as refused:
            check_answers(closure, "mentee", {**mentee, **bad})
        assert refused.value.code == "answer_invalid"
    with pytest.raises(SurveyError) as refused:
        check_answers(closure, "mentee", {"satisfaction": 4})
    assert refused.value.code == "answer_missing"


def test_answers_reach_staff_only_and_are_summarised(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs", pairs=2)
        staff = sc.staff
        try:
            mentor_due = surveys_due(
                sc.mentors[0].profile, "en", now=days(0) + timedelta(days=3650)
            )
            assert [(d.survey_id, d.pair_id) for d, _ in mentor_due] == [("midpoint", sc.pairs[0])]
            midpoint = mentor_due[0][1]
            submit_survey(
                sc.mentees[0].profile,
                midpoint,
                sc.pairs[0],
                {
                    "satisfaction": 5,
                    "frequency": 1,
                    "encouraged": 4,
                    "need_help": False,
                    "comment": "Mon mentor est super",
                },
            )
            submit_survey(
                sc.mentees[1].profile,
                midpoint,
                sc.pairs[1],
                {"satisfaction": 2, "frequency": 3, "encouraged": 3, "need_help": True},
            )
            submit_survey(
                sc.mentors[0].profile,
                midpoint,
                sc.pairs[0],
                {"satisfaction": 4, "frequency": 1, "supported": 5, "need_help": False},
            )
            with pytest.raises(SurveyError) as refused:  # not her pair
                submit_survey(
                    sc.mentees[0].profile,
                    midpoint,
                    sc.pairs[1],
                    {"satisfaction": 5, "frequency": 1, "encouraged": 4, "need_help": False},
                )
            assert refused.value.code == "not_a_member"
            assert surveys_due(sc.mentors[0].profile, "en", now=days(3650)) == []

            for member in sc.everyone():
                await sync_profile(member.profile)
            await sync_profile(staff.profile)
            with sc.mentors[0].profile.sessionmaker() as s:  # only its own answer
                authors = s.scalars(select(SurveyAnswer.author_id)).all()
            assert authors == [sc.mentors[0].profile.person_id]

            results = survey_results(staff.profile, midpoint, yes_no=("Yes", "No"))
            assert results.respondents == 3
            by_id = {q.question_id: q for q in results.questions}
            assert by_id["satisfaction"].answered == 3
            assert by_id["satisfaction"].mean == pytest.approx(11 / 3)
            assert dict(by_id["satisfaction"].counts) == {"1": 0, "2": 1, "3": 0, "4": 1, "5": 1}
            assert dict(by_id["frequency"].counts)["About once a week"] == 2
            assert dict(by_id["need_help"].counts) == {"Yes": 1, "No": 2}
            assert by_id["supported"].answered == 1 and by_id["encouraged"].answered == 2
            assert by_id["comment"].answered == 1 and by_id["comment"].counts == ()

            out = tmp_path / "midpoint.csv"
            rows = export_results_csv(staff.profile, results, out, sc.program_id)
            text = out.read_text(encoding="utf-8")
            assert "Mon mentor est super" not in text
            table = list(csv.reader(text.splitlines()))
            assert table[0][:3] == ["survey", "question_id", "question"] and len(table) == rows + 1
            assert ["midpoint", "need_help"] == table[-3][:2]
        finally:
            sc.close()

    asyncio.run(scenario())
