"""One pair as staff see it: its people, staff notes, support contacts, sessions, flags and
check-ins, and the recorded opening of its conversation.

Reading a pair's conversation is an audited act: `open_conversation` writes, in one
transaction, a `conversation_read` event to the program's audit log (staff only) and a
`staff_review_notice` into the pair scope carrying only the time, which the pair's permanent
notice shows ("Last staff review: 12 March"). If this PC cannot write them (no program key
yet), the conversation is not opened. Staff notes and support contacts live in the program
scope, so the pair never receives them. The next support contact is due `support_contact_days`
(a program setting, 30 by default: MENTOR's monthly monitoring) after the last one, or after
the match when there is none. No Qt; plain dataclasses out; short transactions through the
profile's write gate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop.models.audit_tables import SUPPORT_CHANNELS, SUPPORT_WITH, StaffNote, SupportContact
from desktop.models.dashboard_tables import CheckIn
from desktop.models.tables import AuditEvent, Meeting, Message, Pair, Person
from desktop.services.audit import AuditError, record_audit_in
from desktop.services.program_settings import get_setting
from desktop.services.write_gate import writing
from desktop.sync.entities import datetime_to_ms
from desktop.sync.outbox import record_change
from jumelage_protocol import Role, Scope

SUPPORT_CONTACT_DAYS = 30  # default of the program setting `support_contact_days`
MAX_NOTE = 4000  # a note is a few paragraphs, not a document
LIST_LIMIT = 200  # newest rows of each section; older ones stay in the database


@dataclass(frozen=True, slots=True)
class NoteItem:
    id: str
    author_name: str
    written_at: datetime
    body: str


@dataclass(frozen=True, slots=True)
class ContactItem:
    id: str
    author_name: str
    contacted_at: datetime
    with_whom: str  # one of SUPPORT_WITH
    channel: str  # one of SUPPORT_CHANNELS
    note: str


@dataclass(frozen=True, slots=True)
class SessionItem:
    id: str
    starts_at: datetime
    duration_minutes: int
    kind: str
    outcome: str | None


@dataclass(frozen=True, slots=True)
class FlagItem:
    """A message held for review, or an urgent report about the pair."""

    id: str
    kind: str  # "held" or "report"
    at: datetime
    author_name: str
    urgent: bool


@dataclass(frozen=True, slots=True)
class CheckInItem:
    """A member's weekly check-in."""

    at: datetime
    person_name: str
    rating: int
    comment: str


@dataclass(frozen=True, slots=True)
class PairDetail:
    pair_id: str
    program_id: str
    mentor_name: str
    mentee_name: str
    status: str
    matched_at: datetime
    next_contact_due: date | None
    contact_overdue: bool
    notes: tuple[NoteItem, ...]
    contacts: tuple[ContactItem, ...]
    sessions: tuple[SessionItem, ...]
    flags: tuple[FlagItem, ...]
    check_ins: tuple[CheckInItem, ...]


class PairDetailError(AuditError):
    """A pair this profile does not hold, or a value the form should not have let through."""


def _staff(profile: Any) -> None:
    if profile.role != Role.STAFF:
        raise PairDetailError("staff_only", "only program staff see a pair's detail")


def _pair(s: Session, pair_id: str) -> Pair:
    pair = s.get(Pair, pair_id)
    if pair is None:
        raise PairDetailError("unknown_pair", "this PC holds no such pair")
    return pair


def _now() -> datetime:
    return datetime.now(UTC)


# --- writes -----------------------------------------------------------------------------


def open_conversation(profile: Any, pair_id: str) -> str:
    """Record one staff reading of the pair's conversation; returns the audit event's id.
    Call it once per opening, before showing the messages."""
    _staff(profile)
    moment = _now()
    with writing(profile) as s:
        pair = _pair(s, pair_id)
        scope = Scope.pair(pair_id)
        event = record_audit_in(
            s, author_id=profile.person_id, program_id=pair.program_id,
            action="conversation_read", subject=scope, detail={"pair_id": pair_id},
        )  # fmt: skip
        record_change(
            s, scope=scope, entity="staff_review_notice", author=profile.person_id,
            fields={"at": datetime_to_ms(moment), "action": "conversation_read",
                    "subject_scope": scope},
        )  # fmt: skip
    return event


def add_staff_note(profile: Any, pair_id: str, body: str) -> str:
    """A staff note about the pair, in the program scope; audited without its text."""
    _staff(profile)
    text = body.strip()[:MAX_NOTE]
    if not text:
        raise PairDetailError("empty_note", "a note needs some text")
    with writing(profile) as s:
        pair = _pair(s, pair_id)
        note_id = record_change(
            s, scope=Scope.program(pair.program_id), entity="staff_note", author=profile.person_id,
            fields={"pair_id": pair_id, "written_at": datetime_to_ms(_now()), "body": text},
        )  # fmt: skip
        record_audit_in(
            s, author_id=profile.person_id, program_id=pair.program_id, action="note_added",
            subject=Scope.pair(pair_id), detail={"note_id": note_id},
        )  # fmt: skip
    return note_id


def log_support_contact(
    profile: Any,
    pair_id: str,
    *,
    with_whom: str,
    channel: str,
    note: str = "",
    contacted_at: datetime | None = None,
) -> str:
    """Staff's support contact with the mentor, mentee or family; audited without the note."""
    _staff(profile)
    if with_whom not in SUPPORT_WITH or channel not in SUPPORT_CHANNELS:
        raise PairDetailError("invalid_contact", "unknown person or channel")
    when = contacted_at or _now()
    with writing(profile) as s:
        pair = _pair(s, pair_id)
        contact_id = record_change(
            s, scope=Scope.program(pair.program_id), entity="support_contact",
            author=profile.person_id,
            fields={"pair_id": pair_id, "contacted_at": datetime_to_ms(when),
                    "with_whom": with_whom, "channel": channel, "note": note.strip()[:MAX_NOTE]},
        )  # fmt: skip
        record_audit_in(
            s, author_id=profile.person_id, program_id=pair.program_id,
            action="support_contact_logged", subject=Scope.pair(pair_id),
            detail={"contact_id": contact_id, "with": with_whom, "channel": channel},
        )  # fmt: skip
    return contact_id


# --- reads ------------------------------------------------------------------------------


def _due(s: Session, profile: Any, pair: Pair) -> date | None:
    if pair.status != "active":
        return None
    last = s.scalar(
        select(func.max(SupportContact.contacted_at)).where(SupportContact.pair_id == pair.id)
    )
    days = get_setting(profile, pair.program_id, "support_contact_days", SUPPORT_CONTACT_DAYS)
    start = last if last is not None else pair.matched_at
    return (start + timedelta(days=int(days))).date()


def next_support_contact_due(profile: Any, pair_id: str) -> date | None:
    """When staff should next contact the pair (None for a closed or unknown pair)."""
    _staff(profile)
    with profile.sessionmaker() as s:
        pair = s.get(Pair, pair_id)
        return _due(s, profile, pair) if pair is not None else None


def support_contacts_due(profile: Any) -> dict[str, date]:
    """Every active pair's next support contact, in two grouped queries (the dashboard asks
    for all pairs at once)."""
    _staff(profile)
    with profile.sessionmaker() as s:
        latest = select(SupportContact.pair_id, func.max(SupportContact.contacted_at))
        last = {pair_id: at for pair_id, at in s.execute(latest.group_by(SupportContact.pair_id))}
        pairs = s.execute(
            select(Pair.id, Pair.program_id, Pair.matched_at).where(Pair.status == "active")
        ).all()
    days: dict[str, int] = {}
    due: dict[str, date] = {}
    for pair_id, program_id, matched_at in pairs:
        if program_id not in days:
            days[program_id] = int(
                get_setting(profile, program_id, "support_contact_days", SUPPORT_CONTACT_DAYS)
            )
        start = last.get(pair_id) or matched_at
        due[pair_id] = (start + timedelta(days=days[program_id])).date()
    return due


def _check_ins(s: Session, pair_id: str) -> tuple[CheckInItem, ...]:
    """The pair's weekly check-ins, newest first (they reach staff sealed to the staff key)."""
    who = aliased(Person)
    rows = s.execute(
        select(CheckIn.answered_at, who.display_name, CheckIn.rating, CheckIn.comment)
        .outerjoin(who, who.id == CheckIn.person_id)
        .where(CheckIn.pair_id == pair_id)
        .order_by(CheckIn.answered_at.desc())
        .limit(LIST_LIMIT)
    )
    return tuple(
        CheckInItem(at=at, person_name=name or "", rating=rating, comment=comment or "")
        for at, name, rating, comment in rows
    )


def load_pair_detail(profile: Any, pair_id: str, *, today: date | None = None) -> PairDetail:
    """Everything the pair detail page shows, read in one session (the newest of each list)."""
    _staff(profile)
    mentor, mentee = aliased(Person), aliased(Person)
    with profile.sessionmaker() as s:
        found = s.execute(
            select(Pair, mentor.display_name, mentee.display_name)
            .outerjoin(mentor, mentor.id == Pair.mentor_id)
            .outerjoin(mentee, mentee.id == Pair.mentee_id)
            .where(Pair.id == pair_id)
        ).first()
        if found is None:
            raise PairDetailError("unknown_pair", "this PC holds no such pair")
        pair, mentor_name, mentee_name = found
        due = _due(s, profile, pair)
        author = aliased(Person)
        notes = tuple(
            NoteItem(n.id, name or "", n.written_at, n.body)
            for n, name in s.execute(
                select(StaffNote, author.display_name)
                .outerjoin(author, author.id == StaffNote.author_id)
                .where(StaffNote.pair_id == pair_id)
                .order_by(StaffNote.written_at.desc()).limit(LIST_LIMIT)
            )
        )  # fmt: skip
        contacts = tuple(
            ContactItem(c.id, name or "", c.contacted_at, c.with_whom, c.channel, c.note)
            for c, name in s.execute(
                select(SupportContact, author.display_name)
                .outerjoin(author, author.id == SupportContact.author_id)
                .where(SupportContact.pair_id == pair_id)
                .order_by(SupportContact.contacted_at.desc()).limit(LIST_LIMIT)
            )
        )  # fmt: skip
        sessions = tuple(
            SessionItem(m.id, m.starts_at, m.duration_minutes, m.kind, m.outcome)
            for m in s.scalars(
                select(Meeting).where(Meeting.pair_id == pair_id)
                .order_by(Meeting.starts_at.desc()).limit(LIST_LIMIT)
            )
        )  # fmt: skip
        flags = _flags(s, pair_id)
    today = today or _now().date()
    return PairDetail(
        pair_id=pair.id, program_id=pair.program_id, mentor_name=mentor_name or "",
        mentee_name=mentee_name or "", status=pair.status, matched_at=pair.matched_at,
        next_contact_due=due, contact_overdue=due is not None and due < today,
        notes=notes, contacts=contacts, sessions=sessions, flags=flags,
        check_ins=_check_ins(s, pair_id),
    )  # fmt: skip


def _flags(s: Session, pair_id: str) -> tuple[FlagItem, ...]:
    """Held messages and urgent reports about the pair, newest first."""
    who = aliased(Person)
    held = s.execute(
        select(Message.id, Message.created_at, who.display_name)
        .outerjoin(who, who.id == Message.author_id)
        .where(Message.pair_id == pair_id, Message.state == "held")
        .order_by(Message.created_at.desc()).limit(LIST_LIMIT)
    )  # fmt: skip
    reports = s.execute(
        select(AuditEvent.id, AuditEvent.at, who.display_name)
        .outerjoin(who, who.id == AuditEvent.actor_id)
        .where(AuditEvent.subject_scope == Scope.pair(pair_id), AuditEvent.action == "report")
        .order_by(AuditEvent.at.desc()).limit(LIST_LIMIT)
    )  # fmt: skip
    items = [FlagItem(i, "held", at, n or "", False) for i, at, n in held]
    items += [FlagItem(i, "report", at, n or "", True) for i, at, n in reports]
    return tuple(sorted(items, key=lambda f: f.at, reverse=True))
