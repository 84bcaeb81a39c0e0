"""Access and deletion requests about one person (PIPEDA principle 4.9, Québec Law 25 s. 27-28).

**Access.** `person_archive` gathers what this staff PC holds about one person: their
profile, their pairs (with the other member's role, not their name), the messages they
wrote, their pairs' sessions, their screening checks, why their matches ended, and the audit
events they caused or that concern them. It leaves out other people's messages, even those
addressed to them: those are the other person's personal information, which PIPEDA
(s. 9(1)) and Québec's private-sector act (s. 40) say to withhold from an access request
unless they can be severed or the other person consents; the archive states how many were
withheld. `write_archive` writes it as readable JSON into a new folder; the UI adds a PDF
summary and warns first that the files leave the encrypted store.

**Deletion.** `delete_person` erases, through synced tombstones every replica applies, the
messages the person wrote and their screening checks; blanks their name and the notes on
why their matches ended. It keeps, and says it keeps, what safety requires: the audit
events (who did what, including staff decisions and reports) and messages still held for
safety review. Their server account is not deleted from here (an administrator revokes it),
and their own PC's copy is out of reach.

Plain dataclasses, no Qt; writes through the profile's gate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select

from desktop.models.closing_tables import Closure, ScreeningCheck
from desktop.models.tables import AuditEvent, JsonValue, Meeting, Message, Pair, Person
from desktop.services.audit import record_audit
from desktop.services.write_gate import writing
from desktop.sync.errors import SyncError
from desktop.sync.outbox import record_change
from jumelage_protocol import CodedError, Role, Scope

Record = dict[str, JsonValue]


class PersonRecordsError(CodedError, ValueError):
    """`not_staff`, `no_such_person`, or a sync code (e.g. a pair key this PC lacks)."""


@dataclass(frozen=True, slots=True)
class PersonArchive:
    person_id: str
    display_name: str
    generated_at: datetime
    sections: dict[str, list[Record]]  # name -> records, in a stable order
    withheld_messages: int  # other people's messages in their pairs, left out

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.sections.items()}


@dataclass(frozen=True, slots=True)
class DeletionReport:
    messages_erased: int
    checks_deleted: int
    closure_notes_blanked: int
    kept_held_messages: int  # waiting for safety review
    kept_audit_events: int


SAFETY_KEPT = ("held", "released")


def _words_of(person_id: str) -> ColumnElement[bool]:
    """Messages carrying the person's words: theirs, and staff's released copies of them."""
    released = func.coalesce(Message.release_author_id, "")  # NULL would void a NOT
    return or_(Message.author_id == person_id, released == person_id)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def _require_staff(profile: Any) -> None:
    if profile.role != Role.STAFF:
        raise PersonRecordsError("not_staff")


def person_archive(profile: Any, person_id: str) -> PersonArchive:
    """Staff: everything this PC holds about `person_id` (see the module doc)."""
    _require_staff(profile)
    with profile.sessionmaker() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise PersonRecordsError("no_such_person")
        pairs = s.scalars(
            select(Pair).where(or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id))
            .order_by(Pair.matched_at, Pair.id)
        ).all()  # fmt: skip
        pair_ids = [p.id for p in pairs]
        written = s.scalars(
            select(Message)
            .where(_words_of(person_id), Message.state != "released", Message.deleted.is_(False))
            .order_by(Message.hlc)
        ).all()
        withheld = s.scalar(
            select(func.count()).select_from(Message).where(
                Message.pair_id.in_(pair_ids), ~_words_of(person_id),
                Message.deleted.is_(False))
        ) or 0  # fmt: skip
        meetings = s.scalars(
            select(Meeting).where(Meeting.pair_id.in_(pair_ids)).order_by(Meeting.starts_at)
        ).all()
        checks = s.scalars(
            select(ScreeningCheck).where(ScreeningCheck.mentor_id == person_id)
            .order_by(ScreeningCheck.done_at)
        ).all()  # fmt: skip
        closures = s.scalars(select(Closure).where(Closure.id.in_(pair_ids))).all()
        events = s.scalars(
            select(AuditEvent).where(or_(
                AuditEvent.actor_id == person_id,
                AuditEvent.subject_scope == Scope.person(person_id)))
            .order_by(AuditEvent.at)
        ).all()  # fmt: skip
        sections: dict[str, list[Record]] = {
            "person": [{"id": person.id, "display_name": person.display_name,
                        "role": person.role, "program_id": person.program_id}],
            "pairs": [{"pair_id": p.id,
                       "role_in_pair": "mentor" if p.mentor_id == person_id else "mentee",
                       "with_role": "mentee" if p.mentor_id == person_id else "mentor",
                       "status": p.status, "matched_at": _iso(p.matched_at),
                       "closed_at": _iso(p.closed_at)} for p in pairs],
            "messages_written": [{"id": m.id, "pair_id": m.pair_id,
                                  "created_at": _iso(m.created_at), "text": m.body,
                                  "state": m.state} for m in written],
            "sessions": [{"pair_id": m.pair_id, "starts_at": _iso(m.starts_at),
                          "duration_minutes": m.duration_minutes, "kind": m.kind,
                          "outcome": m.outcome} for m in meetings],
            "screening_checks": [{"kind": c.kind, "outcome": c.outcome,
                                  "done_on": c.done_at.date().isoformat(),
                                  "expires_on": c.expires_at.date().isoformat()
                                  if c.expires_at else None, "note": c.note} for c in checks],
            "match_closures": [{"pair_id": c.id, "kind": c.kind, "reason": c.reason,
                                "note": c.note, "rematch": c.rematch,
                                "closed_at": _iso(c.closed_at)} for c in closures],
            "audit_events": [{"at": _iso(e.at), "action": e.action,
                              "by_this_person": e.actor_id == person_id} for e in events],
        }  # fmt: skip
        return PersonArchive(person.id, person.display_name, datetime.now(UTC), sections,
                             withheld)  # fmt: skip


def write_archive(archive: PersonArchive, folder: Path) -> Path:
    """Write `archive.json` into a new folder under `folder`; returns that folder."""
    stamp = archive.generated_at.strftime("%Y%m%d-%H%M%S")
    target = Path(folder) / f"jumelage-access-{archive.person_id}-{stamp}"
    target.mkdir(parents=True, exist_ok=False)
    document = {
        "generated_at": _iso(archive.generated_at),
        "person_id": archive.person_id,
        "withheld": {
            "messages_by_other_people": archive.withheld_messages,
            "why": "Other people's messages are their personal information (PIPEDA s. 9(1); "
            "Québec private-sector act s. 40).",
        },
        **archive.sections,
    }
    (target / "archive.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return target


def delete_person(profile: Any, person_id: str) -> DeletionReport:
    """Staff: erase what the program holds of a person but what safety keeps (module doc)."""
    _require_staff(profile)
    me = profile.person_id
    try:
        with writing(profile) as s:
            person = s.get(Person, person_id)
            if person is None:
                raise PersonRecordsError("no_such_person")
            written = s.execute(
                select(Message.id, Message.pair_id, Message.state).where(
                    _words_of(person_id), Message.deleted.is_(False)
                )
            ).all()
            # held (and released) originals live in the program scope, for safety review;
            # a released copy, in the pair, carries their words and is erased
            erase = [(mid, pid) for mid, pid, state in written if state not in SAFETY_KEPT]
            for message_id, pair_id in erase:
                record_change(s, scope=Scope.pair(pair_id), entity="tombstone", author=me,
                              entity_id=message_id, fields={"entity": "message"})  # fmt: skip
            program = Scope.program(profile.program_id)
            checks = list(
                s.scalars(select(ScreeningCheck.id).where(ScreeningCheck.mentor_id == person_id))
            )
            for check_id in checks:
                record_change(s, scope=program, entity="tombstone", author=me,
                              entity_id=check_id, fields={"entity": "screening"})  # fmt: skip
            pair_ids = list(s.scalars(select(Pair.id).where(
                or_(Pair.mentor_id == person_id, Pair.mentee_id == person_id))))  # fmt: skip
            notes = list(s.scalars(select(Closure.id).where(Closure.id.in_(pair_ids),
                                                            Closure.note != "")))  # fmt: skip
            for pair_id in notes:
                record_change(s, scope=program, entity="closure", author=me, entity_id=pair_id,
                              fields={"note": ""})  # fmt: skip
            for scope in [program, *(Scope.pair(p) for p in pair_ids)]:
                record_change(s, scope=scope, entity="person", author=me, entity_id=person_id,
                              fields={"display_name": "", "role": person.role})  # fmt: skip
            kept_events = s.scalar(
                select(func.count()).select_from(AuditEvent).where(or_(
                    AuditEvent.actor_id == person_id,
                    AuditEvent.subject_scope == Scope.person(person_id)))
            ) or 0  # fmt: skip
    except SyncError as exc:
        raise PersonRecordsError(exc.code) from exc
    report = DeletionReport(len(erase), len(checks), len(notes), len(written) - len(erase),
                            kept_events)  # fmt: skip
    record_audit(profile, program_id=profile.program_id or "", action="person_deleted",
                 subject=Scope.person(person_id),
                 detail={"messages_erased": report.messages_erased,
                         "checks_deleted": report.checks_deleted,
                         "kept_held_messages": report.kept_held_messages})  # fmt: skip
    return report


def record_export(profile: Any, person_id: str, counts: dict[str, int]) -> None:
    """Audit an access export (`access_exported`), with what it held and no content."""
    record_audit(profile, program_id=profile.program_id or "", action="access_exported",
                 subject=Scope.person(person_id),
                 detail={name: n for name, n in counts.items()})  # fmt: skip
