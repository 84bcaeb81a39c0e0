"""Safety rules (FR/EN) run on every message, crisis resources, and pair engagement metrics.

Pure functions with no Qt and no I/O at check time: rule files are read once when a
:class:`~desktop.safety.rules.SafetyChecker` is built; anything here may run on any thread.
"""

from desktop.safety.rules import CheckResult, Finding, SafetyChecker
from desktop.safety.ruleset import SafetyRulesError

__all__ = ["CheckResult", "Finding", "SafetyChecker", "SafetyRulesError"]
