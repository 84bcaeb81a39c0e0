"""Synced kinds of training and surveys (issue 13, items 3 and 7): who may write them.

A person's training progress is theirs: they write it in their own person scope (so their
other PCs see it) and a copy sealed to the program's staff key in the program scope (so staff
see it: they cannot read a person scope). Staff may also record a module done there (training
given in person). A survey answer is appended once by its author in the program scope,
sealed to the staff key, and nobody may change it afterwards.
"""

from __future__ import annotations

from desktop.models.learning_tables import SurveyAnswer, TrainingProgress
from desktop.sync.entities import ms_to_datetime
from desktop.sync.kinds import EntitySpec, grant
from jumelage_protocol import ScopeKind

# Entity id: "<person id>:<module id>" (`training_progress_id`).
TRAINING_PROGRESS = EntitySpec(
    name="training_progress",
    model=TrainingProgress,
    kind="lww",
    fields=frozenset({"completed_at", "score"}),
    writers=(
        grant("owner", ScopeKind.PERSON, ScopeKind.PROGRAM),
        grant("staff", ScopeKind.PROGRAM),
    ),
    required=frozenset({"completed_at"}),
    id_columns=("person_id", "module_id"),
    owner_column="person_id",
    decode={"completed_at": ms_to_datetime},
)

SURVEY_ANSWER = EntitySpec(
    name="survey_answer",
    model=SurveyAnswer,
    kind="append",
    fields=frozenset({"survey_id", "pair_id", "submitted_at", "answers"}),
    writers=(grant("author", ScopeKind.PROGRAM),),
    required=frozenset({"survey_id", "submitted_at", "answers"}),
    author_column="author_id",
    decode={"submitted_at": ms_to_datetime},
)

LEARNING_KINDS = (TRAINING_PROGRESS, SURVEY_ANSWER)


def training_progress_id(person_id: str, module_id: str) -> str:
    """The synced entity id of one person's progress in one module."""
    return f"{person_id}:{module_id}"
