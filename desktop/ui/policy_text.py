"""Plain, translated sentences about the admin policy: why a setting is locked, what went wrong.

The policy module speaks English to administrators; people see these sentences instead, in
their language, with the file name where it helps their IT person. Runs on the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.policy import PolicyProblem, Settings

FALLBACK_SOURCE = "<fallback>"


def lock_reason_text(settings: Settings, key: str) -> str:
    """Why `key` cannot be changed, or "" when it can."""
    if not settings.is_locked(key):
        return ""
    source = settings.policy.managed_by.get(key, "")
    if source == FALLBACK_SOURCE:
        return QCoreApplication.translate(
            "PolicyText",
            "Locked at its safest value, because your organisation's settings could not be read.",
        )
    text = QCoreApplication.translate("PolicyText", "Locked by your organisation (%1).")
    return text.replace("%1", source or "policy")


def problem_text(problem: PolicyProblem) -> str:
    """One line per policy problem; the detail stays as written for the administrator."""
    text = QCoreApplication.translate("PolicyText", "Settings from %1 were not used: %2")
    return text.replace("%1", str(problem.source)).replace("%2", str(problem.message))
