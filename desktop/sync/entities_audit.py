"""Synced kinds of the staff workspace: the audit log, staff notes, support contacts, and
the one fact the pair receives when staff read its conversation.

The first three live in the program scope, which only staff read; only staff may write them
(a member's op sealed there is quarantined on every staff PC). Audit events are append-only:
no grant deletes one, and an edit slipped in by a staff PC breaks the hash chain that
`services.audit.verify_chain` checks. `staff_review_notice` goes into the pair scope, in the
pair's own key, and carries only a date and what happened (`conversation_read`), which the
pair's permanent notice shows as "Last staff review".
"""

from __future__ import annotations

from desktop.models.audit_tables import (
    SUPPORT_CHANNELS,
    SUPPORT_WITH,
    AuditLogEntry,
    StaffNote,
    SupportContact,
)
from desktop.models.tables import AuditEvent
from desktop.sync.entities import ms_to_datetime
from desktop.sync.kinds import EntitySpec, grant
from jumelage_protocol import ScopeKind

REVIEW_NOTICE_ACTIONS = ("conversation_read",)

AUDIT_EVENT = EntitySpec(
    name="audit_event",
    model=AuditLogEntry,
    kind="append",
    fields=frozenset(
        {"chain", "seq", "prev", "hash", "seen", "at_ms", "action", "subject", "detail"}
    ),
    writers=(grant("staff", ScopeKind.PROGRAM),),
    required=frozenset({"chain", "seq", "prev", "hash", "at_ms", "action", "subject"}),
    scope_column="program_id",
    author_column="author_id",
    hlc_column="hlc",
)

STAFF_NOTE = EntitySpec(
    name="staff_note",
    model=StaffNote,
    kind="append",
    fields=frozenset({"pair_id", "written_at", "body"}),
    writers=(grant("staff", ScopeKind.PROGRAM),),
    required=frozenset({"pair_id", "written_at", "body"}),
    scope_column="program_id",
    author_column="author_id",
    hlc_column="hlc",
    decode={"written_at": ms_to_datetime},
)

SUPPORT_CONTACT = EntitySpec(
    name="support_contact",
    model=SupportContact,
    kind="append",
    fields=frozenset({"pair_id", "contacted_at", "with_whom", "channel", "note"}),
    writers=(grant("staff", ScopeKind.PROGRAM),),
    required=frozenset({"pair_id", "contacted_at", "with_whom", "channel"}),
    scope_column="program_id",
    author_column="author_id",
    hlc_column="hlc",
    decode={"contacted_at": ms_to_datetime},
    choices={"with_whom": SUPPORT_WITH, "channel": SUPPORT_CHANNELS},
)

# Lands in the pair's `audit_events` beside the decisions it already shows as reviews;
# `actor_id` is the op's signed author, and only staff may write one.
STAFF_REVIEW_NOTICE = EntitySpec(
    name="staff_review_notice",
    model=AuditEvent,
    kind="append",
    fields=frozenset({"at", "action", "subject_scope"}),
    writers=(grant("staff", ScopeKind.PAIR),),
    required=frozenset({"at", "action", "subject_scope"}),
    author_column="actor_id",
    decode={"at": ms_to_datetime},
    choices={"action": REVIEW_NOTICE_ACTIONS},
)

AUDIT_KINDS = (AUDIT_EVENT, STAFF_NOTE, SUPPORT_CONTACT, STAFF_REVIEW_NOTICE)
