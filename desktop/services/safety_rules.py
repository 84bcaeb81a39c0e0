"""A program's safety rules as staff edit them on the Safety rules page, and the checker every
PC of the program applies.

Stored as program settings, one key per category so two staff members editing different
categories never undo each other: `safety.action.<category>` (allow / flag / hold) and
`safety.words.<category>` ({"fr": [...], "en": [...]}). They are member keys (see
`program_settings`), so every sender's PC checks against the same rules as staff's. No Qt;
short transactions on the caller's thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.tables import Pair
from desktop.safety.program import ACTIONS, CategoryRules, program_checker, program_rules
from desktop.safety.rules import SafetyChecker
from desktop.safety.wordlists import LANGUAGES, EntryProblem, clean_lists
from desktop.services.program_settings import SettingsError, read_prefixed, set_setting
from jumelage_protocol import Role

if TYPE_CHECKING:
    from desktop.services.profiles import Profile

ACTION_KEY = "safety.action."
WORDS_KEY = "safety.words."

__all__ = ["ACTIONS", "LANGUAGES", "CategoryRules", "SafetyRulesService", "checker_for_pair"]


def _program_choices(
    s: Session, program_id: str
) -> tuple[dict[str, str], dict[str, dict[str, list[str]]]]:
    """The program's actions and word lists, keeping only well-formed values."""
    actions: dict[str, str] = {}
    words: dict[str, dict[str, list[str]]] = {}
    for key, value in read_prefixed(s, program_id, "safety.").items():
        if key.startswith(ACTION_KEY) and value in ACTIONS:
            actions[key.removeprefix(ACTION_KEY)] = str(value)
        elif key.startswith(WORDS_KEY) and isinstance(value, dict):
            lists = {lang: [e for e in entries if isinstance(e, str)]
                     for lang, entries in value.items()
                     if lang in LANGUAGES and isinstance(entries, list)}  # fmt: skip
            words[key.removeprefix(WORDS_KEY)] = lists
    return actions, words


def checker_for_pair(s: Session, pair_id: str) -> SafetyChecker | None:
    """The checker of the pair's program when its staff changed the rules; None otherwise
    (the caller's default checker applies)."""
    program_id = s.scalar(select(Pair.program_id).where(Pair.id == pair_id))
    return checker_for_program(s, program_id) if program_id else None


def checker_for_program(s: Session, program_id: str) -> SafetyChecker | None:
    actions, words = _program_choices(s, program_id)
    if not actions and not words:
        return None
    return program_checker(actions, words)


class RulesSettingError(SettingsError):
    """`unknown_category`, `unknown_action`, `category_locked`, or an entry's problem
    (`entry_empty`, `entry_too_long`, `pattern_invalid`, `pattern_unsafe`, `too_many_entries`)."""


class SafetyRulesService:
    """What the Safety rules page reads and changes, for one profile."""

    def __init__(self, profile: Profile) -> None:
        self._profile = profile

    @property
    def is_staff(self) -> bool:
        return self._profile.role == Role.STAFF

    def categories(self, program_id: str) -> tuple[CategoryRules, ...]:
        with self._profile.sessionmaker() as s:
            actions, words = _program_choices(s, program_id)
        return program_rules(actions, words)

    def set_action(self, program_id: str, category: str, action: str) -> None:
        current = {c.name: c for c in self.categories(program_id)}
        if category not in current:
            raise RulesSettingError("unknown_category", category)
        if action not in ACTIONS:
            raise RulesSettingError("unknown_action", action)
        if current[category].locked:
            raise RulesSettingError("category_locked", category)
        set_setting(self._profile, program_id, ACTION_KEY + category, action)

    def set_words(self, program_id: str, category: str, words: Mapping[str, Sequence[str]]) -> None:
        """Replace the category's lists for the languages given; each entry is checked first
        (a pattern that cannot compile or could match everything is refused)."""
        current = {c.name: c for c in self.categories(program_id)}
        if category not in current:
            raise RulesSettingError("unknown_category", category)
        try:
            cleaned = clean_lists({category: words})
        except EntryProblem as exc:
            raise RulesSettingError(exc.code, category) from exc
        merged = {**current[category].words, **cleaned.get(category, {})}
        value = {lang: list(merged.get(lang, ())) for lang in LANGUAGES}
        set_setting(self._profile, program_id, WORDS_KEY + category, value)

    def try_text(self, program_id: str, text: str) -> tuple[str, frozenset[str]]:
        """What the program's rules would do with `text`: (action, categories)."""
        with self._profile.sessionmaker() as s:
            checker = checker_for_program(s, program_id) or program_checker({}, {})
        result = checker.check(text)
        return action_name(result.action), result.categories


def action_name(action: str) -> str:
    """A checker's action in the words staff use (send, flag, hold, urgent)."""
    return {"review": "hold", "nudge": "flag"}.get(action, action)
