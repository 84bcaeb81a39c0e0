"""Placeholder: the real hash-chained audit log lands from the audit branch."""
from __future__ import annotations
from typing import Any
def record_audit(profile: Any, *, program_id: str, action: str, subject: str, detail: dict[str, object]) -> str:
    return ""
