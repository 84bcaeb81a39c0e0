"""Placeholder: pausing a pair lands from the review branch."""

from __future__ import annotations

from typing import Any


def pause_pair(profile: Any, pair_id: str, *, reason: str, note: str = "") -> None:
    raise NotImplementedError("pair_pause lands from the review branch")


def resume_pair(profile: Any, pair_id: str) -> None:
    raise NotImplementedError("pair_pause lands from the review branch")
