"""Synced kinds of the people feature: staff's person records and consents, and each
person's own acceptance of the program's rules.

Records and consents live in the program scope, which only staff can read, and only staff
may write them: a mentor or mentee who forges one (a consent for themselves, a changed birth
date) is quarantined by every replica. Both merge last-writer-wins per field, so two staff
members editing the same person offline keep each other's changes to different fields.
A rules acceptance is written by its person only, in their own scope (their other PCs then
do not ask again).
"""

from __future__ import annotations

from desktop.models.people_tables import (
    CONSENT_METHODS,
    CONSENT_PURPOSES,
    PERSON_KINDS,
    PERSON_LANGUAGES,
    Consent,
    PersonRecord,
    RulesAcceptance,
)
from desktop.sync.entities import ms_to_datetime
from desktop.sync.kinds import EntitySpec, grant
from jumelage_protocol import ScopeKind

PERSON_RECORD = EntitySpec(
    name="person_record",
    model=PersonRecord,
    kind="lww",
    fields=frozenset(
        {
            "kind",
            "display_name",
            "language",
            "birth_date",
            "age_band",
            "interests",
            "availability",
            "guardian_name",
            "guardian_contact",
            "account_id",
            "invited_at",
            "closed",
        }
    ),  # fmt: skip
    writers=(grant("staff", ScopeKind.PROGRAM, delete=True),),
    required=frozenset({"kind", "display_name", "language"}),
    scope_column="program_id",
    decode={"invited_at": ms_to_datetime},
    choices={"kind": PERSON_KINDS, "language": PERSON_LANGUAGES},
)

CONSENT = EntitySpec(
    name="consent",
    model=Consent,
    kind="lww",
    fields=frozenset({"record_id", "purpose", "granted", "guardian_name", "method", "recorded_at"}),
    writers=(grant("staff", ScopeKind.PROGRAM),),
    required=frozenset({"record_id", "purpose", "granted", "recorded_at"}),
    scope_column="program_id",
    decode={"recorded_at": ms_to_datetime},
    choices={"purpose": CONSENT_PURPOSES, "method": CONSENT_METHODS},
)

RULES_ACCEPTANCE = EntitySpec(
    name="rules_acceptance",
    model=RulesAcceptance,
    kind="lww",
    fields=frozenset({"version", "language", "accepted_at"}),
    writers=(grant("owner", ScopeKind.PERSON),),
    required=frozenset({"version", "language", "accepted_at"}),
    id_column="person_id",
    owner_column="person_id",
    decode={"accepted_at": ms_to_datetime},
    choices={"language": PERSON_LANGUAGES},
)

PEOPLE_KINDS = (PERSON_RECORD, CONSENT, RULES_ACCEPTANCE)
