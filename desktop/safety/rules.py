"""The safety check run on every message: before sending (to nudge, hold or alert) and again on
staff clients when messages arrive.

A :class:`SafetyChecker` is built once from the rule files and a program's overrides, then
``check(text)`` is a pure function: no I/O, no Qt, safe to call from any thread. Findings carry
only spans into the original text and rule ids, never the text itself, so they may be stored
or logged.

Actions, from mildest: ``send`` (nothing found, or only categories the program allows),
``nudge`` (ask the sender to reconsider), ``flag`` (deliver; staff clients re-checking it raise
a review item), ``review`` (hold the message until staff approve), ``urgent`` (deliver, show
crisis resources, alert staff; never held). ``CheckResult.needs_review`` says whether anything
must be held even when the overall action is ``urgent``.

Besides the rule files, each category has word lists per language (``wordlists.json``), which
a program may replace with its own (``words``): plain words join the compiled rules, patterns
run through ``wordlists.PatternRule`` with a time limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.safety.detectors import make_validators
from desktop.safety.gates import Prefilter, minimal, required_literals
from desktop.safety.ruleset import (
    SEVERITIES,
    WORD_START,
    Rule,
    RuleSet,
    SafetyRulesError,
    Severity,
    load_rule_set,
)
from desktop.safety.wordlists import PatternRule, WordLists, pattern_rules, plain_pattern

Action = Literal["send", "nudge", "flag", "review", "urgent"]
_RANK: dict[str, int] = {"send": 0, "allow": 0, "nudge": 1, "flag": 2, "review": 3, "urgent": 4}
# A finding of the key category inside a finding of one of these is the same thing seen twice.
_SHADOWED_BY = {
    "link": {"contact_email"},
    "social_handle": {"contact_email", "link"},
    "contact_phone": {"contact_email", "link"},
}


@dataclass(frozen=True)
class Finding:
    """One rule that matched: where (``text[start:end]``), what, and how serious."""

    category: str
    severity: Severity
    start: int
    end: int
    rule_id: str


@dataclass(frozen=True)
class CheckResult:
    findings: tuple[Finding, ...]
    action: Action
    categories: frozenset[str]

    @property
    def needs_review(self) -> bool:
        """True when a finding asks staff to approve the message before delivery."""
        return any(f.severity == "review" for f in self.findings)

    @property
    def urgent(self) -> bool:
        return self.action == "urgent"

    @property
    def flagged(self) -> bool:
        """True when a finding asks staff to look at the message after it is delivered."""
        return any(f.severity == "flag" for f in self.findings)


@dataclass(frozen=True)
class _Group:
    """All rules of one category matching one view, compiled as one alternation."""

    category: str
    view: str
    regex: re.Pattern[str]
    rules: dict[str, Rule]
    gates: tuple[str, ...] | None  # run only if one of these is in the text; None: always


def _compile_groups(rules: Iterable[Rule]) -> tuple[_Group, ...]:
    by_key: dict[tuple[str, str], list[Rule]] = {}
    for rule in rules:
        by_key.setdefault((rule.category, rule.view), []).append(rule)
    groups = []
    for (category, view), members in by_key.items():
        names = {f"r{i}": rule for i, rule in enumerate(members)}
        anchored = "|".join(f"(?P<{n}>{r.pattern})" for n, r in names.items() if r.anchored)
        free = [f"(?P<{n}>{r.pattern})" for n, r in names.items() if not r.anchored]
        # One shared word-start look-behind instead of one per rule: far fewer steps per position.
        parts = ([f"{WORD_START}(?:{anchored})"] if anchored else []) + free
        gates: set[str] | None = set()
        for rule in members:
            literals = required_literals(rule.pattern)
            if literals is None or gates is None:
                gates = None
            else:
                gates |= literals
        gate = minimal(frozenset(gates)) if gates is not None else None
        groups.append(_Group(category, view, re.compile("|".join(parts)), names, gate))
    return tuple(groups)


class SafetyChecker:
    """Checks messages against the rule set with one program's choices applied."""

    def __init__(
        self,
        rules: RuleSet | None = None,
        overrides: Mapping[str, str] | None = None,
        *,
        allow_domains: Iterable[str] = (),
        words: WordLists | None = None,
    ) -> None:
        """`overrides`: category -> severity for this program; `words`: the program's word
        lists, each (category, language) given replacing the shipped one."""
        self._rules = rules if rules is not None else load_rule_set()
        self._severity = self._apply_overrides(overrides or {})
        self._validators = make_validators(
            allow_numbers=self._rules.allow_numbers,
            allow_domains=self._rules.allow_domains | {d.lower() for d in allow_domains},
        )
        for rule in self._rules.rules:
            if rule.validate is not None and rule.validate not in self._validators:
                raise SafetyRulesError("rule_invalid", f"{rule.id}: check {rule.validate!r}")
        mine = words or {}
        lists = {c: {**by_lang, **mine.get(c, {})} for c, by_lang in self._rules.words.items()}
        checked = {c for c, severity in self._severity.items() if severity != "allow"}
        plain, self._patterns = self._word_rules(lists, checked)
        self._groups = _compile_groups([*(r for r in self._rules.rules if r.category in checked),
                                        *plain])  # fmt: skip
        # one pass per view finds the groups (then the patterns) worth running on a message
        self._prefilters = {
            view: Prefilter([g.gates if g.view == view else () for g in self._groups]
                            + [p.gates if view == "words" else () for p in self._patterns])
            for view in ("words", "digits")
        }  # fmt: skip

    def _word_rules(
        self, lists: WordLists, checked: set[str]
    ) -> tuple[list[Rule], tuple[PatternRule, ...]]:
        plain: list[Rule] = []
        patterns: list[PatternRule] = []
        for category, by_language in lists.items():
            if category not in checked:
                continue
            for language, entries in by_language.items():
                patterns += pattern_rules(category, language, entries)
                for index, entry in enumerate(entries):
                    expression = plain_pattern(self._rules.folder, entry)
                    if expression is not None and not entry.startswith("/"):
                        rule_id = f"words.{category}.{language}.{index}"
                        plain.append(Rule(rule_id, category, expression))
        return plain, tuple(patterns)

    @classmethod
    def from_directory(
        cls, directory: str | Path | None = None, overrides: Mapping[str, str] | None = None
    ) -> SafetyChecker:
        return cls(load_rule_set(directory), overrides)

    @property
    def threads(self) -> Mapping[str, str | None]:
        """Each category's kind of thread-score signal (`thread_score.py`), or None."""
        return {name: c.thread for name, c in self._rules.categories.items()}

    @property
    def categories(self) -> Mapping[str, Severity]:
        """Each category's severity for this program, for the staff settings screen."""
        return dict(self._severity)

    def _apply_overrides(self, overrides: Mapping[str, str]) -> dict[str, Severity]:
        severity: dict[str, Severity] = {n: c.severity for n, c in self._rules.categories.items()}
        for name, action in overrides.items():
            category = self._rules.categories.get(name)
            if category is None:
                raise SafetyRulesError("unknown_category", name)
            if action not in SEVERITIES:
                raise SafetyRulesError("unknown_action", f"{name}: {action}")
            if category.locked and _RANK[action] < _RANK[category.severity]:
                raise SafetyRulesError("override_locked", name)
            severity[name] = action
        return severity

    def check(self, text: str) -> CheckResult:
        """Find what the rules flag in ``text``; never raises on any string."""
        words, digits = self._rules.folder.views(text)
        found: list[Finding] = []
        groups = len(self._groups)
        worth = [(words, i) for i in self._prefilters["words"].candidates(words.text)]
        worth += [(digits, i) for i in self._prefilters["digits"].candidates(digits.text)]
        for view, index in worth:
            if index >= groups:  # a staff pattern (words view)
                pattern = self._patterns[index - groups]
                for span in pattern.spans(words.text):
                    start, end = words.to_original(*span)
                    if start < end:
                        severity = self._severity[pattern.category]
                        found.append(Finding(pattern.category, severity, start, end, pattern.id))
                continue
            group = self._groups[index]
            for match in group.regex.finditer(view.text):
                rule = group.rules[match.lastgroup or ""]
                if rule.validate and not self._validators[rule.validate](match.group()):
                    continue
                start, end = view.to_original(*match.span())
                if start < end:
                    severity = self._severity[group.category]
                    found.append(Finding(group.category, severity, start, end, rule.id))
        findings = _without_shadows(found)
        action: Action = "send"
        for finding in findings:
            if _RANK[finding.severity] > _RANK[action] and finding.severity != "allow":
                action = finding.severity
        return CheckResult(findings, action, frozenset(f.category for f in findings))


def _without_shadows(found: list[Finding]) -> tuple[Finding, ...]:
    kept = []
    for f in found:
        shadows = _SHADOWED_BY.get(f.category, ())
        if any(o.category in shadows and o.start <= f.start and f.end <= o.end for o in found):
            continue
        kept.append(f)
    unique = {(f.category, f.start, f.end): f for f in kept}
    return tuple(sorted(unique.values(), key=lambda f: (f.start, -_RANK[f.severity], f.end)))
