"""The built-in synced entities: how messages, meetings, people and pairs merge.

Registered with `desktop.sync.apply` on first use. Other packages may `register()` more
kinds (surveys, check-ins) the same way. Values travel as JSON: timestamps as integer
milliseconds since the epoch, decoded here to aware UTC datetimes. Import-time only.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.models.tables import Meeting, Message, Pair, Person
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
        fields=frozenset({"body", "created_at"}),
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
            {"starts_at", "duration_minutes", "kind", "recurrence", "outcome", "actual_minutes"}
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


def mark_sent(session: Session, op_ids: list[str]) -> None:
    """Messages of ours the server acknowledged: 'pending' becomes 'sent'."""
    for i in range(0, len(op_ids), 500):
        session.execute(
            update(Message)
            .where(Message.id.in_(op_ids[i : i + 500]), Message.state == "pending")
            .values(state="sent")
        )
