"""Scopes and roles: one grammar on both sides of the wire, typed in code, plain on the wire."""

from __future__ import annotations

import json
import pickle

import pytest
from pydantic import ValidationError

from jumelage_protocol import (
    Membership,
    Role,
    Scope,
    ScopeKind,
    recipient_program,
    scope_kind,
    staff_recipient,
)


def test_a_scope_is_its_wire_string_with_a_kind_and_an_id():
    scope = Scope.pair("p1")
    assert scope == "pair:p1" and str(scope) == "pair:p1" and type(str(scope)) is str
    assert scope.kind is ScopeKind.PAIR and scope.id == "p1"
    assert {scope: 1}["pair:p1"] == 1  # keys dicts of stored scope strings as it is
    assert Scope.parse("program:x-1") == Scope.program("x-1")
    assert Scope.person("me").kind is ScopeKind.PERSON
    assert pickle.loads(pickle.dumps(scope)) == scope


@pytest.mark.parametrize(
    "text",
    ["", "pair", "pair:", ":p1", "group:p1", "Pair:p1", "pair:a:b", "pair:a b", "pair:" + "x" * 65],
)
def test_anything_outside_the_grammar_is_refused(text):
    with pytest.raises(ValueError):
        Scope.parse(text)
    assert scope_kind(text) is None


def test_every_kind_is_in_the_grammar():
    """The grammar derives from the enum: a new kind needs no other change to parse."""
    for kind in ScopeKind:
        scope = Scope.of(kind, "abc")
        assert Scope.parse(str(scope)).kind is kind
        assert scope_kind(str(scope)) is kind


def test_pydantic_fields_use_the_same_grammar():
    m = Membership(scope="pair:p1", role="mentor")
    assert isinstance(m.scope, Scope) and m.scope.kind is ScopeKind.PAIR
    assert m.role is Role.MENTOR
    assert json.loads(m.model_dump_json()) == {"scope": "pair:p1", "role": "mentor"}
    with pytest.raises(ValidationError):
        Membership(scope="group:p1", role="mentor")
    with pytest.raises(ValidationError):
        Membership(scope="pair:p1", role="admin")


def test_roles_keep_their_words():
    assert [r.value for r in Role] == ["staff", "mentor", "mentee"]
    assert Role.STAFF == "staff" and Role("mentee") is Role.MENTEE


def test_the_staff_key_recipient():
    assert staff_recipient("prog1") == "staff:prog1"
    assert recipient_program(staff_recipient("prog1")) == "prog1"
    assert recipient_program("person1") is None
