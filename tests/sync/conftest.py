"""Fixtures for sync tests: real SQLCipher profile databases at the migrated schema, a real
server with a program built through it, and a running engine watched from outside."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.engine import close_engine, open_engine
from desktop.models.migrate import upgrade
from desktop.models.tables import Pair
from desktop.services.sync_scenario import Scenario
from desktop.sync.engine import SyncEngine
from desktop.sync.keystore import put_directory, put_scope_key
from desktop.sync.status import SyncStatus
from jumelage_protocol import Scope
from tests.support.server import RunningServer, start_server

PAIR_ID = "p1"
SCOPE = Scope.pair(PAIR_ID)
PAIR_KEY = bytes(range(32))
ROLES = {"mentor": "mentor", "mentee": "mentee", "staff": "staff"}  # person id -> role


def make_replica(path: Path, key: bytes | None = None) -> sessionmaker[Session]:
    """A fresh SQLCipher database with the migrations, a pair, its key, and its people in
    the directory (their server-given roles, which apply's write rules read)."""
    engine = open_engine(path, key or os.urandom(32), create=True)
    upgrade(engine)
    maker = sessionmaker(engine, expire_on_commit=False)
    with maker.begin() as s:
        s.add(Pair(id=PAIR_ID, program_id="prog", mentor_id="mentor", mentee_id="mentee"))
        put_scope_key(s, SCOPE, 1, PAIR_KEY)
        for person_id, role in ROLES.items():
            put_directory(s, person_id, role, bytes(32), bytes(32))
    return maker


@pytest.fixture
def replica_factory(tmp_path) -> Iterator[Callable[[str], sessionmaker[Session]]]:
    made = []

    def factory(name: str) -> sessionmaker[Session]:
        maker = make_replica(tmp_path / f"{name}.db")
        made.append(maker)
        return maker

    yield factory
    for maker in made:
        close_engine(maker.kw["bind"])


@pytest.fixture
def program(tmp_path) -> Iterator[tuple[RunningServer, Scenario]]:
    """A real server on loopback and a program built through it: staff, one mentor, one
    mentee, one pair, everyone synced once."""
    server = start_server(tmp_path)
    try:
        scenario = asyncio.run(server.new_program(tmp_path / "pcs"))
        try:
            yield server, scenario
        finally:
            scenario.close()
    finally:
        server.stop()


class Running:
    """A `SyncEngine.run` task, the statuses it reported and how often it asked for heads
    (one `heads` call = one full round)."""

    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine
        self.statuses: list[SyncStatus] = []
        self.heads_calls = 0
        self.stop = asyncio.Event()
        self.task: asyncio.Task | None = None
        engine.on_status = self.statuses.append
        real_heads = engine.client.heads

        async def counted_heads():
            self.heads_calls += 1
            return await real_heads()

        engine.client.heads = counted_heads

    async def start(self, *, wait: bool = True) -> Running:
        """Start `run`; with `wait`, return once the first round is done and live is up."""
        self.task = asyncio.create_task(self.engine.run(self.stop))
        if wait:
            await until(lambda: any(s.state == "synced" for s in self.statuses))
            if self.engine.live_enabled:
                await asyncio.wait_for(self.engine.live.connected.wait(), 60)
        return self

    async def close(self) -> None:
        self.stop.set()
        if self.task is not None:
            await asyncio.wait_for(self.task, 60)
        await self.engine.client.aclose()


async def until(condition: Callable[[], object], timeout: float = 60.0) -> None:
    """Wait for `condition()`; a deadline only to turn a hang into a clear failure."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached")
        await asyncio.sleep(0.02)


async def settle(seconds: float, turns: int = 50) -> None:
    """Let `seconds` pass, then `turns` more turns of the loop, before checking that nothing
    happened. A stalled process wakes with every due timer at once and this sleep may resume
    first: the extra turns let whatever was due run up to its first real I/O (a round counts
    its `heads` call before any), so a check after this cannot pass just because the machine
    was slow."""
    await asyncio.sleep(seconds)
    for _ in range(turns):
        await asyncio.sleep(0)
