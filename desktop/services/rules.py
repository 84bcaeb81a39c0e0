"""The program's rules and monitoring notice, read and accepted by every person once per
version of the text.

The texts are `desktop/resources/rules/{en,fr}.md`; their first line carries the version
(`<!-- version: N -->`), raised whenever the wording changes in substance, so everyone is
asked again. An acceptance is the person's own synced `rules_acceptance` (their person
scope, only they write it), so their other PCs do not ask again. No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.models.people_tables import PERSON_LANGUAGES, RulesAcceptance
from desktop.resources import BUNDLED
from desktop.services.write_gate import writing
from desktop.sync.entities import datetime_to_ms
from desktop.sync.outbox import record_change
from jumelage_protocol import CodedError, Scope

_VERSION = re.compile(r"<!--\s*version:\s*(\d+)\s*-->")


class RulesError(CodedError, ValueError):
    """A rules text that cannot be used (missing, or without its version line)."""


@dataclass(frozen=True)
class RulesText:
    version: int
    language: str
    markdown: str


def rules_text(language: str, folder: Path | None = None) -> RulesText:
    """The rules in `language` ('fr' or 'en'; anything else reads French)."""
    language = language if language in PERSON_LANGUAGES else "fr"
    path = (folder or BUNDLED.path("rules")) / f"{language}.md"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulesError("rules_unavailable", path.name) from exc
    found = _VERSION.search(text.partition("\n")[0])
    if found is None:
        raise RulesError("rules_unavailable", f"{path.name}: no version line")
    return RulesText(int(found.group(1)), language, text.partition("\n")[2].lstrip())


def accepted_version(profile: Any) -> int | None:
    with profile.sessionmaker() as s:
        row = s.get(RulesAcceptance, profile.person_id)
        return row.version if row is not None else None


def needs_acceptance(profile: Any, language: str, folder: Path | None = None) -> bool:
    """True until this person has accepted the current version of the rules."""
    accepted = accepted_version(profile)
    return accepted is None or accepted < rules_text(language, folder).version


def accept(profile: Any, text: RulesText) -> None:
    """Record that this person read and accepted `text` (its version and language)."""
    with writing(profile) as s:
        record_change(
            s,
            scope=Scope.person(profile.person_id),
            entity="rules_acceptance",
            author=profile.person_id,
            entity_id=profile.person_id,
            fields={
                "version": text.version,
                "language": text.language,
                "accepted_at": datetime_to_ms(datetime.now(UTC)),
            },
        )
