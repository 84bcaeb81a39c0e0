"""Convergence, property-tested: three replicas end identical whatever the delivery.

Each replica writes through the real apply code on its own SQLCipher file with a skewed
clock; ops travel sealed and are opened on arrival; delivery is partial, reordered and
duplicated while partitions last, then everything reaches everyone. The merged tables must
be identical on all three.
"""

from __future__ import annotations

import os
import random
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from desktop.models.engine import close_engine, open_engine
from desktop.models.tables import Meeting, Message
from desktop.sync.apply import apply_ops
from desktop.sync.errors import SyncError
from desktop.sync.hlc import HlcClock
from desktop.sync.ops import TOMBSTONE, PlainOp, open_op, seal_op, uuid7
from tests.sync.conftest import PAIR_KEY, SCOPE, make_replica

AUTHORS = ("mentor", "mentee", "staff")
# CI keeps this modest; run e.g. JUMELAGE_CONVERGENCE_EXAMPLES=300 locally for a deep search.
EXAMPLES = int(os.environ.get("JUMELAGE_CONVERGENCE_EXAMPLES", "25"))
BASE_MS = 1_700_000_000_000

action = st.one_of(
    st.tuples(st.just("msg"), st.integers(0, 2), st.text(max_size=8)),
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 50), st.text(max_size=8)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 50)),
    st.tuples(
        st.just("meet"),
        st.integers(0, 2),
        st.integers(0, 2),
        st.sampled_from(["duration_minutes", "outcome", "kind"]),
        st.integers(1, 90),
    ),
    st.tuples(st.just("unmeet"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2), st.randoms()),
)


class Replica:
    def __init__(self, index: int, maker: sessionmaker, skew_ms: int) -> None:
        self.author = AUTHORS[index]
        self.maker = maker
        self.now = BASE_MS
        self.clock = HlcClock(f"n{index}", wall=lambda: self.now + skew_ms)
        self.known: list[str] = []  # message ids this replica has seen
        self.log: list = []  # sealed envelopes it can pass on

    def write(self, entity: str, entity_id: str | None, fields: dict) -> None:
        self.now += 7
        op_id = uuid7()
        op = PlainOp(
            op_id, SCOPE, self.clock.now(), self.author, entity, entity_id or op_id, fields
        )
        try:
            with self.maker.begin() as s:
                apply_ops(s, [op], local=True)
        except SyncError as exc:  # e.g. editing someone else's message: refused, not sent
            assert exc.code == "not_allowed"
            return
        if entity == "message" and entity_id is None:
            self.known.append(op_id)
        self.log.append(seal_op(op, PAIR_KEY, 1))

    def receive(self, envelopes: list) -> None:
        ops = [open_op(e, PAIR_KEY) for e in envelopes]
        for op in ops:
            self.clock.observe(op.hlc)
            if op.entity == "message" and op.entity_id == op.op_id and op.op_id not in self.known:
                self.known.append(op.op_id)
        with self.maker.begin() as s:
            apply_ops(s, ops)
        seen = {e.op_id for e in self.log}
        self.log += [e for e in envelopes if e.op_id not in seen]

    def state(self) -> tuple:
        with self.maker() as s:
            msgs = [
                (m.id, m.pair_id, m.author_id, m.body, m.hlc, m.edited, m.deleted)
                for m in s.scalars(select(Message).order_by(Message.hlc))
            ]
            meets = [
                (m.id, m.duration_minutes, m.kind, m.outcome)
                for m in s.scalars(select(Meeting).order_by(Meeting.id))
            ]
        return msgs, meets


def run(template, key, tmp_dir, skews, actions) -> list[Replica]:
    replicas = []
    for i in range(3):
        path = os.path.join(tmp_dir, f"r{i}.db")
        shutil.copyfile(template, path)
        maker = sessionmaker(open_engine(path, key), expire_on_commit=False)
        replicas.append(Replica(i, maker, skews[i]))
    meeting_ids = [f"mt{i}" for i in range(3)]
    for a in actions:
        kind, who = a[0], replicas[a[1]]
        if kind == "msg":
            who.write("message", None, {"body": a[2], "created_at": who.now})
        elif kind == "edit" and who.known:
            who.write("message", who.known[a[2] % len(who.known)], {"body": a[3]})
        elif kind == "delete" and who.known:
            who.write(TOMBSTONE, who.known[a[2] % len(who.known)], {"entity": "message"})
        elif kind == "meet":
            fields = {"starts_at": BASE_MS, "duration_minutes": 30, "kind": "video"}
            if a[3] == "outcome":
                fields = {"outcome": f"o{a[4]}"}
            elif a[3] == "duration_minutes":
                fields = {"duration_minutes": a[4]}
            who.write("meeting", meeting_ids[a[2]], fields)
        elif kind == "unmeet":  # delete-then-edit: later edits of a deleted meeting stay dead
            who.write(TOMBSTONE, meeting_ids[a[2]], {"entity": "meeting"})
        elif kind == "sync" and a[1] != a[2]:
            rnd = a[3]
            source = replicas[a[2]].log
            part = [e for e in source if rnd.random() < 0.6]  # partition: only some get through
            part += rnd.sample(part, k=len(part) // 3)  # duplicates
            rnd.shuffle(part)
            who.receive(part)
    # heal: everyone gets everything, shuffled and duplicated
    everything = {e.op_id: e for r in replicas for e in r.log}
    for i, r in enumerate(replicas):
        batch = list(everything.values()) * 2
        random.Random(i).shuffle(batch)
        for j in range(0, len(batch), 7):
            r.receive(batch[j : j + 7])
    return replicas


def test_replicas_converge(tmp_path_factory):
    base = tmp_path_factory.mktemp("template")
    key = os.urandom(32)
    maker = make_replica(base / "template.db", key=key)
    close_engine(maker.kw["bind"])
    template = str(base / "template.db")
    counter = iter(range(10_000))

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(
        skews=st.lists(st.integers(-200_000, 200_000), min_size=3, max_size=3),
        actions=st.lists(action, min_size=1, max_size=25),
    )
    def check(skews, actions):
        tmp_dir = base / f"ex{next(counter)}"
        tmp_dir.mkdir()
        replicas = run(template, key, str(tmp_dir), skews, actions)
        try:
            states = [r.state() for r in replicas]
            assert states[0] == states[1] == states[2]
            created = sum(1 for a in actions if a[0] == "msg")
            assert len(states[0][0]) == created  # nothing lost, nothing doubled
        finally:
            for r in replicas:
                close_engine(r.maker.kw["bind"])
            shutil.rmtree(tmp_dir)

    check()
