"""The catch-up helper process: a long first sign-in downloads, verifies and decrypts in a
second process (real spawn, real pipe, real server on SQLite and PostgreSQL) and ends in
exactly the state of a sign-in done in one process, even when the helper is killed."""

from __future__ import annotations

import asyncio
import multiprocessing

import pytest
from sqlalchemy import func, select, text

import desktop.sync.engine as engine_mod
from desktop.models.sync_tables import AppliedOp
from desktop.models.tables import Message
from desktop.services.accounts import client_for, engine_for, sign_in
from desktop.services.profiles import ProfileDirectory
from desktop.sync.catch_up import _from_wire, _to_wire, catch_up
from desktop.sync.errors import SyncError
from desktop.sync.keystore import own_keys, scope_key
from desktop.sync.ops import PlainOp, b64e, op_digest, seal_op, uuid7
from desktop.sync.outbox import record_change
from desktop.sync.pull import Opened, Verifier
from desktop.vault.envelope import sign_batch
from desktop.vault.kdf import KdfParams
from jumelage_protocol import PushRequest
from tests.support.fixtures import database_url, module_server  # noqa: F401

HELPER = "jumelage-catch-up"


MESSAGES = 12_000  # twelve 1,000-op pages: the helper is killed well before the end


async def _program_with_history(server, root, n: int):  # noqa: F811
    """A pair whose mentor pushed `n` messages in batches of 1,000, then edited one and
    deleted another through the app's own outbox."""
    sc = await server.new_program(root / "pcs")
    mentor = sc.mentors[0]
    scope = f"pair:{sc.pairs[0]}"
    with mentor.profile.sessionmaker() as s:
        key_id, key = scope_key(s, scope)
        signer = own_keys(s, mentor.profile.person_id).signing_key
    ops = []
    for i in range(n):
        op_id = uuid7()
        fields = {"body": f"Bonjour numéro {i}", "created_at": 1_700_000_000_000 + i}
        hlc = f"{1_700_000_000_000 + i:013d}-00000-test"
        ops.append(PlainOp(op_id, scope, hlc, mentor.profile.person_id, "message", op_id, fields))
    async with client_for(mentor.profile) as client:
        for i in range(0, n, 1000):
            envs = [seal_op(o, key, key_id) for o in ops[i : i + 1000]]
            sig = sign_batch(signer, [op_digest(e) for e in envs])
            await client.push(PushRequest(ops=envs, signature=b64e(sig)))
    with mentor.profile.sessionmaker.begin() as s:
        edit = {"body": "Bonjour, corrigé"}
        record_change(s, scope=scope, entity="message", entity_id=ops[0].op_id, fields=edit,
                      author=mentor.profile.person_id)  # fmt: skip
        gone = {"entity": "message"}
        record_change(s, scope=scope, entity="tombstone", entity_id=ops[1].op_id, fields=gone,
                      author=mentor.profile.person_id)  # fmt: skip
    m_engine = engine_for(mentor.profile, live=False)
    await m_engine.sync_once()
    await m_engine.client.aclose()
    return sc, scope


@pytest.fixture(scope="module")
def history(module_server, tmp_path_factory):  # noqa: F811
    """One server per database kind with one pair's long history, shared by the tests."""
    root = tmp_path_factory.mktemp("history")
    sc, scope = asyncio.run(_program_with_history(module_server, root, MESSAGES))
    try:
        yield module_server, sc, scope
    finally:
        sc.close()


def _state(profile) -> tuple:
    with profile.sessionmaker() as s:
        rows = s.execute(
            select(
                Message.id,
                Message.body,
                Message.hlc,
                Message.created_at,
                Message.state,
                Message.edited,
                Message.deleted,
            ).order_by(Message.id)  # fmt: skip
        ).all()
        applied = s.scalar(select(func.count()).select_from(AppliedOp))
        found = s.execute(
            text("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'corrige'")
        ).scalar()
    return rows, applied, found


def _spy_on_catch_up(monkeypatch, threshold: int) -> list[tuple[int, int]]:
    """Route the engine's catch-up through a recorder of (cursor reached, head)."""
    reached: list[tuple[int, int]] = []

    async def recorded(reopen, write, maker, scope, after, head, verifier, advance=None):
        got = await catch_up(reopen, write, maker, scope, after, head, verifier, advance)
        reached.append((got, head))
        return got

    monkeypatch.setattr(engine_mod, "CATCH_UP_OPS", threshold)
    monkeypatch.setattr(engine_mod, "catch_up", recorded)
    return reached


def _fresh(tmp_path, name: str) -> ProfileDirectory:
    return ProfileDirectory(tmp_path / name, kdf_params_factory=KdfParams.fast_for_tests)


def test_helper_sign_in_matches_one_process_sign_in(history, tmp_path, monkeypatch):
    server, sc, _ = history
    mentee = sc.mentees[0]

    async def scenario():
        reached = _spy_on_catch_up(monkeypatch, 1)
        progress: list[tuple[int, int]] = []
        helped = await sign_in(
            _fresh(tmp_path, "pc-a"), server.base_url, mentee.username, mentee.passphrase,
            progress=lambda done, total: progress.append((done, total)),
        )  # fmt: skip
        monkeypatch.setattr(engine_mod, "CATCH_UP_OPS", 10**9)
        alone = await sign_in(
            _fresh(tmp_path, "pc-b"), server.base_url, mentee.username, mentee.passphrase
        )
        try:
            got, head = max(reached, key=lambda r: r[1])
            assert got == head >= MESSAGES  # the helper brought the whole pair scope
            assert progress[-1][0] == progress[-1][1]
            rows, applied, found = _state(helped)
            assert (rows, applied, found) == _state(alone)
            bodies = [(r.body, r.edited, r.deleted) for r in rows]
            assert sum(1 for b in bodies if b[0].startswith("Bonjour numéro")) == MESSAGES - 2
            assert ("Bonjour, corrigé", True, False) in bodies
            assert ("", False, True) in bodies
            assert found == 1  # the search index holds the edit, not the original
        finally:
            helped.close()
            alone.close()
        assert not [p for p in multiprocessing.active_children() if p.name == HELPER]

    asyncio.run(scenario())


def test_helper_killed_mid_catch_up_loses_and_repeats_nothing(history, tmp_path, monkeypatch):
    server, sc, _ = history
    mentee = sc.mentees[0]

    async def scenario():
        reached = _spy_on_catch_up(monkeypatch, 1)
        killed = []

        def kill_helper_once(done: int, total: int) -> None:
            if done and not killed:
                for child in multiprocessing.active_children():
                    if child.name == HELPER:
                        child.kill()
                        killed.append(child.pid)

        restored = await sign_in(
            _fresh(tmp_path, "pc"), server.base_url, mentee.username, mentee.passphrase,
            progress=kill_helper_once,
        )  # fmt: skip
        try:
            assert killed
            got, head = max(reached, key=lambda r: r[1])
            assert 0 < got < head  # the helper stopped part-way; this process finished
            rows, _, _ = _state(restored)
            assert len(rows) == len({r.id for r in rows}) == MESSAGES  # each once
            with restored.sessionmaker() as s:
                indexed = s.execute(text("SELECT count(*) FROM message_search_rowids"))
                assert indexed.scalar() == MESSAGES
        finally:
            restored.close()

    asyncio.run(scenario())


def test_helper_passes_on_the_servers_refusal(history):
    server, sc, scope = history
    mentee = sc.mentees[0]

    async def scenario():
        maker = mentee.profile.sessionmaker
        with maker() as s:
            verifier = Verifier.load(s)
            before = s.scalar(select(func.count()).select_from(AppliedOp))

        async def write(fn, *args):
            return await asyncio.to_thread(fn, *args)

        reopen = (server.base_url, "not-a-session-token", 10.0)
        with pytest.raises(SyncError) as info:
            await catch_up(reopen, write, maker, scope, 0, MESSAGES, verifier)
        async with client_for(mentee.profile) as client:
            client.token = "not-a-session-token"
            with pytest.raises(SyncError) as direct:
                await client.pull(scope, 0)
        assert (info.value.code, info.value.status) == (direct.value.code, direct.value.status)
        assert not [p for p in multiprocessing.active_children() if p.name == HELPER]
        with maker() as s:
            assert s.scalar(select(func.count()).select_from(AppliedOp)) == before

    asyncio.run(scenario())


def test_opened_pages_cross_the_pipe_unchanged():
    from jumelage_protocol import Batch, OpEnvelope

    plain = PlainOp("o1", "pair:p1", "1700000000000-00000-a", "a", "message", "o1", {"body": "é"})
    env = OpEnvelope(op_id="o2", scope="pair:p1", hlc="1700000000001-00000-a", author="b",
                     entity="message", entity_id="o2", key_id=2, body="AAAA")  # fmt: skip
    batch = Batch(batch_id=7, author="b", signature="c2ln", digests="ZGln")
    opened = Opened([plain], [(env, batch, "no_scope_key"), (env, None, "bad_signature")],
                    "pair:p1", 42)  # fmt: skip
    assert _from_wire(_to_wire(opened)) == opened
