"""The audit log's hash chain: intact across offline staff PCs, and it catches what is gone
or changed. Real SQLCipher profiles; ops carried between them as sync would (`relay`)."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, update

from desktop.models.audit_tables import AuditLogEntry
from desktop.services.audit import (
    AuditError,
    list_audit_events,
    record_audit,
    verify_chain,
)
from desktop.sync.apply import apply_ops
from desktop.sync.outbox import acknowledge, pending, record_change
from tests.services.conftest import PROGRAM_ID, _open


def carry(src, dst) -> int:
    """Deliver one staff PC's queued ops to another staff PC (a push, then its pull)."""
    with src.sessionmaker.begin() as s:
        envs = pending(s)
        acknowledge(s, [e.op_id for e in envs])
    with dst.sessionmaker.begin() as d:
        apply_ops(d, [_open(d, e) for e in envs])
    return len(envs)


def audit(profile, action: str, n: int = 1) -> list[str]:
    return [
        record_audit(
            profile, program_id=PROGRAM_ID, action=action, subject="pair:pair1", detail={"n": i}
        )  # fmt: skip
        for i in range(n)
    ]


def test_two_offline_staff_pcs_write_chains_that_verify_everywhere(world_factory):
    one = world_factory(staff_key=True).profiles["staff"]
    two = world_factory(staff_key=True).profiles["staff"]  # the same person, another PC
    audit(one, "conversation_read", 3)
    audit(two, "note_added", 2)  # offline meanwhile: neither has seen the other
    carry(one, two)
    carry(two, one)
    audit(one, "review_approved")  # now it has seen the other PC's head
    carry(one, two)
    for pc in (one, two):
        report = verify_chain(pc, PROGRAM_ID)
        assert report.state == "intact", report.problems
        assert (report.events, report.chains) == (6, 2)
    with one.sessionmaker() as s:
        newest = s.scalars(select(AuditLogEntry).where(AuditLogEntry.seq == 4)).one()
    assert list(newest.seen.values()) == [[2, newest.seen[next(iter(newest.seen))][1]]]
    actions = [e.action for e in list_audit_events(two, PROGRAM_ID)]
    assert sorted(actions) == sorted(["conversation_read"] * 3 + ["note_added"] * 2
                                     + ["review_approved"])  # fmt: skip


def test_the_chain_reports_a_deleted_event(sealed_world):
    world = sealed_world
    staff = world.profiles["staff"]
    ids = audit(staff, "conversation_read", 3)
    assert verify_chain(staff, PROGRAM_ID).state == "intact"
    with staff.sessionmaker.begin() as s:
        s.execute(delete(AuditLogEntry).where(AuditLogEntry.id == ids[1]))
    report = verify_chain(staff, PROGRAM_ID)
    assert report.state == "missing"
    assert [(p.kind, p.seq) for p in report.problems] == [("missing", 2)]


def test_the_chain_reports_an_edited_event_even_with_its_hash_recomputed(sealed_world):
    world = sealed_world
    staff = world.profiles["staff"]
    ids = audit(staff, "conversation_read", 3)
    with staff.sessionmaker.begin() as s:  # the text changed, its own hash left as it was
        s.execute(update(AuditLogEntry).where(AuditLogEntry.id == ids[2])
                  .values(action="nothing_to_see"))  # fmt: skip
    report = verify_chain(staff, PROGRAM_ID)
    assert report.state == "edited"
    assert [(p.kind, p.seq) for p in report.problems] == [("edited", 3)]

    with staff.sessionmaker.begin() as s:  # a careful forger recomputes the hash too
        row = s.get(AuditLogEntry, ids[0])
        from desktop.services.audit import event_hash

        row.detail = {"n": 99}
        row.hash = event_hash(program_id=row.program_id, author_id=row.author_id,
                              chain=row.chain, seq=row.seq, prev=row.prev, seen=row.seen,
                              at_ms=row.at_ms, action=row.action, subject=row.subject,
                              detail=row.detail)  # fmt: skip
    problems = verify_chain(staff, PROGRAM_ID).problems
    assert ("edited", 1) in [(p.kind, p.seq) for p in problems]  # the next link disagrees


def test_a_removed_tail_is_noticed_through_another_chain(world_factory):
    one = world_factory(staff_key=True).profiles["staff"]
    two = world_factory(staff_key=True).profiles["staff"]
    tail = audit(one, "conversation_read", 2)[-1]
    carry(one, two)
    audit(two, "note_added")  # saw one's head (seq 2)
    with two.sessionmaker.begin() as s:
        s.execute(delete(AuditLogEntry).where(AuditLogEntry.id == tail))
    report = verify_chain(two, PROGRAM_ID)
    assert [(p.kind, p.seq) for p in report.problems] == [("missing", 2)]


def test_members_neither_write_nor_read_the_log(world):
    with pytest.raises(AuditError):
        audit(world.profiles["mentor"], "conversation_read")
    with pytest.raises(AuditError):
        verify_chain(world.profiles["mentee"], PROGRAM_ID)


def test_an_edit_slipped_in_through_sync_is_reported_on_the_other_pc(world_factory):
    """A staff PC edits another's event with a validly signed op: it applies, the chain says so."""
    one = world_factory(staff_key=True).profiles["staff"]
    two = world_factory(staff_key=True).profiles["staff"]
    first = audit(one, "conversation_read", 2)[0]
    carry(one, two)
    with two.sessionmaker.begin() as s:
        record_change(s, scope=f"program:{PROGRAM_ID}", entity="audit_event",
                      author=two.person_id, fields={"action": "nothing_to_see"},
                      entity_id=first)  # fmt: skip
    carry(two, one)
    for pc in (one, two):
        report = verify_chain(pc, PROGRAM_ID)
        assert [(p.kind, p.seq) for p in report.problems] == [("edited", 1)]
