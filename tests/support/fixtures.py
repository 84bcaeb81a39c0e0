"""pytest fixtures for a real sync server, parametrized over SQLite and PostgreSQL.

Import them in a conftest: `from tests.support.fixtures import database_url, server  # noqa: F401`.
PostgreSQL runs when 127.0.0.1:5432 answers (trust auth); each test module gets its own
throwaway database `jumelage_t_<random>`, dropped afterwards. Otherwise those cases are
skipped with the reason.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest

from tests.support.server import RunningServer, start_server

PG_ADMIN_URLS = (
    "postgresql://postgres@127.0.0.1:5432/test",
    "postgresql://root@127.0.0.1:5432/test",
    "postgresql://postgres@127.0.0.1:5432/postgres",
)


def _pg_admin_url() -> str | None:
    try:
        import psycopg
    except ImportError:
        return None
    for url in PG_ADMIN_URLS:
        try:
            with psycopg.connect(url, connect_timeout=2):
                return url
        except Exception:  # noqa: BLE001 - any failure means "not reachable this way"
            continue
    return None


def create_pg_database() -> tuple[str, str] | None:
    """Create `jumelage_t_<random>`; return (SQLAlchemy URL, admin URL) or None if unreachable."""
    admin = _pg_admin_url()
    if admin is None:
        return None
    import psycopg

    name = f"jumelage_t_{secrets.token_hex(6)}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    user = admin.split("//", 1)[1].split("@", 1)[0]
    return f"postgresql+psycopg://{user}@127.0.0.1:5432/{name}", admin


def drop_pg_database(sqlalchemy_url: str, admin_url: str) -> None:
    import psycopg

    name = sqlalchemy_url.rsplit("/", 1)[1]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None for SQLite (a file under the test's data dir), else a throwaway PostgreSQL URL."""
    if request.param == "sqlite":
        yield None
        return
    made = create_pg_database()
    if made is None:
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432 (trust auth)")
    url, admin = made
    try:
        yield url
    finally:
        drop_pg_database(url, admin)


@pytest.fixture
def server(tmp_path, database_url) -> Iterator[RunningServer]:
    """A real `jumelage-server serve` process on loopback, stopped after the test."""
    running = start_server(tmp_path, database_url=database_url)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def module_server(tmp_path_factory, database_url) -> Iterator[RunningServer]:
    """One real server per test module (and database kind), for modules that share it."""
    running = start_server(tmp_path_factory.mktemp("server"), database_url=database_url)
    try:
        yield running
    finally:
        running.stop()


async def sync_profile(profile) -> None:
    """One full sync round of `profile` against its server, closing the client after."""
    from desktop.services.accounts import engine_for

    engine = engine_for(profile, live=False)
    try:
        await engine.sync_once()
    finally:
        await engine.client.aclose()
