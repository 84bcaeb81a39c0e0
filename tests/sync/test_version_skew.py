"""Two app versions on one profile database: what the older one cannot apply, it keeps.

The older version's registry lacks a kind (meetings) and a field (a meeting's `outcome`);
its replica keeps those ops instead of dropping them. The upgraded version, opening the
same SQLCipher file, applies them at start-up (`retry_held`, which `ProfileDirectory` runs
on unlock). A format-1 op (kind in the envelope) is still read; a body of a newer format
is held, neither applied nor dropped, and read once the app understands it.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from desktop.models.engine import close_engine, open_engine
from desktop.models.sync_tables import HeldOp, KeptOp
from desktop.models.tables import Meeting, Message
from desktop.sync import ops as ops_module
from desktop.sync.apply import apply_ops, use_registry
from desktop.sync.entities import MEETING, builtin_registry
from desktop.sync.keystore import put_directory
from desktop.sync.ops import PlainOp, b64e, open_op, seal_op
from desktop.sync.pull import Verifier, apply_opened, retry_held
from desktop.vault.envelope import seal_body, sign_batch
from desktop.vault.keys import PersonKeyPair
from jumelage_protocol import Batch, OpEnvelope, op_digest
from tests.sync.conftest import PAIR_KEY, SCOPE, make_replica

T0 = 1_700_000_000_000
NEW = builtin_registry()
OLD_NO_MEETINGS = NEW.without("meeting")
OLD_NO_OUTCOME = NEW.without("meeting").with_kinds(
    dataclasses.replace(MEETING, fields=MEETING.fields - {"outcome"})
)


def hlc(n: int) -> str:
    return f"{T0 + n:013d}-00000-n1"


def meeting(op_id: str, n: int, fields: dict) -> PlainOp:
    return PlainOp(op_id, SCOPE, hlc(n), "mentor", "meeting", "mt1", fields)


def reopen(path, key, registry) -> sessionmaker:
    maker = sessionmaker(open_engine(path, key), expire_on_commit=False)
    use_registry(maker, registry)
    return maker


def test_an_unknown_kind_is_kept_and_applied_after_the_upgrade(tmp_path):
    path, key = tmp_path / "p.db", bytes(range(1, 33))
    close_engine(make_replica(path, key).kw["bind"])
    first = [
        meeting("o1", 1, {"starts_at": T0, "duration_minutes": 30, "kind": "video"}),
        meeting("o2", 2, {"duration_minutes": 45}),
        PlainOp("o3", SCOPE, hlc(3), "mentor", "message", "o3", {"body": "hi", "created_at": T0}),
    ]
    old = reopen(path, key, OLD_NO_MEETINGS)
    with old.begin() as s:
        apply_ops(s, [seal_and_open(o) for o in first])
    with old() as s:
        assert s.scalars(select(Meeting)).all() == []
        assert s.get(Message, "o3").body == "hi"
        assert {k.op_id: k.reason for k in s.scalars(select(KeptOp))} == {
            "o1": "unknown_kind",
            "o2": "unknown_kind",
        }
    with old.begin() as s:  # replays while still old: kept once, nothing lost
        apply_ops(s, first)
    close_engine(old.kw["bind"])

    new = reopen(path, key, NEW)
    assert retry_held(new) == 2
    with new() as s:
        got = s.get(Meeting, "mt1")
        assert (got.duration_minutes, got.kind) == (45, "video")
        assert s.scalars(select(KeptOp)).all() == []
    close_engine(new.kw["bind"])


def test_unknown_fields_are_applied_after_the_upgrade_without_undoing_later_edits(tmp_path):
    path, key = tmp_path / "p.db", bytes(range(2, 34))
    close_engine(make_replica(path, key).kw["bind"])
    old = reopen(path, key, OLD_NO_OUTCOME)
    with old.begin() as s:
        apply_ops(s, [
            meeting("o1", 1, {"starts_at": T0, "duration_minutes": 30, "kind": "video",
                              "outcome": "held"}),
            meeting("o2", 2, {"duration_minutes": 50, "outcome": "later"}),
        ])  # fmt: skip
    with old() as s:
        got = s.get(Meeting, "mt1")
        assert (got.duration_minutes, got.outcome) == (50, None)  # known part applied now
        assert {k.reason for k in s.scalars(select(KeptOp))} == {"unknown_fields"}
    close_engine(old.kw["bind"])

    new = reopen(path, key, NEW)
    retry_held(new)
    with new() as s:
        got = s.get(Meeting, "mt1")
        assert (got.duration_minutes, got.outcome) == (50, "later")  # last writer still wins
        assert s.scalars(select(KeptOp)).all() == []
    close_engine(new.kw["bind"])


def seal_and_open(op: PlainOp) -> PlainOp:
    return open_op(seal_op(op, PAIR_KEY, 1), PAIR_KEY)


def test_a_format_1_op_from_an_older_client_is_read():
    op_id = "o1"
    aad = f"jml1|{op_id}|{SCOPE}|message|{op_id}|mentor|1".encode()
    body = seal_body(PAIR_KEY, b'{"body":"ancien","created_at":1}', aad)
    env = OpEnvelope(op_id=op_id, scope=SCOPE, hlc=hlc(1), author="mentor", entity="message",
                     entity_id=op_id, key_id=1, body=b64e(body))  # fmt: skip
    got = open_op(env, PAIR_KEY)
    assert (got.entity, got.fields) == ("message", {"body": "ancien", "created_at": 1})


def test_a_newer_format_is_held_then_read_after_the_upgrade(tmp_path, monkeypatch):
    maker = make_replica(tmp_path / "p.db")
    author = PersonKeyPair.generate()
    with maker.begin() as s:
        sign_public = bytes(author.signing_key.verify_key)
        put_directory(s, "mentor", "mentor", author.box_public, sign_public)
    op = PlainOp("o9", SCOPE, hlc(1), "mentor", "message", "o9", {"body": "v3", "created_at": 1})
    monkeypatch.setattr(ops_module, "FORMAT", 3)  # the newer app writes format 3
    env = seal_op(op, PAIR_KEY, 1)
    monkeypatch.setattr(ops_module, "FORMAT", 2)  # this one reads up to 2
    batch = Batch(batch_id=1, author="mentor", digests=b64e(op_digest(env)),
                  signature=b64e(sign_batch(author.signing_key, [op_digest(env)])))  # fmt: skip
    with maker() as s:
        opened = Verifier.load(s).open_items([(env, batch)])
    assert opened.held and opened.held[0][2] == "newer_format"
    apply_opened(maker, [opened])
    with maker() as s:
        assert s.get(Message, "o9") is None
        assert s.get(HeldOp, "o9").reason == "newer_format"
    monkeypatch.setattr(ops_module, "FORMAT", 3)  # upgraded
    assert retry_held(maker) == 1
    with maker() as s:
        assert s.get(Message, "o9").body == "v3"
    close_engine(maker.kw["bind"])
