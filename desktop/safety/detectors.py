"""Checks that a regular expression alone cannot make: is this run of digits a phone number, is
this link on an allowed domain.

Rules name a check in their ``validate`` field; the checker calls it on each candidate match
(folded text) and drops the candidate when it returns False. Pure functions; any thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_GROUPS = re.compile(r"\d+")
_DOMAIN = re.compile(r"(?:[a-z]+\s?:\s?//)?(?:www\s?\.\s?)?([a-z0-9\-]+(?:\s?\.\s?[a-z0-9\-]+)+)")
_SPELLED_DOT = re.compile(r"\s+(?:dot|point)\s+")

Validator = Callable[[str], bool]


def _nanp(digits: str) -> bool:
    """Ten digits (or eleven with a leading 1) shaped like a North American number."""
    if len(digits) == 11:
        if digits[0] != "1":
            return False
        digits = digits[1:]
    return len(digits) == 10 and digits[0] in "23456789"


def _thousands(groups: list[str]) -> bool:
    """'1 500 000' or '2,000,000': grouped by thousands, a quantity rather than a phone number."""
    return len(groups) > 1 and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def looks_like_phone(candidate: str, allowed: frozenset[str] = frozenset()) -> bool:
    """True for a North American phone number, or a local 7-digit one written 555-1234.

    Dates (8 digits), times, years, grades, prices and thousand-grouped amounts do not pass.
    Numbers in ``allowed`` (crisis lines) never count.
    """
    groups = _GROUPS.findall(candidate)
    digits = "".join(groups)
    if digits in allowed or digits.lstrip("1") in allowed:
        return False
    if _thousands(groups):
        return False
    if len(digits) == 7:
        return len(groups) == 1 or [len(g) for g in groups] == [3, 4]
    if len(digits) in (10, 11) and _nanp(digits):
        return True
    # Other runs: a number with a stray digit before or after it, two numbers side by side.
    for first in range(len(groups)):
        run = ""
        for last in range(first, len(groups)):
            run += groups[last]
            if len(run) > 11:
                break
            if len(run) in (10, 11) and len(groups[last]) == 4 and _nanp(run):
                return run not in allowed
    return False


def domain_of(candidate: str) -> str:
    """The host name in a link candidate ('www.Example.ca/x' -> 'example.ca')."""
    text = _SPELLED_DOT.sub(".", candidate)
    match = _DOMAIN.match(text)
    return re.sub(r"\s", "", match.group(1)) if match else text


def is_allowed_domain(domain: str, allowed: Iterable[str]) -> bool:
    return any(domain == a or domain.endswith("." + a) for a in allowed)


def make_validators(
    *, allow_numbers: Iterable[str] = (), allow_domains: Iterable[str] = ()
) -> dict[str, Validator]:
    """The named checks a rule file may refer to, bound to the allow-lists in force."""
    numbers = frozenset(allow_numbers)
    domains = tuple(d.lower() for d in allow_domains)
    return {
        "phone": lambda text: looks_like_phone(text, numbers),
        "link": lambda text: not is_allowed_domain(domain_of(text), domains),
    }
