"""People staff recruit: add, edit, list with their state, and invite.

A person record is synced (kind `person_record`, program scope, staff only) and merges field
by field, so the form writes only the fields the staff member changed and says which fields
someone else changed meanwhile. Validation answers with codes per field, which the form turns
into sentences beside the fields (what was typed stays). States are worked out in SQL:
closed, matched (an active pair), enrolled (an account), invited, or just added. Screening and
training states come from their own features. No Qt; reads run on any thread, writes hold the
profile's gate.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import String, case, exists, func, literal, or_, select
from sqlalchemy.orm import Session

# The choices the forms offer, re-exported: the UI reaches the tables only through services.
from desktop.models.people_tables import AGE_BANDS as AGE_BANDS
from desktop.models.people_tables import AVAILABILITY as AVAILABILITY
from desktop.models.people_tables import INTERESTS as INTERESTS
from desktop.models.people_tables import PERSON_KINDS as PERSON_KINDS
from desktop.models.people_tables import PERSON_LANGUAGES as PERSON_LANGUAGES
from desktop.models.people_tables import PersonRecord
from desktop.models.tables import Pair, Person, Program
from desktop.services import accounts, audit
from desktop.services.write_gate import writing
from desktop.sync.entities import datetime_to_ms
from desktop.sync.keystore import get_state
from desktop.sync.outbox import record_change
from jumelage_protocol import CodedError, Scope

MENTEE_AGES = (6, 25)  # a mentee outside these ages is a typing mistake
MENTOR_AGES = (16, 100)
ADULT_AGE = 18
STATES = ("added", "invited", "enrolled", "matched", "closed")
_FORM_FIELDS = (
    "kind", "display_name", "language", "birth_date", "age_band", "interests", "availability",
    "guardian_name", "guardian_contact",
)  # fmt: skip


class PeopleError(CodedError, ValueError):
    """A person record that cannot be saved as asked; `detail` never holds personal data."""


class FormProblems(PeopleError):
    """Fields that do not validate: `problems` maps a field name to a code."""

    code = "form_invalid"

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(detail=", ".join(sorted(problems)))
        self.problems = problems


@dataclass(frozen=True)
class PersonForm:
    """What staff type about a person (dates of birth are calendar dates)."""

    kind: str
    display_name: str
    language: str = "fr"
    birth_date: date | None = None
    age_band: str | None = None
    interests: tuple[str, ...] = ()
    availability: tuple[str, ...] = ()
    guardian_name: str = ""
    guardian_contact: str = ""


@dataclass(frozen=True)
class PersonRow:
    """One person of the program as the People list shows them."""

    id: str
    form: PersonForm
    state: str
    account_id: str | None
    age: int | None
    invited_at: datetime | None = None
    closed: bool = False

    @property
    def display_name(self) -> str:
        return self.form.display_name

    @property
    def kind(self) -> str:
        return self.form.kind


def age_on(birth: date, today: date) -> int:
    """Whole years between `birth` and `today`."""
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def band_of_age(age: int) -> str | None:
    """The mentee age band an age falls in (None outside every band)."""
    for band in AGE_BANDS:
        low, high = (int(part) for part in band.split("-"))
        if low <= age <= high:
            return band
    return None


def is_minor(form: PersonForm, today: date) -> bool:
    """A mentee under 18 (by birth date, or by age band when no date is known)."""
    if form.kind != "mentee":
        return False
    if form.birth_date is not None:
        return age_on(form.birth_date, today) < ADULT_AGE
    return form.age_band is not None and form.age_band != AGE_BANDS[-1]


def validate(form: PersonForm, today: date | None = None) -> dict[str, str]:
    """Problems per field (empty: the form may be saved). Codes, never sentences."""
    today = today or date.today()
    problems: dict[str, str] = {}
    if not form.display_name.strip():
        problems["display_name"] = "name_required"
    if form.kind not in PERSON_KINDS:
        problems["kind"] = "kind_unknown"
    if form.language not in PERSON_LANGUAGES:
        problems["language"] = "language_unknown"
    if form.age_band is not None and form.age_band not in AGE_BANDS:
        problems["age_band"] = "age_band_unknown"
    if form.birth_date is not None:
        age = age_on(form.birth_date, today)
        low, high = MENTEE_AGES if form.kind == "mentee" else MENTOR_AGES
        if form.birth_date > today:
            problems["birth_date"] = "birth_date_future"
        elif form.kind in ("mentee", "mentor") and not low <= age <= high:
            problems["birth_date"] = f"{form.kind}_age_impossible"
    elif form.kind == "mentee" and form.age_band is None:
        problems["birth_date"] = "mentee_age_required"
    if set(form.interests) - set(INTERESTS):
        problems["interests"] = "interest_unknown"
    if set(form.availability) - set(AVAILABILITY):
        problems["availability"] = "availability_unknown"
    if is_minor(form, today) and not form.guardian_name.strip():
        problems["guardian_name"] = "guardian_required"
    return problems


def _fields(form: PersonForm) -> dict[str, object]:
    return {
        "kind": form.kind,
        "display_name": form.display_name.strip(),
        "language": form.language,
        "birth_date": form.birth_date.isoformat() if form.birth_date else None,
        "age_band": form.age_band,
        "interests": sorted(form.interests),
        "availability": sorted(form.availability),
        "guardian_name": form.guardian_name.strip() or None,
        "guardian_contact": form.guardian_contact.strip() or None,
    }


def _form_of(record: PersonRecord) -> PersonForm:
    return PersonForm(
        kind=record.kind,
        display_name=record.display_name,
        language=record.language,
        birth_date=date.fromisoformat(record.birth_date) if record.birth_date else None,
        age_band=record.age_band,
        interests=tuple(str(i) for i in record.interests or ()),
        availability=tuple(str(a) for a in record.availability or ()),
        guardian_name=record.guardian_name or "",
        guardian_contact=record.guardian_contact or "",
    )


def find_duplicates(
    profile: Any, program_id: str, form: PersonForm, *, exclude: str | None = None
) -> list[str]:
    """Records with the same name (ignoring case and spaces) and the same birth date."""
    birth = form.birth_date.isoformat() if form.birth_date else None
    query = select(PersonRecord.id, PersonRecord.display_name).where(
        PersonRecord.program_id == program_id,
        PersonRecord.birth_date.is_(None) if birth is None else PersonRecord.birth_date == birth,
        PersonRecord.id != (exclude or ""),
    )
    wanted = " ".join(form.display_name.split()).casefold()
    with profile.sessionmaker() as s:
        found = s.execute(query).all()
    return [rid for rid, name in found if " ".join(name.split()).casefold() == wanted]


def _write(profile: Any, program_id: str, record_id: str, fields: dict[str, object]) -> None:
    with writing(profile) as s:
        record_change(
            s,
            scope=Scope.program(program_id),
            entity="person_record",
            author=profile.person_id,
            entity_id=record_id,
            fields=fields,
        )


def add_person(
    profile: Any,
    program_id: str,
    form: PersonForm,
    *,
    allow_duplicate: bool = False,
    today: date | None = None,
) -> str:
    """Save a new person; `FormProblems` for bad fields, `duplicate_person` unless allowed."""
    problems = validate(form, today)
    if problems:
        raise FormProblems(problems)
    if not allow_duplicate and find_duplicates(profile, program_id, form):
        raise PeopleError("duplicate_person", "same name and birth date as another record")
    record_id = os.urandom(12).hex()
    _write(profile, program_id, record_id, {**_fields(form), "closed": False})
    return record_id


def update_person(
    profile: Any, row: PersonRow, form: PersonForm, *, today: date | None = None
) -> tuple[str, ...]:
    """Save what changed between `row` (as the form loaded it) and `form`, field by field.

    Returns the fields someone else changed since `row` was read (their values are kept
    where this edit did not touch them), so the form can say the two edits were merged.
    """
    problems = validate(form, today)
    if problems:
        raise FormProblems(problems)
    before, after = _fields(row.form), _fields(form)
    mine = {name: value for name, value in after.items() if before[name] != value}
    current = get_person(profile, row.id)
    theirs = tuple(
        name for name, value in _fields(current.form).items() if before[name] != value
    ) if current is not None else ()  # fmt: skip
    if mine:
        _write(profile, program_of(profile, row.id), row.id, mine)
    return theirs


def set_account(profile: Any, record_id: str, account_id: str) -> None:
    """Link a record to the server account its person enrolled with."""
    _write(profile, program_of(profile, record_id), record_id, {"account_id": account_id})


def mark_invited(profile: Any, record_id: str, when: datetime | None = None) -> None:
    when = when or datetime.now(UTC)
    _write(profile, program_of(profile, record_id), record_id,
           {"invited_at": datetime_to_ms(when)})  # fmt: skip


def close_person(profile: Any, record_id: str) -> None:
    _write(profile, program_of(profile, record_id), record_id, {"closed": True})


def program_of(profile: Any, record_id: str) -> str:
    """The program a record belongs to (`no_such_person` if this PC does not know it)."""
    with profile.sessionmaker() as s:
        program_id: str | None = s.scalar(
            select(PersonRecord.program_id).where(PersonRecord.id == record_id)
        )
    if program_id is None:
        raise PeopleError("no_such_person", "this PC does not know this person")
    return program_id


def _account_column() -> Any:
    """The record's account: the one it was linked to, or else, once invited, the one
    enrolled person of that role who introduced themself under exactly that name (the letter
    asks people to enrol under their name). Two accounts claiming one name link neither:
    staff then see "invited", not a guess."""
    same_name = (
        select(func.min(Person.id))
        .where(
            Person.role == PersonRecord.kind,
            func.lower(func.trim(Person.display_name)) == func.lower(PersonRecord.display_name),
        )
        .having(func.count() == 1)
        .correlate_except(Person)  # the record is the outer query's, at any depth
        .scalar_subquery()
    )
    invited = case((PersonRecord.invited_at.is_not(None), same_name), else_=None)
    return func.coalesce(PersonRecord.account_id, invited)


def _state_column(account: Any) -> Any:
    matched = (
        exists()
        .where(Pair.status == "active", or_(Pair.mentor_id == account, Pair.mentee_id == account))
        .correlate_except(Pair)
    )
    return case(
        (PersonRecord.closed.is_(True), literal("closed", String)),
        (matched, literal("matched", String)),
        (account.is_not(None), literal("enrolled", String)),
        (PersonRecord.invited_at.is_not(None), literal("invited", String)),
        else_=literal("added", String),
    )


def _rows(s: Session, *conditions: Any, state: str | None = None) -> list[PersonRow]:
    account = _account_column()
    state_col = _state_column(account)
    query = select(PersonRecord, account, state_col).where(*conditions)
    if state is not None:
        query = query.where(state_col == state)
    query = query.order_by(func.lower(PersonRecord.display_name), PersonRecord.id)
    today = date.today()
    out = []
    for record, account_id, row_state in s.execute(query):
        form = _form_of(record)
        out.append(
            PersonRow(
                id=record.id,
                form=form,
                state=row_state,
                account_id=account_id,
                age=age_on(form.birth_date, today) if form.birth_date else None,
                invited_at=record.invited_at,
                closed=record.closed,
            )
        )
    return out


def list_people(
    profile: Any,
    program_id: str,
    *,
    search: str = "",
    kind: str | None = None,
    state: str | None = None,
) -> list[PersonRow]:
    """The program's people by name; `search` matches a part of the name (any case)."""
    conditions: list[Any] = [PersonRecord.program_id == program_id]
    if kind is not None:
        conditions.append(PersonRecord.kind == kind)
    needle = search.strip()
    if needle.isascii() and needle:
        conditions.append(func.instr(func.lower(PersonRecord.display_name), needle.lower()) > 0)
    with profile.sessionmaker() as s:
        rows = _rows(s, *conditions, state=state)
    if not needle.isascii():  # SQLite's lower() folds ASCII only: accents are matched here
        rows = [r for r in rows if needle.casefold() in r.display_name.casefold()]
    return rows


def get_person(profile: Any, record_id: str) -> PersonRow | None:
    with profile.sessionmaker() as s:
        rows = _rows(s, PersonRecord.id == record_id)
    return rows[0] if rows else None


def with_form(row: PersonRow, **changes: Any) -> PersonForm:
    """The row's form with some fields changed (for edits made in code and tests)."""
    return replace(row.form, **changes)


@dataclass(frozen=True)
class Invitation:
    """What an invite letter says: the one-time code, for whom, in which language, where."""

    code: str
    display_name: str
    language: str
    kind: str
    server_url: str


async def invite_person(
    profile: Any, record_id: str, *, server_url: str | None = None
) -> Invitation:
    """Staff: a one-time invite for this person's role; the record becomes "invited".
    Guardians get no account (`guardian_no_account`). The code is shown once, never stored."""
    row = get_person(profile, record_id)
    if row is None:
        raise PeopleError("no_such_person", "this PC does not know this person")
    if row.kind == "guardian":
        raise PeopleError("guardian_no_account", "guardians are not invited")
    program_id = program_of(profile, record_id)
    code = await accounts.invite(profile, program_id, row.kind, server_url)
    mark_invited(profile, record_id)
    audit.record_audit(profile, program_id=program_id, action="person_invited",
                       subject=f"person_record:{record_id}", detail={"role": row.kind})  # fmt: skip
    with profile.sessionmaker() as s:
        url = server_url or get_state(s, "server_url") or ""
    return Invitation(code, row.display_name, row.form.language, row.kind, url)


def program_name(profile: Any, program_id: str) -> str:
    """The program's name as this PC knows it (empty if it does not)."""
    with profile.sessionmaker() as s:
        name: str | None = s.scalar(select(Program.name).where(Program.id == program_id))
    return name or ""
