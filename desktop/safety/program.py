"""A program's safety rules as staff set them: an action per category and its own word lists.

Staff choose, per category, ``allow`` (not checked), ``flag`` (delivered; staff told) or
``hold`` (held for review: the recipient sees nothing until staff approve). Categories locked
in ``categories.json`` (disclosures: always delivered and urgent) are not theirs to change.
Checkers are cached by the settings they were built from, so a sender's PC and a staff PC
re-checking thousands of messages build each program's checker once. Pure; any thread.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from desktop.safety.rules import SafetyChecker
from desktop.safety.ruleset import RuleSet, Severity, load_rule_set
from desktop.safety.wordlists import LANGUAGES, WordLists

ACTIONS = ("allow", "flag", "hold")
_SEVERITY: dict[str, Severity] = {"allow": "allow", "flag": "flag", "hold": "review"}
_ACTION = {"allow": "allow", "nudge": "flag", "flag": "flag", "review": "hold", "urgent": "urgent"}


@dataclass(frozen=True)
class CategoryRules:
    """One category as the staff page shows it: its action (`urgent` when locked), whether
    staff may change it, and its word lists per language."""

    name: str
    action: str
    locked: bool
    words: Mapping[str, tuple[str, ...]]


def action_of(severity: str) -> str:
    return _ACTION[severity]


def program_rules(
    actions: Mapping[str, str], words: WordLists, rule_set: RuleSet | None = None
) -> tuple[CategoryRules, ...]:
    """Every category with the program's choices applied over the shipped defaults."""
    rules = rule_set or load_rule_set()
    out = []
    for name, category in rules.categories.items():
        locked = category.locked or category.severity == "urgent"
        action = action_of(category.severity)
        if not locked and actions.get(name) in ACTIONS:
            action = actions[name]
        shipped = rules.words.get(name, {})
        lists = {
            lang: tuple(words.get(name, {}).get(lang, shipped.get(lang, ()))) for lang in LANGUAGES
        }
        out.append(CategoryRules(name, action, locked, lists))
    return tuple(out)


def program_checker(actions: Mapping[str, str], words: WordLists) -> SafetyChecker:
    """The checker of a program's choices (the shipped rules when both are empty)."""
    return _cached(json.dumps({"a": actions, "w": words}, sort_keys=True))


@lru_cache(maxsize=16)
def _cached(settings: str) -> SafetyChecker:
    data = json.loads(settings)
    rules = load_rule_set()
    overrides = {
        name: _SEVERITY[action]
        for name, action in data["a"].items()
        if action in _SEVERITY
        and name in rules.categories
        and not rules.categories[name].locked
        and rules.categories[name].severity != "urgent"
    }
    return SafetyChecker(rules, overrides, words=data["w"])
