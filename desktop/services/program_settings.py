"""Placeholder: the real synced program settings land from the rules branch."""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")


def get_setting(profile: Any, program_id: str, key: str, default: T) -> T:
    return default


def set_setting(profile: Any, program_id: str, key: str, value: object) -> None:
    raise NotImplementedError("program settings land from the rules branch")
