"""Vault test fixtures: fast KDF parameters (explicitly, never the production ones)."""

from __future__ import annotations

import pytest

from desktop.vault.kdf import KdfParams


@pytest.fixture
def fast_params() -> KdfParams:
    return KdfParams.fast_for_tests()
