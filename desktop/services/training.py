"""Training modules for mentors, mentees and guardians, and who has finished which.

The modules are data (``desktop/resources/training/*.json``, French and English in one file,
checked against ``training.schema.json``). Like the safety rules they **fail closed**: one
bad file (invalid, a quiz answer out of range, the two languages out of step, a text outside
150–400 words) makes the whole set unusable (`TrainingError`), so nobody is ever told they
are trained on content that did not load.

Finishing a module (its quiz, if it has one, answered right) is the synced kind
`training_progress`: written in the person's own scope (their other PCs) and sealed to the
program's staff in the program scope (staff cannot read a person scope). When this PC does
not know the staff key yet, the module is remembered and shared at the next chance.
`required_training_done` is what matching asks. No Qt; short transactions on the caller's
thread, through the profile's write gate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models.learning_tables import TrainingProgress
from desktop.models.sync_tables import DirectoryEntry
from desktop.models.tables import Person
from desktop.models.timestamps import utcnow
from desktop.resources import BUNDLED
from desktop.services.program_settings import get_setting
from desktop.services.write_gate import writing
from desktop.sync.entities import datetime_to_ms
from desktop.sync.entities_learning import training_progress_id
from desktop.sync.errors import SyncError
from desktop.sync.keystore import get_state, set_state
from desktop.sync.outbox import record_change, record_sealed_change
from jumelage_protocol import CodedError, Role, Scope

LANGUAGES = ("fr", "en")
AUDIENCES = ("mentor", "mentee", "guardian")
WORDS = (150, 400)  # each module's text, per language
SETTING_REQUIRED = "training_required"  # program setting: matching waits for training
_SCHEMA = "training.schema.json"
_UNSHARED = "training_unshared"  # sync state: modules staff have not been sent yet


class TrainingError(CodedError, ValueError):
    """Training that cannot be used or recorded; `detail` names a file or module, never a
    person."""


@dataclass(frozen=True)
class QuizQuestion:
    question: str
    choices: tuple[str, ...]
    answer: int
    why: str


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class TrainingModule:
    id: str
    version: int
    audience: str
    order: int
    required: bool
    minutes: int
    title: str
    summary: str
    sections: tuple[Section, ...]
    quiz: tuple[QuizQuestion, ...]
    source: str


@dataclass(frozen=True)
class ModuleProgress:
    module: TrainingModule
    completed_at: datetime | None
    score: int | None

    @property
    def done(self) -> bool:
        return self.completed_at is not None


@dataclass(frozen=True)
class PersonTraining:
    """One mentor's or mentee's required training, as staff see it."""

    person_id: str
    display_name: str
    role: str
    required_done: int
    required: int

    @property
    def complete(self) -> bool:
        return self.required_done >= self.required


@dataclass(frozen=True)
class QuizResult:
    """`wrong`: indexes of the questions answered wrong (none: the module is done)."""

    passed: bool
    score: int
    wrong: tuple[int, ...]


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TrainingError("training_unreadable", f"{path.name}: {type(exc).__name__}") from exc


def _words(text: dict[str, Any]) -> int:
    parts = [text["title"], text["summary"]]
    for section in text["sections"]:
        parts += [section["heading"], *section["paragraphs"]]
    return len(re.findall(r"\w+", " ".join(parts)))


def check_module(data: Any, validator: jsonschema.protocols.Validator) -> str | None:
    """Why this module must not be used (None: it may)."""
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        return str(error.message)
    fr, en = data["fr"], data["en"]
    if [len(s["paragraphs"]) for s in fr["sections"]] != [
        len(s["paragraphs"]) for s in en["sections"]
    ]:
        return "the French and English texts are not in step"
    for question in data.get("quiz", []):
        counts = {len(question[lang]["choices"]) for lang in LANGUAGES}
        if len(counts) != 1 or question["answer"] >= counts.pop():
            return "a quiz answer does not match its choices"
    for lang in LANGUAGES:
        if not WORDS[0] <= _words(data[lang]) <= WORDS[1]:
            return f"the {lang} text is not {WORDS[0]}-{WORDS[1]} words long"
    return None


@lru_cache(maxsize=4)
def _load(folder: Path) -> tuple[dict[str, Any], ...]:
    validator = jsonschema.Draft202012Validator(_read(folder / _SCHEMA))
    modules: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.json")):
        if path.name == _SCHEMA:
            continue
        data = _read(path)
        problem = check_module(data, validator)
        if problem is None and data["id"] in seen:
            problem = "duplicate id"
        if problem is not None:
            raise TrainingError("training_invalid", f"{path.name}: {problem}")
        seen.add(data["id"])
        modules.append(data)
    if not modules:
        raise TrainingError("training_unreadable", "no training module")
    return tuple(modules)


def _folder(folder: str | Path | None) -> Path:
    return (Path(folder) if folder is not None else BUNDLED.path("training")).resolve()


def _module(data: dict[str, Any], lang: str) -> TrainingModule:
    text = data[lang]
    return TrainingModule(
        id=data["id"],
        version=data["version"],
        audience=data["audience"],
        order=data["order"],
        required=data["required"],
        minutes=data["minutes"],
        title=text["title"],
        summary=text["summary"],
        sections=tuple(Section(s["heading"], tuple(s["paragraphs"])) for s in text["sections"]),
        quiz=tuple(
            QuizQuestion(
                q[lang]["question"], tuple(q[lang]["choices"]), q["answer"], q[lang]["why"]
            )
            for q in data.get("quiz", [])
        ),
        source=data["source"],
    )


def list_modules(
    lang: str, audience: str | None = None, *, folder: str | Path | None = None
) -> list[TrainingModule]:
    """The modules in `lang` ('fr' or 'en') for `audience` (all if None), in their order.
    Raises `TrainingError` if the set cannot be used."""
    if lang not in LANGUAGES:
        raise TrainingError("unknown_language", lang)
    modules = [_module(d, lang) for d in _load(_folder(folder))]
    chosen = [m for m in modules if audience is None or m.audience == audience]
    return sorted(chosen, key=lambda m: (AUDIENCES.index(m.audience), m.order, m.id))


def grade(module: TrainingModule, answers: Sequence[int]) -> QuizResult:
    """Check quiz answers (one choice index per question, in order). Pure."""
    if len(answers) != len(module.quiz):
        raise TrainingError("quiz_incomplete", module.id)
    wrong = tuple(
        i for i, (q, a) in enumerate(zip(module.quiz, answers, strict=True)) if q.answer != a
    )
    return QuizResult(not wrong, len(module.quiz) - len(wrong), wrong)


def _role(session: Session, person_id: str) -> str | None:
    """The person's role: the server's directory first (never a synced claim), else the
    person row (this profile's own, before its first sync)."""
    role = session.scalar(select(DirectoryEntry.role).where(DirectoryEntry.person_id == person_id))
    return role or session.scalar(select(Person.role).where(Person.id == person_id))


def _completed(session: Session, person_id: str) -> dict[str, TrainingProgress]:
    rows = session.scalars(select(TrainingProgress).where(TrainingProgress.person_id == person_id))
    return {row.module_id: row for row in rows if row.completed_at is not None}


def progress(
    profile: Any, lang: str, *, person_id: str | None = None, folder: str | Path | None = None
) -> list[ModuleProgress]:
    """Every module of the person's audience (their role) with what they finished."""
    who = person_id or profile.person_id
    with profile.sessionmaker() as s:
        role = _role(s, who) or profile.role
        done = _completed(s, who)
    return [
        ModuleProgress(
            m,
            done[m.id].completed_at if m.id in done else None,
            done[m.id].score if m.id in done else None,
        )
        for m in list_modules(lang, role, folder=folder)
    ]


def _fields(row: TrainingProgress) -> dict[str, Any]:
    assert row.completed_at is not None
    return {"completed_at": datetime_to_ms(row.completed_at), "score": row.score}


def _share(session: Session, profile: Any, module_ids: Sequence[str]) -> list[str]:
    """Seal these finished modules to the program's staff; returns those still unshared."""
    program_id = profile.program_id
    if not program_id:
        return list(module_ids)
    done = _completed(session, profile.person_id)
    left: list[str] = []
    for module_id in module_ids:
        row = done.get(module_id)
        if row is None:
            continue
        try:
            with session.begin_nested():
                record_sealed_change(
                    session,
                    scope=Scope.program(program_id),
                    entity="training_progress",
                    fields=_fields(row),
                    author=profile.person_id,
                    entity_id=training_progress_id(profile.person_id, module_id),
                    apply_locally=False,
                )
        except SyncError:  # no staff key on this PC yet: kept for the next chance
            left.append(module_id)
    return left


def _unshared(session: Session) -> list[str]:
    raw = get_state(session, _UNSHARED)
    return list(json.loads(raw)) if raw else []


def complete_module(
    profile: Any,
    module_id: str,
    answers: Sequence[int] = (),
    *,
    now: datetime | None = None,
    folder: str | Path | None = None,
) -> QuizResult:
    """Record `module_id` done for the signed-in mentor or mentee if its quiz is answered right
    (nothing is written otherwise). Raises `TrainingError` for staff or an unknown module."""
    if profile.role not in (Role.MENTOR, Role.MENTEE):
        raise TrainingError("not_a_trainee", profile.role)
    modules = {m.id: m for m in list_modules("en", profile.role, folder=folder)}
    if module_id not in modules:
        raise TrainingError("unknown_module", module_id)
    result = grade(modules[module_id], answers)
    if not result.passed:
        return result
    me = profile.person_id
    fields = {"completed_at": datetime_to_ms(now or utcnow()), "score": result.score}
    with writing(profile) as s:
        record_change(
            s,
            scope=Scope.person(me),
            entity="training_progress",
            author=me,
            fields=fields,
            entity_id=training_progress_id(me, module_id),
        )
        left = _share(s, profile, [*_unshared(s), module_id])
        set_state(s, _UNSHARED, json.dumps(sorted(set(left))))
    return result


def share_pending(profile: Any) -> int:
    """Send staff the finished modules they were not sent yet (no staff key then); returns
    how many are still waiting. Cheap when nothing waits."""
    with writing(profile) as s:
        waiting = _unshared(s)
        if not waiting:
            return 0
        left = _share(s, profile, waiting)
        set_state(s, _UNSHARED, json.dumps(sorted(set(left))))
    return len(left)


def required_training_done(
    profile: Any, person_id: str, program_id: str, *, folder: str | Path | None = None
) -> bool:
    """True when the person finished every required module of their role, or the program does
    not require training (setting `training_required`, default True). Staff are never asked
    to train. Raises `TrainingError` if the modules cannot be read (fail closed: nobody is
    taken as trained on content that did not load)."""
    if not get_setting(profile, program_id, SETTING_REQUIRED, True):
        return True
    with profile.sessionmaker() as s:
        role = _role(s, person_id)
        done = set(_completed(s, person_id))
    if role is None:
        return False
    if role == Role.STAFF:
        return True
    required = {m.id for m in list_modules("en", role, folder=folder) if m.required}
    return required <= done


def program_progress(
    profile: Any, program_id: str, *, folder: str | Path | None = None
) -> list[PersonTraining]:
    """Every mentor and mentee this (staff) profile's directory lists for the program, with
    how many of their required modules are done (counted in SQL), mentors first, then by
    name. Roles come from the directory (the server's), names from synced people."""
    required = {
        role: [m.id for m in list_modules("en", role, folder=folder) if m.required]
        for role in (Role.MENTOR, Role.MENTEE)
    }
    out: list[PersonTraining] = []
    with profile.sessionmaker() as s:
        for role, ids in required.items():
            done = (
                select(TrainingProgress.person_id, func.count().label("n"))
                .where(
                    TrainingProgress.module_id.in_(ids), TrainingProgress.completed_at.is_not(None)
                )
                .group_by(TrainingProgress.person_id)
                .subquery()
            )
            rows = s.execute(
                select(DirectoryEntry.person_id, Person.display_name, func.coalesce(done.c.n, 0))
                .outerjoin(Person, Person.id == DirectoryEntry.person_id)
                .outerjoin(done, done.c.person_id == DirectoryEntry.person_id)
                .where(
                    DirectoryEntry.role == role,
                    or_(Person.program_id.is_(None), Person.program_id == program_id),
                )
                .order_by(
                    func.lower(func.coalesce(Person.display_name, "")), DirectoryEntry.person_id
                )
            )
            out += [PersonTraining(pid, name or "", role, n, len(ids)) for pid, name, n in rows]
    return out
