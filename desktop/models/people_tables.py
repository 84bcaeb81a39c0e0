"""The program's people as staff keep them: records, guardians' consents, rules accepted.

Apart from `tables.py` so the people feature stays in one place. A `PersonRecord` is what
staff know about someone they recruit (before and after that person has an account);
`account_id` links it to the server's person once they enrol. A `Consent` is one guardian's
answer for one purpose (Law 25 s. 14 asks for each purpose separately). A `RulesAcceptance`
is a person's own "I have read the rules", with the version of the text they read. Dates of
birth are ISO text (a calendar date, no time zone). No Qt.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.tables import Base, JsonValue
from desktop.models.timestamps import utcnow

PERSON_KINDS = ("mentor", "mentee", "guardian", "staff")
PERSON_LANGUAGES = ("fr", "en")
# Age bands of mentees (a mentor's band is the mentees' band they prefer).
AGE_BANDS = ("6-9", "10-12", "13-15", "16-17", "18-25")
INTERESTS = (
    "arts", "sports", "science", "technology", "music", "reading",
    "games", "nature", "cooking", "careers", "languages", "volunteering",
)  # fmt: skip
AVAILABILITY = ("weekday_afternoon", "weekday_evening", "weekend_morning", "weekend_afternoon")
CONSENT_PURPOSES = ("messaging", "video", "supervision", "surveys")
CONSENT_METHODS = ("paper", "email", "phone", "in_person")


def _one_of(column: str, values: tuple[str, ...], name: str) -> CheckConstraint:
    allowed = ", ".join(f"'{value}'" for value in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=name)


class PersonRecord(Base):
    """Someone staff recruit: mentor, mentee, guardian or staff (merged field by field)."""

    __tablename__ = "person_records"
    __table_args__ = (
        _one_of("kind", PERSON_KINDS, "person_record_kind_allowed"),
        _one_of("language", PERSON_LANGUAGES, "person_record_language_allowed"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    display_name: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8), default="fr")
    birth_date: Mapped[str | None] = mapped_column(String(10))
    age_band: Mapped[str | None] = mapped_column(String(8))
    interests: Mapped[list[JsonValue]] = mapped_column(JSON, default=list)
    availability: Mapped[list[JsonValue]] = mapped_column(JSON, default=list)
    guardian_name: Mapped[str | None] = mapped_column(Text)
    guardian_contact: Mapped[str | None] = mapped_column(Text)
    account_id: Mapped[str | None] = mapped_column(String(64), index=True)
    invited_at: Mapped[datetime | None]
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Consent(Base):
    """A guardian's consent for one purpose of one mentee: who, when, how; withdrawn = False."""

    __tablename__ = "consents"
    __table_args__ = (
        _one_of("purpose", CONSENT_PURPOSES, "consent_purpose_allowed"),
        _one_of("method", CONSENT_METHODS, "consent_method_allowed"),
    )

    id: Mapped[str] = mapped_column(String(80), primary_key=True)  # "<record id>:<purpose>"
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    record_id: Mapped[str] = mapped_column(String(64), index=True)
    purpose: Mapped[str] = mapped_column(String(16))
    granted: Mapped[bool] = mapped_column(Boolean, default=False)
    guardian_name: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(16), default="paper")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class RulesAcceptance(Base):
    """The version of the program's rules and monitoring notice a person last accepted."""

    __tablename__ = "rules_acceptances"

    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8))
    accepted_at: Mapped[datetime] = mapped_column(default=utcnow)
