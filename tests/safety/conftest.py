"""Fixtures for the safety tests: one checker built from the shipped rule files."""

import pytest

from desktop.safety.rules import CheckResult, SafetyChecker


@pytest.fixture(scope="session")
def checker() -> SafetyChecker:
    return SafetyChecker()


def flagged(result: CheckResult, text: str) -> dict[str, list[str]]:
    """category -> the original substrings its findings point at."""
    out: dict[str, list[str]] = {}
    for f in result.findings:
        out.setdefault(f.category, []).append(text[f.start : f.end])
    return out
