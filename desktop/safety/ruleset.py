"""Loading the safety rule files (``desktop/resources/safety/*.json``) into compiled rule sets.

Runs once at start-up (or when a program's settings change), on whichever thread builds the
checker; checking messages afterwards does no I/O. Bad rule files raise :class:`SafetyRulesError`
with a stable ``code`` the UI can translate.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from desktop.resources import BUNDLED
from desktop.safety.normalise import Folder
from jumelage_protocol import CodedError

# From mildest: not checked, ask the sender first, deliver and tell staff, hold for staff,
# deliver and alert staff at once.
Severity = Literal["allow", "nudge", "flag", "review", "urgent"]
SEVERITIES: tuple[Severity, ...] = ("allow", "nudge", "flag", "review", "urgent")
VIEWS = ("words", "digits")
# A rule set without one of these would let a whole language through unchecked: refused.
REQUIRED_RULES = ("rules_common.json", "rules_fr.json", "rules_en.json")
WORD_START = "(?<![a-z0-9])"


class SafetyRulesError(CodedError, ValueError):
    """A rule file or a program's override is unusable; ``code`` names the problem."""


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    pattern: str
    view: str = "words"
    validate: str | None = None
    anchored: bool = True  # must start a word; the checker adds one shared look-behind


@dataclass(frozen=True)
class Category:
    name: str
    severity: Severity
    locked: bool = False
    thread: str | None = None  # the thread-score signal it feeds (`thread_score.py`)


@dataclass(frozen=True)
class RuleSet:
    """Everything a checker needs, read from the rule files once."""

    categories: dict[str, Category]
    rules: tuple[Rule, ...]
    folder: Folder
    allow_numbers: frozenset[str]
    allow_domains: frozenset[str]
    # the shipped word lists staff may replace: category -> language -> entries
    words: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)


def expand_pattern(pattern: str) -> str:
    """Turn the rule files' shorthand into a regular expression (see the files' ``_syntax``).

    Outside ``[...]``: a space is one or more separators, ``~`` zero or more, ``'`` optional.
    """
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append(char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        elif char == " ":
            out.append(r"[\s\-_.]+")
        elif char == "~":
            out.append(r"[\s\-_.]*")
        elif char == "'":
            out.append(r"['\s]?")
        else:
            out.append(char)
    return "".join(out)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SafetyRulesError("rules_missing", str(path)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SafetyRulesError("rules_unreadable", f"{path.name}: {exc}") from exc


def _parse_rule(raw: object, source: str, categories: dict[str, Category]) -> Rule:
    if not isinstance(raw, dict) or not all(k in raw for k in ("id", "category", "pattern")):
        raise SafetyRulesError("rule_invalid", f"{source}: each rule needs id, category, pattern")
    rule_id = str(raw["id"])
    if raw["category"] not in categories:
        raise SafetyRulesError("unknown_category", f"{source}: {rule_id}: {raw['category']}")
    view = raw.get("view", "words")
    if view not in VIEWS:
        raise SafetyRulesError("rule_invalid", f"{source}: {rule_id}: view {view!r}")
    pattern = expand_pattern(str(raw["pattern"]))
    anchored = bool(raw.get("anchor", True))
    try:
        re.compile(pattern)
    except re.error as exc:
        raise SafetyRulesError("rule_invalid", f"{source}: {rule_id}: {exc}") from exc
    return Rule(rule_id, raw["category"], pattern, view, raw.get("validate"), anchored)


def load_rule_set(directory: str | Path | None = None) -> RuleSet:
    """Read ``categories.json``, ``lexicon.json``, ``wordlists.json`` and every ``rules_*.json``
    in ``directory``."""
    folder = Path(directory) if directory is not None else BUNDLED.path("safety")
    try:
        return _load_cached(folder.resolve())
    except (AttributeError, KeyError, TypeError) as exc:  # valid JSON of the wrong shape
        raise SafetyRulesError("rule_invalid", f"{folder.name}: {exc!r}") from exc


@lru_cache(maxsize=8)
def _load_cached(folder: Path) -> RuleSet:
    meta = _read_json(folder / "categories.json")
    categories: dict[str, Category] = {}
    for name, spec in meta.get("categories", {}).items():
        if spec.get("severity") not in SEVERITIES:
            raise SafetyRulesError("rule_invalid", f"categories.json: {name}: severity")
        thread = spec.get("thread")
        categories[name] = Category(
            name, spec["severity"], bool(spec.get("locked", False)), thread and str(thread)
        )
    lexicon = _read_json(folder / "lexicon.json")
    rules: list[Rule] = []
    seen: set[str] = set()
    missing = [name for name in REQUIRED_RULES if not (folder / name).is_file()]
    if missing:
        raise SafetyRulesError("rules_missing", f"{folder}: no {', '.join(missing)}")
    files = sorted(folder.glob("rules_*.json"))
    for path in files:
        for raw in _read_json(path).get("rules", []):
            rule = _parse_rule(raw, path.name, categories)
            if rule.id in seen:
                raise SafetyRulesError("rule_invalid", f"{path.name}: duplicate id {rule.id}")
            seen.add(rule.id)
            rules.append(rule)
    words: dict[str, dict[str, tuple[str, ...]]] = {}
    if (folder / "wordlists.json").is_file():
        for name, by_language in _read_json(folder / "wordlists.json").get("words", {}).items():
            if name not in categories:
                raise SafetyRulesError("unknown_category", f"wordlists.json: {name}")
            words[name] = {lang: tuple(map(str, e)) for lang, e in by_language.items()}
    return RuleSet(
        categories=categories,
        rules=tuple(rules),
        folder=Folder(lexicon.get("synonyms", {}), lexicon.get("number_words", {})),
        allow_numbers=frozenset(meta.get("allow_numbers", [])),
        allow_domains=frozenset(d.lower() for d in meta.get("allow_domains", [])),
        words=words,
    )
