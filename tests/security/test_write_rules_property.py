"""Property: whatever a member signs, no replica changes outside what that member may write.

Random ops (any kind, any id, any fields, valid and invalid values) from a random member of
the pair, sealed and opened as on the wire, applied by the real apply code to a real
SQLCipher replica that already holds everyone's data. The oracle below is written from the
product's rules, not from the specs: a member may name themself, write messages as
themself, plan meetings and mark their own reading; never touch another person, a pair, or
another person's message or marker.
"""

from __future__ import annotations

import os
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from desktop.models.engine import close_engine, open_engine
from desktop.models.tables import Message, Pair, Person, ReadMarker
from desktop.sync.apply import apply_ops
from desktop.sync.ops import PlainOp, open_op, seal_op, uuid7
from tests.sync.conftest import PAIR_ID, PAIR_KEY, SCOPE, make_replica

EXAMPLES = int(os.environ.get("JUMELAGE_WRITE_RULE_EXAMPLES", "30"))
T0 = 1_700_000_000_000
PEOPLE = ("mentor", "mentee", "staff")
IDS = (*PEOPLE, PAIR_ID, "m-mentor", "m-mentee", "mt1", f"{PAIR_ID}:mentor",
       f"{PAIR_ID}:mentee", "x:y:z", "")  # fmt: skip
KINDS = ("person", "pair", "message", "meeting", "read_marker", "tombstone", "report",
         "held_message", "survey")  # fmt: skip
VALUES = st.one_of(
    st.sampled_from(["staff", "mentor", "mentee", "superuser", "closed", "active", "video",
                     "sent", "held", "failed", "prog", "other"]),  # fmt: skip
    st.integers(-(2**63), 2**63),
    st.none(),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
FIELDS = ("display_name", "role", "program_id", "status", "closed_at", "mentor_id",
          "mentee_id", "body", "created_at", "state", "starts_at", "duration_minutes", "kind",
          "outcome", "last_read_hlc", "entity", "at", "action", "mood")  # fmt: skip


PLAUSIBLE = {  # kind -> (ids, fields with well-formed values): ops that would apply if allowed
    "person": (PEOPLE, {"display_name": st.text(max_size=5),
                        "role": st.sampled_from(["staff", "mentor", "mentee"]),
                        "program_id": st.just("other")}),
    "pair": ((PAIR_ID,), {"status": st.sampled_from(["closed", "active"]),
                          "closed_at": st.just(T0), "mentor_id": st.sampled_from(PEOPLE),
                          "mentee_id": st.sampled_from(PEOPLE)}),
    "message": (("m-mentor", "m-mentee"), {"body": st.text(max_size=5),
                                           "state": st.sampled_from(["sent", "failed"])}),
    "read_marker": ((f"{PAIR_ID}:mentor", f"{PAIR_ID}:mentee"),
                    {"last_read_hlc": st.text(min_size=1, max_size=3)}),
    "meeting": (("mt1",), {"starts_at": st.just(T0), "duration_minutes": st.integers(1, 90),
                           "kind": st.just("video")}),
}  # fmt: skip


@st.composite
def plausible_op(draw, n: int) -> PlainOp:
    entity = draw(st.sampled_from([*PLAUSIBLE, "tombstone"]))
    if entity == "tombstone":
        target = draw(st.sampled_from(list(PLAUSIBLE)))
        entity_id = draw(st.sampled_from(PLAUSIBLE[target][0]))
        fields = {"entity": target}
    else:
        ids, pool = PLAUSIBLE[entity]
        entity_id = draw(st.sampled_from(ids))
        names = draw(st.sets(st.sampled_from(sorted(pool)), min_size=1))
        fields = {name: draw(pool[name]) for name in names}
    return PlainOp(uuid7(), SCOPE, f"{T0 + 1000 + n:013d}-00000-n9", "?", entity, entity_id,
                   fields)  # fmt: skip


@st.composite
def junk_op(draw, n: int) -> PlainOp:
    entity = draw(st.sampled_from(KINDS))
    fields = draw(st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=4))
    if entity == "tombstone":
        fields = {"entity": draw(st.sampled_from(KINDS))}
    op_id = uuid7()
    entity_id = draw(st.one_of(st.just(op_id), st.sampled_from(IDS)))
    return PlainOp(op_id, SCOPE, f"{T0 + 1000 + n:013d}-00000-n9", "?", entity,
                   entity_id or op_id, fields)  # fmt: skip


def forged_op(n: int) -> st.SearchStrategy[PlainOp]:
    return st.one_of(plausible_op(n), plausible_op(n), junk_op(n))


def seed(maker: sessionmaker) -> None:
    """Everyone's data, written by the people allowed to write it."""
    ops = [
        PlainOp("s1", SCOPE, f"{T0:013d}-00001-n1", "staff", "person", "staff",
                {"display_name": "Coord", "role": "staff"}),
        PlainOp("s2", SCOPE, f"{T0:013d}-00002-n1", "mentor", "person", "mentor",
                {"display_name": "Mentor", "role": "mentor"}),
        PlainOp("s3", SCOPE, f"{T0:013d}-00003-n1", "mentee", "person", "mentee",
                {"display_name": "Jeune", "role": "mentee"}),
        PlainOp("m-mentor", SCOPE, f"{T0:013d}-00004-n1", "mentor", "message", "m-mentor",
                {"body": "Salut", "created_at": T0}),
        PlainOp("m-mentee", SCOPE, f"{T0:013d}-00005-n1", "mentee", "message", "m-mentee",
                {"body": "Allo", "created_at": T0}),
        PlainOp("s6", SCOPE, f"{T0:013d}-00006-n1", "mentor", "read_marker",
                f"{PAIR_ID}:mentor", {"last_read_hlc": "a"}),
        PlainOp("s7", SCOPE, f"{T0:013d}-00007-n1", "mentee", "read_marker",
                f"{PAIR_ID}:mentee", {"last_read_hlc": "a"}),
    ]  # fmt: skip
    with maker.begin() as s:
        apply_ops(s, ops)


def state(maker: sessionmaker) -> dict:
    with maker() as s:
        return {
            "people": {p.id: (p.display_name, p.role, p.program_id)
                       for p in s.scalars(select(Person))},
            "pairs": {p.id: (p.status, p.closed_at, p.mentor_id, p.mentee_id, p.program_id)
                      for p in s.scalars(select(Pair))},
            "messages": {m.id: (m.author_id, m.body, m.deleted, m.edited, m.state)
                         for m in s.scalars(select(Message))},
            "markers": {(r.pair_id, r.person_id): r.last_read_hlc
                        for r in s.scalars(select(ReadMarker))},
        }  # fmt: skip


def changed(before: dict, after: dict) -> set:
    keys = before.keys() | after.keys()
    return {k for k in keys if before.get(k) != after.get(k)}


def check_only_own_writes(before: dict, after: dict, ops: list[PlainOp]) -> None:
    authors = {op.author for op in ops}
    assert not changed(before["pairs"], after["pairs"]), "a member changed a pair"
    for person in changed(before["people"], after["people"]):
        assert person in authors, f"someone else's person row changed: {person}"
        old, new = before["people"].get(person), after["people"][person]
        assert old is not None and (old[1], old[2]) == (new[1], new[2]), "role or program"
    for message in changed(before["messages"], after["messages"]):
        owner = (before["messages"].get(message) or after["messages"][message])[0]
        assert owner in authors, f"another person's message changed: {message}"
        assert after["messages"].get(message, before["messages"].get(message))[0] == owner
    for _pair, person in changed(before["markers"], after["markers"]):
        assert person in authors, "another person's read marker changed"


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_member_writes_outside_their_rights(tmp_path_factory, data):  # fmt: skip
    base = tmp_path_factory.mktemp("rules")
    key = os.urandom(32)
    template = base / "template.db"
    maker = make_replica(template, key=key)
    seed(maker)
    close_engine(maker.kw["bind"])
    n = data.draw(st.integers(1, 12))
    ops = [data.draw(forged_op(i)) for i in range(n)]
    author = data.draw(st.sampled_from(("mentor", "mentee")))
    ops = [PlainOp(o.op_id, o.scope, o.hlc, author, o.entity, o.entity_id, o.fields) for o in ops]
    path = base / "replica.db"
    shutil.copyfile(template, path)
    replica = sessionmaker(open_engine(path, key), expire_on_commit=False)
    try:
        before = state(replica)
        for i in range(0, len(ops), 3):  # pages of a few ops, each in its own transaction
            wire = [open_op(seal_op(op, PAIR_KEY, 1), PAIR_KEY) for op in ops[i : i + 3]]
            with replica.begin() as s:
                apply_ops(s, wire)
        check_only_own_writes(before, state(replica), ops)
    finally:
        close_engine(replica.kw["bind"])
