"""Receipts and what a finished sync round means for the screens.

"Delivered" and "read" travel as append-only `receipt` audit events (and my read marker as a
synced op) unless the program turns receipts off; staff never send them. `on_sync_status` is
the sync engine's `on_status`: it runs on the network loop after each round, announces which
conversations changed (ids only) and sends "delivered" for new incoming messages. No Qt;
`mark_read` runs on the UI thread, the rest on the network loop, each a short gated
transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Integer, func, select
from sqlalchemy.orm import Session

import desktop.sync.entities as entities
from desktop.models.tables import ActivityMark, AuditEvent, Message, Pair, Person, ReadMarker
from desktop.runtime.events import ChangeKind
from desktop.services.messaging.access import ConversationAccess
from desktop.services.messaging.items import HIDDEN_STATES, RECEIPT_ACTIONS, now
from desktop.sync.errors import SyncError
from jumelage_protocol import Role, Scope

if TYPE_CHECKING:
    from desktop.sync.status import SyncStatus

# what a conversation looked like after a sync round (newest message, counts, markers...):
# only compared with the next round's, never read
Fingerprint = tuple[object, ...]


class ConversationReceipts:
    """Read markers, delivered receipts and sync-round news, as part of `MessagingService`.
    Keeps what the last sync round saw, to tell the next one's news."""

    def __init__(self, access: ConversationAccess) -> None:
        self._access = access
        self._seen: dict[str, Fingerprint] = {}  # pair -> fingerprint, for on_sync_status

    def _sends_receipts(self, s: Session, pair_id: str) -> bool:
        if self._access.role == Role.STAFF:
            return False
        return bool(self._access.policies(s, pair_id).get("read_receipts", True))

    def mark_read(self, pair_id: str) -> None:
        """Everything shown up to now is read by me (unread counts here, a receipt there)."""
        with self._access.writing() as s:
            newest = s.scalar(select(func.max(Message.hlc)).where(
                Message.pair_id == pair_id, self._access.visible()))  # fmt: skip
            if newest is None:
                return
            marker = s.get(ReadMarker, (pair_id, self._access.person_id))
            if marker is not None and marker.last_read_hlc >= newest:
                return
            sent = self._sync_read_marker(s, pair_id, newest)
            if not sent:
                marker = s.get(ReadMarker, (pair_id, self._access.person_id))
                if marker is None:
                    s.add(ReadMarker(pair_id=pair_id, person_id=self._access.person_id,
                                     last_read_hlc=newest))  # fmt: skip
                else:
                    marker.last_read_hlc = newest
        self._access.announce(ChangeKind.READ_MARKER, pair_id, wrote=sent)

    def _sync_read_marker(self, s: Session, pair_id: str, newest: str) -> bool:
        """My read marker as a synced op (the other side's "read"), unless the program turned
        receipts off or I am staff: then it stays on this PC, for unread counts only."""
        if not self._sends_receipts(s, pair_id):
            return False
        try:
            with s.begin_nested():
                self._access.record(
                    s,
                    pair_id,
                    "read_marker",
                    {"last_read_hlc": newest},
                    entity_id=entities.read_marker_id(pair_id, self._access.person_id),
                )
        except SyncError:
            return False
        return True

    def note_delivered(self, pair_ids: Sequence[str] | None = None) -> list[str]:
        """A 'delivered' receipt for pairs whose newest incoming message has none yet."""
        done = []
        with self._access.writing() as s:
            if pair_ids is None:
                live = Pair.status.in_(("active", "paused"))
                pair_ids = list(s.scalars(select(Pair.id).where(live)))
            for pair_id in pair_ids:
                if self._receipt(s, pair_id, "delivered"):
                    done.append(pair_id)
        if done and self._access.nudge is not None:
            self._access.nudge()
        return done

    def _receipt(self, s: Session, pair_id: str, action: str) -> bool:
        """Record a receipt up to the newest incoming message, once; never for staff or by
        a program that turned receipts off."""
        if not self._sends_receipts(s, pair_id):
            return False
        newest = s.scalar(select(func.max(Message.hlc)).where(
            Message.pair_id == pair_id, Message.author_id != self._access.person_id,
            Message.state.not_in(HIDDEN_STATES), self._access.not_my_release()))  # fmt: skip
        if newest is None:
            return False
        hlc = func.json_extract(AuditEvent.detail, "$.hlc")
        actions = ("read",) if action == "read" else RECEIPT_ACTIONS
        already = s.scalar(select(func.max(hlc)).where(
            AuditEvent.subject_scope == Scope.pair(pair_id), AuditEvent.action.in_(actions),
            AuditEvent.actor_id == self._access.person_id))  # fmt: skip
        if already and already >= newest:
            return False
        try:
            self._access.record(s, pair_id, "receipt", {"at": entities.datetime_to_ms(now()),
                         "action": action, "subject_scope": Scope.pair(pair_id),
                         "detail": {"hlc": newest}})  # fmt: skip
        except SyncError:
            return False  # no pair key on this PC yet: the next read sends it
        return True

    # --- after a sync round ------------------------------------------------------------

    def _fingerprints(self) -> dict[str, Fingerprint]:
        with self._access.sessions() as s:
            rows = s.execute(
                select(Message.pair_id, func.max(Message.hlc), func.count(),
                       func.sum(Message.state.in_(("pending", "held", "failed")).cast(Integer)))
                .group_by(Message.pair_id)
            ).all()  # fmt: skip
            audits = dict(s.execute(
                select(AuditEvent.subject_scope, func.count()).group_by(AuditEvent.subject_scope)
            ).all())  # fmt: skip
            done = dict(s.execute(
                select(ActivityMark.pair_id, func.count()).where(ActivityMark.done)
                .group_by(ActivityMark.pair_id)
            ).all())  # fmt: skip  # a card marked done changes how it shows
            # the other person's read marker can arrive alone (a fast pull): it is news too
            markers: dict[str, Fingerprint] = {}
            for pair_id, person_id, hlc in s.execute(
                select(ReadMarker.pair_id, ReadMarker.person_id, ReadMarker.last_read_hlc)
                .order_by(ReadMarker.pair_id, ReadMarker.person_id)
            ):
                markers[pair_id] = markers.get(pair_id, ()) + ((person_id, hlc),)
        return {
            p: (hlc, n, waiting, audits.get(Scope.pair(p), 0), markers.get(p, ()), done.get(p, 0))
            for p, hlc, n, waiting in rows
        }

    def on_sync_status(self, status: SyncStatus) -> list[str]:
        """Give this to the sync engine as `on_status` (it runs on the network loop): after
        each finished round, screens hear which conversations changed and new incoming
        messages get their 'delivered' receipt. Returns the pairs announced."""
        if getattr(status, "state", None) != "synced":
            return []
        with self._access.sessions() as s:
            people = hash(tuple(s.execute(select(Person.id, Person.display_name)
                                          .order_by(Person.id)).all()))  # fmt: skip
            pairs = hash(tuple(s.execute(select(Pair.id, Pair.status).order_by(Pair.id)).all()))
        if self._seen.get("") != (people, pairs):  # names and pairs: the pair list re-reads
            self._seen[""] = (people, pairs)
            if self._access.events is not None:
                self._access.events.emit_change(ChangeKind.PAIR, None, ())
        fingerprints = self._fingerprints()
        fingerprints[""] = self._seen[""]
        changed = [p for p, fp in fingerprints.items() if self._seen.get(p) != fp]
        self._seen = fingerprints
        if changed:
            if self.note_delivered(changed):
                self._seen = {**self._fingerprints(), "": fingerprints[""]}  # our receipt: no news
            for pair_id in changed:
                self._access.announce(ChangeKind.MESSAGE, pair_id, wrote=False)
        return changed
