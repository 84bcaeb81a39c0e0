"""What the conversation hands out: the visible message and summary dataclasses, the refusal
with its stable `code` and text validation.

Plain data shared by the messaging modules and the UI (which imports them from
`desktop.services.messaging`). No Qt, no database; any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.models.legacy import MARK_START
from jumelage_protocol import CodedError

MAX_MESSAGE_CHARS = 10_000
RELEASED = "released"  # a held original staff approved: its staff-signed copy shows instead
# States a recipient never sees (a released original shows as its copy instead).
HIDDEN_STATES = ("held", "failed", RELEASED)
STAFF_REVIEW_ACTIONS = frozenset(
    {"conversation_read", "staff_read", "flag_decision", "message_approved", "message_dismissed",
     "export"}
)  # fmt: skip
RECEIPT_ACTIONS = ("delivered", "read")


class MessagingError(CodedError):
    """A refusal people can act on; `code` is stable, the UI turns it into a sentence;
    `facts` are the figures a sentence may quote (a length, a limit)."""

    def __init__(self, code: str, **facts: Any) -> None:
        super().__init__(code)
        self.facts = facts


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
    pause_reason: str | None = None  # why staff paused the pair (a code), while paused


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
    reason: str = ""  # the code the reporter chose, or empty
    note: str = ""  # the reporter's own words, or empty


@dataclass(frozen=True, slots=True)
class HeldMessage:
    message_id: str
    pair_id: str
    author_name: str
    created_at: datetime
    body: str


def now() -> datetime:
    return datetime.now(UTC)


def aware(moment: datetime) -> datetime:
    """Stored datetimes come back naive; they are UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def validate_text(text: str) -> str:
    """The text to send, or `empty` / `too_long` (never shortened)."""
    if not text or not text.strip():
        raise MessagingError("empty")
    if len(text) > MAX_MESSAGE_CHARS:
        raise MessagingError("too_long", length=len(text), limit=MAX_MESSAGE_CHARS)
    # Old builds marked cards and releases in a body with this invisible lead
    # (`desktop.models.legacy`): nobody types it, and it must not turn text into one.
    return text.lstrip(MARK_START) if text.startswith(MARK_START) else text
