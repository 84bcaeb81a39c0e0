"""The synced kinds of staff supervision: the weekly check-in.

A check-in is written by the person it is from (`owner`: the `person_id` part of its id
`pair_id:person_id:week`) into the program scope, sealed to the program staff key
(`outbox.record_sealed_change`), like a held message: staff read it, the other member of the
pair never receives it (its comment may be about them), and nobody may answer in another's
name. One per person, pair and ISO week, merged last-writer-wins per field, so two answers
given offline on two PCs converge on the later one everywhere. Membership of the pair is
not knowable from the op alone; readers join check-ins to the pair's mentor and mentee, so
an answer about a pair one is not in is never counted (see `services/dashboard.py`). No Qt.
"""

from __future__ import annotations

from desktop.models.dashboard_tables import CheckIn
from desktop.sync.entities import ms_to_datetime
from desktop.sync.kinds import EntitySpec, grant
from jumelage_protocol import ScopeKind

CHECKIN = EntitySpec(
    name="checkin",
    model=CheckIn,
    kind="lww",
    fields=frozenset({"rating", "met", "comment", "answered_at"}),
    writers=(grant("owner", ScopeKind.PROGRAM),),
    required=frozenset({"rating", "answered_at"}),
    id_columns=("pair_id", "person_id", "week"),
    scope_column="program_id",
    owner_column="person_id",
    decode={"answered_at": ms_to_datetime},
)


def checkin_id(pair_id: str, person_id: str, week: str) -> str:
    """The synced entity id of one person's check-in for a pair and ISO week."""
    return f"{pair_id}:{person_id}:{week}"
