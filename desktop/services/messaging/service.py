"""`MessagingService`: one profile's conversations as use cases, a thin front over its parts.

Reading (`reading`), sending, drafts and activity cards (`sending`), staff review and reports
(`review`), receipts and sync-round news (`receipts`) are separate objects, composed here over
one shared `access` (sessions, the gated write path, change notices, the checker, this
person's ids), so each part sees only what it is given. Hands plain dataclasses (`items`) to
the UI; errors carry a stable `code` the UI translates. No Qt; each call is a short transaction
on the caller's thread (see each part for which thread calls it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Self

from sqlalchemy.orm import Session

from desktop.resources import BUNDLED, Resources
from desktop.runtime.events import ChangeEvents
from desktop.safety.crisis import CrisisCard
from desktop.services.messaging.access import Checker, ConversationAccess
from desktop.services.messaging.items import (
    ConversationSummary,
    HeldMessage,
    MessageItem,
    ReportItem,
    ReportResult,
    SendCheck,
)
from desktop.services.messaging.reading import ConversationReading
from desktop.services.messaging.receipts import ConversationReceipts
from desktop.services.messaging.review import ConversationReview
from desktop.services.messaging.sending import ConversationSending
from desktop.services.write_gate import WriteGate

if TYPE_CHECKING:
    from desktop.services.profiles import Profile
    from desktop.sync.status import SyncStatus


class MessagingService:
    """One profile's conversations. Build it with `MessagingService.for_profile(profile,
    events=..., nudge=..., gate=...)`; give `on_sync_status` to the sync engine."""

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
        access = ConversationAccess(sessions, person_id, role, events=events, checker=checker,
                                    crisis=crisis, nudge=nudge, gate=gate,
                                    resources=resources)  # fmt: skip
        self._access = access
        self._reading = ConversationReading(access)
        self._review = ConversationReview(access)
        self._sending = ConversationSending(access, self._reading, self._review)
        self._receipts = ConversationReceipts(access)

    @classmethod
    def for_profile(cls, profile: Profile, **kwargs: Any) -> Self:  # kwargs: as `__init__`'s
        """The service of `profile`, writing through the profile's one `WriteGate`."""
        kwargs.setdefault("gate", profile.gate)
        return cls(profile.sessionmaker, profile.person_id, profile.role, **kwargs)

    # --- who I am and how I write -------------------------------------------------------

    @property
    def person_id(self) -> str:
        return self._access.person_id

    @property
    def role(self) -> str:
        return self._access.role

    @property
    def gate(self) -> WriteGate:
        return self._access.gate

    @property
    def nudge(self) -> Callable[[], None] | None:
        """The sync engine's `nudge`; settable, since the engine is built after the service
        (it takes the service's `gate` and `on_sync_status`)."""
        return self._access.nudge

    @nudge.setter
    def nudge(self, nudge: Callable[[], None] | None) -> None:
        self._access.nudge = nudge

    @property
    def checker(self) -> Any:
        """The safety checker this profile sends with (staff re-check held texts with it)."""
        return self._access.checker

    def open_session(self) -> Session:
        """A session on the profile database, for sibling services (search)."""
        return self._access.sessions()

    # --- reading (`reading`) ------------------------------------------------------------

    def latest(self, pair_id: str, limit: int) -> list[MessageItem]:
        return self._reading.latest(pair_id, limit)

    def older(self, pair_id: str, before: tuple[str, str], limit: int) -> list[MessageItem]:
        return self._reading.older(pair_id, before, limit)

    def newer(self, pair_id: str, after: tuple[str, str], limit: int) -> list[MessageItem]:
        return self._reading.newer(pair_id, after, limit)

    def since(self, pair_id: str, start: tuple[str, str] | None) -> list[MessageItem]:
        return self._reading.since(pair_id, start)

    def messages_by_id(self, pair_id: str, ids: Sequence[str]) -> list[MessageItem]:
        return self._reading.messages_by_id(pair_id, ids)

    def count(self, pair_id: str) -> int:
        return self._reading.count(pair_id)

    def conversations(self) -> list[ConversationSummary]:
        return self._reading.conversations()

    def last_staff_review(self, pair_id: str) -> datetime | None:
        return self._reading.last_staff_review(pair_id)

    # --- sending, drafts, activity cards (`sending`) --------------------------------------

    def check(self, pair_id: str, text: str) -> SendCheck:
        return self._sending.check(pair_id, text)

    def send(
        self, pair_id: str, text: str, *, confirmed: bool = False, initiator: object | None = None
    ) -> MessageItem:
        return self._sending.send(pair_id, text, confirmed=confirmed, initiator=initiator)

    def retry(self, pair_id: str, message_id: str, *, initiator: object | None = None) -> None:
        self._sending.retry(pair_id, message_id, initiator=initiator)

    def draft(self, pair_id: str) -> str:
        return self._sending.draft(pair_id)

    def save_draft(self, pair_id: str, text: str) -> None:
        self._sending.save_draft(pair_id, text)

    def post_activity(
        self, pair_id: str, activity_id: str, title: str, *, initiator: object | None = None
    ) -> str:
        return self._sending.post_activity(pair_id, activity_id, title, initiator=initiator)

    def mark_activity_done(
        self, pair_id: str, card_id: str, *, initiator: object | None = None
    ) -> None:
        self._sending.mark_activity_done(pair_id, card_id, initiator=initiator)

    # --- staff review and reports (`review`) ----------------------------------------------

    def held_messages(self) -> list[HeldMessage]:
        return self._review.held_messages()

    def decide_held(self, message_id: str, *, approve: bool, note: str = "") -> None:
        self._review.decide_held(message_id, approve=approve, note=note)

    def report(
        self, pair_id: str, message_id: str | None = None, *, reason: str = "", note: str = ""
    ) -> ReportResult:
        return self._review.report(pair_id, message_id, reason=reason, note=note)

    def reports(self) -> list[ReportItem]:
        return self._review.reports()

    def crisis_resources(self, lang: str) -> list[CrisisCard]:
        return self._review.crisis_resources(lang)

    # --- receipts and sync-round news (`receipts`) ----------------------------------------

    def mark_read(self, pair_id: str) -> None:
        self._receipts.mark_read(pair_id)

    def note_delivered(self, pair_ids: Sequence[str] | None = None) -> list[str]:
        return self._receipts.note_delivered(pair_ids)

    def on_sync_status(self, status: SyncStatus) -> list[str]:
        """Give this to the sync engine as `on_status` (it runs on the network loop)."""
        return self._receipts.on_sync_status(status)
