"""Fixtures for the policy tests: no machine policy leaks in, and a helper to write policy files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import desktop.policy as policy_module


@pytest.fixture(autouse=True)
def isolated_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ignore this machine's real policy locations and environment."""
    monkeypatch.delenv(policy_module.ENV_VAR, raising=False)
    monkeypatch.setattr(policy_module, "system_policy_sources", lambda: [])


@pytest.fixture
def write_policy(tmp_path: Path) -> Callable[..., Path]:
    """Write a policy file (a dict as JSON, or raw text) and return its path."""

    def write(content: Any, name: str = "policy.json") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = content if isinstance(content, str) else json.dumps(content)
        path.write_text(text, encoding="utf-8")
        return path

    return write
