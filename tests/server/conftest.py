"""Fixtures for server tests: the app in-process over its real storage, and a small world builder.

Every test runs on SQLite (a file in tmp_path) and, when reachable, PostgreSQL (a
throwaway database per module): see `tests.support.fixtures.database_url`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from sync_server.app import create_app
from sync_server.config import Settings
from tests.support.fixtures import database_url  # noqa: F401 - re-exported fixture
from tests.support.server import TEST_LIMITS
from tests.support.world import Program, World  # noqa: F401 - used by the test modules


def make_settings(tmp_path, database_url: str | None, **overrides) -> Settings:  # noqa: F811
    base = Settings.embedded_defaults(tmp_path / "server", 0)
    values = {
        "database_url": database_url,
        "auth_hash": {"memory_kib": 8192, "time_cost": 1, "parallelism": 1},
        **overrides,
        "limits": {**TEST_LIMITS, **overrides.get("limits", {})},
    }
    return Settings.model_validate({**base.model_dump(), **values})


@pytest.fixture
def settings(tmp_path, database_url) -> Settings:  # noqa: F811
    return make_settings(tmp_path, database_url)


@pytest.fixture
def client(settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), raise_server_exceptions=False) as http:
        yield http


@pytest.fixture
def world(client) -> World:
    return World(client)


def op_count(http: TestClient, scope: str | None = None) -> int:
    """Ops stored (in one scope, or in all: the database may be shared by a test module)."""
    from sqlalchemy import func, select

    from sync_server import tables as t

    query = select(func.count()).select_from(t.ops)
    if scope is not None:
        query = query.where(t.ops.c.scope == scope)
    with http.app.state.ctx.store.read() as conn:
        return conn.scalar(query)
