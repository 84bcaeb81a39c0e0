"""Issue 9, defects 7 and 2 on the client: a malicious server swaps keys; clients notice.

Real desktop profiles against a real server (SQLite and PostgreSQL) whose database the
test edits behind its back (`MaliciousServer`): a person's public keys swapped, a staff key
of the server's own with a root of its own, a pair key grant the API would refuse.
"""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import delete, select

from desktop.models.sync_tables import DirectoryEntry, SyncState
from desktop.models.tables import Message
from desktop.services.accounts import client_for, enrol, invite, rotate_pair_key
from desktop.services.profiles import ProfileDirectory
from desktop.sync.directory import confirm_key_change, key_changes
from desktop.sync.errors import SyncError
from desktop.sync.keystore import scope_key, staff_public_key
from desktop.sync.outbox import record_change
from desktop.sync.staff_keys import pinned_root, refresh_staff_publics
from desktop.vault.kdf import KdfParams
from sync_server.codec import b64
from tests.security.key_attacks import MaliciousServer
from tests.support.fixtures import create_pg_database, drop_pg_database, sync_profile
from tests.support.server import start_server
from tests.support.wire_actor import new_scope_key, seal_to


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server(request, tmp_path):
    """A real server with a database of its own per test (each test enrols `staff1`...)."""
    made = None
    if request.param == "postgres":
        made = create_pg_database()
        if made is None:
            pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432 (trust auth)")
    running = start_server(tmp_path, database_url=made[0] if made else None)
    try:
        yield running
    finally:
        running.stop()
        if made is not None:
            drop_pg_database(*made)


def _run(running, tmp_path, body) -> None:
    async def scenario():
        sc = await running.new_program(tmp_path / "pcs", pairs=1)
        evil = MaliciousServer(running)
        try:
            await body(sc, evil)
        finally:
            evil.close()
            sc.close()

    asyncio.run(scenario())


def test_swapped_person_key_is_refused_until_staff_confirm(server, tmp_path):
    async def body(sc, evil):
        staff, mentee = sc.staff.profile, sc.mentees[0].profile
        pair_id = sc.pairs[0]
        evil.swap_person_keys(mentee.person_id)
        with pytest.raises(SyncError) as info:
            await rotate_pair_key(staff, pair_id)
        assert info.value.code == "key_changed"
        async with client_for(staff) as c:
            granted = {g.key_id for g in await c.grants(f"pair:{pair_id}")}
        assert granted == {1}  # nothing was sealed to the server's key
        await sync_profile(staff)  # the rest of sync goes on while the change waits
        with staff.sessionmaker() as s:
            changes = key_changes(s)
        assert [(c.person_id, c.role) for c in changes] == [(mentee.person_id, "mentee")]

        with staff.sessionmaker.begin() as s:
            confirm_key_change(s, mentee.person_id)
        assert await rotate_pair_key(staff, pair_id) == 2
        with staff.sessionmaker() as s:
            assert key_changes(s) == []

    _run(server, tmp_path, body)


def test_staff_key_not_chained_to_the_pinned_root_is_refused(server, tmp_path):
    async def body(sc, evil):
        mentee = sc.mentees[0].profile
        with mentee.sessionmaker() as s:
            before = staff_public_key(s, sc.program_id)
        code = await invite(sc.staff.profile, sc.program_id, "mentor")
        assert "/" in code  # the invite carries the root's fingerprint
        evil.swap_staff_key(sc.program_id, sc.staff.profile.person_id)

        async with client_for(mentee) as c:
            with pytest.raises(SyncError) as info:
                await refresh_staff_publics(c, mentee.sessionmaker, [sc.program_id])
        assert info.value.code == "bad_staff_key"
        with mentee.sessionmaker() as s:
            assert staff_public_key(s, sc.program_id) == before  # still sealing to staff's

        data = ProfileDirectory(tmp_path / "late", kdf_params_factory=KdfParams.fast_for_tests)
        with pytest.raises(SyncError) as info:
            await enrol(
                data,
                sc.server_url,
                code,
                "late",
                "correct horse late battery",
                "Late",
                kdf_params=KdfParams.fast_for_tests(),
            )
        assert info.value.code == "root_mismatch"
        assert not list((tmp_path / "late").glob("profiles/*"))  # no half profile left

    _run(server, tmp_path, body)


def test_client_does_not_switch_to_a_pair_key_staff_never_got(server, tmp_path):
    async def body(sc, evil):
        staff, mentor, mentee = sc.staff.profile, sc.mentors[0].profile, sc.mentees[0].profile
        scope = f"pair:{sc.pairs[0]}"
        with mentee.sessionmaker() as s:
            box = s.get(DirectoryEntry, mentee.person_id).box_public
        # the mentor's key 2, sealed to the mentee only, stored as an unchecked server would
        sealed = seal_to(b64(box), new_scope_key())
        evil.store_grant(scope, 2, mentee.person_id, sealed, mentor.person_id)
        await sync_profile(mentee)
        with mentee.sessionmaker.begin() as s:
            assert scope_key(s, scope)[0] == 1
            record_change(
                s,
                scope=scope,
                entity="message",
                author=mentee.person_id,
                fields={"body": "visible to staff", "created_at": 1_700_000_000_000},
            )
        await sync_profile(mentee)
        await sync_profile(staff)
        with staff.sessionmaker() as s:
            assert "visible to staff" in set(s.scalars(select(Message.body)))

    _run(server, tmp_path, body)


def test_a_program_from_before_roots_gets_one_from_its_staff(server, tmp_path):
    """Upgrade: no root anywhere; members wait (no error), staff make and sign one."""

    async def body(sc, evil):
        staff, mentee = sc.staff.profile, sc.mentees[0].profile
        evil.forget_roots()
        for profile in (staff, mentee):
            with profile.sessionmaker.begin() as s:
                for state in ("org_root", "org_root_private", f"staff_public:{sc.program_id}"):
                    s.execute(delete(SyncState).where(SyncState.key == state))
        await sync_profile(mentee)  # no root yet: no staff key taken, and no error
        with mentee.sessionmaker() as s, pytest.raises(SyncError):
            staff_public_key(s, sc.program_id)
        await sync_profile(staff)
        assert pinned_root(staff.sessionmaker) is not None
        await sync_profile(mentee)
        assert pinned_root(mentee.sessionmaker) == pinned_root(staff.sessionmaker)
        with mentee.sessionmaker() as s:
            assert staff_public_key(s, sc.program_id)[0] == 1

    _run(server, tmp_path, body)
