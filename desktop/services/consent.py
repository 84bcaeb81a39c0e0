"""Guardians' consent for young mentees, one purpose at a time (Québec Law 25 s. 4.1 and 14).

A mentee under the program's `consent_age` (14 unless the program says otherwise) cannot be
matched until a guardian's consent is recorded for the purposes a pair cannot run without:
messaging and staff supervision. Video and surveys are recorded the same way, separately.
Each answer is a synced `consent` (program scope, staff only): who gave it, when, how.
Withdrawing a purpose a pair needs pauses the mentee's pairs at once. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

# The choices the consent form offers, re-exported for the UI.
from desktop.models.people_tables import AGE_BANDS, Consent
from desktop.models.people_tables import CONSENT_METHODS as CONSENT_METHODS
from desktop.models.people_tables import CONSENT_PURPOSES as CONSENT_PURPOSES
from desktop.models.tables import Pair
from desktop.services import audit, pair_pause, program_settings
from desktop.services.people import PeopleError, PersonRow, age_on, get_person, program_of
from desktop.services.write_gate import writing
from desktop.sync.entities import datetime_to_ms
from desktop.sync.outbox import record_change
from jumelage_protocol import Scope

CONSENT_AGE_SETTING = "consent_age"
DEFAULT_CONSENT_AGE = 14
NEEDED_TO_MATCH = ("messaging", "supervision")


@dataclass(frozen=True)
class ConsentAnswer:
    """A guardian's current answer for one purpose."""

    purpose: str
    granted: bool
    guardian_name: str
    method: str
    recorded_at: datetime


def consent_id(record_id: str, purpose: str) -> str:
    return f"{record_id}:{purpose}"


def consent_age(profile: Any, program_id: str) -> int:
    return program_settings.get_setting(
        profile, program_id, CONSENT_AGE_SETTING, DEFAULT_CONSENT_AGE
    )


def needs_consent(profile: Any, program_id: str, row: PersonRow, today: date | None = None) -> bool:
    """A mentee under the consent age: by birth date, or by an age band that starts below it
    (a band that straddles the age counts as under it: when in doubt, ask)."""
    if row.kind != "mentee":
        return False
    limit = consent_age(profile, program_id)
    if row.form.birth_date is not None:
        return age_on(row.form.birth_date, today or date.today()) < limit
    band = row.form.age_band or AGE_BANDS[0]
    return int(band.split("-")[0]) < limit


def answers(profile: Any, record_id: str) -> dict[str, ConsentAnswer]:
    """The current answer per purpose (purposes never asked are absent)."""
    with profile.sessionmaker() as s:
        rows = s.scalars(select(Consent).where(Consent.record_id == record_id)).all()
        return {
            c.purpose: ConsentAnswer(
                c.purpose, c.granted, c.guardian_name, c.method, c.recorded_at
            )  # fmt: skip
            for c in rows
        }


def missing_for_matching(profile: Any, program_id: str, row: PersonRow) -> tuple[str, ...]:
    """The purposes still needing a guardian's consent before this person may be matched."""
    if not needs_consent(profile, program_id, row):
        return ()
    given = answers(profile, row.id)
    return tuple(p for p in NEEDED_TO_MATCH if not (p in given and given[p].granted))


def _record(
    profile: Any,
    record_id: str,
    purposes: Iterable[str],
    *,
    granted: bool,
    guardian_name: str,
    method: str,
    when: datetime | None,
) -> tuple[str, list[str]]:
    purposes = list(purposes)
    if not purposes or set(purposes) - set(CONSENT_PURPOSES):
        raise PeopleError("consent_purpose_unknown", "no purpose, or one not known")
    if not guardian_name.strip():
        raise PeopleError("guardian_required", "a consent names the guardian who gave it")
    if method not in CONSENT_METHODS:
        raise PeopleError("consent_method_unknown", "a consent says how it was given")
    row = get_person(profile, record_id)
    if row is None:
        raise PeopleError("no_such_person", "this PC does not know this person")
    program_id = program_of(profile, record_id)
    at = datetime_to_ms(when or datetime.now(UTC))
    with writing(profile) as s:
        for purpose in purposes:
            record_change(
                s,
                scope=Scope.program(program_id),
                entity="consent",
                author=profile.person_id,
                entity_id=consent_id(record_id, purpose),
                fields={
                    "record_id": record_id,
                    "purpose": purpose,
                    "granted": granted,
                    "guardian_name": guardian_name.strip(),
                    "method": method,
                    "recorded_at": at,
                },
            )
    audit.record_audit(
        profile,
        program_id=program_id,
        action="consent_recorded" if granted else "consent_withdrawn",
        subject=f"person_record:{record_id}",
        detail={"purposes": sorted(purposes), "method": method},
    )
    return program_id, purposes


def record_consent(
    profile: Any,
    record_id: str,
    purposes: Iterable[str],
    *,
    guardian_name: str,
    method: str,
    when: datetime | None = None,
) -> None:
    """Staff: a guardian consents to these purposes (who, how, when)."""
    _record(profile, record_id, purposes, granted=True, guardian_name=guardian_name,
            method=method, when=when)  # fmt: skip


def withdraw_consent(
    profile: Any,
    record_id: str,
    purposes: Iterable[str],
    *,
    guardian_name: str,
    method: str,
    when: datetime | None = None,
) -> list[str]:
    """Staff: a guardian withdraws consent. If a purpose a pair needs is withdrawn, the
    mentee's active pairs pause at once (reason `consent_withdrawn`); returns their ids."""
    _program, withdrawn = _record(
        profile, record_id, purposes, granted=False, guardian_name=guardian_name,
        method=method, when=when,
    )  # fmt: skip
    row = get_person(profile, record_id)
    if row is None or row.account_id is None or not set(withdrawn) & set(NEEDED_TO_MATCH):
        return []
    with profile.sessionmaker() as s:
        pairs = list(s.scalars(
            select(Pair.id).where(Pair.mentee_id == row.account_id, Pair.status == "active")
        ))  # fmt: skip
    for pair_id in pairs:
        pair_pause.pause_pair(profile, pair_id, reason="consent_withdrawn")
    return pairs
