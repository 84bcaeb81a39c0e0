"""Re-stamping ops written while this PC's clock ran ahead (issue 9, defect 10): the
re-stamped replica ends field by field where a replica that only ever saw the new stamps
ends, whatever arrived before and after. Real SQLCipher replicas, no server."""

from __future__ import annotations

import random

from sqlalchemy import select

from desktop.models.sync_tables import AppliedOp
from desktop.models.tables import Meeting, Message
from desktop.sync.apply import apply_ops
from desktop.sync.hlc import Stamp, horizon_ms, wall_ms
from desktop.sync.ops import PlainOp, open_op, uuid7
from desktop.sync.outbox import pending, record_change
from desktop.sync.restamp import restamp
from tests.sync.conftest import PAIR_KEY, SCOPE

DAY_MS = 24 * 3600 * 1000


def remote(ms: int, **fields) -> PlainOp:
    return PlainOp(uuid7(), SCOPE, str(Stamp(ms, 0, "mentee")), "mentee", "meeting", "m1", fields)


def state(maker) -> tuple:
    with maker() as s:
        meeting = s.get(Meeting, "m1")
        messages = sorted((m.id, m.body, m.hlc, m.edited) for m in s.scalars(select(Message)))
        return (meeting.starts_at, meeting.duration_minutes, meeting.kind), messages


def test_a_restamped_replica_converges_with_one_that_sees_only_the_new_stamps(replica_factory):
    now = wall_ms()
    ahead, fresh = replica_factory("ahead"), replica_factory("fresh")
    ahead.configure(info={"wall": lambda: now + DAY_MS})  # this PC's clock: a day ahead
    first = remote(now - 1_000, starts_at=1_000, duration_minutes=30, kind="video")
    before = remote(now, starts_at=3_000)  # arrives before the re-stamp, lost to the day-ahead
    with ahead.begin() as s:
        apply_ops(s, [first])
        record_change(s, scope=SCOPE, entity="meeting", author="mentor", entity_id="m1",
                      fields={"starts_at": 2_000, "duration_minutes": 45})  # fmt: skip
        msg = record_change(s, scope=SCOPE, entity="message", author="mentor",
                            fields={"body": "écrit en avance"})  # fmt: skip
        record_change(s, scope=SCOPE, entity="message", author="mentor", entity_id=msg,
                      fields={"body": "corrigé"})  # fmt: skip
        apply_ops(s, [before])

    with ahead.begin() as s:
        assert restamp(s, now) == 3
    after = remote(now + 400_000, duration_minutes=60)  # accepted later, after the new stamps
    with ahead.begin() as s:
        apply_ops(s, [after])
        mine = [open_op(env, PAIR_KEY) for env in pending(s)]
        stamps = s.scalars(select(AppliedOp.hlc)).all()
    assert all(Stamp.parse(op.hlc).ms <= horizon_ms(now) for op in mine)
    assert all(Stamp.parse(h).ms <= horizon_ms(now) + 400_000 for h in stamps)
    assert [op.hlc for op in mine] == sorted(op.hlc for op in mine)  # the old order is kept
    assert min(op.hlc for op in mine) > before.hlc  # still after what this PC had seen

    everything = [first, before, after, *mine]
    random.Random(7).shuffle(everything)
    with fresh.begin() as s:
        apply_ops(s, everything)
    assert state(ahead) == state(fresh)
    (starts, minutes, _kind), [(_id, body, _hlc, edited)] = state(ahead)
    assert (minutes, body, edited) == (60, "corrigé", True)
    assert starts.timestamp() == 2.0  # the mentor's edit still beats what it had seen


def test_nothing_changes_when_the_clock_was_never_ahead(replica_factory):
    maker = replica_factory("a")
    with maker.begin() as s:
        record_change(s, scope=SCOPE, entity="message", author="mentor", fields={"body": "x"})
    with maker() as s:
        [before] = pending(s)
    with maker.begin() as s:
        assert restamp(s, wall_ms()) == 0
    with maker() as s:
        assert pending(s) == [before]
