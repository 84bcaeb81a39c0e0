"""The built-in synced entities: how messages, meetings, people and pairs merge.

Registered with `desktop.sync.apply` on first use. Other packages may `register()` more
kinds (surveys, check-ins) the same way. Values travel as JSON: timestamps as integer
milliseconds since the epoch, decoded here to aware UTC datetimes. Import-time only.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.models.tables import (
    ActivityMark,
    AuditEvent,
    Meeting,
    Message,
    Pair,
    Person,
    ReadMarker,
)
from desktop.sync.apply import EntitySpec, register


def ms_to_datetime(value: int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value / 1000, UTC)


def datetime_to_ms(value: datetime) -> int:
    """The wire form of a timestamp (what services put in op fields)."""
    return int(value.timestamp() * 1000)


MESSAGE = register(
    EntitySpec(
        name="message",
        model=Message,
        kind="append",
        # `state` travels so a held message stays hidden from its recipient until staff
        # release it ("sent") or dismiss it ("failed"); apply lets only author or staff edit.
        # `release_of` / `release_author_id`: a staff-signed copy of a held message;
        # `activity_id`: an activity card (readers trust a release only from staff).
        fields=frozenset(
            {"body", "created_at", "state", "release_of", "release_author_id", "activity_id"}
        ),
        scope_column="pair_id",
        author_column="author_id",
        hlc_column="hlc",
        deleted_column="deleted",
        edit_column="edited",
        erase_on_delete={"body": ""},
        local_defaults={"state": "pending"},
        remote_defaults={"state": "sent"},
        only_author=True,
        decode={"created_at": ms_to_datetime},
    )
)

MEETING = register(
    EntitySpec(
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
        required=frozenset({"starts_at", "duration_minutes", "kind"}),
        scope_column="pair_id",
        decode={"starts_at": ms_to_datetime},
    )
)

PERSON = register(
    EntitySpec(
        name="person",
        model=Person,
        kind="lww",
        fields=frozenset({"display_name", "role", "program_id"}),
        required=frozenset({"display_name", "role"}),
    )
)

PAIR = register(
    EntitySpec(
        name="pair",
        model=Pair,
        kind="lww",
        fields=frozenset({"program_id", "mentor_id", "mentee_id", "status", "closed_at"}),
        required=frozenset({"program_id", "mentor_id", "mentee_id"}),
        decode={"closed_at": ms_to_datetime},
    )
)


# Audit events that travel: reports to staff (urgent, sealed to the program when possible),
# staff decisions on held messages, and delivery/read receipts. Append-only; `actor_id` is the
# op's (signed) author, so nobody can write one in another's name.
_AUDIT_FIELDS = frozenset({"at", "action", "subject_scope", "detail"})


def _audit_entity(name: str) -> EntitySpec:
    return register(
        EntitySpec(
            name=name,
            model=AuditEvent,
            kind="append",
            fields=_AUDIT_FIELDS,
            author_column="actor_id",
            decode={"at": ms_to_datetime},
        )
    )


REPORT = _audit_entity("report")

# A message the program holds for review, written by its author into the program scope sealed
# to the staff key (`record_sealed_change`): the recipient's PC never receives its text. It
# lands in staff's `messages` table (state "held"); staff release it into the pair scope.
HELD_MESSAGE = register(
    EntitySpec(
        name="held_message",
        model=Message,
        kind="append",
        fields=frozenset({"pair_id", "body", "created_at", "state"}),
        author_column="author_id",
        hlc_column="hlc",
        local_defaults={"state": "held"},
        remote_defaults={"state": "held"},
        only_author=True,
        decode={"created_at": ms_to_datetime},
    )
)

RECEIPT = _audit_entity("receipt")

# An activity card marked done: either member may, so it is its own row (entity id: the card's
# message id) rather than an edit of a card only its author may change.
ACTIVITY_MARK = register(
    EntitySpec(
        name="activity_mark",
        model=ActivityMark,
        kind="lww",
        fields=frozenset({"done"}),
        required=frozenset({"done"}),
        id_column="card_id",
        scope_column="pair_id",
    )
)

# Read markers (receipts): one row per (pair, person), written only by that person,
# merged last-writer-wins like any field. Entity id: `read_marker_id(pair_id, person_id)`.
READ_MARKER = register(
    EntitySpec(
        name="read_marker",
        model=ReadMarker,
        kind="lww",
        fields=frozenset({"last_read_hlc"}),
        required=frozenset({"last_read_hlc"}),
        id_columns=("pair_id", "person_id"),
        scope_column="pair_id",
        owner_column="person_id",
    )
)


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
