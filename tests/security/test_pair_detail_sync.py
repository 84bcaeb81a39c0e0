"""Staff reading a pair, through a real server (SQLite and PostgreSQL) and real profiles.

Every opening of a conversation is exactly one audit event in the program's staff-only log,
and the pair learns the date of it (and nothing else); staff notes and support contacts
never reach the pair; a member forging any staff record is quarantined everywhere.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from desktop.models.audit_tables import AuditLogEntry, StaffNote, SupportContact
from desktop.models.tables import AuditEvent
from desktop.services.audit import list_audit_events, verify_chain
from desktop.services.messaging import MessagingService
from desktop.services.pair_detail import (
    add_staff_note,
    load_pair_detail,
    log_support_contact,
    open_conversation,
)
from desktop.sync.apply import quarantine_summary
from tests.security.hostile import HostileClient
from tests.security.test_hostile_ops import NOW_MS, send, sync


def _count(profile, model) -> int:
    with profile.sessionmaker() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_each_read_is_one_audit_event_and_the_pair_sees_the_date(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        try:
            staff, mentor, mentee = sc.staff.profile, sc.mentors[0], sc.mentees[0]
            pair_id = sc.pairs[0]
            send(mentor, pair_id, "Bonjour!")
            for m in (mentor, mentee, sc.staff):
                assert await sync(m) == "synced"
            reader = MessagingService.for_profile(mentee.profile)
            assert reader.last_staff_review(pair_id) is None

            first = open_conversation(staff, pair_id)
            second = open_conversation(staff, pair_id)
            add_staff_note(staff, pair_id, "Le jumelage va bien; appeler la famille.")
            log_support_contact(staff, pair_id, with_whom="family", channel="phone", note="OK")
            assert await sync(sc.staff) == "synced"
            for m in (mentor, mentee):
                assert await sync(m) == "synced"

            reads = [e for e in list_audit_events(staff, sc.program_id)
                     if e.action == "conversation_read"]  # fmt: skip
            assert sorted(e.id for e in reads) == sorted([first, second])
            assert verify_chain(staff, sc.program_id).state == "intact"
            seen = reader.last_staff_review(pair_id)
            assert seen is not None and abs(seen.timestamp() - reads[0].at.timestamp()) < 86400
            for member in (mentor.profile, mentee.profile):  # the date, and nothing of staff's
                assert _count(member, AuditLogEntry) == 0
                assert _count(member, StaffNote) == 0
                assert _count(member, SupportContact) == 0
                with member.sessionmaker() as s:
                    notices = list(s.scalars(select(AuditEvent.action)))
                assert notices.count("conversation_read") == 2
            detail = load_pair_detail(staff, pair_id)
            assert [n.body for n in detail.notes] == ["Le jumelage va bien; appeler la famille."]
            assert [c.with_whom for c in detail.contacts] == ["family"]
            assert detail.next_contact_due is not None and not detail.contact_overdue
        finally:
            sc.close()

    asyncio.run(scenario())


def test_a_member_forging_staff_records_is_quarantined(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        try:
            staff, mentor, mentee = sc.staff, sc.mentors[0], sc.mentees[0]
            pair_id, program = sc.pairs[0], f"program:{sc.program_id}"
            open_conversation(staff.profile, pair_id)  # a real chain to pollute
            for m in (staff, mentor, mentee):
                assert await sync(m) == "synced"
            hostile = HostileClient(mentee.profile)
            in_program = [
                hostile.op(program, "audit_event", {
                    "chain": "hostile", "seq": 1, "prev": "", "hash": "0" * 64, "seen": {},
                    "at_ms": NOW_MS, "action": "conversation_read", "subject": f"pair:{pair_id}",
                    "detail": {}}),
                hostile.op(program, "staff_note", {
                    "pair_id": pair_id, "written_at": NOW_MS, "body": "Tout va bien"}),
                hostile.op(program, "support_contact", {
                    "pair_id": pair_id, "contacted_at": NOW_MS, "with_whom": "family",
                    "channel": "phone", "note": ""}),
            ]  # fmt: skip
            notice = {
                "at": NOW_MS,
                "action": "conversation_read",
                "subject_scope": f"pair:{pair_id}",
            }
            in_pair = hostile.op(f"pair:{pair_id}", "staff_review_notice", notice)
            await hostile.push([*in_program, in_pair])
            for m in (staff, mentor):
                assert await sync(m) == "synced"
            with staff.profile.sessionmaker() as s:
                assert quarantine_summary(s) == {"not_allowed": 4}
            with mentor.profile.sessionmaker() as s:
                assert quarantine_summary(s) == {"not_allowed": 1}
            assert _count(staff.profile, AuditLogEntry) == 1
            assert _count(staff.profile, StaffNote) == _count(staff.profile, SupportContact) == 0
            assert verify_chain(staff.profile, sc.program_id).state == "intact"
            reader = MessagingService.for_profile(mentor.profile)
            assert reader.last_staff_review(pair_id) is not None  # the real one only
            with mentor.profile.sessionmaker() as s:
                assert s.scalar(select(func.count()).select_from(AuditEvent)) == 1
        finally:
            sc.close()

    asyncio.run(scenario())
