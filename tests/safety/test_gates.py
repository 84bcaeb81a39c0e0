"""The regex pre-checks must never hide a finding: same results with and without them."""

import re

from desktop.safety.gates import minimal, required_literals
from desktop.safety.rules import SafetyChecker
from tests.safety.test_contact_rules import NEGATIVES, POSITIVES
from tests.safety.test_urgent_rules import ABUSE, BULLYING, NOT_URGENT, SELF_HARM


def test_required_literals_examples():
    assert required_literals("abc") == {"abc"}
    assert required_literals("(?:kill|hurt) myself") == {"kill myself", "hurt myself"}
    assert required_literals(r"x\d+") is None  # nothing useful to require
    assert required_literals("a?bcd") == {"bcd"}
    assert required_literals("[ab]cd") == {"acd", "bcd"}
    assert required_literals("@[a-z]+") == {"@"}


def test_minimal_drops_supersets():
    assert set(minimal(frozenset({"mour", "mourir", "kill", "skill"}))) == {"mour", "kill"}


def test_gates_are_sound_for_every_rule_on_the_test_corpus():
    corpus = [t for _, t, _ in POSITIVES] + NEGATIVES + SELF_HARM + ABUSE + BULLYING + NOT_URGENT
    checker = SafetyChecker()
    words_views = [checker._rules.folder.views(text) for text in corpus]
    for rule in checker._rules.rules:
        gate = required_literals(rule.pattern)
        if gate is None:
            continue
        regex = re.compile(rule.pattern)
        for words, digits in words_views:
            view = words if rule.view == "words" else digits
            if regex.search(view.text):
                assert any(g in view.text for g in gate), (rule.id, view.text)
