"""Staff review and reports: held messages and their release, urgent reports, crisis lines.

Reports go to staff as urgent audit events, sealed into the program scope when the sync layer
can (`record_sealed_change`), else in the pair scope (staff read it too).

Held messages (documented choice): the sender writes a `held_message` into the program
scope, sealed to the staff key (`record_sealed_change`), so the recipient's PC never receives
its text; the sender's own replica shows it as waiting. Staff approval marks it "released"
for other staff and re-publishes it into the pair scope as a staff-signed copy naming the held
message (`release_of`) and its author (`release_author_id`), at the original's HLC so it
takes its original place in the conversation; readers show it under that author
only when its signer is program staff (the server-confirmed directory role), and the sender's
held original then disappears behind it. A
dismissal is a pair-scope audit event the sender's client turns into "not approved". Until
this PC has the program's staff public key, a held message falls back to the pair scope with
`state: "held"`, which every client hides from the recipient (its ciphertext does reach them).
No Qt; short gated transactions on the caller's thread.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

import desktop.sync.entities as entities
from desktop.models.sync_tables import AppliedOp
from desktop.models.tables import AuditEvent, Message, Pair, Person
from desktop.runtime.events import ChangeKind
from desktop.safety.crisis import CrisisCard, Lang
from desktop.services.messaging.access import ConversationAccess
from desktop.services.messaging.items import (
    RELEASED,
    HeldMessage,
    MessagingError,
    ReportItem,
    ReportResult,
    aware,
    now,
)
from desktop.sync.outbox import record_change
from jumelage_protocol import Scope, ScopeKind, scope_kind

MAX_REPORT_NOTE = 500  # a reporter's own words: enough to say what happened, bounded


class ConversationReview:
    """What staff decide and what members report, as part of `MessagingService`."""

    def __init__(self, access: ConversationAccess) -> None:
        self._access = access

    def held_messages(self) -> list[HeldMessage]:
        """Messages waiting for a staff decision (staff only)."""
        self._access.require_staff()
        with self._access.sessions() as s:
            q = (select(Message, Person.display_name)
                 .join(Pair, Pair.id == Message.pair_id)
                 .outerjoin(Person, Person.id == Message.author_id)
                 .where(Message.state == "held",
                        Message.author_id.in_((Pair.mentor_id, Pair.mentee_id)))
                 .order_by(Message.hlc))  # fmt: skip
            return [HeldMessage(m.id, m.pair_id, n or "?", m.created_at, m.body)
                    for m, n in s.execute(q)]  # fmt: skip

    def decide_held(self, message_id: str, *, approve: bool, note: str = "") -> None:
        """Approve (the recipient sees it) or dismiss (it is never shown to them); `note` is
        the staff member's reason, kept in the audit event (sealed like every op)."""
        self._access.require_staff()
        with self._access.writing() as s:
            m = s.get(Message, message_id)
            if m is None or m.state != "held":
                raise MessagingError("not_held")
            pair_id = m.pair_id
            applied = s.get(AppliedOp, message_id)
            sealed_to_us = applied is not None and scope_kind(applied.scope) is ScopeKind.PROGRAM
            if sealed_to_us and applied is not None:
                s.add(m)
                self._release(s, m, applied.scope, approve)
            else:
                self._access.record(s, pair_id, "message",
                                    {"state": "sent" if approve else "failed"},
                                    entity_id=message_id)  # fmt: skip
            action = "message_approved" if approve else "message_dismissed"
            self._access.record(s, pair_id, "report", {"at": entities.datetime_to_ms(now()),
                         "action": action, "subject_scope": Scope.pair(pair_id),
                         "detail": {"message_id": message_id,
                                    "note": note.strip()[:MAX_REPORT_NOTE]}})  # fmt: skip
        self._access.announce(ChangeKind.MESSAGE, pair_id, [message_id])

    def _release(self, s: Session, m: Message, program_scope: str, approve: bool) -> None:
        """A sealed held message: its decision for other staff, and if approved a copy in the
        pair scope, signed by us and naming the held message and its author."""
        held_id, author, body, created, hlc = m.id, m.author_id, m.body, m.created_at, m.hlc
        record_change(
            s,
            scope=program_scope,
            entity="held_message",
            author=self._access.person_id,
            fields={"state": RELEASED if approve else "failed"},
            entity_id=held_id,
        )
        if approve:
            self._access.record(s, m.pair_id, "message", {
                "body": body, "created_at": entities.datetime_to_ms(aware(created)),
                "release_of": held_id, "release_author_id": author,
                "hlc": hlc})  # at the held original's place, not the approval's  # fmt: skip

    # --- reports ------------------------------------------------------------------------

    def report(
        self, pair_id: str, message_id: str | None = None, *, reason: str = "", note: str = ""
    ) -> ReportResult:
        """An urgent report to program staff about a message or the whole conversation.

        `reason` is a short code (`self_harm`, `unsafe`, `uncomfortable`, `other`, or empty);
        `note` is the reporter's own words, sealed with the report. Neither is ever required.
        """
        show_crisis = False
        with self._access.sessions() as s:
            if message_id is not None:
                bodies = list(s.scalars(select(Message.body).where(Message.id == message_id)))
            else:
                q = select(Message.body).where(Message.pair_id == pair_id, self._access.visible())
                bodies = list(s.scalars(q.order_by(Message.hlc.desc()).limit(20)))
        checker = self._access.checker
        if checker is not None:
            show_crisis = any(
                getattr(checker.check(b), "action", "") == "urgent" for b in bodies if b
            )
        self_harm = show_crisis or reason.startswith("self_harm")
        detail = {"message_id": message_id, "reason": reason[:64], "urgent": True,
                  "self_harm": self_harm, "note": note.strip()[:MAX_REPORT_NOTE]}  # fmt: skip
        fields = {"at": entities.datetime_to_ms(now()), "action": "report",
                  "subject_scope": Scope.pair(pair_id), "detail": detail}  # fmt: skip
        with self._access.writing() as s:
            report_id = self._record_report(s, pair_id, fields)
        self._access.announce(ChangeKind.REPORT, pair_id, [report_id])
        return ReportResult(report_id, True, self_harm or reason == "unsafe")

    def _record_report(self, s: Session, pair_id: str, fields: dict[str, Any]) -> str:
        """Sealed to staff when this PC can (a mentee may write the program scope but not read
        it); else in the pair scope, which staff read too."""
        program_id = s.scalar(select(Pair.program_id).where(Pair.id == pair_id))
        sealed = self._access.record_sealed(s, program_id, "report", fields)
        return sealed if sealed is not None else self._access.record(s, pair_id, "report", fields)

    def reports(self) -> list[ReportItem]:
        """Urgent reports, newest first (staff only): what staff review before anything else."""
        self._access.require_staff()
        with self._access.sessions() as s:
            q = (select(AuditEvent, Person.display_name)
                 .outerjoin(Person, Person.id == AuditEvent.actor_id)
                 .where(AuditEvent.action == "report").order_by(AuditEvent.at.desc()))  # fmt: skip
            rows = s.execute(q).all()
            ids = [a.detail.get("message_id") for a, _ in rows if a.detail.get("message_id")]
            q2 = select(Message.id, Message.body).where(Message.id.in_(ids))
            bodies = dict(s.execute(q2).all())
        out = []
        for a, name in rows:
            mid = a.detail.get("message_id")
            mid = mid if isinstance(mid, str) else None  # JSON: an id, or nothing
            out.append(ReportItem(a.id, Scope.parse(a.subject_scope).id, name or "?",
                                  aware(a.at), mid, bodies.get(mid) if mid else None,
                                  bool(a.detail.get("self_harm")),
                                  str(a.detail.get("reason") or "")[:64],
                                  str(a.detail.get("note") or "")[:MAX_REPORT_NOTE]))  # fmt: skip
        return out

    def crisis_resources(self, lang: str) -> list[CrisisCard]:
        """Canadian crisis lines in `lang`, from the safety package."""
        if self._access.crisis is not None:
            return list(self._access.crisis(lang))
        from desktop.safety import crisis

        return list(crisis.resources(cast(Lang, lang)))  # which refuses any other language
