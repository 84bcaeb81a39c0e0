"""Fixtures for sync tests: real SQLCipher profile databases at the migrated schema."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.engine import close_engine, open_engine
from desktop.models.migrate import upgrade
from desktop.models.tables import Pair
from desktop.sync.keystore import put_scope_key

PAIR_ID = "p1"
SCOPE = f"pair:{PAIR_ID}"
PAIR_KEY = bytes(range(32))


def make_replica(path: Path, key: bytes | None = None) -> sessionmaker[Session]:
    """A fresh SQLCipher database with both migrations, a pair and its key."""
    engine = open_engine(path, key or os.urandom(32), create=True)
    upgrade(engine)
    maker = sessionmaker(engine, expire_on_commit=False)
    with maker.begin() as s:
        s.add(Pair(id=PAIR_ID, program_id="prog", mentor_id="mentor", mentee_id="mentee"))
        put_scope_key(s, SCOPE, 1, PAIR_KEY)
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
