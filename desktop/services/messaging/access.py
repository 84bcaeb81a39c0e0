"""The messaging service's way into one profile's database: sessions, the one gated write
path, change notices and nudges after a write, membership and who may see which message.

`ConversationAccess` is the one object the parts of `MessagingService` (reading, sending,
review, receipts) share, handed to each at composition, so none reaches into another's state.
Every synced write goes through `record` (the sync outbox's `record_change`: applied here and
queued in one transaction) inside `writing`, which holds the profile's `WriteGate` so it never
races the sync engine's writes. Writes never wait on the network: `announce` calls `nudge()`
(the sync engine's) to push soon. No Qt; each call is a short transaction on the caller's
thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol, cast

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

import desktop.sync.entities as entities
from desktop.models.sync_tables import DirectoryEntry
from desktop.models.tables import Message, Pair, Program
from desktop.resources import BUNDLED, Resources
from desktop.runtime.events import ChangeEvents, ChangeKind
from desktop.safety import CheckResult, SafetyChecker, SafetyRulesError
from desktop.safety.crisis import CrisisCard
from desktop.services.messaging.items import (
    HIDDEN_STATES,
    RELEASED,
    MessagingError,
    now,
)
from desktop.services.safety_rules import checker_for_pair
from desktop.services.write_gate import WriteGate
from desktop.sync import outbox
from desktop.sync.errors import SyncError
from desktop.sync.outbox import record_change
from jumelage_protocol import Role, Scope


class Checker(Protocol):
    def check(self, text: str) -> CheckResult: ...


log = logging.getLogger(__name__)


def _default_checker(resources: Resources) -> Checker | None:
    """The checker of the shipped rules; None when they are missing or broken, and then sending
    refuses (`safety_rules_unavailable`): a message never leaves unchecked. Reading, reports
    and everything else go on."""
    try:
        return SafetyChecker.from_directory(resources.path("safety"))
    except SafetyRulesError as exc:
        log.error("safety rules unusable, sending is refused: %s", exc.code)
        return None


class ConversationAccess:
    """What the parts of one profile's messaging share: `sessions` opens a session on the
    profile database; this person's ids, the safety checker and crisis lines, the write gate,
    change notices (`events`) and the sync engine's `nudge`."""

    def __init__(
        self,
        sessions: Callable[[], Session],
        person_id: str,
        role: str,
        *,
        events: ChangeEvents | None = None,
        checker: Checker | None = None,
        crisis: Callable[[str], Sequence[CrisisCard]] | None = None,
        nudge: Callable[[], None] | None = None,
        gate: WriteGate | None = None,
        resources: Resources = BUNDLED,
    ) -> None:
        self.sessions = sessions
        self.person_id = person_id
        self.role = role
        self.events = events
        self.checker = checker if checker is not None else _default_checker(resources)
        self.crisis = crisis
        self.nudge = nudge  # the sync engine's `nudge` (thread-safe): push soon, never here
        self.gate = gate or WriteGate()

    # --- the one write path ----------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction, one at a time with the sync engine's (the profile's gate):
        SQLite refuses a read-then-write transaction whose snapshot another writer moved."""
        with self.gate.transaction(self.sessions) as s:
            yield s

    def record(
        self,
        s: Session,
        pair_id: str,
        entity: str,
        fields: dict[str, Any],
        entity_id: str | None = None,
    ) -> str:
        return record_change(s, scope=Scope.pair(pair_id), entity=entity, author=self.person_id,
                             fields=fields, entity_id=entity_id)  # fmt: skip

    def record_sealed(
        self, s: Session, program_id: str | None, entity: str, fields: dict[str, Any]
    ) -> str | None:
        """Into the program scope, sealed to its staff key (a member may write there but not
        read it); None when this PC cannot seal yet (no staff public key) or I am staff."""
        sealed = getattr(outbox, "record_sealed_change", None)
        if sealed is None or not program_id or self.role == Role.STAFF:
            return None
        try:
            with s.begin_nested():
                return cast(str, sealed(s, scope=Scope.program(program_id), entity=entity,
                                        fields=fields, author=self.person_id))  # fmt: skip
        except SyncError:
            return None

    @staticmethod
    def message_fields(body: str) -> dict[str, Any]:
        return {"body": body, "created_at": entities.datetime_to_ms(now())}

    def announce(
        self,
        kind: ChangeKind,
        pair_id: str,
        ids: Sequence[str] = (),
        *,
        wrote: bool = True,
        initiator: object | None = None,
    ) -> None:
        if wrote and self.nudge is not None:
            self.nudge()
        if self.events is not None:
            self.events.emit_change(kind, Scope.pair(pair_id), ids, initiator=initiator)

    # --- who may do and see what ------------------------------------------------------

    def require_member(self, s: Session, pair_id: str) -> Pair:
        pair = s.get(Pair, pair_id)
        me = self.person_id
        if pair is None or (self.role != Role.STAFF and me not in (pair.mentor_id, pair.mentee_id)):
            raise MessagingError("not_a_member")
        if pair.status == "paused" and me == pair.mentor_id:
            raise MessagingError("pair_paused", reason=pair.pause_reason or "")
        if pair.status not in ("active", "paused"):
            raise MessagingError("pair_closed")
        return pair

    def checker_for(self, s: Session, pair_id: str) -> Checker:
        """The rules of the pair's program when its staff changed them, else this PC's
        default checker; `safety_rules_unavailable` when neither can be used (fail closed)."""
        if self.checker is None:
            raise MessagingError("safety_rules_unavailable")
        try:
            program = checker_for_pair(s, pair_id)
        except SafetyRulesError as exc:
            log.error("program safety rules unusable, sending is refused: %s", exc.code)
            raise MessagingError("safety_rules_unavailable") from exc
        return program if program is not None else self.checker

    def require_staff(self) -> None:
        if self.role != Role.STAFF:
            raise MessagingError("staff_only")

    def policies(self, s: Session, pair_id: str) -> dict[str, Any]:  # the program's JSON
        program = s.scalar(
            select(Program.policies)
            .join(Pair, Pair.program_id == Program.id)
            .where(Pair.id == pair_id)
        )
        return dict(program or {})

    def visible(self) -> ColumnElement[bool]:
        """Others' held or dismissed messages are not shown; a held message of mine that
        staff released is shown as its released copy (staff see all but released originals)."""
        if self.role == Role.STAFF:
            return Message.state != RELEASED
        release = aliased(Message)
        released = (
            select(release.id)
            .where(release.pair_id == Message.pair_id, release.release_of == Message.id)
            .exists()
        )
        return or_(
            Message.state.not_in(HIDDEN_STATES),
            and_(Message.author_id == self.person_id,
                 or_(Message.state.not_in(("held", RELEASED)), ~released)),
        )

    def not_my_release(self) -> ColumnElement[bool]:
        """Excludes the released copies of my own held messages (they are mine, not news);
        a copy naming me that staff did not sign is someone else's message, so news."""
        staff = select(DirectoryEntry.person_id).where(DirectoryEntry.role == Role.STAFF)
        return or_(
            func.coalesce(Message.release_author_id, "") != self.person_id,
            Message.author_id.not_in(staff),
        )
