"""The activity library: every file valid against the schema, complete in French and English."""

import json
import shutil

import jsonschema
import pytest

from desktop.resources import BUNDLED
from desktop.services.activities import ActivityError, checkin_questions, list_activities

FOLDER = BUNDLED.path("activities")


def activity_files():
    return [
        p
        for p in sorted(FOLDER.glob("*.json"))
        if p.name not in ("activity.schema.json", "checkins.json")
    ]


def test_every_activity_file_matches_the_schema():
    schema = json.loads((FOLDER / "activity.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    files = activity_files()
    assert len(files) >= 18
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, schema)
        assert path.stem == data["id"]


def test_french_and_english_are_complete_and_parallel():
    fr = {c.id: c for c in list_activities("fr")}
    en = {c.id: c for c in list_activities("en")}
    assert fr.keys() == en.keys()
    for key in fr:
        a, b = fr[key], en[key]
        assert a.title != b.title, key
        assert len(a.instructions) == len(b.instructions), key
        assert len(a.questions) == len(b.questions), key
        assert a.source and a.age_min <= a.age_max


def test_categories_cover_the_brief():
    categories = {c.category for c in list_activities("en")}
    assert {
        "icebreaker",
        "goals",
        "career",
        "check_in",
        "wellbeing",
        "digital_citizenship",
    } <= categories


def test_cards_are_sorted_and_localised():
    cards = list_activities("fr")
    assert [(c.category, c.title.casefold()) for c in cards] == sorted(
        (c.category, c.title.casefold()) for c in cards
    )
    assert any(c.title == "Mon emploi de rêve" for c in cards)


def test_unknown_language_is_refused():
    with pytest.raises(ActivityError) as err:
        list_activities("de")
    assert err.value.code == "unknown_language"


def test_invalid_activity_file_is_reported(tmp_path):
    target = tmp_path / "activities"
    shutil.copytree(FOLDER, target)
    (target / "broken.json").write_text(json.dumps({"id": "broken"}), encoding="utf-8")
    with pytest.raises(ActivityError) as err:
        list_activities("en", folder=target)
    assert err.value.code == "activity_invalid" and "broken.json" in err.value.detail


def test_checkin_questions_for_pairs_and_staff():
    pair_fr = checkin_questions("fr")
    pair_en = checkin_questions("en")
    assert [q.id for q in pair_fr] == [q.id for q in pair_en]
    assert any(q.kind == "rating" for q in pair_en)
    staff = checkin_questions("en", kind="staff")
    assert {"mentor", "mentee"} <= {a for q in staff for a in q.audience}
    with pytest.raises(ActivityError):
        checkin_questions("en", kind="parents")


def test_activities_keep_contact_details_out():
    """The library itself must pass the safety rules it asks pairs to follow."""
    from desktop.safety.rules import SafetyChecker

    checker = SafetyChecker()
    for lang in ("fr", "en"):
        for card in list_activities(lang):
            for text in (card.title, card.summary, *card.instructions, *card.questions):
                result = checker.check(text)
                assert result.action == "send", (card.id, text, result.categories)
