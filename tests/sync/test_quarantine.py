"""One bad op is set aside with its reason; the rest of its page still applies.

Real SQLCipher replicas, real apply code. The database's own CHECK refuses a value the
spec did not screen (a registry whose person kind has no `choices`), so the savepoint per op
is what keeps the page going.
"""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from desktop.models.sync_tables import AppliedOp, QuarantinedOp
from desktop.models.tables import Message, Person
from desktop.sync.apply import apply_ops, quarantine_summary
from desktop.sync.entities import PERSON, builtin_registry
from desktop.sync.errors import SyncError
from desktop.sync.ops import PlainOp
from tests.sync.conftest import SCOPE

HLC = "1700000000000-00000-n1"


def op(op_id: str, entity: str, fields: dict, entity_id: str | None = None, *,
       author: str = "staff") -> PlainOp:  # fmt: skip
    return PlainOp(op_id, SCOPE, HLC, author, entity, entity_id or op_id, fields)


def test_a_value_the_database_refuses_is_quarantined_and_the_page_goes_on(replica_factory):
    maker = replica_factory("staff")
    unscreened = builtin_registry().without("person").with_kinds(
        dataclasses.replace(PERSON, choices={})
    )
    page = [
        op("o1", "message", {"body": "avant", "created_at": 1}, author="mentor"),
        op("o2", "person", {"display_name": "X", "role": "superuser"}, "mentee"),
        op("o3", "message", {"body": "après", "created_at": 2}, author="mentee"),
    ]
    with maker.begin() as s:
        recorded = apply_ops(s, page, registry=unscreened)
    assert [o.op_id for o in recorded] == ["o1", "o2", "o3"]
    with maker() as s:
        assert s.get(Person, "mentee") is None
        assert {m.body for m in s.scalars(select(Message))} == {"avant", "après"}
        assert quarantine_summary(s) == {"refused_by_database": 1}
        assert s.get(QuarantinedOp, "o2").author == "staff"  # staff may set roles: the DB said no
        assert s.get(AppliedOp, "o2") is not None  # never retried, never blocks
    with maker.begin() as s:  # a replay changes nothing and adds nothing
        assert apply_ops(s, page, registry=unscreened) == []


def test_the_builtin_rules_screen_the_value_first(replica_factory):
    maker = replica_factory("staff")
    with maker.begin() as s:
        apply_ops(s, [op("o2", "person", {"display_name": "X", "role": "superuser"}, "mentee")])
    with maker() as s:
        assert quarantine_summary(s) == {"invalid_value": 1}


def test_a_local_change_that_breaks_a_rule_is_a_plain_error(replica_factory):
    maker = replica_factory("mentee")
    with pytest.raises(SyncError) as info, maker.begin() as s:
        apply_ops(s, [op("o1", "pair", {"status": "closed"}, "p1", author="mentee")], local=True)
    assert info.value.code == "not_allowed"
    with maker() as s:
        assert s.scalars(select(QuarantinedOp)).all() == []


def test_every_builtin_kind_is_registered_whatever_the_import_order():
    import subprocess
    import sys

    code = (
        "from desktop.sync.kinds import Registry, EntitySpec\n"
        "from desktop.sync.apply import registry_of\n"
        "from sqlalchemy.orm import Session\n"
        "r = registry_of(Session())\n"
        "assert all(r.get(k) for k in ('message','meeting','person','pair','report',"
        "'held_message','receipt','read_marker')), list(r)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
