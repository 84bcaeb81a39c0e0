"""The review queue's synced kind: staff decisions on queue items.

Only staff write a decision, and only in the program scope (which members can write but not
read): a member forging "dismissed" on a report about them is quarantined on every replica.
"""

from __future__ import annotations

from desktop.models.review_tables import REVIEW_DECISIONS, ReviewDecision
from desktop.sync.entities import ms_to_datetime
from desktop.sync.kinds import EntitySpec, grant
from jumelage_protocol import ScopeKind

REVIEW_DECISION = EntitySpec(
    name="review_decision",
    model=ReviewDecision,
    kind="lww",
    fields=frozenset({"decision", "reason", "escalated_to", "decided_at"}),
    writers=(grant("staff", ScopeKind.PROGRAM),),
    required=frozenset({"decision"}),
    id_column="item_id",
    scope_column="program_id",
    decode={"decided_at": ms_to_datetime},
    choices={"decision": REVIEW_DECISIONS},
)
