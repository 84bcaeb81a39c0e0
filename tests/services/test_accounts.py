"""Account flows against a real server: residency, staff keys, re-provisioning, clock skew."""

from __future__ import annotations

import asyncio

import pytest

from desktop.models.tables import Message
from desktop.services.accounts import engine_for, enrol, invite, sign_in
from desktop.services.profiles import ProfileDirectory
from desktop.services.sync_status import SyncStatusView
from desktop.sync.client import ServerClient
from desktop.sync.errors import SyncError
from desktop.sync.keystore import own_keys, scope_key
from desktop.sync.ops import PlainOp, b64e, op_digest, seal_op
from desktop.sync.residency import check_residency
from desktop.vault.envelope import sign_batch
from desktop.vault.errors import WrongPassphrase
from desktop.vault.kdf import KdfParams
from jumelage_protocol import PushRequest
from tests.support.server import start_server


def _dir(path) -> ProfileDirectory:
    return ProfileDirectory(path, kdf_params_factory=KdfParams.fast_for_tests)


@pytest.fixture(scope="module")
def ca_server(tmp_path_factory):
    overrides = {"residency": {"country": "CA", "region": "QC", "provider": "Example"}}
    running = start_server(tmp_path_factory.mktemp("srv"), config_overrides=overrides)
    yield running
    running.stop()


def test_residency_policy_refuses_undeclared_and_accepts_canada(ca_server, tmp_path):
    plain = start_server(tmp_path)
    try:
        ids = plain.init_program()

        async def go():
            async with ServerClient(plain.base_url) as c:
                with pytest.raises(SyncError) as info:
                    await check_residency(c, require_canadian_hosting=True)
                assert info.value.code == "residency_not_canadian"
                assert (await check_residency(c, require_canadian_hosting=False)).declared is False
            with pytest.raises(SyncError) as info:
                await enrol(
                    _dir(tmp_path / "pc"),
                    plain.base_url,
                    ids["invite_code"],
                    "u",
                    "pass phrase",
                    "U",
                    kdf_params=KdfParams.fast_for_tests(),
                    require_canadian_hosting=True,
                )
            assert info.value.code == "residency_not_canadian"
            assert not (tmp_path / "pc" / "profiles").exists() or not any(
                (tmp_path / "pc" / "profiles").iterdir()
            )  # nothing was created
            async with ServerClient(ca_server.base_url) as c:
                res = await check_residency(c, require_canadian_hosting=True)
            view = SyncStatusView.from_status(engine_status(), res)
            assert (view.hosted_in, view.hosting_region) == ("CA", "QC")

        asyncio.run(go())
    finally:
        plain.stop()


def engine_status():
    from desktop.sync.status import SyncStatus

    return SyncStatus("synced")


def test_second_staff_gets_staff_key_and_reads_pairs(ca_server, tmp_path):
    async def go():
        sc = await ca_server.new_program(tmp_path)
        code = await invite(sc.staff.profile, sc.program_id, "staff")
        staff2 = await enrol(
            _dir(tmp_path / "s2"),
            ca_server.base_url,
            code,
            "staff2",
            "another pass phrase",
            "Deuxième",
            kdf_params=KdfParams.fast_for_tests(),
        )
        mentor = sc.mentors[0]
        with mentor.profile.sessionmaker.begin() as s:
            from desktop.sync.outbox import record_change

            mid = record_change(
                s,
                scope=f"pair:{sc.pairs[0]}",
                entity="message",
                author=mentor.profile.person_id,
                fields={"body": "pour le staff"},
            )
        for p in (mentor.profile, sc.staff.profile, staff2):  # staff1 grants staff2 the key
            eng = engine_for(p, live=False)
            await eng.sync_once()
            await eng.client.aclose()
        with staff2.sessionmaker() as s:
            assert scope_key(s, f"program:{sc.program_id}")[0] == 1
            assert scope_key(s, f"pair:{sc.pairs[0]}")[0] == 1
            assert s.get(Message, mid).body == "pour le staff"
        staff2.close()
        sc.close()

    asyncio.run(go())


def test_unreadable_local_profile_is_reprovisioned_and_wrong_passphrase_stays(ca_server, tmp_path):
    ids = ca_server.init_program()

    async def go():
        data = _dir(tmp_path / "pc")
        profile = await enrol(
            data,
            ca_server.base_url,
            ids["invite_code"],
            "coord",
            "first pass phrase",
            "Coord",
            kdf_params=KdfParams.fast_for_tests(),
        )
        person_id = profile.person_id
        profile.close()
        with pytest.raises(WrongPassphrase):
            await sign_in(data, ca_server.base_url, "coord", "not the pass phrase")
        # Damage the local wrap: the server still knows the passphrase, so we rebuild.
        pf = next((tmp_path / "pc" / "profiles").iterdir())
        for f in pf.iterdir():
            if f.name != "jumelage.db" and f.is_file() and not f.name.startswith("jumelage.db"):
                f.write_bytes(b"{ damaged")
        again = await sign_in(data, ca_server.base_url, "coord", "first pass phrase")
        assert again.person_id == person_id and again.display_name == "Coord"
        with again.sessionmaker() as s:
            assert own_keys(s, person_id).sign_public
        again.close()

    asyncio.run(go())


def test_far_future_op_is_refused_with_clock_skew(ca_server, tmp_path):
    ids = ca_server.init_program()

    async def go():
        profile = await enrol(
            _dir(tmp_path / "pc"),
            ca_server.base_url,
            ids["invite_code"],
            "coord2",
            "pass phrase two",
            "C",
            kdf_params=KdfParams.fast_for_tests(),
        )
        eng = engine_for(profile, live=False)
        with profile.sessionmaker() as s:
            key_id, key = scope_key(s, f"person:{profile.person_id}")
            signer = own_keys(s, profile.person_id).signing_key
        op = PlainOp(
            "0190f0f0-0000-7000-8000-000000000001",
            f"person:{profile.person_id}",
            "9999999999999-00000-zz",
            profile.person_id,
            "person",
            profile.person_id,
            {"display_name": "x"},
        )
        env = seal_op(op, key, key_id)
        req = PushRequest(ops=[env], signature=b64e(sign_batch(signer, [op_digest(env)])))
        with pytest.raises(SyncError) as info:
            await eng.client.push(req)
        assert info.value.code == "clock_skew"
        await eng.client.aclose()
        profile.close()

    asyncio.run(go())
