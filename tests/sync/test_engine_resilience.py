"""The running engine outlives failures: a locked database, and a session ended elsewhere
(logout everywhere), against a real server and real SQLCipher profiles."""

from __future__ import annotations

import asyncio

from sqlalchemy import event

from desktop.services.accounts import engine_for
from desktop.sync.keystore import get_state
from desktop.sync.live import LiveChannel
from desktop.sync.outbox import record_change
from tests.sync.conftest import Running, settle, until


def test_run_outlives_a_locked_database_and_catches_up(program):
    """Another connection holds the write lock: each round fails with 'database is locked'
    (not a sync error). The engine reports a code, backs off, retries, and once the lock
    is gone pushes what waited."""
    _server, sc = program
    mentor, scope = sc.mentors[0], f"pair:{sc.pairs[0]}"
    db = mentor.profile.engine

    def short_wait(dbapi_connection, _record, _proxy) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout = 50")  # fail fast: keeps the test quick

    event.listen(db, "checkout", short_wait)
    with mentor.profile.sessionmaker.begin() as s:
        record_change(
            s, scope=scope, entity="message", author=mentor.profile.person_id,
            fields={"body": "en attente"},
        )  # fmt: skip
    holder = db.raw_connection()
    holder.cursor().execute("BEGIN IMMEDIATE")

    async def go():
        running = Running(engine_for(mentor.profile, live=False, backoff=(0.02, 0.1)))
        await running.start(wait=False)
        try:
            busy = lambda: [s for s in running.statuses if s.error_code == "database_busy"]  # noqa: E731
            await until(lambda: len(busy()) >= 2)  # failed, backed off, tried again
            assert not running.task.done()
            assert all(s.state == "error" for s in busy())
            holder.cursor().execute("ROLLBACK")
            await until(lambda: running.statuses[-1].state == "synced")
            assert running.statuses[-1].pending == 0 and running.statuses[-1].error_code is None
            assert not running.task.done()
        finally:
            await running.close()

    try:
        asyncio.run(go())
    finally:
        holder.close()
        event.remove(db, "checkout", short_wait)


def test_logout_everywhere_signs_the_engine_out_for_good(program):
    """Logout-all closes the live channel with 4401: the engine says `signed_out`, runs no
    more rounds, and a live channel with that token gives up at once instead of looping."""
    server, sc = program
    mentee = sc.mentees[0]
    with mentee.profile.sessionmaker() as s:
        token = get_state(s, "session_token")

    async def go():
        running = await Running(engine_for(mentee.profile, poll_interval=600)).start()
        try:
            rounds = running.heads_calls
            await running.engine.client.logout_all()
            await until(lambda: running.engine.signed_out)
            await until(lambda: running.statuses[-1].error_code == "signed_out")
            assert running.statuses[-1].state == "error"
            assert running.engine.live.signed_out and not running.engine.live.connected.is_set()
            running.engine.nudge()  # nothing to do with a dead session
            await settle(0.1)
            assert running.heads_calls == rounds and not running.task.done()
            assert running.statuses[-1].error_code == "signed_out"

            told = []
            channel = LiveChannel(server.base_url, token, on_signed_out=lambda: told.append(1))
            stop = asyncio.Event()
            await asyncio.wait_for(channel.run(stop), 60)  # returns: no reconnect loop
            assert not stop.is_set() and channel.signed_out and told == [1]
        finally:
            await running.close()

    asyncio.run(go())


def test_a_refused_token_over_http_also_signs_the_engine_out(program):
    """Without the live channel the server's 401 (token revoked) arrives on a round: the
    engine stops there with `signed_out` instead of retrying a session that cannot come back."""
    _server, sc = program
    mentor = sc.mentors[0]

    async def go():
        running = await Running(
            engine_for(mentor.profile, live=False, poll_interval=0.05, backoff=(0.02, 0.1))
        ).start()
        try:
            await running.engine.client.logout_all()
            await until(lambda: running.engine.signed_out)
            rounds = running.heads_calls
            await settle(0.3)  # several poll intervals: no more rounds
            assert running.heads_calls == rounds and not running.task.done()
            assert running.statuses[-1].error_code == "signed_out"
        finally:
            await running.close()

    asyncio.run(go())
