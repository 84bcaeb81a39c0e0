"""Security tests run against a real server on SQLite and, when reachable, PostgreSQL."""

from tests.support.fixtures import database_url, server  # noqa: F401 - re-exported fixtures
