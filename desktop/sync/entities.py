"""The built-in synced entities: how messages, meetings, people and pairs merge, and who
may write them.

Each kind is a plain `EntitySpec` value; `builtin_registry()` lists them all, in one place,
and the composition root hands that registry to the profile (`apply.use_registry`). A new
kind is one spec here and one entry in that list. Values travel as JSON: timestamps as
integer milliseconds since the epoch, decoded here to aware UTC datetimes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.models.tables import (
    MEETING_KINDS,
    MESSAGE_STATES,
    PAIR_STATUSES,
    ROLES,
    ActivityMark,
    AuditEvent,
    Meeting,
    Message,
    Pair,
    Person,
    ReadMarker,
)
from desktop.sync.kinds import EntitySpec, Registry, grant
from jumelage_protocol import ScopeKind


def ms_to_datetime(value: int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value / 1000, UTC)


def datetime_to_ms(value: datetime) -> int:
    """The wire form of a timestamp (what services put in op fields)."""
    return int(value.timestamp() * 1000)


# A message is written by its author in a pair they belong to (the server checks
# membership); `state` travels so a held message stays hidden from its recipient until staff
# release it ("sent") or dismiss it ("failed"). Staff moderate: they may edit and delete.
# `release_of` / `release_author_id`: a staff-signed copy of a held message (readers trust a
# release only from staff); `activity_id`: an activity card. `hlc`: only staff may set it, so
# a released copy takes the held original's place in the conversation, not the approval's.
_MESSAGE_FIELDS = frozenset(
    {"body", "created_at", "state", "release_of", "release_author_id", "activity_id"}
)
MESSAGE = EntitySpec(
    name="message",
    model=Message,
    kind="append",
    fields=_MESSAGE_FIELDS | {"hlc"},
    writers=(
        grant("author", ScopeKind.PAIR, fields=_MESSAGE_FIELDS, delete=True),
        grant("staff", ScopeKind.PAIR, delete=True),
    ),
    scope_column="pair_id",
    author_column="author_id",
    hlc_column="hlc",
    deleted_column="deleted",
    edit_column="edited",
    erase_on_delete={"body": ""},
    local_defaults={"state": "pending"},
    remote_defaults={"state": "sent"},
    decode={"created_at": ms_to_datetime},
    choices={"state": MESSAGE_STATES},
)

# Both members of a pair and its staff plan and record its meetings.
MEETING = EntitySpec(
    name="meeting",
    model=Meeting,
    kind="lww",
    fields=frozenset(
        {
            "starts_at",
            "duration_minutes",
            "kind",
            "recurrence",
            "series_id",
            "outcome",
            "actual_minutes",
        }
    ),
    writers=(grant("member", ScopeKind.PAIR, delete=True),),
    required=frozenset({"starts_at", "duration_minutes", "kind"}),
    scope_column="pair_id",
    decode={"starts_at": ms_to_datetime},
    choices={"kind": MEETING_KINDS},
)

# A person names themself (and states the role the server gave them); staff set roles and
# programs. Nobody else writes a person.
PERSON = EntitySpec(
    name="person",
    model=Person,
    kind="lww",
    fields=frozenset({"display_name", "role", "program_id"}),
    writers=(
        grant(
            "owner",
            ScopeKind.PERSON,
            ScopeKind.PAIR,
            ScopeKind.PROGRAM,
            fields={"display_name", "role"},
            own_role=True,
        ),
        grant("staff", ScopeKind.PAIR, ScopeKind.PROGRAM),
    ),
    required=frozenset({"display_name", "role"}),
    owner_column="id",
    choices={"role": ROLES},
)

# Pairs are made, closed, reopened, paused and resumed by staff only.
PAIR = EntitySpec(
    name="pair",
    model=Pair,
    kind="lww",
    fields=frozenset(
        {"program_id", "mentor_id", "mentee_id", "status", "closed_at", "pause_reason",
         "paused_hlc"}
    ),
    writers=(grant("staff", ScopeKind.PAIR, ScopeKind.PROGRAM, delete=True),),
    required=frozenset({"program_id", "mentor_id", "mentee_id"}),
    decode={"closed_at": ms_to_datetime},
    choices={"status": PAIR_STATUSES},
)


# Audit events that travel: reports to staff (urgent, sealed to the program when possible),
# staff decisions on held messages, and delivery/read receipts. Append-only; `actor_id` is the
# op's (signed) author, so nobody can write one in another's name.
_AUDIT_FIELDS = frozenset({"at", "action", "subject_scope", "detail"})


def _audit_entity(name: str) -> EntitySpec:
    return EntitySpec(
        name=name,
        model=AuditEvent,
        kind="append",
        fields=_AUDIT_FIELDS,
        writers=(grant("author", ScopeKind.PAIR, ScopeKind.PROGRAM),),
        author_column="actor_id",
        decode={"at": ms_to_datetime},
    )


REPORT = _audit_entity("report")

# A message the program holds for review, written by its author into the program scope sealed
# to the staff key (`record_sealed_change`): the recipient's PC never receives its text. It
# lands in staff's `messages` table (state "held"); staff release it into the pair scope.
HELD_MESSAGE = EntitySpec(
    name="held_message",
    model=Message,
    kind="append",
    fields=frozenset({"pair_id", "body", "created_at", "state"}),
    writers=(
        grant("author", ScopeKind.PROGRAM),
        grant("staff", ScopeKind.PROGRAM, fields={"state"}),
    ),
    author_column="author_id",
    hlc_column="hlc",
    local_defaults={"state": "held"},
    remote_defaults={"state": "held"},
    decode={"created_at": ms_to_datetime},
    choices={"state": MESSAGE_STATES},
)

RECEIPT = _audit_entity("receipt")

# An activity card marked done: either member may, so it is its own row (entity id: the card's
# message id) rather than an edit of a card only its author may change.
ACTIVITY_MARK = EntitySpec(
    name="activity_mark",
    model=ActivityMark,
    kind="lww",
    fields=frozenset({"done"}),
    writers=(grant("member", ScopeKind.PAIR),),
    required=frozenset({"done"}),
    id_column="card_id",
    scope_column="pair_id",
)

# Read markers (receipts): one row per (pair, person), written only by that person,
# merged last-writer-wins like any field. Entity id: `read_marker_id(pair_id, person_id)`.
READ_MARKER = EntitySpec(
    name="read_marker",
    model=ReadMarker,
    kind="lww",
    fields=frozenset({"last_read_hlc"}),
    writers=(grant("owner", ScopeKind.PAIR),),
    required=frozenset({"last_read_hlc"}),
    id_columns=("pair_id", "person_id"),
    scope_column="pair_id",
    owner_column="person_id",
)


def builtin_registry() -> Registry:
    """Every kind this version syncs: the one list the composition root starts from."""
    from desktop.sync.entities_audit import AUDIT_KINDS  # they build on this module's helpers
    from desktop.sync.entities_closing import CLOSING_KINDS
    from desktop.sync.entities_dashboard import CHECKIN
    from desktop.sync.entities_learning import LEARNING_KINDS
    from desktop.sync.entities_people import PEOPLE_KINDS
    from desktop.sync.entities_review import REVIEW_DECISION
    from desktop.sync.entities_rules import PROGRAM_SETTING, SAFETY_FLAG

    return Registry(
        [MESSAGE, MEETING, PERSON, PAIR, REPORT, HELD_MESSAGE, RECEIPT, ACTIVITY_MARK, READ_MARKER,
         *AUDIT_KINDS, REVIEW_DECISION, *LEARNING_KINDS, *PEOPLE_KINDS, *CLOSING_KINDS,
         PROGRAM_SETTING, SAFETY_FLAG, CHECKIN]
    )  # fmt: skip


def read_marker_id(pair_id: str, person_id: str) -> str:
    """The synced entity id of a person's read marker in a pair (scope `pair:<pair_id>`)."""
    return f"{pair_id}:{person_id}"


def mark_sent(session: Session, op_ids: list[str]) -> None:
    """Messages of ours the server acknowledged: 'pending' becomes 'sent'."""
    for i in range(0, len(op_ids), 500):
        session.execute(
            update(Message)
            .where(Message.id.in_(op_ids[i : i + 500]), Message.state == "pending")
            .values(state="sent")
        )
