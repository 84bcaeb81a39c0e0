"""Crisis resources as data, explanations for every category, and the resource locator."""

import pytest

from desktop.safety.crisis import ALL_RESOURCES, resources, resources_for
from desktop.safety.explanations import explain
from desktop.safety.resources import resource_path, resource_root, set_resource_root
from desktop.safety.rules import SafetyChecker


def test_crisis_numbers_are_the_canadian_lines():
    numbers = {c.number for r in ALL_RESOURCES for c in r.contacts}
    assert {"988", "18006686868", "686868", "911"} <= numbers
    for resource in ALL_RESOURCES:
        for field in (resource.name, resource.description, resource.hours):
            assert set(field) == {"fr", "en"} and all(field.values())


def test_self_harm_shows_988_first_in_both_languages():
    for lang in ("fr", "en"):
        cards = resources_for({"self_harm"}, lang)
        assert cards[0].id == "988"
        assert "988" in cards[0].numbers
    assert resources_for({"contact_phone"}, "en") == []
    with pytest.raises(ValueError):
        resources_for({"self_harm"}, "de")


def test_all_resources_in_one_language_with_a_one_line_how():
    cards = resources("en")
    assert [c.id for c in cards] == ["988", "kids_help_phone", "911"]
    assert cards[1].how == "Call 1-800-668-6868 · Text CONNECT to 686868"
    assert resources("fr")[0].how == "Appelle le 9-8-8 · Texte le 9-8-8"


def test_sharing_a_crisis_line_is_not_a_contact_detail():
    """Numbers and sites of crisis lines are allow-listed; the word "suicide" in the 988 name
    still counts as urgent (recall first), so only contact categories are checked here."""
    checker = SafetyChecker()
    for card in resources_for({"self_harm"}, "fr") + resources_for({"self_harm"}, "en"):
        text = f"{card.name} — {', '.join(card.actions)} — {card.url}"
        assert checker.check(text).categories <= {"self_harm"}, text
    assert checker.check("Jeunesse, J'écoute : 1-800-668-6868").action == "send"


def test_every_category_has_an_explanation_in_both_languages():
    for category in SafetyChecker().categories:
        for lang in ("fr", "en"):
            assert len(explain(f"safety.{category}", lang)) > 20


def test_resource_root_can_be_pointed_elsewhere(tmp_path, monkeypatch):
    default = resource_root()
    assert (default / "safety" / "categories.json").is_file()
    set_resource_root(tmp_path)
    try:
        assert resource_path("safety", "x.json") == tmp_path / "safety" / "x.json"
    finally:
        set_resource_root(None)
    monkeypatch.setenv("JUMELAGE_RESOURCES", str(tmp_path))
    assert resource_root() == tmp_path
    monkeypatch.delenv("JUMELAGE_RESOURCES")
    assert resource_root() == default
