"""Fixtures for the conversation UI tests: the same real profiles as the service tests."""

from tests.services.conftest import sealed_world, world, world_factory  # noqa: F401
