"""The local write path and the merge rules, on a real SQLCipher database."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models.sync_tables import OutboxOp
from desktop.models.tables import Meeting, Message
from desktop.sync.apply import apply_ops
from desktop.sync.ops import PlainOp, open_op
from desktop.sync.outbox import acknowledge, pending, record_change, record_delete
from tests.sync.conftest import PAIR_KEY, SCOPE


def test_record_change_applies_and_queues_sealed_op(replica_factory):
    maker = replica_factory("a")
    with maker.begin() as s:
        op_id = record_change(
            s,
            scope=SCOPE,
            entity="message",
            author="mentor",
            fields={"body": "Salut, ça va ?", "created_at": 1_700_000_000_000},
        )
    with maker() as s:
        msg = s.get(Message, op_id)
        assert (msg.body, msg.author_id, msg.state, msg.pair_id) == (
            "Salut, ça va ?",
            "mentor",
            "pending",
            "p1",
        )
        row = s.get(OutboxOp, op_id)
        assert "ça va" not in row.envelope
        [env] = pending(s)
        assert open_op(env, PAIR_KEY).fields["body"] == "Salut, ça va ?"
        assert env.hlc == msg.hlc
    with maker.begin() as s:
        acknowledge(s, [op_id])
    with maker() as s:
        assert s.get(Message, op_id).state == "sent"
        assert pending(s) == []


def test_rolled_back_transaction_leaves_neither_change_nor_op(replica_factory):
    maker = replica_factory("a")
    s = maker()
    s.begin()
    op_id = record_change(s, scope=SCOPE, entity="message", author="mentor", fields={"body": "x"})
    s.rollback()
    s.close()
    with maker() as s:
        assert s.get(Message, op_id) is None
        assert s.scalars(select(OutboxOp)).all() == []


def test_local_hlcs_increase(replica_factory):
    maker = replica_factory("a")
    with maker.begin() as s:
        ids = [
            record_change(
                s, scope=SCOPE, entity="message", author="mentor", fields={"body": str(i)}
            )
            for i in range(5)
        ]
    with maker() as s:
        hlcs = [s.get(Message, i).hlc for i in ids]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == 5


def test_edit_before_create_and_unauthorised_edit(replica_factory):
    maker = replica_factory("a")
    create = PlainOp(
        "m1", SCOPE, "0000000001000-00000-a", "mentor", "message", "m1", {"body": "v1"}
    )
    edit = PlainOp("e1", SCOPE, "0000000002000-00000-a", "mentor", "message", "m1", {"body": "v2"})
    foreign = PlainOp(
        "e2", SCOPE, "0000000003000-00000-b", "mentee", "message", "m1", {"body": "hacked"}
    )
    with maker.begin() as s:
        apply_ops(s, [edit, foreign])  # before the message exists: parked
        assert s.get(Message, "m1") is None
        apply_ops(s, [create])
    with maker() as s:
        msg = s.get(Message, "m1")
        assert (msg.body, msg.edited) == ("v2", True)


def test_tombstone_is_final_and_erases_text(replica_factory):
    maker = replica_factory("a")
    with maker.begin() as s:
        mid = record_change(
            s, scope=SCOPE, entity="message", author="mentor", fields={"body": "oops"}
        )
        record_delete(s, scope=SCOPE, entity="message", entity_id=mid, author="mentor")
        late = PlainOp(
            "late", SCOPE, "9999999999999-00000-z", "mentor", "message", mid, {"body": "again"}
        )
        apply_ops(s, [late])
    with maker() as s:
        msg = s.get(Message, mid)
        assert (msg.body, msg.deleted) == ("", True)


def test_lww_meeting_fields_merge_and_replay_is_noop(replica_factory):
    maker = replica_factory("a")
    a = PlainOp(
        "o1",
        SCOPE,
        "0000000001000-00000-a",
        "mentor",
        "meeting",
        "mt1",
        {"starts_at": 1_700_000_000_000, "duration_minutes": 30, "kind": "video"},
    )
    b = PlainOp(
        "o2", SCOPE, "0000000002000-00000-b", "mentee", "meeting", "mt1", {"duration_minutes": 45}
    )
    c = PlainOp(
        "o3",
        SCOPE,
        "0000000001500-00000-c",
        "staff",
        "meeting",
        "mt1",
        {"duration_minutes": 60, "outcome": "held"},
    )
    with maker.begin() as s:
        assert len(apply_ops(s, [b, c])) == 2  # row not complete yet
        assert s.get(Meeting, "mt1") is None
        apply_ops(s, [a])
        assert apply_ops(s, [a, b, c]) == []
    with maker() as s:
        m = s.get(Meeting, "mt1")
        assert (m.duration_minutes, m.kind, m.outcome) == (45, "video", "held")
