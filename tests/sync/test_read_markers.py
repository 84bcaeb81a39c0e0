"""Read markers sync: one row per (pair, person), last-writer-wins, written only by its owner."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models.sync_tables import OutboxOp
from desktop.models.tables import ReadMarker
from desktop.sync.apply import apply_ops
from desktop.sync.entities import read_marker_id
from desktop.sync.ops import PlainOp, open_op, uuid7
from desktop.sync.outbox import record_change
from jumelage_protocol import OpEnvelope
from tests.sync.conftest import PAIR_ID, PAIR_KEY, SCOPE


def _mark(maker, person: str, hlc_value: str) -> None:
    with maker.begin() as s:
        record_change(
            s,
            scope=SCOPE,
            entity="read_marker",
            author=person,
            entity_id=read_marker_id(PAIR_ID, person),
            fields={"last_read_hlc": hlc_value},
        )


def _outbox(maker) -> list[PlainOp]:
    with maker() as s:
        rows = s.scalars(select(OutboxOp).order_by(OutboxOp.hlc)).all()
        return [open_op(OpEnvelope.model_validate_json(r.envelope), PAIR_KEY) for r in rows]


def _markers(maker) -> dict[str, str]:
    with maker() as s:
        return {m.person_id: m.last_read_hlc for m in s.scalars(select(ReadMarker))}


def test_read_markers_travel_and_merge_last_writer_wins(replica_factory):
    mentee_pc, mentee_laptop, mentor_pc = (replica_factory(n) for n in ("a", "b", "c"))
    _mark(mentee_pc, "mentee", "1700000000000-00001-x")
    _mark(mentee_laptop, "mentee", "1700000000500-00000-y")  # later, on another PC
    _mark(mentor_pc, "mentor", "1700000000100-00000-z")
    assert _markers(mentee_pc) == {"mentee": "1700000000000-00001-x"}

    ops = _outbox(mentee_pc) + _outbox(mentee_laptop) + _outbox(mentor_pc)
    for maker, order in ((mentee_pc, ops), (mentee_laptop, ops[::-1]), (mentor_pc, ops[1:] + ops)):
        with maker.begin() as s:
            apply_ops(s, order)
    expected = _markers(mentor_pc)
    assert _markers(mentee_pc) == _markers(mentee_laptop) == expected
    assert len(expected) == 2 and expected["mentor"] == "1700000000100-00000-z"
    # the marker written last wins (its op's HLC is the later one), whatever the order
    last = max((o for o in ops if o.author == "mentee"), key=lambda o: (o.hlc, o.author))
    assert expected["mentee"] == last.fields["last_read_hlc"]


def test_read_marker_of_someone_else_or_another_pair_is_ignored(replica_factory):
    maker = replica_factory("r")
    forged = [
        PlainOp(  # the mentor writes the mentee's marker
            uuid7(), SCOPE, "1700000000000-00000-n", "mentor",
            "read_marker", read_marker_id(PAIR_ID, "mentee"), {"last_read_hlc": "9"},
        ),
        PlainOp(  # a marker naming another pair than its scope
            uuid7(), SCOPE, "1700000000000-00001-n", "mentee",
            "read_marker", read_marker_id("other", "mentee"), {"last_read_hlc": "9"},
        ),
        PlainOp(  # not a composite id at all
            uuid7(), SCOPE, "1700000000000-00002-n", "mentee",
            "read_marker", "mentee", {"last_read_hlc": "9"},
        ),
    ]  # fmt: skip
    with maker.begin() as s:
        assert len(apply_ops(s, forged)) == 3  # recorded as seen, so replays stay no-ops
    assert _markers(maker) == {}
