"""Models test fixtures: a real SQLCipher database at the migrated schema in tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop.models.engine import close_engine, open_engine
from desktop.models.migrate import upgrade


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "jumelage.db"


@pytest.fixture
def engine(db_path: Path, key: bytes) -> Iterator[Engine]:
    engine = open_engine(db_path, key, create=True)
    upgrade(engine)
    yield engine
    close_engine(engine)
