"""Sealed writes to staff: a mentee's op in the program scope reaches staff, and only staff.

Real server (SQLite and PostgreSQL), real profiles. The mentee cannot read the program
scope; it seals the op to the staff key's public half, which staff published (signed) and
the mentee's client checked and cached during sync.
"""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from desktop.models.sync_tables import OutboxOp
from desktop.models.tables import AuditEvent
from desktop.services.accounts import client_for
from desktop.sync.errors import SyncError
from desktop.sync.keystore import scope_key
from desktop.sync.ops import open_op
from desktop.sync.outbox import record_sealed_change
from desktop.vault.envelope import EnvelopeError
from tests.support.fixtures import database_url, server, sync_profile  # noqa: F401
from tests.sync.conftest import make_replica


def test_mentee_report_sealed_to_staff_reaches_staff_only(server, tmp_path):  # noqa: F811
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        mentor, mentee, staff = sc.mentors[0], sc.mentees[0], sc.staff
        scope = f"program:{sc.program_id}"
        try:
            with mentee.profile.sessionmaker.begin() as s:
                op_id = record_sealed_change(
                    s,
                    scope=scope,
                    entity="report",
                    author=mentee.profile.person_id,
                    fields={
                        "at": 1_700_000_000_000,
                        "action": "urgent_report",
                        "subject_scope": f"pair:{sc.pairs[0]}",
                        "detail": {"text": "J'ai besoin d'aide"},
                    },
                )
            with mentee.profile.sessionmaker() as s:  # its author keeps its own copy
                assert s.get(AuditEvent, op_id).action == "urgent_report"
            await sync_profile(mentee.profile)
            with mentee.profile.sessionmaker() as s:
                assert s.scalar(select(func.count()).select_from(OutboxOp)) == 0

            await sync_profile(staff.profile)
            with staff.profile.sessionmaker() as s:
                got = s.get(AuditEvent, op_id)
                assert got is not None, "staff did not receive the sealed report"
                assert (got.actor_id, got.detail) == (
                    mentee.profile.person_id,
                    {"text": "J'ai besoin d'aide"},
                )

            # The mentor cannot pull the program scope, and no key of theirs opens the op.
            async with client_for(staff.profile) as c:
                page = await c.pull(scope, 0)
            env = next(o.op for o in page.ops if o.op.op_id == op_id)
            assert "aide" not in env.body
            async with client_for(mentor.profile) as c:
                with pytest.raises(SyncError) as info:
                    await c.pull(scope, 0)
                assert info.value.code == "not_member"
            with mentor.profile.sessionmaker() as s:
                _, pair_key = scope_key(s, f"pair:{sc.pairs[0]}")
            with pytest.raises(EnvelopeError):
                open_op(env, pair_key)
        finally:
            sc.close()

    asyncio.run(scenario())


def test_sealed_change_without_staff_key_writes_nothing(tmp_path):
    maker = make_replica(tmp_path / "r.db")
    with pytest.raises(SyncError) as info, maker.begin() as s:
        record_sealed_change(
            s, scope="program:prog", entity="report", author="mentee", fields={"at": 1}
        )
    assert info.value.code == "no_staff_key"
    with maker() as s:
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 0
    with pytest.raises(SyncError) as info, maker.begin() as s:
        record_sealed_change(s, scope="pair:p1", entity="report", author="m", fields={})
    assert info.value.code == "not_program_scope"
