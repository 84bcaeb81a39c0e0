"""Training modules: the shipped content loads in both languages and fails closed when broken;
finishing a module reaches staff through a real server and gates `required_training_done`.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models.learning_tables import TrainingProgress
from desktop.models.sync_tables import SyncState
from desktop.resources import BUNDLED
from desktop.services.training import (
    TrainingError,
    complete_module,
    grade,
    list_modules,
    progress,
    required_training_done,
    share_pending,
)
from tests.support.fixtures import database_url, server, sync_profile  # noqa: F401

MENTOR_TOPICS = {
    "mentor-platform",
    "mentor-response-times",
    "mentor-online-voice",
    "mentor-icebreakers",
    "mentor-internet-safety",
    "mentor-hard-topics",
    "mentor-reaching-staff",
    "mentor-disclosures",
}


def right_answers(module) -> list[int]:
    return [q.answer for q in module.quiz]


def test_shipped_modules_cover_every_audience_in_both_languages():
    fr, en = list_modules("fr"), list_modules("en")
    assert [m.id for m in fr] == [m.id for m in en]
    assert {m.id for m in list_modules("en", "mentor")} == MENTOR_TOPICS
    assert all(m.required for m in list_modules("en", "mentor"))
    assert 1 <= len(list_modules("en", "mentee")) < len(MENTOR_TOPICS)
    assert 1 <= len(list_modules("en", "guardian")) < len(MENTOR_TOPICS)
    for f, e in zip(fr, en, strict=True):
        assert f.title != e.title  # really translated, not copied
        assert [q.answer for q in f.quiz] == [q.answer for q in e.quiz]
    assert any(m.quiz for m in list_modules("fr", "mentor"))


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "training"
    shutil.copytree(BUNDLED.path("training"), folder)
    return folder


def _break(folder: Path, how: str) -> None:
    path = folder / "mentor-disclosures.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if how == "not_json":
        path.write_text("{", encoding="utf-8")
        return
    if how == "answer_out_of_range":
        data["quiz"][0]["answer"] = 7
    elif how == "missing_english":
        del data["en"]
    elif how == "too_short":
        data["fr"]["sections"] = [{"heading": "Court", "paragraphs": ["Trop court."]}]
        data["en"]["sections"] = [{"heading": "Short", "paragraphs": ["Too short."]}]
    elif how == "languages_out_of_step":
        data["en"]["sections"][0]["paragraphs"].append("An extra paragraph only in English.")
    elif how == "duplicate_id":
        data["id"] = "mentor-platform"
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "how",
    [
        "not_json",
        "answer_out_of_range",
        "missing_english",
        "too_short",
        "languages_out_of_step",
        "duplicate_id",
    ],
)
def test_one_broken_module_makes_the_whole_set_unusable(tmp_path, how):
    folder = _copy(tmp_path)
    assert len(list_modules("en", folder=folder)) == len(list_modules("en"))
    broken = _copy(tmp_path / "broken")
    _break(broken, how)
    with pytest.raises(TrainingError) as refused:
        list_modules("fr", "mentee", folder=broken)  # even another audience's modules
    assert refused.value.code in ("training_invalid", "training_unreadable")


def test_grade_names_the_wrong_answers():
    module = next(m for m in list_modules("en", "mentor") if len(m.quiz) >= 2)
    right = right_answers(module)
    assert grade(module, right).passed
    wrong = [(right[0] + 1) % len(module.quiz[0].choices), *right[1:]]
    result = grade(module, wrong)
    assert not result.passed and result.wrong == (0,) and result.score == len(right) - 1
    with pytest.raises(TrainingError):
        grade(module, right[:-1])


def test_progress_reaches_staff_and_gates_matching(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        mentor, mentee, staff = sc.mentors[0], sc.mentees[0], sc.staff
        mentor_id, program = mentor.profile.person_id, sc.program_id
        try:
            modules = list_modules("en", "mentor")
            assert not required_training_done(staff.profile, mentor_id, program)

            quizzed = next(m for m in modules if m.quiz)
            wrong = [
                (a + 1) % len(q.choices)
                for q, a in zip(quizzed.quiz, right_answers(quizzed), strict=True)
            ]
            assert not complete_module(mentor.profile, quizzed.id, wrong).passed
            with mentor.profile.sessionmaker() as s:  # a failed quiz writes nothing
                assert s.scalars(select(TrainingProgress)).all() == []

            for module in modules[:-1]:
                assert complete_module(mentor.profile, module.id, right_answers(module)).passed
            await sync_profile(mentor.profile)
            await sync_profile(staff.profile)
            assert not required_training_done(staff.profile, mentor_id, program)
            seen = progress(staff.profile, "fr", person_id=mentor_id)
            assert [p.done for p in seen] == [True] * (len(modules) - 1) + [False]

            last = modules[-1]
            complete_module(mentor.profile, last.id, right_answers(last))
            assert required_training_done(mentor.profile, mentor_id, program)
            await sync_profile(mentor.profile)
            await sync_profile(staff.profile)
            assert required_training_done(staff.profile, mentor_id, program)

            # The mentee's own modules are not the mentor's; nobody else's PC sees progress.
            assert not required_training_done(staff.profile, mentee.profile.person_id, program)
            await sync_profile(mentee.profile)
            with mentee.profile.sessionmaker() as s:
                assert s.scalars(select(TrainingProgress)).all() == []
            with pytest.raises(TrainingError):
                complete_module(staff.profile, last.id, right_answers(last))
        finally:
            sc.close()

    asyncio.run(scenario())


def test_progress_waits_for_the_staff_key_then_is_shared(server, tmp_path):  # noqa: F811
    """A PC that cannot seal to staff yet (its cached staff key is gone) keeps the module to
    share later, not lose it; the next sync caches the key again."""

    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        mentee, staff = sc.mentees[0], sc.staff
        mentee_id = mentee.profile.person_id
        try:
            with mentee.profile.sessionmaker.begin() as s:
                s.delete(s.get(SyncState, f"staff_public:{sc.program_id}"))
            first = list_modules("en", "mentee")[0]
            assert complete_module(mentee.profile, first.id, right_answers(first)).passed
            assert share_pending(mentee.profile) == 1
            await sync_profile(staff.profile)
            assert not any(p.done for p in progress(staff.profile, "en", person_id=mentee_id))

            await sync_profile(mentee.profile)  # caches the staff key again
            assert share_pending(mentee.profile) == 0
            await sync_profile(mentee.profile)
            await sync_profile(staff.profile)
            done = [
                p.module.id for p in progress(staff.profile, "en", person_id=mentee_id) if p.done
            ]
            assert done == [first.id]
        finally:
            sc.close()

    asyncio.run(scenario())
