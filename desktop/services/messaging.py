"""The pair's conversation as use cases: pages of messages, sending, drafts, review, reports.

Hands plain dataclasses to the UI. Every synced write goes through `_record` (the sync
outbox's `record_change`: applied here and queued in one transaction). Safety rules run on
the sender's client before a message is written: a nudge needs the sender's confirmation, a
category the program sends to review holds the message from the recipient until staff
approve it. The recipient never sees a held (or dismissed) message. Reports are synced to
staff as audit events in the pair scope. Errors carry a stable `code` the UI translates.
No Qt; each call is a short transaction, run on the caller's thread (the UI thread for
page reads, which are small indexed queries).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

import desktop.sync.entities as entities
from desktop.models.sync_tables import OutboxOp
from desktop.models.tables import (
    AuditEvent,
    Draft,
    Meeting,
    Message,
    Pair,
    Person,
    Program,
    ReadMarker,
)
from desktop.sync.apply import EntitySpec, register
from desktop.sync.outbox import record_change

MAX_MESSAGE_CHARS = 10_000
ACTIVITY_MARK = "\u2063activity:"  # invisible separator: people cannot type it by accident
DONE_MARK = "\u2063activity-done:"
STAFF_REVIEW_ACTIONS = frozenset(
    {"conversation_read", "staff_read", "flag_decision", "message_approved", "message_dismissed",
     "export"}
)  # fmt: skip

# Held messages need their state to travel (a recipient hides them; staff release them).
if "state" not in entities.MESSAGE.fields:
    register(dataclasses.replace(entities.MESSAGE, fields=entities.MESSAGE.fields | {"state"}))
REPORT = register(
    EntitySpec(
        name="report",
        model=AuditEvent,
        kind="append",
        fields=frozenset({"at", "action", "subject_scope", "detail"}),
        author_column="actor_id",
        decode={"at": entities.ms_to_datetime},
    )
)


class MessagingError(Exception):
    """A refusal people can act on; `code` is stable, the UI turns it into a sentence."""

    def __init__(self, code: str, **detail: Any) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


class Checker(Protocol):
    def check(self, text: str) -> Any: ...


@dataclass(frozen=True, slots=True)
class ActivityRef:
    activity_id: str
    title: str
    done: bool = False


@dataclass(frozen=True, slots=True)
class MessageItem:
    """One visible message. `body` is None when it could not be read; `state` is as shown."""

    id: str
    pair_id: str
    author_id: str
    author_name: str
    hlc: str
    created_at: datetime
    state: str
    mine: bool
    body: str | None
    deleted: bool = False
    edited: bool = False
    failure: str | None = None
    activity: ActivityRef | None = None


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    pair_id: str
    other_id: str
    other_name: str
    other_role: str
    status: str
    unread: int
    next_session: datetime | None


@dataclass(frozen=True, slots=True)
class SendCheck:
    """What the composer must do before sending: 'send', 'nudge' (ask), or 'review' (held)."""

    action: str
    categories: tuple[str, ...] = ()
    urgent: bool = False


@dataclass(frozen=True, slots=True)
class ReportResult:
    report_id: str
    urgent: bool
    show_crisis: bool


@dataclass(frozen=True, slots=True)
class HeldMessage:
    message_id: str
    pair_id: str
    author_name: str
    created_at: datetime
    body: str


def _now() -> datetime:
    return datetime.now(UTC)


def _scope(pair_id: str) -> str:
    return f"pair:{pair_id}"


def validate_text(text: str) -> str:
    """The text to send, or `empty` / `too_long` (never shortened)."""
    if not text or not text.strip():
        raise MessagingError("empty")
    if len(text) > MAX_MESSAGE_CHARS:
        raise MessagingError("too_long", length=len(text), limit=MAX_MESSAGE_CHARS)
    return text.lstrip("\u2063") if text.startswith("\u2063") else text


def _default_checker() -> Checker | None:
    try:
        from desktop.safety.rules import SafetyChecker

        return SafetyChecker()
    except Exception:  # noqa: BLE001 - missing rule files must not stop the conversation
        return None


class MessagingService:
    """One profile's conversations. `sessions` opens a session on the profile database."""

    def __init__(
        self,
        sessions: Callable[[], Session],
        person_id: str,
        role: str,
        *,
        events: Any | None = None,
        checker: Checker | None = None,
        crisis: Callable[[str], Sequence[Any]] | None = None,
    ) -> None:
        self._sessions = sessions
        self.person_id = person_id
        self.role = role
        self._events = events
        self._checker = checker if checker is not None else _default_checker()
        self._crisis = crisis

    @classmethod
    def for_profile(cls, profile: Any, **kwargs: Any) -> MessagingService:
        return cls(profile.sessionmaker, profile.person_id, profile.role, **kwargs)

    def open_session(self) -> Session:
        """A session on the profile database, for sibling services (search)."""
        return self._sessions()

    # --- the one write path ----------------------------------------------------------

    def _record(self, s: Session, pair_id: str, entity: str, fields: dict, entity_id=None) -> str:
        return record_change(s, scope=_scope(pair_id), entity=entity, author=self.person_id,
                             fields=fields, entity_id=entity_id)  # fmt: skip

    def _announce(self, kind: str, pair_id: str, ids: Sequence[str] = ()) -> None:
        if self._events is not None:
            self._events.emit_change(kind, _scope(pair_id), ids)

    # --- reading ---------------------------------------------------------------------

    def _visible(self):
        """Others' held or dismissed messages are not shown (staff see everything)."""
        if self.role == "staff":
            return True
        return or_(Message.author_id == self.person_id, Message.state.not_in(("held", "failed")))

    def _query(self, pair_id: str):
        return (
            select(Message, Person.display_name, OutboxOp.last_error_code)
            .outerjoin(Person, Person.id == Message.author_id)
            .outerjoin(OutboxOp, OutboxOp.op_id == Message.id)
            .where(Message.pair_id == pair_id, self._visible(), ~Message.body.startswith(DONE_MARK))
        )

    def _items(self, s: Session, pair_id: str, rows) -> list[MessageItem]:
        rows = list(rows)
        policies = self._policies(s, pair_id)
        receipts = bool(policies.get("read_receipts", True))
        others_read = s.scalar(
            select(func.max(ReadMarker.last_read_hlc)).where(
                ReadMarker.pair_id == pair_id, ReadMarker.person_id != self.person_id
            )
        )
        cards = [m.id for m, _, _ in rows if (m.body or "").startswith(ACTIVITY_MARK)]
        done = set()
        if cards:
            marks = [DONE_MARK + c for c in cards]
            bodies = s.scalars(
                select(Message.body).where(Message.pair_id == pair_id, Message.body.in_(marks))
            )
            done = {b[len(DONE_MARK) :] for b in bodies}
        return [self._item(m, name, err, receipts, others_read, done) for m, name, err in rows]

    def _item(self, m: Message, name, err, receipts: bool, others_read, done) -> MessageItem:
        mine = m.author_id == self.person_id
        state = m.state
        if state in ("sent", "delivered", "read"):
            if not receipts:
                state = "sent"
            elif others_read and others_read >= m.hlc:
                state = "read"
        body, activity = m.body, None
        if body is not None and body.startswith(ACTIVITY_MARK):
            activity_id, _, title = body[len(ACTIVITY_MARK) :].partition("\n")
            activity = ActivityRef(activity_id, title, m.id in done)
        failure = None
        if state == "failed":
            failure = err or "dismissed_by_staff"
        return MessageItem(
            id=m.id, pair_id=m.pair_id, author_id=m.author_id, author_name=name or "?",
            hlc=m.hlc, created_at=m.created_at, state=state, mine=mine,
            body=body, deleted=bool(m.deleted), edited=bool(m.edited), failure=failure,
            activity=activity,
        )  # fmt: skip

    def latest(self, pair_id: str, limit: int) -> list[MessageItem]:
        """The newest `limit` messages, oldest first."""
        with self._sessions() as s:
            q = self._query(pair_id).order_by(Message.hlc.desc(), Message.id.desc()).limit(limit)
            return self._items(s, pair_id, reversed(list(s.execute(q))))

    def older(self, pair_id: str, before: tuple[str, str], limit: int) -> list[MessageItem]:
        """The `limit` messages just before the (hlc, id) cursor, oldest first."""
        hlc, mid = before
        cond = or_(Message.hlc < hlc, and_(Message.hlc == hlc, Message.id < mid))
        with self._sessions() as s:
            q = self._query(pair_id).where(cond)
            q = q.order_by(Message.hlc.desc(), Message.id.desc()).limit(limit)
            return self._items(s, pair_id, reversed(list(s.execute(q))))

    def newer(self, pair_id: str, after: tuple[str, str], limit: int) -> list[MessageItem]:
        """The `limit` messages just after the (hlc, id) cursor, oldest first."""
        hlc, mid = after
        cond = or_(Message.hlc > hlc, and_(Message.hlc == hlc, Message.id > mid))
        with self._sessions() as s:
            q = self._query(pair_id).where(cond).order_by(Message.hlc, Message.id).limit(limit)
            return self._items(s, pair_id, s.execute(q))

    def since(self, pair_id: str, start: tuple[str, str] | None) -> list[MessageItem]:
        """Every message from the (hlc, id) cursor on (all of them without one)."""
        with self._sessions() as s:
            q = self._query(pair_id)
            if start is not None:
                hlc, mid = start
                q = q.where(or_(Message.hlc > hlc, and_(Message.hlc == hlc, Message.id >= mid)))
            return self._items(s, pair_id, s.execute(q.order_by(Message.hlc, Message.id)))

    def messages_by_id(self, pair_id: str, ids: Sequence[str]) -> list[MessageItem]:
        """The visible ones among `ids` (an activity's done mark refreshes its card)."""
        with self._sessions() as s:
            bodies = s.scalars(select(Message.body).where(Message.id.in_(list(ids))))
            cards = [b[len(DONE_MARK) :] for b in bodies if b and b.startswith(DONE_MARK)]
            q = self._query(pair_id).where(Message.id.in_(list(ids) + cards))
            return self._items(s, pair_id, s.execute(q.order_by(Message.hlc, Message.id)))

    def count(self, pair_id: str) -> int:
        with self._sessions() as s:
            q = select(func.count()).select_from(self._query(pair_id).subquery())
            return s.scalar(q) or 0

    def _policies(self, s: Session, pair_id: str) -> dict:
        program = s.scalar(
            select(Program.policies)
            .join(Pair, Pair.program_id == Program.id)
            .where(Pair.id == pair_id)
        )
        return dict(program or {})

    def conversations(self) -> list[ConversationSummary]:
        """My pairs with the other person, unread count and next scheduled session."""
        me, now = self.person_id, _now()
        with self._sessions() as s:
            pairs = s.scalars(
                select(Pair)
                .where(or_(Pair.mentor_id == me, Pair.mentee_id == me, self.role == "staff"))
                .order_by(Pair.status, Pair.matched_at.desc())
            ).all()
            out = []
            for p in pairs:
                other_id = p.mentee_id if p.mentor_id == me else p.mentor_id
                other = s.get(Person, other_id)
                marker = s.get(ReadMarker, (p.id, me))
                unread_q = select(func.count()).where(
                    Message.pair_id == p.id,
                    Message.author_id != me,
                    self._visible(),
                    Message.deleted.is_(False),
                    Message.hlc > (marker.last_read_hlc if marker else ""),
                )
                nxt = s.scalar(
                    select(func.min(Meeting.starts_at)).where(
                        Meeting.pair_id == p.id, Meeting.starts_at >= now
                    )
                )
                out.append(ConversationSummary(
                    p.id, other_id, other.display_name if other else "",
                    other.role if other else ("mentee" if p.mentor_id == me else "mentor"),
                    p.status, s.scalar(unread_q) or 0, nxt,
                ))  # fmt: skip
            return out

    def last_staff_review(self, pair_id: str) -> datetime | None:
        """When program staff last read or decided on this conversation (audit events)."""
        staff = select(Person.id).where(Person.role == "staff")
        with self._sessions() as s:
            return s.scalar(
                select(func.max(AuditEvent.at)).where(
                    AuditEvent.subject_scope == _scope(pair_id),
                    or_(
                        AuditEvent.action.in_(STAFF_REVIEW_ACTIONS), AuditEvent.actor_id.in_(staff)
                    ),
                    AuditEvent.action != "report",
                )
            )

    # --- writing ---------------------------------------------------------------------

    def check(self, pair_id: str, text: str) -> SendCheck:
        """Validate and run the safety rules; raises `empty` / `too_long`."""
        validate_text(text)
        if self._checker is None:
            return SendCheck("send")
        result = self._checker.check(text)
        categories = tuple(getattr(result, "categories", ()) or ())
        action = getattr(result, "action", "send")
        with self._sessions() as s:
            review = set(self._policies(s, pair_id).get("review_categories", ()))
        urgent = action == "urgent"
        held = action == "review" or bool(getattr(result, "needs_review", False))
        if held or review.intersection(categories):
            return SendCheck("review", categories, urgent)
        if action == "nudge":
            return SendCheck("nudge", categories, urgent)
        return SendCheck("send", categories, urgent)

    def send(self, pair_id: str, text: str, *, confirmed: bool = False) -> MessageItem:
        """Write a message (pending until the server has it). A nudge needs `confirmed`."""
        verdict = self.check(pair_id, text)
        if verdict.action == "nudge" and not confirmed:
            raise MessagingError("needs_confirmation", categories=verdict.categories)
        fields: dict[str, Any] = {"body": validate_text(text),
                                  "created_at": entities.datetime_to_ms(_now())}  # fmt: skip
        if verdict.action == "review":
            fields["state"] = "held"
        with self._sessions() as s, s.begin():
            self._require_member(s, pair_id)
            message_id = self._record(s, pair_id, "message", fields)
            s.execute(delete(Draft).where(Draft.pair_id == pair_id))
        if verdict.urgent:
            self.report(pair_id, message_id, reason="self_harm_in_own_message")
        self._announce("message", pair_id, [message_id])
        return self.messages_by_id(pair_id, [message_id])[0]

    def retry(self, pair_id: str, message_id: str) -> None:
        """A failed message goes back to the outbox; one staff dismissed cannot be retried."""
        with self._sessions() as s, s.begin():
            m = s.get(Message, message_id)
            if m is None or m.author_id != self.person_id or m.state != "failed":
                raise MessagingError("not_retryable")
            if s.get(OutboxOp, message_id) is None:
                raise MessagingError("not_retryable")
            s.execute(update(OutboxOp).where(OutboxOp.op_id == message_id)
                      .values(attempts=0, last_error_code=None))  # fmt: skip
            m.state = "pending"
        self._announce("message", pair_id, [message_id])

    def _require_member(self, s: Session, pair_id: str) -> Pair:
        pair = s.get(Pair, pair_id)
        me = self.person_id
        if pair is None or (self.role != "staff" and me not in (pair.mentor_id, pair.mentee_id)):
            raise MessagingError("not_a_member")
        if pair.status != "active":
            raise MessagingError("pair_closed")
        return pair

    def draft(self, pair_id: str) -> str:
        with self._sessions() as s:
            d = s.get(Draft, pair_id)
            return d.body if d else ""

    def save_draft(self, pair_id: str, text: str) -> None:
        """Kept in the encrypted store (never synced); an empty text removes it."""
        with self._sessions() as s, s.begin():
            d = s.get(Draft, pair_id)
            if not text:
                if d is not None:
                    s.delete(d)
            elif d is None:
                s.add(Draft(pair_id=pair_id, body=text, updated_at=_now()))
            else:
                d.body, d.updated_at = text, _now()

    def mark_read(self, pair_id: str) -> None:
        """Everything shown up to now is read by me (drives unread counts and receipts)."""
        with self._sessions() as s, s.begin():
            newest = s.scalar(select(func.max(Message.hlc)).where(
                Message.pair_id == pair_id, self._visible()))  # fmt: skip
            if newest is None:
                return
            marker = s.get(ReadMarker, (pair_id, self.person_id))
            if marker is None:
                s.add(ReadMarker(pair_id=pair_id, person_id=self.person_id, last_read_hlc=newest))
            elif marker.last_read_hlc < newest:
                marker.last_read_hlc = newest
        self._announce("read_marker", pair_id)

    # --- activities ------------------------------------------------------------------

    def post_activity(self, pair_id: str, activity_id: str, title: str) -> str:
        """Post a suggested activity as a card in the conversation."""
        body = f"{ACTIVITY_MARK}{activity_id}\n{validate_text(title)}"
        with self._sessions() as s, s.begin():
            self._require_member(s, pair_id)
            mid = self._record(s, pair_id, "message", {"body": body,
                               "created_at": entities.datetime_to_ms(_now())})  # fmt: skip
        self._announce("message", pair_id, [mid])
        return mid

    def mark_activity_done(self, pair_id: str, card_id: str) -> None:
        """Either member may do it: a small synced mark, since a card is its author's alone."""
        with self._sessions() as s, s.begin():
            self._require_member(s, pair_id)
            card = s.get(Message, card_id)
            if card is None or not card.body.startswith(ACTIVITY_MARK):
                raise MessagingError("not_an_activity")
            mark = DONE_MARK + card_id
            if s.scalar(select(Message.id).where(Message.body == mark)) is None:
                mid = self._record(s, pair_id, "message", {"body": mark,
                                   "created_at": entities.datetime_to_ms(_now())})  # fmt: skip
            else:
                mid = card_id
        self._announce("message", pair_id, [mid, card_id])

    # --- staff review and reports ----------------------------------------------------

    def held_messages(self) -> list[HeldMessage]:
        """Messages waiting for a staff decision (staff only)."""
        if self.role != "staff":
            raise MessagingError("staff_only")
        with self._sessions() as s:
            q = (select(Message, Person.display_name)
                 .outerjoin(Person, Person.id == Message.author_id)
                 .where(Message.state == "held").order_by(Message.hlc))  # fmt: skip
            return [HeldMessage(m.id, m.pair_id, n or "?", m.created_at, m.body)
                    for m, n in s.execute(q)]  # fmt: skip

    def decide_held(self, message_id: str, *, approve: bool) -> None:
        """Approve (the recipient sees it) or dismiss (it is never shown to them)."""
        if self.role != "staff":
            raise MessagingError("staff_only")
        with self._sessions() as s, s.begin():
            m = s.get(Message, message_id)
            if m is None or m.state != "held":
                raise MessagingError("not_held")
            pair_id = m.pair_id
            self._record(s, pair_id, "message", {"state": "sent" if approve else "failed"},
                         entity_id=message_id)  # fmt: skip
            action = "message_approved" if approve else "message_dismissed"
            self._record(s, pair_id, "report", {"at": entities.datetime_to_ms(_now()),
                         "action": action, "subject_scope": _scope(pair_id),
                         "detail": {"message_id": message_id}})  # fmt: skip
        self._announce("message", pair_id, [message_id])

    def report(
        self, pair_id: str, message_id: str | None = None, *, reason: str = ""
    ) -> ReportResult:
        """An urgent report to program staff about a message or the whole conversation."""
        show_crisis = False
        with self._sessions() as s:
            if message_id is not None:
                bodies = list(s.scalars(select(Message.body).where(Message.id == message_id)))
            else:
                q = select(Message.body).where(Message.pair_id == pair_id, self._visible())
                bodies = list(s.scalars(q.order_by(Message.hlc.desc()).limit(20)))
        if self._checker is not None:
            show_crisis = any(
                getattr(self._checker.check(b), "action", "") == "urgent" for b in bodies if b
            )
        show_crisis = show_crisis or reason.startswith("self_harm")
        detail = {"message_id": message_id, "reason": reason[:64], "urgent": True,
                  "self_harm": show_crisis}  # fmt: skip
        with self._sessions() as s, s.begin():
            report_id = self._record(s, pair_id, "report", {"at": entities.datetime_to_ms(_now()),
                                     "action": "report", "subject_scope": _scope(pair_id),
                                     "detail": detail})  # fmt: skip
        self._announce("report", pair_id, [report_id])
        return ReportResult(report_id, True, show_crisis)

    def crisis_resources(self, lang: str) -> list[Any]:
        """Canadian crisis lines in `lang`, from the safety package."""
        if self._crisis is not None:
            return list(self._crisis(lang))
        from desktop.safety import crisis

        return list(crisis.resources(lang))
