"""Word lists staff edit in the app, per category and language, turned into rules.

An entry is plain words unless written ``/like this/``, which makes it a pattern. Plain words
are safe by construction: they become a literal alternation in the checker's own expressions
(folded like the messages, matched at the start of a word, separators between words, an
optional s/x/es ending, any ending after a trailing ``*``). Patterns come from people, so they
run in the ``regex`` engine with a time limit: a pathological one (``(a|aa)+b``) gives up after
``PATTERN_TIMEOUT`` seconds on a message instead of hanging the client, and the message then
counts as matching (fail closed: staff look at it). Pure functions; any thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import regex

from desktop.safety.gates import minimal, required_literals
from desktop.safety.normalise import Folder

# category -> language -> entries, as stored in the program setting "safety.words"
WordLists = Mapping[str, Mapping[str, Sequence[str]]]
LANGUAGES = ("fr", "en")
MAX_ENTRY = 200
MAX_ENTRIES = 400  # per category and language
PATTERN_TIMEOUT = 0.02  # seconds per pattern per message
_SEPARATORS = re.compile(r"[\s\-_.]+")
# Constructs refused in a pattern: named groups and back-references (they would clash when
# patterns are combined and are what makes most expressions exponential), inline flags.
_UNSAFE = re.compile(r"\(\?P?<[a-zA-Z]|\(\?P=|\\[1-9]|\\g<|\(\?[a-zA-Z]+[):]")


class EntryProblem(ValueError):
    """An entry staff typed cannot be used; `code` says why (for the UI's sentence)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def is_pattern(entry: str) -> bool:
    return len(entry) >= 2 and entry.startswith("/") and entry.endswith("/")


def check_entry(entry: str) -> None:
    """Raise `EntryProblem` (`entry_empty`, `entry_too_long`, `pattern_invalid`,
    `pattern_unsafe`) for an entry that cannot be saved."""
    text = entry.strip()
    if not text or text in ("/", "//", "*"):
        raise EntryProblem("entry_empty")
    if len(text) > MAX_ENTRY:
        raise EntryProblem("entry_too_long")
    if is_pattern(text):
        body = text[1:-1]
        if _UNSAFE.search(body):
            raise EntryProblem("pattern_unsafe")
        try:
            compiled = regex.compile(body)
        except regex.error as exc:
            raise EntryProblem("pattern_invalid") from exc
        if compiled.search("", timeout=PATTERN_TIMEOUT) is not None:
            raise EntryProblem("pattern_unsafe")  # matches nothing at all: every message
    elif not any(c.isalnum() for c in text):
        raise EntryProblem("entry_empty")


def clean_lists(words: WordLists) -> dict[str, dict[str, list[str]]]:
    """The lists with blank and duplicate entries removed; raises `EntryProblem` as above."""
    out: dict[str, dict[str, list[str]]] = {}
    for category, by_language in words.items():
        for language, entries in by_language.items():
            if language not in LANGUAGES:
                continue
            kept: list[str] = []
            for entry in entries:
                text = entry.strip()
                if text and text not in kept:
                    check_entry(text)
                    kept.append(text)
            if len(kept) > MAX_ENTRIES:
                raise EntryProblem("too_many_entries")
            out.setdefault(category, {})[language] = kept
    return out


def plain_pattern(folder: Folder, entry: str) -> str | None:
    """The expression for plain words, on folded text (None if nothing is left to match)."""
    prefix = entry.endswith("*")
    folded = folder.fold(entry.rstrip("*")).text
    tokens = [t for t in _SEPARATORS.split(folded) if t]
    if not tokens:
        return None
    parts = ["".join(r"['\s]?" if c == "'" else re.escape(c) for c in t) for t in tokens]
    ending = r"[a-z0-9]*" if prefix else r"(?:s|x|es)?"
    return r"[\s\-_.]+".join(parts) + ending + r"(?![a-z0-9])"


@dataclass(frozen=True)
class PatternRule:
    """A staff pattern: compiled once, run with a time limit, skipped when its gate is absent."""

    id: str
    category: str
    compiled: regex.Pattern[str]
    gates: tuple[str, ...] | None  # the checker's prefilter runs it only when one is present

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where it matches in folded `text`; the whole text if it ran out of time."""
        try:
            return [m.span() for m in self.compiled.finditer(text, timeout=PATTERN_TIMEOUT)]
        except TimeoutError:
            return [(0, len(text))]


def pattern_rules(category: str, language: str, entries: Iterable[str]) -> list[PatternRule]:
    rules = []
    for index, entry in enumerate(entries):
        if not is_pattern(entry):
            continue
        body = entry[1:-1]
        try:
            check_entry(entry)
        except EntryProblem:
            continue  # saved lists are checked; one from elsewhere is skipped, not fatal
        literals = required_literals(body)
        gates = minimal(frozenset(literals)) if literals else None
        rule_id = f"words.{category}.{language}.{index}"
        rules.append(PatternRule(rule_id, category, regex.compile(body), gates))
    return rules
