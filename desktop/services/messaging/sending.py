"""Writing to a conversation: the safety check before sending, sending, retrying, drafts and
activity cards.

Safety rules (the program's, see `services/safety_rules.py`) run on the sender's client before
a message is written: a nudge needs the sender's confirmation, a flagged category is delivered
(staff PCs re-check it and raise a review item), a category the program holds keeps the
message from the recipient until staff approve it (see `review` for how a held message
travels), and a message suggesting self-harm is delivered and reported to staff. Drafts stay
in the encrypted store and are never synced. No Qt; each call is a short gated transaction on
the caller's thread.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from desktop.models.sync_tables import OutboxOp
from desktop.models.tables import ActivityMark, Draft, Message, Pair
from desktop.runtime.events import ChangeKind
from desktop.services.messaging.access import ConversationAccess
from desktop.services.messaging.items import (
    MessageItem,
    MessagingError,
    SendCheck,
    now,
    validate_text,
)
from desktop.services.messaging.reading import ConversationReading
from desktop.services.messaging.review import ConversationReview


class ConversationSending:
    """The write side of `MessagingService` (reports and review live in `review`): it reads
    back what it sent (`reading`) and reports a message of mine that suggests self-harm
    (`review`)."""

    def __init__(
        self, access: ConversationAccess, reading: ConversationReading, review: ConversationReview
    ) -> None:
        self._access = access
        self._reading = reading
        self._review = review

    def check(self, pair_id: str, text: str) -> SendCheck:
        """Validate and run the safety rules; raises `empty` / `too_long`, and
        `safety_rules_unavailable` when the rules could not be loaded (fail closed)."""
        validate_text(text)
        with self._access.sessions() as s:
            checker = self._access.checker_for(s, pair_id)
            review = set(self._access.policies(s, pair_id).get("review_categories", ()))
        result = checker.check(text)
        categories = tuple(getattr(result, "categories", ()) or ())
        action = getattr(result, "action", "send")
        urgent = action == "urgent"
        held = action == "review" or bool(getattr(result, "needs_review", False))
        if held or review.intersection(categories):
            return SendCheck("review", categories, urgent)
        if action == "nudge":
            return SendCheck("nudge", categories, urgent)
        return SendCheck("send", categories, urgent)  # "flag" too: delivered, staff re-check it

    def send(
        self, pair_id: str, text: str, *, confirmed: bool = False, initiator: object | None = None
    ) -> MessageItem:
        """Write a message (pending until the server has it). A nudge needs `confirmed`.
        `initiator`: the screen that sends, told apart in the change notice (it has shown it)."""
        verdict = self.check(pair_id, text)
        if verdict.action == "nudge" and not confirmed:
            raise MessagingError("needs_confirmation", categories=verdict.categories)
        fields = self._access.message_fields(validate_text(text))
        with self._access.writing() as s:
            pair = self._access.require_member(s, pair_id)
            if verdict.action == "review":
                message_id = self._record_held(s, pair, fields)
            else:
                message_id = self._access.record(s, pair_id, "message", fields)
            s.execute(delete(Draft).where(Draft.pair_id == pair_id))
        if verdict.urgent:
            self._review.report(pair_id, message_id, reason="self_harm_in_own_message")
        self._access.announce(ChangeKind.MESSAGE, pair_id, [message_id], initiator=initiator)
        return self._reading.messages_by_id(pair_id, [message_id])[0]

    def _record_held(self, s: Session, pair: Pair, fields: dict[str, Any]) -> str:
        """Sealed to staff in the program scope; in the pair scope (hidden) if not possible."""
        sealed = self._access.record_sealed(s, pair.program_id, "held_message",
                                     {**fields, "pair_id": pair.id})  # fmt: skip
        if sealed is not None:
            return sealed
        return self._access.record(s, pair.id, "message", {**fields, "state": "held"})

    def retry(self, pair_id: str, message_id: str, *, initiator: object | None = None) -> None:
        """A failed message goes back to the outbox; one staff dismissed cannot be retried."""
        with self._access.writing() as s:
            m = s.get(Message, message_id)
            if m is None or m.author_id != self._access.person_id or m.state != "failed":
                raise MessagingError("not_retryable")
            if s.get(OutboxOp, message_id) is None:
                raise MessagingError("not_retryable")
            s.execute(update(OutboxOp).where(OutboxOp.op_id == message_id)
                      .values(attempts=0, last_error_code=None))  # fmt: skip
            m.state = "pending"
        self._access.announce(ChangeKind.MESSAGE, pair_id, [message_id], initiator=initiator)

    # --- drafts -----------------------------------------------------------------------

    def draft(self, pair_id: str) -> str:
        with self._access.sessions() as s:
            d = s.get(Draft, pair_id)
            return d.body if d else ""

    def save_draft(self, pair_id: str, text: str) -> None:
        """Kept in the encrypted store (never synced); an empty text removes it."""
        with self._access.writing() as s:
            d = s.get(Draft, pair_id)
            if not text:
                if d is not None:
                    s.delete(d)
            elif d is None:
                s.add(Draft(pair_id=pair_id, body=text, updated_at=now()))
            else:
                d.body, d.updated_at = text, now()

    # --- activities -------------------------------------------------------------------

    def post_activity(
        self, pair_id: str, activity_id: str, title: str, *, initiator: object | None = None
    ) -> str:
        """Post a suggested activity as a card in the conversation (its title is the body)."""
        fields = {**self._access.message_fields(validate_text(title)), "activity_id": activity_id}
        with self._access.writing() as s:
            self._access.require_member(s, pair_id)
            mid = self._access.record(s, pair_id, "message", fields)
        self._access.announce(ChangeKind.MESSAGE, pair_id, [mid], initiator=initiator)
        return mid

    def mark_activity_done(
        self, pair_id: str, card_id: str, *, initiator: object | None = None
    ) -> None:
        """Either member may do it: its own synced `activity_mark`, since a card is its
        author's alone."""
        with self._access.writing() as s:
            self._access.require_member(s, pair_id)
            card = s.get(Message, card_id)
            if card is None or card.pair_id != pair_id or card.activity_id is None:
                raise MessagingError("not_an_activity")
            mark = s.get(ActivityMark, card_id)
            if mark is None or not mark.done:
                self._access.record(s, pair_id, "activity_mark", {"done": True}, entity_id=card_id)
        self._access.announce(ChangeKind.MESSAGE, pair_id, [card_id], initiator=initiator)
