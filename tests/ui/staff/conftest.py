"""Fixtures for the staff pages: the same real profiles as the service tests."""

from tests.services.conftest import sealed_world, world, world_factory  # noqa: F401
