"""The activity library (icebreakers, goals, careers, check-ins…) as plain cards for the UI.

Reads ``desktop/resources/activities/*.json`` once, validates each file against
``activity.schema.json`` and hands out one language at a time. Pure file reading; call it from
a background operation or at start-up, never in a paint path. Bad files raise
:class:`ActivityError` with a stable ``code``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from desktop.resources import BUNDLED
from jumelage_protocol import CodedError

LANGUAGES = ("fr", "en")
_SCHEMA = "activity.schema.json"
_CHECKINS = "checkins.json"


class ActivityError(CodedError, ValueError):
    """An activity file that cannot be used; `detail` names the file, never a person."""


@dataclass(frozen=True)
class ActivityCard:
    id: str
    category: str
    duration_minutes: int
    age_min: int
    age_max: int
    formats: tuple[str, ...]
    title: str
    summary: str
    instructions: tuple[str, ...]
    questions: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class CheckInQuestion:
    id: str
    kind: str  # "rating" | "yes_no" | "text"
    audience: tuple[str, ...]
    text: str


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ActivityError("unknown_language", lang)


def _read(path: Path) -> Any:  # JSON, checked by the schema
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ActivityError("activity_unreadable", f"{path.name}: {exc}") from exc


@lru_cache(maxsize=4)
def _load(folder: Path) -> tuple[dict[str, Any], ...]:
    validator = jsonschema.Draft202012Validator(_read(folder / _SCHEMA))
    activities = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.json")):
        if path.name in (_SCHEMA, _CHECKINS):
            continue
        data = _read(path)
        error = jsonschema.exceptions.best_match(validator.iter_errors(data))
        if error is not None:
            raise ActivityError("activity_invalid", f"{path.name}: {error.message}")
        if data["id"] in seen or data["age_min"] > data["age_max"]:
            raise ActivityError("activity_invalid", f"{path.name}: duplicate id or age range")
        seen.add(data["id"])
        activities.append(data)
    return tuple(activities)


def _folder(folder: str | Path | None) -> Path:
    return (Path(folder) if folder is not None else BUNDLED.path("activities")).resolve()


def list_activities(lang: str, *, folder: str | Path | None = None) -> list[ActivityCard]:
    """Every activity in ``lang`` ('fr' or 'en'), by category then title."""
    _check_lang(lang)
    cards = []
    for data in _load(_folder(folder)):
        text = data[lang]
        cards.append(
            ActivityCard(
                id=data["id"],
                category=data["category"],
                duration_minutes=data["duration_minutes"],
                age_min=data["age_min"],
                age_max=data["age_max"],
                formats=tuple(data["formats"]),
                title=text["title"],
                summary=text["summary"],
                instructions=tuple(text["instructions"]),
                questions=tuple(text["questions"]),
                source=data["source"],
            )
        )
    return sorted(cards, key=lambda c: (c.category, c.title.casefold()))


def checkin_questions(
    lang: str, *, kind: str = "pair", folder: str | Path | None = None
) -> list[CheckInQuestion]:
    """Check-in questions for the pair ('pair') or for staff check-ins ('staff')."""
    _check_lang(lang)
    data = _read(_folder(folder) / _CHECKINS)
    if kind not in ("pair", "staff"):
        raise ActivityError("unknown_checkin_kind", kind)
    return [CheckInQuestion(q["id"], q["kind"], tuple(q["audience"]), q[lang]) for q in data[kind]]
