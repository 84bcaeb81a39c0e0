"""The pair's conversation as use cases: pages of messages, sending, drafts, review, reports.

Hands plain dataclasses to the UI. Every synced write goes through `_record` (the sync
outbox's `record_change`: applied here and queued in one transaction). Safety rules run on
the sender's client before a message is written: a nudge needs the sender's confirmation, a
category the program sends to review holds the message from the recipient until staff
approve it. The recipient never sees a held (or dismissed) message. Reports go to staff
as urgent audit events, sealed into the program scope when the sync layer can
(`record_sealed_change`), else in the pair scope. Receipts ("delivered", "read") travel as
append-only `receipt` audit events unless the program turns them off. Writes never wait on
the network: after each one `nudge()` (the sync engine's) asks the network loop to push.
`on_sync_status` turns finished sync rounds into change events for the screens. Errors carry
a stable `code` the UI translates. No Qt; each call is a short transaction on the caller's
thread (the UI thread for page reads, which are small indexed queries).

Held messages (documented choice): the sender writes a `held_message` into the program
scope, sealed to the staff key (`record_sealed_change`), so the recipient's PC never receives
its text; the sender's own replica shows it as waiting. Staff approval re-publishes it into
the pair scope as a staff-signed message whose body starts with `RELEASE_MARK<held id>:<author
id>`; readers show it under that author only when its signer is program staff (the
server-confirmed directory role), and the sender's held copy then disappears behind it. A
dismissal is a pair-scope audit event the sender's client turns into "not approved". Until
this PC has the program's staff public key, a held message falls back to the pair scope with
`state: "held"`, which every client hides from the recipient (its ciphertext does reach them).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import Integer, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session, aliased

import desktop.sync.entities as entities
from desktop.models.sync_tables import AppliedOp, DirectoryEntry, OutboxOp
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
from desktop.sync import outbox
from desktop.sync.errors import SyncError
from desktop.sync.outbox import record_change

MAX_MESSAGE_CHARS = 10_000
ACTIVITY_MARK = "\u2063activity:"  # invisible separator: people cannot type it by accident
RELEASE_MARK = "\u2063released:"  # a held message staff approved: "<id>:<author>\n<body>"
# The stored state of a sealed held original once staff released it (its copy is what shows).
# The column's allowed values predate release; stored rows never hold "delivered" otherwise,
# since delivered and read are worked out from receipts when reading.
RELEASED = "delivered"
DONE_MARK = "\u2063activity-done:"
STAFF_REVIEW_ACTIONS = frozenset(
    {"conversation_read", "staff_read", "flag_decision", "message_approved", "message_dismissed",
     "export"}
)  # fmt: skip

RECEIPT_ACTIONS = ("delivered", "read")


class WriteGate:
    """One profile's writes, one at a time: this service's (on the caller's thread) and the
    sync engine's, which gets `submit` as its `submit=` (run on `writer`, the profile's
    `DatabaseWriter.submit`, or a worker thread). Shared per profile by `for_profile`."""

    _by_profile: weakref.WeakKeyDictionary[Any, WriteGate] = weakref.WeakKeyDictionary()

    def __init__(self, writer: Callable[..., concurrent.futures.Future] | None = None) -> None:
        self._lock = threading.RLock()
        self._writer = writer
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None

    @classmethod
    def for_profile(cls, profile: Any) -> WriteGate:
        gate = cls._by_profile.get(profile)
        if gate is None:
            gate = cls._by_profile[profile] = cls()
        return gate

    @contextmanager
    def hold(self) -> Iterator[None]:
        with self._lock:
            yield

    def _locked(self, fn: Callable[..., Any], *args: Any) -> Any:
        with self._lock:
            return fn(*args)

    def submit(self, fn: Callable[..., Any], *args: Any) -> concurrent.futures.Future:
        """Run `fn(*args)` off the caller's thread, holding the gate (the engine's writes)."""
        if self._writer is not None:
            return self._writer(self._locked, fn, *args)
        if self._pool is None:
            self._pool = concurrent.futures.ThreadPoolExecutor(1, "jumelage-db-gate")
        return self._pool.submit(self._locked, fn, *args)


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
class ReportItem:
    """An urgent report as staff see it (top of their review list)."""

    report_id: str
    pair_id: str
    reporter_name: str
    at: datetime
    message_id: str | None
    excerpt: str | None
    self_harm: bool


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
        nudge: Callable[[], None] | None = None,
        gate: WriteGate | None = None,
    ) -> None:
        self._sessions = sessions
        self.person_id = person_id
        self.role = role
        self._events = events
        self._checker = checker if checker is not None else _default_checker()
        self._crisis = crisis
        self.nudge = nudge  # the sync engine's `nudge` (thread-safe): push soon, never here
        self.gate = gate or WriteGate()
        self._seen: dict[str, tuple] = {}  # pair -> fingerprint, for on_sync_status

    @classmethod
    def for_profile(cls, profile: Any, **kwargs: Any) -> MessagingService:
        kwargs.setdefault("gate", WriteGate.for_profile(profile))
        return cls(profile.sessionmaker, profile.person_id, profile.role, **kwargs)

    def open_session(self) -> Session:
        """A session on the profile database, for sibling services (search)."""
        return self._sessions()

    # --- the one write path ----------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """A write transaction, one at a time with the sync engine's (the profile's gate):
        SQLite refuses a read-then-write transaction whose snapshot another writer moved."""
        with self.gate.hold(), self._sessions() as s, s.begin():
            yield s

    def _record(self, s: Session, pair_id: str, entity: str, fields: dict, entity_id=None) -> str:
        return record_change(s, scope=_scope(pair_id), entity=entity, author=self.person_id,
                             fields=fields, entity_id=entity_id)  # fmt: skip

    def _announce(self, kind: str, pair_id: str, ids: Sequence[str] = (), *, wrote=True) -> None:
        if wrote and self.nudge is not None:
            self.nudge()
        if self._events is not None:
            self._events.emit_change(kind, _scope(pair_id), ids)

    # --- reading ---------------------------------------------------------------------

    def _visible(self):
        """Others' held or dismissed messages are not shown; a held message of mine that
        staff released is shown as its released copy (staff see all but released originals)."""
        if self.role == "staff":
            return Message.state != RELEASED
        release = aliased(Message)
        released = (
            select(release.id)
            .where(release.pair_id == Message.pair_id,
                   release.body.startswith(RELEASE_MARK + Message.id + ":"))
            .exists()
        )  # fmt: skip
        return or_(
            Message.state.not_in(("held", "failed", RELEASED)),
            and_(Message.author_id == self.person_id, or_(Message.state != "held", ~released)),
        )

    def _not_my_release(self):
        """Excludes the released copies of my own held messages (they are mine, not news)."""
        return ~Message.body.like(f"{RELEASE_MARK}%:{self.person_id}\n%")

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
        seen_by = self._others_marks(s, pair_id) if receipts else ("", "")
        cards = [m.id for m, _, _ in rows if (m.body or "").startswith(ACTIVITY_MARK)]
        done = set()
        if cards:
            marks = [DONE_MARK + c for c in cards]
            bodies = s.scalars(
                select(Message.body).where(Message.pair_id == pair_id, Message.body.in_(marks))
            )
            done = {b[len(DONE_MARK) :] for b in bodies}
        items = [self._item(m, name, err, receipts, seen_by, done) for m, name, err in rows]
        if any(i.body and i.body.startswith(RELEASE_MARK) for i in items):
            items = self._as_released(s, items)
        held = [i.id for i in items if i.mine and i.state == "held"]
        if held:
            dismissed = {a.detail.get("message_id") for a in s.scalars(
                select(AuditEvent).where(AuditEvent.subject_scope == _scope(pair_id),
                                         AuditEvent.action == "message_dismissed"))}  # fmt: skip
            items = [dataclasses.replace(i, state="failed", failure="dismissed_by_staff")
                     if i.id in dismissed and i.state == "held" else i for i in items]  # fmt: skip
        return items

    def _as_released(self, s: Session, items: list[MessageItem]) -> list[MessageItem]:
        """Released copies shown under their original author, if staff really signed them."""
        staff = set(
            s.scalars(select(DirectoryEntry.person_id).where(DirectoryEntry.role == "staff"))
        )
        out = []
        for item in items:
            body = item.body or ""
            if body.startswith(RELEASE_MARK) and item.author_id in staff:
                head, _, text = body[len(RELEASE_MARK) :].partition("\n")
                author = head.partition(":")[2]
                name = s.scalar(select(Person.display_name).where(Person.id == author))
                state = item.state if author == self.person_id else "sent"
                item = dataclasses.replace(
                    item,
                    author_id=author,
                    author_name=name or "?",
                    mine=author == self.person_id,
                    body=text,
                    state=state,
                )
            out.append(item)
        return out

    def _others_marks(self, s: Session, pair_id: str) -> tuple[str, str]:
        """The newest HLC the other side has (delivered, read), from synced receipts."""
        hlc = func.json_extract(AuditEvent.detail, "$.hlc")
        pair = s.get(Pair, pair_id)
        members = (
            [p for p in (pair.mentor_id, pair.mentee_id) if p != self.person_id] if pair else []
        )
        rows = s.execute(
            select(AuditEvent.action, func.max(hlc))
            .where(AuditEvent.subject_scope == _scope(pair_id),
                   AuditEvent.action.in_(RECEIPT_ACTIONS),
                   AuditEvent.actor_id != self.person_id,
                   AuditEvent.actor_id.in_(members))
            .group_by(AuditEvent.action)
        ).all()  # fmt: skip
        got = {action: value or "" for action, value in rows}
        pair = s.get(Pair, pair_id)
        members = (
            [p for p in (pair.mentor_id, pair.mentee_id) if p != self.person_id] if pair else []
        )
        synced_marker = s.scalar(  # the other member's synced read marker
            select(func.max(ReadMarker.last_read_hlc)).where(
                ReadMarker.pair_id == pair_id, ReadMarker.person_id.in_(members)
            )
        )
        read = max(got.get("read", ""), synced_marker or "")
        return max(got.get("delivered", ""), read), read

    def _item(self, m: Message, name, err, receipts: bool, seen_by, done) -> MessageItem:
        mine = m.author_id == self.person_id
        state = m.state
        if state in ("sent", "delivered", "read"):
            delivered, read = seen_by
            if not receipts:
                state = "sent"
            elif read and read >= m.hlc:
                state = "read"
            elif delivered and delivered >= m.hlc:
                state = "delivered"
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
                    self._not_my_release(),
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
        with self._writing() as s:
            pair = self._require_member(s, pair_id)
            if verdict.action == "review":
                message_id = self._record_held(s, pair, fields)
            else:
                message_id = self._record(s, pair_id, "message", fields)
            s.execute(delete(Draft).where(Draft.pair_id == pair_id))
        if verdict.urgent:
            self.report(pair_id, message_id, reason="self_harm_in_own_message")
        self._announce("message", pair_id, [message_id])
        return self.messages_by_id(pair_id, [message_id])[0]

    def _record_held(self, s: Session, pair: Pair, fields: dict) -> str:
        """Sealed to staff in the program scope; in the pair scope (hidden) if not possible."""
        sealed = getattr(outbox, "record_sealed_change", None)
        if sealed is not None and self.role != "staff":
            try:
                with s.begin_nested():
                    return sealed(
                        s,
                        scope=f"program:{pair.program_id}",
                        entity="held_message",
                        fields={**fields, "pair_id": pair.id},
                        author=self.person_id,
                    )
            except SyncError:
                pass  # this PC has no staff public key yet
        return self._record(s, pair.id, "message", {**fields, "state": "held"})

    def retry(self, pair_id: str, message_id: str) -> None:
        """A failed message goes back to the outbox; one staff dismissed cannot be retried."""
        with self._writing() as s:
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
        with self._writing() as s:
            d = s.get(Draft, pair_id)
            if not text:
                if d is not None:
                    s.delete(d)
            elif d is None:
                s.add(Draft(pair_id=pair_id, body=text, updated_at=_now()))
            else:
                d.body, d.updated_at = text, _now()

    def mark_read(self, pair_id: str) -> None:
        """Everything shown up to now is read by me (unread counts here, a receipt there)."""
        with self._writing() as s:
            newest = s.scalar(select(func.max(Message.hlc)).where(
                Message.pair_id == pair_id, self._visible()))  # fmt: skip
            if newest is None:
                return
            marker = s.get(ReadMarker, (pair_id, self.person_id))
            if marker is not None and marker.last_read_hlc >= newest:
                return
            sent = self._sync_read_marker(s, pair_id, newest)
            if not sent:
                marker = s.get(ReadMarker, (pair_id, self.person_id))
                if marker is None:
                    s.add(ReadMarker(pair_id=pair_id, person_id=self.person_id,
                                     last_read_hlc=newest))  # fmt: skip
                else:
                    marker.last_read_hlc = newest
        self._announce("read_marker", pair_id, wrote=sent)

    def _sync_read_marker(self, s: Session, pair_id: str, newest: str) -> bool:
        """My read marker as a synced op (the other side's "read"), unless the program turned
        receipts off or I am staff: then it stays on this PC, for unread counts only."""
        if self.role == "staff" or not self._policies(s, pair_id).get("read_receipts", True):
            return False
        try:
            with s.begin_nested():
                self._record(
                    s,
                    pair_id,
                    "read_marker",
                    {"last_read_hlc": newest},
                    entity_id=entities.read_marker_id(pair_id, self.person_id),
                )
        except SyncError:
            return False
        return True

    def note_delivered(self, pair_ids: Sequence[str] | None = None) -> list[str]:
        """A 'delivered' receipt for pairs whose newest incoming message has none yet."""
        done = []
        with self._writing() as s:
            if pair_ids is None:
                pair_ids = list(s.scalars(select(Pair.id).where(Pair.status == "active")))
            for pair_id in pair_ids:
                if self._receipt(s, pair_id, "delivered"):
                    done.append(pair_id)
        if done and self.nudge is not None:
            self.nudge()
        return done

    def _receipt(self, s: Session, pair_id: str, action: str) -> bool:
        """Record a receipt up to the newest incoming message, once; never for staff or by
        a program that turned receipts off."""
        if self.role == "staff" or not self._policies(s, pair_id).get("read_receipts", True):
            return False
        newest = s.scalar(select(func.max(Message.hlc)).where(
            Message.pair_id == pair_id, Message.author_id != self.person_id,
            Message.state.not_in(("held", "failed", RELEASED)),
            self._not_my_release()))  # fmt: skip
        if newest is None:
            return False
        hlc = func.json_extract(AuditEvent.detail, "$.hlc")
        actions = ("read",) if action == "read" else RECEIPT_ACTIONS
        already = s.scalar(select(func.max(hlc)).where(
            AuditEvent.subject_scope == _scope(pair_id), AuditEvent.action.in_(actions),
            AuditEvent.actor_id == self.person_id))  # fmt: skip
        if already and already >= newest:
            return False
        try:
            self._record(s, pair_id, "receipt", {"at": entities.datetime_to_ms(_now()),
                         "action": action, "subject_scope": _scope(pair_id),
                         "detail": {"hlc": newest}})  # fmt: skip
        except SyncError:
            return False  # no pair key on this PC yet: the next read sends it
        return True

    # --- after a sync round ------------------------------------------------------------

    def _fingerprints(self) -> dict[str, tuple]:
        with self._sessions() as s:
            rows = s.execute(
                select(Message.pair_id, func.max(Message.hlc), func.count(),
                       func.sum(Message.state.in_(("pending", "held", "failed")).cast(Integer)))
                .group_by(Message.pair_id)
            ).all()  # fmt: skip
            audits = dict(s.execute(
                select(AuditEvent.subject_scope, func.count()).group_by(AuditEvent.subject_scope)
            ).all())  # fmt: skip
        return {p: (hlc, n, waiting, audits.get(_scope(p), 0)) for p, hlc, n, waiting in rows}

    def on_sync_status(self, status: Any) -> list[str]:
        """Give this to the sync engine as `on_status` (it runs on the network loop): after
        each finished round, screens hear which conversations changed and new incoming
        messages get their 'delivered' receipt. Returns the pairs announced."""
        if getattr(status, "state", None) != "synced":
            return []
        with self._sessions() as s:
            people = hash(tuple(s.execute(select(Person.id, Person.display_name)
                                          .order_by(Person.id)).all()))  # fmt: skip
            pairs = hash(tuple(s.execute(select(Pair.id, Pair.status).order_by(Pair.id)).all()))
        if self._seen.get("") != (people, pairs):  # names and pairs: the pair list re-reads
            self._seen[""] = (people, pairs)
            if self._events is not None:
                self._events.emit_change("pair", None, ())
        now = self._fingerprints()
        now[""] = self._seen[""]
        changed = [p for p, fp in now.items() if self._seen.get(p) != fp]
        self._seen = now
        if changed:
            if self.note_delivered(changed):
                self._seen = {**self._fingerprints(), "": now[""]}  # our receipt is not news
            for pair_id in changed:
                self._announce("message", pair_id, wrote=False)
        return changed

    # --- activities ------------------------------------------------------------------

    def post_activity(self, pair_id: str, activity_id: str, title: str) -> str:
        """Post a suggested activity as a card in the conversation."""
        body = f"{ACTIVITY_MARK}{activity_id}\n{validate_text(title)}"
        with self._writing() as s:
            self._require_member(s, pair_id)
            mid = self._record(s, pair_id, "message", {"body": body,
                               "created_at": entities.datetime_to_ms(_now())})  # fmt: skip
        self._announce("message", pair_id, [mid])
        return mid

    def mark_activity_done(self, pair_id: str, card_id: str) -> None:
        """Either member may do it: a small synced mark, since a card is its author's alone."""
        with self._writing() as s:
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
                 .join(Pair, Pair.id == Message.pair_id)
                 .outerjoin(Person, Person.id == Message.author_id)
                 .where(Message.state == "held",
                        Message.author_id.in_((Pair.mentor_id, Pair.mentee_id)))
                 .order_by(Message.hlc))  # fmt: skip
            return [HeldMessage(m.id, m.pair_id, n or "?", m.created_at, m.body)
                    for m, n in s.execute(q)]  # fmt: skip

    def decide_held(self, message_id: str, *, approve: bool) -> None:
        """Approve (the recipient sees it) or dismiss (it is never shown to them)."""
        if self.role != "staff":
            raise MessagingError("staff_only")
        with self._writing() as s:
            m = s.get(Message, message_id)
            if m is None or m.state != "held":
                raise MessagingError("not_held")
            pair_id = m.pair_id
            applied = s.get(AppliedOp, message_id)
            if applied is not None and applied.scope.startswith("program:"):  # sealed to us
                s.add(m)
                self._release(s, m, applied.scope, approve)
            else:
                self._record(s, pair_id, "message", {"state": "sent" if approve else "failed"},
                             entity_id=message_id)  # fmt: skip
            action = "message_approved" if approve else "message_dismissed"
            self._record(s, pair_id, "report", {"at": entities.datetime_to_ms(_now()),
                         "action": action, "subject_scope": _scope(pair_id),
                         "detail": {"message_id": message_id}})  # fmt: skip
        self._announce("message", pair_id, [message_id])

    def _release(self, s: Session, m: Message, program_scope: str, approve: bool) -> None:
        """A sealed held message: its decision for other staff, and if approved a copy in the
        pair scope, signed by us and naming its author (see RELEASE_MARK)."""
        held_id, author, body, created = m.id, m.author_id, m.body, m.created_at
        record_change(
            s,
            scope=program_scope,
            entity="held_message",
            author=self.person_id,
            fields={"state": RELEASED if approve else "failed"},
            entity_id=held_id,
        )
        if approve:
            when = created if created.tzinfo else created.replace(tzinfo=UTC)
            self._record(s, m.pair_id, "message", {
                "body": f"{RELEASE_MARK}{held_id}:{author}\n{body}",
                "created_at": entities.datetime_to_ms(when)})  # fmt: skip

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
        fields = {"at": entities.datetime_to_ms(_now()), "action": "report",
                  "subject_scope": _scope(pair_id), "detail": detail}  # fmt: skip
        with self._writing() as s:
            report_id = self._record_report(s, pair_id, fields)
        self._announce("report", pair_id, [report_id])
        return ReportResult(report_id, True, show_crisis)

    def _record_report(self, s: Session, pair_id: str, fields: dict) -> str:
        """Into the program scope, sealed to its staff key (a mentee may write there but not
        read it); in the pair scope, which staff read too, when this PC cannot seal yet."""
        sealed = getattr(outbox, "record_sealed_change", None)
        program_id = s.scalar(select(Pair.program_id).where(Pair.id == pair_id))
        if sealed is not None and program_id and self.role != "staff":
            try:
                with s.begin_nested():
                    return sealed(s, scope=f"program:{program_id}", entity="report",
                                  fields=fields, author=self.person_id)  # fmt: skip
            except SyncError:
                pass  # no staff public key here yet
        return self._record(s, pair_id, "report", fields)

    def reports(self) -> list[ReportItem]:
        """Urgent reports, newest first (staff only): what staff review before anything else."""
        if self.role != "staff":
            raise MessagingError("staff_only")
        with self._sessions() as s:
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
            at = a.at if a.at.tzinfo else a.at.replace(tzinfo=UTC)
            out.append(ReportItem(a.id, a.subject_scope.partition(":")[2], name or "?", at, mid,
                                  bodies.get(mid), bool(a.detail.get("self_harm"))))  # fmt: skip
        return out

    def crisis_resources(self, lang: str) -> list[Any]:
        """Canadian crisis lines in `lang`, from the safety package."""
        if self._crisis is not None:
            return list(self._crisis(lang))
        from desktop.safety import crisis

        return list(crisis.resources(lang))


class TypingRelay:
    """'Is typing…' over the live channel: best effort, never stored, never retried.

    `submit(coro)` runs a coroutine on the network loop (`NetworkLoop.submit`); `attach()` the
    sync engine's `LiveChannel` once it runs. Listeners get `(pair_id, sender_id, typing)` on
    the network loop thread, so a screen hops to its own thread before touching widgets.
    """

    def __init__(self, submit: Callable[[Any], Any], person_id: str) -> None:
        self._submit = submit
        self.person_id = person_id
        self._live: Any = None
        self._unsubscribe: Callable[[], None] | None = None
        self._listeners: list[Callable[[str, str, bool], None]] = []

    def attach(self, live: Any) -> None:
        """Listen on (and send through) `live`; a later channel replaces an earlier one."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._live = live
        self._unsubscribe = live.subscribe(self._incoming) if live is not None else None

    def subscribe(self, listener: Callable[[str, str, bool], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def send(self, pair_id: str, typing: bool) -> None:
        """Tell the pair; silently nothing when offline (it only matters right now)."""
        live = self._live
        if live is None:
            return
        try:
            future = self._submit(live.send_ephemeral(_scope(pair_id), "typing", typing))
        except Exception:  # noqa: BLE001 - the loop is stopping: typing does not matter then
            return
        if hasattr(future, "add_done_callback"):
            future.add_done_callback(lambda f: f.cancelled() or f.exception())

    def _incoming(self, frame: Any) -> None:
        if getattr(frame, "kind", None) != "typing" or not frame.scope.startswith("pair:"):
            return
        if frame.sender is None or frame.sender == self.person_id:
            return
        for listener in list(self._listeners):
            listener(frame.scope.partition(":")[2], frame.sender, bool(frame.value))
