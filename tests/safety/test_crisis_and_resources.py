"""Crisis resources as data, explanations for every category, and where the resource files are."""

from pathlib import Path

import pytest

import desktop.resources
from desktop.resources import BUNDLED, Resources
from desktop.safety.crisis import ALL_RESOURCES, resources, resources_for
from desktop.safety.explanations import explain
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


def test_resources_are_package_data_and_another_folder_is_an_object():
    root = BUNDLED.root
    assert root == Path(desktop.resources.__file__).parent
    for part in ("safety/categories.json", "activities/checkins.json", "i18n/jumelage_fr.ts"):
        assert BUNDLED.path(*part.split("/")).is_file(), part
    copy = Resources(Path("/elsewhere"))
    assert copy.path("safety", "x.json") == Path("/elsewhere/safety/x.json")
