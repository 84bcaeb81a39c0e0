"""Placeholder: per-program settings (synced, staff only) land from the rules branch.

Until then every setting reads as its default and setting one is refused.
"""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")


def get_setting(profile: Any, program_id: str, key: str, default: T) -> T:
    return default


def set_setting(profile: Any, program_id: str, key: str, value: object) -> None:
    raise NotImplementedError("program settings land from the rules branch")
