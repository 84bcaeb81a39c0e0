"""`MessagingService`: one profile's conversations as use cases, assembled from its parts.

Reading (`reading`), sending, drafts and activity cards (`sending`), staff review and reports
(`review`), receipts and sync-round news (`receipts`), all over `access` (sessions, the gated
write path, change notices). Hands plain dataclasses (`items`) to the UI; errors carry a
stable `code` the UI translates. No Qt; each call is a short transaction on the caller's
thread (see each part for which thread calls it).
"""

from __future__ import annotations

from desktop.services.messaging.receipts import ConversationReceipts
from desktop.services.messaging.review import ConversationReview
from desktop.services.messaging.sending import ConversationSending


class MessagingService(ConversationSending, ConversationReview, ConversationReceipts):
    """One profile's conversations. Build it with `MessagingService.for_profile(profile,
    events=..., nudge=..., gate=...)`; give `on_sync_status` to the sync engine."""
