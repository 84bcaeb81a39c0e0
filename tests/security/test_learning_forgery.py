"""A hostile mentee against training progress and survey answers (real server and replicas).

Every op is validly signed by her and none is hers to write: progress in someone else's
name, progress or answers in a pair scope, an "edit" of the mentor's survey answer, a date
that is no date. Staff's and the mentor's PCs quarantine them and change nothing; the mentor
is still not trained and his answer still reads as he wrote it. Her own progress applies.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from desktop.models.learning_tables import SurveyAnswer, TrainingProgress
from desktop.services.surveys import list_surveys, submit_survey
from desktop.services.training import list_modules, required_training_done
from desktop.sync.apply import quarantine_summary
from desktop.sync.entities_learning import training_progress_id
from tests.security.hostile import HostileClient
from tests.security.test_hostile_ops import NOW_MS, sync

MIDPOINT = next(s for s in list_surveys("en") if s.id == "midpoint")


def test_forged_progress_and_answers_change_nothing(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        staff, mentor, mentee = sc.staff, sc.mentors[0], sc.mentees[0]
        mentor_id, mentee_id = mentor.profile.person_id, mentee.profile.person_id
        program, pair = f"program:{sc.program_id}", f"pair:{sc.pairs[0]}"
        try:
            answer_id = submit_survey(
                mentor.profile,
                MIDPOINT,
                sc.pairs[0],
                {"satisfaction": 4, "frequency": 1, "supported": 5, "need_help": False},
            )
            for m in (mentor, staff):
                assert await sync(m) == "synced"

            hostile = HostileClient(mentee.profile)
            done = {"completed_at": NOW_MS, "score": 1}
            forged = []
            for module in list_modules("en", "mentor"):
                forged.append(
                    hostile.op(
                        program,
                        "training_progress",
                        done,
                        training_progress_id(mentor_id, module.id),
                    )
                )
            forged += [
                hostile.op(
                    pair,
                    "training_progress",
                    done,
                    training_progress_id(mentor_id, "mentor-platform"),
                ),
                hostile.op(
                    pair,
                    "survey_answer",
                    {
                        "survey_id": "midpoint",
                        "pair_id": sc.pairs[0],
                        "submitted_at": NOW_MS,
                        "answers": {"satisfaction": 1},
                    },
                ),
                hostile.op(program, "survey_answer", {"answers": {"satisfaction": 1}}, answer_id),
                hostile.op(
                    program,
                    "training_progress",
                    {"completed_at": "hier"},
                    training_progress_id(mentee_id, "mentee-welcome"),
                ),
            ]
            own = hostile.op(
                program,
                "training_progress",
                done,
                training_progress_id(mentee_id, "mentee-staying-safe"),
            )
            await hostile.push([*forged[:-4]])
            await hostile.push([forged[-4], forged[-3]])  # the pair scope
            await hostile.push([forged[-2], forged[-1], own])

            for m in (mentor, staff):
                assert await sync(m) == "synced"
                assert await sync(m) == "synced"
            assert not required_training_done(staff.profile, mentor_id, sc.program_id)
            with staff.profile.sessionmaker() as s:
                rows = {(r.person_id, r.module_id) for r in s.scalars(select(TrainingProgress))}
                assert rows == {(mentee_id, "mentee-staying-safe")}
                answer = s.get(SurveyAnswer, answer_id)
                assert answer.author_id == mentor_id and answer.answers["satisfaction"] == 4
                staff_problems = quarantine_summary(s)
            assert sum(staff_problems.values()) == len(forged), staff_problems  # staff read both
            assert staff_problems == {"not_allowed": len(forged) - 1, "invalid_value": 1}
            with mentor.profile.sessionmaker() as s:
                assert s.scalars(select(TrainingProgress)).all() == []
                assert quarantine_summary(s).get("not_allowed", 0) == 2
        finally:
            sc.close()

    asyncio.run(scenario())
