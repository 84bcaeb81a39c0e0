"""Reading a conversation: pages of visible messages around an (hlc, id) cursor, my pairs with
unread counts, and when staff last looked.

What a reader sees is worked out here: held and dismissed messages are hidden from the
recipient, a released copy shows under its original author only when program staff signed it,
activity cards carry their done mark, and "delivered" / "read" come from the other member's
receipts and read marker unless the program turned receipts off. No Qt; short read
transactions on the caller's thread (the UI thread: small indexed queries).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import Row, Select, and_, false, func, or_, select, true
from sqlalchemy.orm import Session

from desktop.models.sync_tables import DirectoryEntry, OutboxOp
from desktop.models.tables import (
    ActivityMark,
    AuditEvent,
    Meeting,
    Message,
    Pair,
    Person,
    ReadMarker,
)
from desktop.services.messaging.access import ConversationAccess
from desktop.services.messaging.items import (
    RECEIPT_ACTIONS,
    ActivityRef,
    ConversationSummary,
    MessageItem,
    now,
)
from jumelage_protocol import Role, Scope


class ConversationReading:
    """The read side of `MessagingService`, over the profile's shared `access`."""

    def __init__(self, access: ConversationAccess) -> None:
        self._access = access

    def _query(self, pair_id: str) -> Select[Message, str, str | None]:
        """A message with its author's name and its outbox error."""
        return (
            select(Message, Person.display_name, OutboxOp.last_error_code)
            .outerjoin(Person, Person.id == Message.author_id)
            .outerjoin(OutboxOp, OutboxOp.op_id == Message.id)
            .where(Message.pair_id == pair_id, self._access.visible())
        )

    def _items(
        self, s: Session, pair_id: str, rows: Iterable[Row[Message, str, str | None]]
    ) -> list[MessageItem]:
        rows = list(rows)
        receipts = bool(self._access.policies(s, pair_id).get("read_receipts", True))
        seen_by = self._others_marks(s, pair_id) if receipts else ("", "")
        cards = [m.id for m, _, _ in rows if m.activity_id is not None]
        done: set[str] = set()
        if cards:
            done = set(s.scalars(select(ActivityMark.card_id).where(
                ActivityMark.pair_id == pair_id, ActivityMark.card_id.in_(cards),
                ActivityMark.done)))  # fmt: skip
        items = [self._item(m, name, err, receipts, seen_by, done) for m, name, err in rows]
        releases = {m.id: m.release_author_id for m, _, _ in rows if m.release_of is not None}
        if releases:
            items = self._as_released(s, items, releases)
        held = [i.id for i in items if i.mine and i.state == "held"]
        if held:
            dismissed = {a.detail.get("message_id") for a in s.scalars(
                select(AuditEvent).where(AuditEvent.subject_scope == Scope.pair(pair_id),
                                         AuditEvent.action == "message_dismissed"))}  # fmt: skip
            items = [dataclasses.replace(i, state="failed", failure="dismissed_by_staff")
                     if i.id in dismissed and i.state == "held" else i for i in items]  # fmt: skip
        return items

    def _as_released(
        self, s: Session, items: list[MessageItem], authors: dict[str, str | None]
    ) -> list[MessageItem]:
        """Released copies (`authors`: copy id -> the held message's author) shown under
        their original author, if staff really signed them."""
        staff = set(
            s.scalars(select(DirectoryEntry.person_id).where(DirectoryEntry.role == Role.STAFF))
        )
        out = []
        for item in items:
            if item.id in authors and item.author_id in staff:
                author = authors[item.id] or ""
                name = s.scalar(select(Person.display_name).where(Person.id == author))
                state = item.state if author == self._access.person_id else "sent"
                item = dataclasses.replace(
                    item,
                    author_id=author,
                    author_name=name or "?",
                    mine=author == self._access.person_id,
                    state=state,
                )
            out.append(item)
        return out

    def _others_marks(self, s: Session, pair_id: str) -> tuple[str, str]:
        """The newest HLC the other side has (delivered, read), from synced receipts and the
        other member's synced read marker."""
        hlc = func.json_extract(AuditEvent.detail, "$.hlc")
        pair = s.get(Pair, pair_id)
        me = self._access.person_id
        members = [p for p in (pair.mentor_id, pair.mentee_id) if p != me] if pair else []
        rows = s.execute(
            select(AuditEvent.action, func.max(hlc))
            .where(AuditEvent.subject_scope == Scope.pair(pair_id),
                   AuditEvent.action.in_(RECEIPT_ACTIONS),
                   AuditEvent.actor_id != self._access.person_id,
                   AuditEvent.actor_id.in_(members))
            .group_by(AuditEvent.action)
        ).all()  # fmt: skip
        got = {action: value or "" for action, value in rows}
        synced_marker = s.scalar(
            select(func.max(ReadMarker.last_read_hlc)).where(
                ReadMarker.pair_id == pair_id, ReadMarker.person_id.in_(members)
            )
        )
        read = max(got.get("read", ""), synced_marker or "")
        return max(got.get("delivered", ""), read), read

    def _item(
        self,
        m: Message,
        name: str | None,
        err: str | None,
        receipts: bool,
        seen_by: tuple[str, str],
        done: set[str],
    ) -> MessageItem:
        mine = m.author_id == self._access.person_id
        state = m.state
        if state in ("sent", "delivered", "read"):
            delivered, read = seen_by
            if not receipts:
                state = "sent"
            elif read and read >= m.hlc:
                state = "read"
            elif delivered and delivered >= m.hlc:
                state = "delivered"
        activity = None
        if m.activity_id is not None:
            activity = ActivityRef(m.activity_id, m.body, m.id in done)
        failure = None
        if state == "failed":
            failure = err or "dismissed_by_staff"
        return MessageItem(
            id=m.id, pair_id=m.pair_id, author_id=m.author_id, author_name=name or "?",
            hlc=m.hlc, created_at=m.created_at, state=state, mine=mine,
            body=m.body, deleted=bool(m.deleted), edited=bool(m.edited), failure=failure,
            activity=activity,
        )  # fmt: skip

    # --- pages ------------------------------------------------------------------------

    def latest(self, pair_id: str, limit: int) -> list[MessageItem]:
        """The newest `limit` messages, oldest first."""
        with self._access.sessions() as s:
            q = self._query(pair_id).order_by(Message.hlc.desc(), Message.id.desc()).limit(limit)
            return self._items(s, pair_id, reversed(list(s.execute(q))))

    def older(self, pair_id: str, before: tuple[str, str], limit: int) -> list[MessageItem]:
        """The `limit` messages just before the (hlc, id) cursor, oldest first."""
        hlc, mid = before
        cond = or_(Message.hlc < hlc, and_(Message.hlc == hlc, Message.id < mid))
        with self._access.sessions() as s:
            q = self._query(pair_id).where(cond)
            q = q.order_by(Message.hlc.desc(), Message.id.desc()).limit(limit)
            return self._items(s, pair_id, reversed(list(s.execute(q))))

    def newer(self, pair_id: str, after: tuple[str, str], limit: int) -> list[MessageItem]:
        """The `limit` messages just after the (hlc, id) cursor, oldest first."""
        hlc, mid = after
        cond = or_(Message.hlc > hlc, and_(Message.hlc == hlc, Message.id > mid))
        with self._access.sessions() as s:
            q = self._query(pair_id).where(cond).order_by(Message.hlc, Message.id).limit(limit)
            return self._items(s, pair_id, s.execute(q))

    def since(self, pair_id: str, start: tuple[str, str] | None) -> list[MessageItem]:
        """Every message from the (hlc, id) cursor on (all of them without one)."""
        with self._access.sessions() as s:
            q = self._query(pair_id)
            if start is not None:
                hlc, mid = start
                q = q.where(or_(Message.hlc > hlc, and_(Message.hlc == hlc, Message.id >= mid)))
            return self._items(s, pair_id, s.execute(q.order_by(Message.hlc, Message.id)))

    def messages_by_id(self, pair_id: str, ids: Sequence[str]) -> list[MessageItem]:
        """The visible ones among `ids`."""
        with self._access.sessions() as s:
            q = self._query(pair_id).where(Message.id.in_(list(ids)))
            return self._items(s, pair_id, s.execute(q.order_by(Message.hlc, Message.id)))

    def count(self, pair_id: str) -> int:
        with self._access.sessions() as s:
            q = select(func.count()).select_from(self._query(pair_id).subquery())
            return s.scalar(q) or 0

    # --- the pair list ----------------------------------------------------------------

    def conversations(self) -> list[ConversationSummary]:
        """My pairs with the other person, unread count and next scheduled session."""
        me, moment = self._access.person_id, now()
        staff = true() if self._access.role == Role.STAFF else false()
        with self._access.sessions() as s:
            pairs = s.scalars(
                select(Pair)
                .where(or_(Pair.mentor_id == me, Pair.mentee_id == me, staff))
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
                    self._access.visible(),
                    self._access.not_my_release(),
                    Message.deleted.is_(False),
                    Message.hlc > (marker.last_read_hlc if marker else ""),
                )
                nxt = s.scalar(
                    select(func.min(Meeting.starts_at)).where(
                        Meeting.pair_id == p.id, Meeting.starts_at >= moment
                    )
                )
                out.append(ConversationSummary(
                    p.id, other_id, other.display_name if other else "",
                    other.role if other else (Role.MENTEE if p.mentor_id == me else Role.MENTOR),
                    p.status, s.scalar(unread_q) or 0, nxt,
                    p.pause_reason if p.status == "paused" else None,
                ))  # fmt: skip
            return out

    def last_staff_review(self, pair_id: str) -> datetime | None:
        """When program staff last read or decided on this conversation (audit events
        written by someone the server's directory names staff: a member cannot fake one)."""
        staff = select(DirectoryEntry.person_id).where(DirectoryEntry.role == Role.STAFF)
        with self._access.sessions() as s:
            return s.scalar(
                select(func.max(AuditEvent.at)).where(
                    AuditEvent.subject_scope == Scope.pair(pair_id),
                    AuditEvent.actor_id.in_(staff),
                    AuditEvent.action != "report",
                )
            )
