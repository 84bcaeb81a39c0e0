"""Messaging: the pair's conversation as use cases (pages of messages, sending, drafts,
review, reports, receipts) and "is typing…" over the live channel.

The public names live here; the parts are in `items`, `access`, `reading`, `sending`,
`review`, `receipts`, `service` and `typing_relay`. `WriteGate` (one profile's writes, one at
a time) is `desktop.services.write_gate`'s, re-exported for callers that wire both. No Qt.
"""

from desktop.services.messaging.access import Checker
from desktop.services.messaging.items import (
    MAX_MESSAGE_CHARS,
    RECEIPT_ACTIONS,
    RELEASED,
    STAFF_REVIEW_ACTIONS,
    ActivityRef,
    ConversationSummary,
    HeldMessage,
    MessageItem,
    MessagingError,
    ReportItem,
    ReportResult,
    SendCheck,
    validate_text,
)
from desktop.services.messaging.service import MessagingService
from desktop.services.messaging.typing_relay import TypingRelay
from desktop.services.write_gate import WriteGate

__all__ = [
    "MAX_MESSAGE_CHARS",
    "RECEIPT_ACTIONS",
    "RELEASED",
    "STAFF_REVIEW_ACTIONS",
    "ActivityRef",
    "Checker",
    "ConversationSummary",
    "HeldMessage",
    "MessageItem",
    "MessagingError",
    "MessagingService",
    "ReportItem",
    "ReportResult",
    "SendCheck",
    "TypingRelay",
    "WriteGate",
    "validate_text",
]
