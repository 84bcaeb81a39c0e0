"""kill -9 in the middle of a push: after restart every op is stored exactly once."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models.tables import Message
from desktop.services.accounts import engine_for
from desktop.sync.outbox import record_change
from tests.support.server import start_server

REPO = Path(__file__).resolve().parents[2]
N = 90


def _child(member, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    cmd = [
        sys.executable,
        "-m",
        "tests.sync.push_child",
        "--data-dir",
        str(member.data_dir),
        "--username",
        member.username,
        "--passphrase",
        member.passphrase,
        *extra,
    ]
    return subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_kill_during_push_then_restart_stores_each_op_once(tmp_path):
    server = start_server(tmp_path)
    try:
        sc = asyncio.run(server.new_program(tmp_path / "pcs"))
        mentor, mentee, pair_id = sc.mentors[0], sc.mentees[0], sc.pairs[0]
        with mentor.profile.sessionmaker.begin() as s:
            for i in range(N):
                record_change(
                    s,
                    scope=f"pair:{pair_id}",
                    entity="message",
                    author=mentor.profile.person_id,
                    fields={"body": f"m{i}"},
                )
        mentor.profile.close()

        child = _child(mentor, "--stall-after", "2")
        assert child.stdout.readline().strip() == "STALLED"
        child.kill()  # SIGKILL: the second batch is on the server, not marked sent here
        child.wait()

        again = _child(mentor)
        out, _ = again.communicate(timeout=120)
        assert again.returncode == 0 and out.strip() == "DONE 0"

        async def check():
            eng = engine_for(mentee.profile, live=False)
            await eng.sync_once()
            server_ops, after = [], 0
            while True:  # the server's own log of the scope, read as the mentee
                page = await eng.client.pull(f"pair:{pair_id}", after)
                server_ops += [o.op for o in page.ops]
                after = page.next_after
                if not page.has_more:
                    break
            await eng.client.aclose()
            return server_ops

        server_ops = asyncio.run(check())
        # the kind is sealed in the body now: the mentor's new messages are the ops that
        # create their own entity (an append) in this scope
        author = mentor.profile.person_id
        messages = [o for o in server_ops if o.author == author and o.entity_id == o.op_id]
        assert len(messages) == N
        assert len({o.op_id for o in server_ops}) == len(server_ops)
        with mentee.profile.sessionmaker() as s:
            count = s.scalar(select(func.count()).select_from(Message))
            bodies = sorted(s.scalars(select(Message.body)))
        assert count == N and bodies == sorted(f"m{i}" for i in range(N))
        sc.close()
    finally:
        server.stop()
