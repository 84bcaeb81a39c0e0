"""check() never raises and always returns spans inside the text, whatever the input."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.safety.rules import SafetyChecker

CHECKER = SafetyChecker()
TRICKY = st.sampled_from(
    [
        "\u202e",
        "\u202d",
        "\u2066",
        "\u200b",
        "\u200d",
        "\ufe0f",
        "\u0301",
        "🙂",
        "👩‍👧",
        "ß",
        "İ",
        "ﬁ",
        "Œ",
        "@",
        ".",
        " at ",
        " dot ",
        "5",
        "cinq ",
        "mourir",
        "k1ll",
        "snap",
        "\n",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=20), TRICKY), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_check_never_raises_and_spans_are_in_text(text):
    result = CHECKER.check(text)
    assert result.action in ("send", "nudge", "review", "urgent")
    for f in result.findings:
        assert 0 <= f.start < f.end <= len(text)
    assert result.categories == {f.category for f in result.findings}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30), st.text(max_size=30))
def test_phone_span_survives_any_surroundings(before, after):
    number = "514-555-1234"
    text = before + " " + number + " " + after
    result = CHECKER.check(text)
    phones = [text[f.start : f.end] for f in result.findings if f.category == "contact_phone"]
    assert any(number in p or p in number for p in phones), (text, phones)
