"""The staff review queue: held messages and urgent reports in one list, urgent first.

Thousands of items (a bad word list) must not freeze anything, so the queue is counted,
filtered and paged in SQL (one UNION of held messages and reports, minus the items staff
have closed), and only a page's bodies are decrypted and read. Order: items escalated to me
first, then urgent ones, then the longest waiting. Each item can be shown in context (a few
messages before and after), with what raised it: the report's reason, or the safety rule
categories this staff client finds when it re-checks the held text with its current rules.

Decisions: approve (a held message is released at its original place), dismiss with a
reason, escalate to the program's safeguarding lead (setting `safeguarding_lead`), or pause
the pair (`pair_pause`). Each decision is a synced `review_decision` among staff and an audit
event. No Qt; reads run on a worker thread (the page's `LatestRead`), writes are short gated
transactions on the caller's thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from sqlalchemy import Row, Select, String, and_, case, false, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from desktop.models.review_tables import ReviewDecision
from desktop.models.tables import AuditEvent, Message, Pair, Person
from desktop.services.audit import record_audit
from desktop.services.messaging.items import RELEASED, aware
from desktop.services.pair_pause import pause_pair, resume_pair
from desktop.services.profiles import Profile
from desktop.services.program_settings import get_setting
from desktop.sync.entities import datetime_to_ms
from desktop.sync.outbox import record_change
from jumelage_protocol import CodedError, Role, Scope

Kind = Literal["held", "report"]
PAGE_SIZE = 50
CONTEXT = 3  # messages shown before and after the one an item is about
MAX_REASON = 500
REVIEW_TARGET_HOURS = 24  # the default of the program setting `review_target_hours`


class ReviewError(CodedError):
    """`staff_only`, `not_open` (decided meanwhile), `not_held` or `no_safeguarding_lead`."""


class _Checker(Protocol):
    def check(self, text: str) -> object: ...


class _HeldDecider(Protocol):
    def decide_held(self, message_id: str, *, approve: bool, note: str = "") -> None: ...


@dataclass(frozen=True, slots=True)
class QueueFilter:
    kind: Kind | None = None  # None: both
    urgent_only: bool = False
    pair_id: str | None = None


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One open item. `raised_by`: a report's reason code, or the rule categories found in
    a held text; `message_id`: the message it is about (None: a whole conversation)."""

    item_id: str
    kind: Kind
    pair_id: str
    at: datetime
    urgent: bool
    escalated_to_me: bool
    escalated: bool
    author_name: str
    message_id: str | None
    excerpt: str | None
    raised_by: tuple[str, ...]
    note: str
    self_harm: bool
    pair_paused: bool = False


@dataclass(frozen=True, slots=True)
class QueuePage:
    items: list[QueueItem]
    total: int  # open items matching the filter
    urgent: int  # of which urgent
    offset: int


@dataclass(frozen=True, slots=True)
class ContextLine:
    message_id: str
    author_name: str
    at: datetime
    body: str
    state: str
    subject: bool  # the message the item is about


def review_target_hours(profile: Profile, pair_id: str) -> int:
    """How soon the pair's program aims to review a held message, in hours (the program
    setting `review_target_hours`, 24 by default): what the pair is told. Any member."""
    with profile.sessionmaker() as s:
        program_id = s.scalar(select(Pair.program_id).where(Pair.id == pair_id)) or ""
    hours = get_setting(profile, program_id, "review_target_hours", REVIEW_TARGET_HOURS)
    return hours if isinstance(hours, int) and hours > 0 else REVIEW_TARGET_HOURS


class ReviewQueue:
    """One staff profile's review queue; `messaging` releases or dismisses held messages."""

    def __init__(
        self,
        profile: Profile,
        messaging: _HeldDecider,
        *,
        checker: _Checker | None = None,
        announce: Callable[[str], None] | None = None,
    ) -> None:
        self._profile = profile
        self._messaging = messaging
        self._checker = checker
        self._announce = announce or (lambda _pair_id: None)

    # --- reading (any thread) -----------------------------------------------------------

    def _open_items(self, where: QueueFilter) -> Select[tuple[object, ...]]:
        """Open items as rows (item_id, kind, pair_id, subject_scope, at, urgent,
        escalated_to), filtered; held messages and reports in one SELECT."""
        held = (
            select(
                Message.id.label("item_id"),
                literal("held", String).label("kind"),
                Message.pair_id.label("pair_id"),
                literal(None, String).label("subject_scope"),
                Message.created_at.label("at"),
                literal(0).label("urgent"),
            )
            .join(Pair, Pair.id == Message.pair_id)
            .where(Message.state == "held", Message.author_id.in_((Pair.mentor_id, Pair.mentee_id)))
        )
        reports = select(
            AuditEvent.id.label("item_id"),
            literal("report", String).label("kind"),
            literal(None, String).label("pair_id"),
            AuditEvent.subject_scope.label("subject_scope"),
            AuditEvent.at.label("at"),
            literal(1).label("urgent"),
        ).where(AuditEvent.action == "report")
        if where.pair_id is not None:
            held = held.where(Message.pair_id == where.pair_id)
            reports = reports.where(AuditEvent.subject_scope == Scope.pair(where.pair_id))
        wanted = [("held", held), ("report", reports)]
        parts = [p for k, p in wanted if where.kind in (None, k)
                 and not (where.urgent_only and k == "held")]  # fmt: skip
        if not parts:
            parts = [held.where(false())]
        items = union_all(*parts).subquery("items")
        decision = aliased(ReviewDecision)
        return (
            select(items, decision.escalated_to)
            .outerjoin(decision, decision.item_id == items.c.item_id)
            .where(or_(decision.decision.is_(None), decision.decision == "escalated"))
        )

    def page(self, where: QueueFilter = QueueFilter(), offset: int = 0,
             limit: int = PAGE_SIZE) -> QueuePage:  # fmt: skip
        """A page of open items (escalated to me, then urgent, then oldest first), with the
        counts of the whole filtered queue."""
        self._require_staff()
        me = self._profile.person_id
        rows = self._open_items(where).subquery("open")
        mine = case((rows.c.escalated_to == me, 0), else_=1)
        with self._profile.sessionmaker() as s:
            total, urgent = s.execute(
                select(func.count(), func.coalesce(func.sum(rows.c.urgent), 0))
            ).one()
            found = s.execute(
                select(rows)
                .order_by(mine, rows.c.urgent.desc(), rows.c.at, rows.c.item_id)
                .offset(max(0, offset))
                .limit(max(1, limit))
            ).all()
            items = self._describe(s, me, found)
        return QueuePage(items, int(total), int(urgent), max(0, offset))

    def urgent_ids(self) -> list[str]:
        """Every open urgent item (for the staff notification); ids only."""
        self._require_staff()
        rows = self._open_items(QueueFilter(urgent_only=True))
        with self._profile.sessionmaker() as s:
            return [r.item_id for r in s.execute(rows)]

    def _describe(self, s: Session, me: str, rows: Sequence[Row[Any]]) -> list[QueueItem]:
        held_ids = [r.item_id for r in rows if r.kind == "held"]
        report_ids = [r.item_id for r in rows if r.kind == "report"]
        held = {m.id: (m, n) for m, n in s.execute(
            select(Message, Person.display_name).outerjoin(Person, Person.id == Message.author_id)
            .where(Message.id.in_(held_ids)))}  # fmt: skip
        reports = {a.id: (a, n) for a, n in s.execute(
            select(AuditEvent, Person.display_name)
            .outerjoin(Person, Person.id == AuditEvent.actor_id)
            .where(AuditEvent.id.in_(report_ids)))}  # fmt: skip
        about = [str(a.detail.get("message_id")) for a, _ in reports.values()
                 if a.detail.get("message_id")]  # fmt: skip
        bodies = dict(
            s.execute(select(Message.id, Message.body).where(Message.id.in_(about))).all()
        )
        pairs = {m.pair_id for m, _ in held.values()} | {
            Scope.parse(a.subject_scope).id for a, _ in reports.values()
        }
        paused = set(s.scalars(select(Pair.id).where(Pair.id.in_(pairs), Pair.status == "paused")))
        out: list[QueueItem] = []
        for r in rows:
            item_id, kind, escalated_to = r.item_id, r.kind, r.escalated_to
            flags = dict(escalated_to_me=escalated_to == me, escalated=escalated_to is not None)
            if kind == "held" and item_id in held:
                m, name = held[item_id]
                out.append(QueueItem(item_id, "held", m.pair_id, aware(m.created_at), False,
                                     author_name=name or "?", message_id=m.id, excerpt=m.body,
                                     raised_by=self._rules(m.body), note="", self_harm=False,
                                     pair_paused=m.pair_id in paused, **flags))  # fmt: skip
            elif kind == "report" and item_id in reports:
                a, name = reports[item_id]
                mid = a.detail.get("message_id")
                message_id = str(mid) if mid else None
                reason = str(a.detail.get("reason") or "")[:64]
                out.append(QueueItem(item_id, "report", Scope.parse(a.subject_scope).id,
                                     aware(a.at), True, author_name=name or "?",
                                     message_id=message_id,
                                     excerpt=bodies.get(message_id) if message_id else None,
                                     raised_by=(reason,) if reason else (),
                                     note=str(a.detail.get("note") or "")[:MAX_REASON],
                                     self_harm=bool(a.detail.get("self_harm")),
                                     pair_paused=Scope.parse(a.subject_scope).id in paused,
                                     **flags))  # fmt: skip
        return out

    def _rules(self, body: str) -> tuple[str, ...]:
        """The rule categories this client's current rules find in a held text."""
        if self._checker is None or not body:
            return ()
        found = getattr(self._checker.check(body), "categories", ()) or ()
        return tuple(sorted(str(c) for c in found))

    def context(self, item: QueueItem, around: int = CONTEXT) -> list[ContextLine]:
        """The item's message with `around` messages before and after it (the newest
        messages for a report about a whole conversation), oldest first."""
        self._require_staff()
        visible = Message.state != RELEASED
        with self._profile.sessionmaker() as s:
            subject = s.get(Message, item.message_id) if item.message_id else None
            base = (select(Message, Person.display_name)
                    .outerjoin(Person, Person.id == Message.author_id)
                    .where(Message.pair_id == item.pair_id, visible))  # fmt: skip
            if subject is None:
                rows = list(s.execute(base.order_by(Message.hlc.desc(), Message.id.desc())
                                      .limit(2 * around + 1)))[::-1]  # fmt: skip
            else:
                key = (subject.hlc, subject.id)
                before = base.where(
                    or_(Message.hlc < key[0], and_(Message.hlc == key[0], Message.id < key[1]))
                )
                after = base.where(
                    or_(Message.hlc > key[0], and_(Message.hlc == key[0], Message.id > key[1]))
                )
                rows = [
                    *list(s.execute(before.order_by(Message.hlc.desc(), Message.id.desc())
                                    .limit(around)))[::-1],
                    *s.execute(base.where(Message.id == subject.id)),
                    *s.execute(after.order_by(Message.hlc, Message.id).limit(around)),
                ]  # fmt: skip
            return [ContextLine(m.id, n or "?", aware(m.created_at), m.body, m.state,
                                m.id == item.message_id) for m, n in rows]  # fmt: skip

    # --- deciding (UI thread, short gated writes) ----------------------------------------

    def approve(self, item: QueueItem) -> None:
        """Release a held message to the recipient, at its original place."""
        self._require_staff()
        if item.kind != "held":
            raise ReviewError("not_held")
        self._messaging.decide_held(item.item_id, approve=True)
        self._audit(item, "review_approved", {})

    def dismiss(self, item: QueueItem, reason: str) -> None:
        """Close the item with staff's reason (a held message is then never delivered)."""
        self._require_staff()
        reason = reason.strip()[:MAX_REASON]
        if item.kind == "held":
            self._messaging.decide_held(item.item_id, approve=False, note=reason)
        self._decide(item, {"decision": "dismissed", "reason": reason})
        self._audit(item, "review_dismissed", {"reason": reason})

    def escalate(self, item: QueueItem, note: str = "") -> str:
        """Hand the item to the program's safeguarding lead (shown to them first); returns
        the lead's person id, or `no_safeguarding_lead` when the program names none."""
        self._require_staff()
        program_id = self._program_of(item.pair_id)
        lead = str(get_setting(self._profile, program_id, "safeguarding_lead", "") or "")
        if not lead:
            raise ReviewError("no_safeguarding_lead")
        note = note.strip()[:MAX_REASON]
        self._decide(item, {"decision": "escalated", "escalated_to": lead, "reason": note})
        self._audit(item, "review_escalated", {"to": lead, "note": note})
        return lead

    def pause(self, item: QueueItem, note: str = "") -> None:
        """Pause the item's pair for a staff review (the item stays open)."""
        self._require_staff()
        pause_pair(self._profile, item.pair_id, reason="staff_review", note=note)
        self._announce(item.pair_id)

    def resume(self, item: QueueItem) -> None:
        """Lift the pause of the item's pair."""
        self._require_staff()
        resume_pair(self._profile, item.pair_id)
        self._announce(item.pair_id)

    def _decide(self, item: QueueItem, fields: dict[str, object]) -> None:
        program_id = self._program_of(item.pair_id)
        with self._profile.gate.transaction(self._profile.sessionmaker) as s:
            current = s.get(ReviewDecision, item.item_id)
            if current is not None and current.decision != "escalated":
                raise ReviewError("not_open")
            now_ms = datetime_to_ms(datetime.now(UTC))
            record_change(s, scope=Scope.program(program_id), entity="review_decision",
                          author=self._profile.person_id, entity_id=item.item_id,
                          fields={**fields, "decided_at": now_ms})  # fmt: skip
        self._announce(item.pair_id)

    def _audit(self, item: QueueItem, action: str, detail: dict[str, object]) -> None:
        record_audit(self._profile, program_id=self._program_of(item.pair_id), action=action,
                     subject=item.item_id,
                     detail={"kind": item.kind, "pair_id": item.pair_id, **detail})  # fmt: skip

    def _program_of(self, pair_id: str) -> str:
        with self._profile.sessionmaker() as s:
            program_id = s.scalar(select(Pair.program_id).where(Pair.id == pair_id))
        return program_id or ""

    def _require_staff(self) -> None:
        if self._profile.role != Role.STAFF:
            raise ReviewError("staff_only")
