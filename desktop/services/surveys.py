"""Surveys: definitions as data, when each is due, answers sealed to staff, results for staff.

Definitions live in ``desktop/resources/surveys/*.json`` (French and English in one object,
checked against ``survey.schema.json``): the pre-match baseline, the mid-point and the closure
survey. A program may add its own (program setting `surveys_custom`, a list of definitions
checked the same way; a broken one is left out, never half-shown). When each is due is the
program setting `survey_schedule` and the pure function `due_surveys`.

An answer is the synced kind `survey_answer`, written by its author into the program scope
sealed to the staff key (the pair's other member never receives it). Staff read results as
per-question aggregates computed in SQL (`survey_results`), and may export those aggregates
to CSV (audited as `survey_exported`). No Qt; short transactions on the caller's thread.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import jsonschema
from sqlalchemy import or_, select, text

from desktop.models.learning_tables import SurveyAnswer
from desktop.models.tables import Pair, Person
from desktop.models.timestamps import utcnow
from desktop.resources import BUNDLED
from desktop.services.audit import record_audit
from desktop.services.program_settings import get_setting
from desktop.services.write_gate import writing
from desktop.sync.entities import datetime_to_ms
from desktop.sync.errors import SyncError
from desktop.sync.outbox import record_sealed_change
from jumelage_protocol import CodedError, Role, Scope

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
SCALE = (1, 5)  # a "scale" answer: 1 (low) to 5 (high)
TEXT_LIMIT = 2000
SETTING_SCHEDULE = "survey_schedule"
SETTING_CUSTOM = "surveys_custom"
_SCHEMA = "survey.schema.json"

Anchor = Literal["enrolled", "matched", "closed"]
AnswerValue = int | bool | str


class SurveyError(CodedError, ValueError):
    """A survey that cannot be used or an answer that cannot be recorded; `detail` names a
    survey or question, never a person or what they wrote."""


@dataclass(frozen=True)
class SurveyQuestion:
    id: str
    kind: str  # "scale" | "yes_no" | "choice" | "text"
    text: str
    required: bool
    audience: tuple[str, ...]
    choices: tuple[str, ...] = ()
    low: str = ""
    high: str = ""


@dataclass(frozen=True)
class Survey:
    id: str
    version: int
    occasion: str
    audience: tuple[str, ...]
    title: str
    intro: str
    questions: tuple[SurveyQuestion, ...]

    def questions_for(self, role: str) -> tuple[SurveyQuestion, ...]:
        return tuple(q for q in self.questions if role in q.audience)


@dataclass(frozen=True)
class ScheduleRule:
    """`survey_id` is due `days` after the person's enrolment, a pair's match or its closing;
    each later day in `days` is a reminder while it is still unanswered."""

    survey_id: str
    anchor: Anchor
    days: tuple[int, ...]
    roles: tuple[str, ...] = (Role.MENTOR, Role.MENTEE)


DEFAULT_SCHEDULE: dict[str, dict[str, Any]] = {
    "baseline": {"anchor": "enrolled", "days": [0]},
    "midpoint": {"anchor": "matched", "days": [90]},
    "closure": {"anchor": "closed", "days": [7, 14, 21]},
}
"""The program setting's default: as MentorCity sends its evaluation 7, 14 and 21 days after."""


@dataclass(frozen=True)
class PairEvents:
    pair_id: str
    matched_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class PersonFacts:
    """What scheduling needs about one person: `answered` holds (survey id, pair id or None)."""

    person_id: str
    role: str
    enrolled_at: datetime
    answered: frozenset[tuple[str, str | None]]


@dataclass(frozen=True)
class DueSurvey:
    survey_id: str
    pair_id: str | None
    due_at: datetime
    reminder: int  # 0: first time asked; n: the n-th reminder


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    text: str
    kind: str
    answered: int
    mean: float | None  # scale questions
    counts: tuple[tuple[str, int], ...]  # choice label (or yes/no, or 1–5) and how many


@dataclass(frozen=True)
class SurveyResults:
    survey_id: str
    title: str
    respondents: int
    questions: tuple[QuestionResult, ...]


# --- definitions -------------------------------------------------------------------------


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SurveyError("survey_unreadable", f"{path.name}: {type(exc).__name__}") from exc


def _folder(folder: str | Path | None) -> Path:
    return (Path(folder) if folder is not None else BUNDLED.path("surveys")).resolve()


@lru_cache(maxsize=4)
def _validator(folder: Path) -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(_read(folder / _SCHEMA))


def check_survey(data: Any, *, folder: str | Path | None = None) -> None:
    """Raise `SurveyError("survey_invalid")` unless `data` is a usable survey definition."""
    error = jsonschema.exceptions.best_match(_validator(_folder(folder)).iter_errors(data))
    if error is not None:
        raise SurveyError("survey_invalid", error.message)
    ids = [q["id"] for q in data["questions"]]
    if len(set(ids)) != len(ids):
        raise SurveyError("survey_invalid", f"{data['id']}: duplicate question id")
    for q in data["questions"]:
        choices = [q[lang].get("choices") for lang in LANGUAGES]
        if (q["kind"] == "choice") != (choices[0] is not None) or len(choices[0] or ()) != len(
            choices[1] or ()
        ):
            raise SurveyError("survey_invalid", f"{data['id']}.{q['id']}: choices")
        if not set(q.get("audience", data["audience"])) <= set(data["audience"]):
            raise SurveyError("survey_invalid", f"{data['id']}.{q['id']}: audience")


@lru_cache(maxsize=4)
def _builtin(folder: Path) -> tuple[dict[str, Any], ...]:
    found = []
    for path in sorted(folder.glob("*.json")):
        if path.name == _SCHEMA:
            continue
        data = _read(path)
        try:
            check_survey(data, folder=folder)
        except SurveyError as exc:
            raise SurveyError("survey_invalid", f"{path.name}: {exc.detail}") from exc
        found.append(data)
    return tuple(found)


def _survey(data: Mapping[str, Any], lang: str) -> Survey:
    audience = tuple(data["audience"])
    return Survey(
        id=data["id"],
        version=data["version"],
        occasion=data["occasion"],
        audience=audience,
        title=data[lang]["title"],
        intro=data[lang]["intro"],
        questions=tuple(
            SurveyQuestion(
                id=q["id"],
                kind=q["kind"],
                text=q[lang]["text"],
                required=q.get("required", True),
                audience=tuple(q.get("audience", audience)),
                choices=tuple(q[lang].get("choices", ())),
                low=q[lang].get("low", ""),
                high=q[lang].get("high", ""),
            )
            for q in data["questions"]
        ),
    )


def list_surveys(
    lang: str, custom: Iterable[Any] = (), *, folder: str | Path | None = None
) -> list[Survey]:
    """The shipped surveys then the program's own (`custom`, broken ones left out), in `lang`."""
    if lang not in LANGUAGES:
        raise SurveyError("unknown_language", lang)
    found = list(_builtin(_folder(folder)))
    ids = {d["id"] for d in found}
    for data in custom:
        try:
            check_survey(data, folder=folder)
        except SurveyError as exc:
            log.warning("a program survey was left out: %s", exc.code)
            continue
        if data["id"] not in ids:
            ids.add(data["id"])
            found.append(data)
    return [_survey(d, lang) for d in found]


def program_surveys(profile: Any, program_id: str, lang: str) -> list[Survey]:
    return list_surveys(lang, get_setting(profile, program_id, SETTING_CUSTOM, []))


# --- scheduling --------------------------------------------------------------------------


def schedule_from(value: Mapping[str, Any], surveys: Sequence[Survey]) -> tuple[ScheduleRule, ...]:
    """The program's schedule setting as rules (surveys it names that do not exist, anchors
    or days that make no sense, are left out)."""
    audiences = {s.id: s.audience for s in surveys}
    rules = []
    for survey_id, rule in value.items():
        anchor, days = rule.get("anchor"), rule.get("days")
        if survey_id not in audiences or anchor not in ("enrolled", "matched", "closed"):
            continue
        if not days or not all(isinstance(d, int) and 0 <= d <= 3650 for d in days):
            continue
        rules.append(ScheduleRule(survey_id, anchor, tuple(sorted(days)), audiences[survey_id]))
    return tuple(rules)


def _due(
    rule: ScheduleRule, start: datetime, now: datetime, pair_id: str | None
) -> DueSurvey | None:
    passed = [d for d in rule.days if start + timedelta(days=d) <= now]
    if not passed:
        return None
    return DueSurvey(rule.survey_id, pair_id, start + timedelta(days=rule.days[0]), len(passed) - 1)


def due_surveys(
    now: datetime,
    person: PersonFacts,
    pairs: Sequence[PairEvents],
    schedule: Sequence[ScheduleRule],
) -> list[DueSurvey]:
    """The surveys `person` should answer now, oldest first. Pure.

    `enrolled`: once, from enrolment until answered, and only before any match (a baseline
    taken after matching is no baseline). `matched`: per pair, while the pair is open.
    `closed`: per closed pair, until answered; `reminder` counts the later days passed.
    """
    due: list[DueSurvey] = []
    matched = any(p.matched_at <= now for p in pairs)
    for rule in schedule:
        if person.role not in rule.roles:
            continue
        candidates: list[tuple[datetime, str | None]]
        if rule.anchor == "enrolled":
            candidates = [] if matched else [(person.enrolled_at, None)]
        elif rule.anchor == "matched":
            candidates = [
                (p.matched_at, p.pair_id) for p in pairs if p.closed_at is None or p.closed_at > now
            ]
        else:
            candidates = [(p.closed_at, p.pair_id) for p in pairs if p.closed_at is not None]
        for start, pair_id in candidates:
            if (rule.survey_id, pair_id) in person.answered:
                continue
            found = _due(rule, start, now, pair_id)
            if found is not None:
                due.append(found)
    return sorted(due, key=lambda d: (d.due_at, d.survey_id, d.pair_id or ""))


def _facts(profile: Any) -> tuple[PersonFacts, list[PairEvents]]:
    me = profile.person_id
    with profile.sessionmaker() as s:
        person = s.get(Person, me)
        answered = frozenset(
            (survey_id, pair_id)
            for survey_id, pair_id in s.execute(
                select(SurveyAnswer.survey_id, SurveyAnswer.pair_id).where(
                    SurveyAnswer.author_id == me
                )
            )
        )
        pairs = [
            PairEvents(p.id, p.matched_at, p.closed_at)
            for p in s.scalars(select(Pair).where(or_(Pair.mentor_id == me, Pair.mentee_id == me)))
        ]
    enrolled = person.created_at if person is not None else utcnow()
    return PersonFacts(me, profile.role, enrolled, answered), pairs


def surveys_due(
    profile: Any, lang: str, *, now: datetime | None = None
) -> list[tuple[DueSurvey, Survey]]:
    """The signed-in mentor's or mentee's surveys due now, with their text in `lang`."""
    program_id = profile.program_id
    if profile.role not in (Role.MENTOR, Role.MENTEE) or not program_id:
        return []
    surveys = {s.id: s for s in program_surveys(profile, program_id, lang)}
    schedule = schedule_from(
        get_setting(profile, program_id, SETTING_SCHEDULE, DEFAULT_SCHEDULE), list(surveys.values())
    )
    person, pairs = _facts(profile)
    return [
        (d, surveys[d.survey_id]) for d in due_surveys(now or utcnow(), person, pairs, schedule)
    ]


# --- answering ---------------------------------------------------------------------------


def _valid(question: SurveyQuestion, value: AnswerValue) -> bool:
    if question.kind == "scale":
        return type(value) is int and SCALE[0] <= value <= SCALE[1]
    if question.kind == "yes_no":
        return type(value) is bool
    if question.kind == "choice":
        return type(value) is int and 0 <= value < len(question.choices)
    return isinstance(value, str) and len(value) <= TEXT_LIMIT


def check_answers(
    survey: Survey, role: str, answers: Mapping[str, AnswerValue]
) -> dict[str, AnswerValue]:
    """The answers to keep (blank texts dropped), or `SurveyError` naming the first problem:
    `answer_missing` (a required question), `answer_invalid` (a value out of range or a
    question not asked of this role)."""
    asked = {q.id: q for q in survey.questions_for(role)}
    kept: dict[str, AnswerValue] = {}
    for question_id, value in answers.items():
        question = asked.get(question_id)
        if question is None or not _valid(question, value):
            raise SurveyError("answer_invalid", f"{survey.id}.{question_id}")
        if isinstance(value, str):
            value = value.strip()
            if not value:
                continue
        kept[question_id] = value
    for question in asked.values():
        if question.required and question.id not in kept:
            raise SurveyError("answer_missing", f"{survey.id}.{question.id}")
    return kept


def submit_survey(
    profile: Any,
    survey: Survey,
    pair_id: str | None,
    answers: Mapping[str, AnswerValue],
    *,
    now: datetime | None = None,
) -> str:
    """Record the signed-in member's answers, sealed to the program's staff; returns the op id.
    `no_staff_key` (as a SurveyError) when this PC cannot seal yet: nothing is written."""
    program_id = profile.program_id
    if profile.role not in (Role.MENTOR, Role.MENTEE) or not program_id:
        raise SurveyError("not_a_respondent", profile.role)
    kept = check_answers(survey, profile.role, answers)
    me = profile.person_id
    with writing(profile) as s:
        if pair_id is not None:
            pair = s.get(Pair, pair_id)
            if pair is None or me not in (pair.mentor_id, pair.mentee_id):
                raise SurveyError("not_a_member", survey.id)
        fields = {
            "survey_id": survey.id,
            "pair_id": pair_id,
            "submitted_at": datetime_to_ms(now or utcnow()),
            "answers": kept,
        }
        try:
            return record_sealed_change(
                s, scope=Scope.program(program_id), entity="survey_answer", fields=fields, author=me
            )
        except SyncError as exc:
            raise SurveyError(exc.code, survey.id) from exc


# --- results -----------------------------------------------------------------------------

# One row per (question, value) over every answer to a survey; free text is only counted
# (its value is never read here), booleans come out of json_each as 0 and 1.
_COUNTS = text(
    """
    SELECT j.key AS question, CASE WHEN j.type = 'text' THEN NULL ELSE j.value END AS value,
           count(*) AS n
    FROM survey_answers AS a, json_each(a.answers) AS j
    WHERE a.survey_id = :survey
    GROUP BY question, CASE WHEN j.type = 'text' THEN NULL ELSE j.value END
    """
)
_MEANS = text(
    """
    SELECT j.key AS question, avg(j.value) AS mean
    FROM survey_answers AS a, json_each(a.answers) AS j
    WHERE a.survey_id = :survey AND j.type = 'integer'
    GROUP BY question
    """
)
_RESPONDENTS = text(
    "SELECT count(DISTINCT author_id) FROM survey_answers WHERE survey_id = :survey"
)


def _label(question: SurveyQuestion, value: object, yes_no: tuple[str, str]) -> str:
    if question.kind == "yes_no":
        return yes_no[0] if value else yes_no[1]
    if question.kind == "choice" and isinstance(value, int) and 0 <= value < len(question.choices):
        return question.choices[value]
    return str(value)


def survey_results(
    profile: Any, survey: Survey, *, yes_no: tuple[str, str] = ("yes", "no")
) -> SurveyResults:
    """Per-question aggregates of every answer this (staff) profile holds for `survey`:
    how many answered, the mean of a scale, how many chose each value. Computed in SQL;
    free-text answers are counted, never returned. `yes_no`: the labels for yes and no."""
    with profile.sessionmaker() as s:
        params = {"survey": survey.id}
        counts: dict[str, list[tuple[object, int]]] = {}
        for question_id, value, n in s.execute(_COUNTS, params):
            counts.setdefault(question_id, []).append((value, n))
        means = {question_id: mean for question_id, mean in s.execute(_MEANS, params)}
        respondents = s.scalar(_RESPONDENTS, params) or 0
    results = []
    for q in survey.questions:
        rows = counts.get(q.id, [])
        if q.kind == "scale":
            order: list[object] = list(range(SCALE[0], SCALE[1] + 1))
        elif q.kind == "yes_no":
            order = [1, 0]
        elif q.kind == "choice":
            order = list(range(len(q.choices)))
        else:
            order = []
        by_value = {value: n for value, n in rows}
        results.append(
            QuestionResult(
                question_id=q.id,
                text=q.text,
                kind=q.kind,
                answered=sum(n for _, n in rows),
                mean=float(means[q.id]) if q.kind == "scale" and q.id in means else None,
                counts=tuple((_label(q, v, yes_no), by_value.get(v, 0)) for v in order),
            )
        )
    return SurveyResults(survey.id, survey.title, respondents, tuple(results))


def export_results_csv(
    profile: Any, results: SurveyResults, path: str | Path, program_id: str
) -> int:
    """Write the aggregates (never an individual answer) to a CSV file the person chose, and
    record the export (`survey_exported`). Returns the number of data rows."""
    rows: list[list[object]] = []
    for q in results.questions:
        mean = "" if q.mean is None else f"{q.mean:.2f}"
        if not q.counts:
            rows.append(
                [results.survey_id, q.question_id, q.text, q.kind, q.answered, mean, "", ""]
            )
        for label, n in q.counts:
            rows.append(
                [results.survey_id, q.question_id, q.text, q.kind, q.answered, mean, label, n]
            )
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(
            ["survey", "question_id", "question", "kind", "answered", "mean", "value", "count"]
        )
        writer.writerows(rows)
    record_audit(
        profile,
        program_id=program_id,
        action="survey_exported",
        subject=results.survey_id,
        detail={"rows": len(rows), "respondents": results.respondents},
    )
    return len(rows)
