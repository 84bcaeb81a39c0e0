"""The staff Safety rules page on a real staff profile: actions and word lists are saved as
program settings, refusals are plain sentences, and every control is named and reachable."""

from __future__ import annotations

from desktop.services.safety_rules import SafetyRulesService
from desktop.ui.accessibility import label_in_name_mismatches, unnamed_focusable
from desktop.ui.safety_rules_page import SafetyRulesPage
from tests.services.conftest import PROGRAM_ID
from tests.support.french import in_french


def make_page(qtbot, world) -> SafetyRulesPage:
    page = SafetyRulesPage(SafetyRulesService(world.profiles["staff"]), PROGRAM_ID)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def choose(page: SafetyRulesPage, name: str) -> None:
    page.categories.setCurrentRow(list(page._rules).index(name))


def test_shipped_defaults_hold_contact_details_and_lock_disclosures(sealed_world, qtbot):
    page = make_page(qtbot, sealed_world)
    choose(page, "contact_phone")
    assert page.action.currentData() == "hold" and page.action.isEnabled()
    choose(page, "self_harm")
    assert not page.action.isEnabled() and page.locked_note.isVisibleTo(page)
    texts = [page.categories.item(i).text() for i in range(page.categories.count())]
    assert "Photo requests — Hold for review" in texts
    assert "Drugs and alcohol — Flag: deliver and tell staff" in texts


def test_changing_an_action_and_the_words_saves_program_settings(sealed_world, qtbot):
    page = make_page(qtbot, sealed_world)
    choose(page, "drugs_alcohol")
    page.action.setCurrentIndex(page.action.findData("hold"))
    page.action.activated.emit(page.action.currentIndex())
    assert "next sync" in page.status.text()
    page.french.setPlainText("boire de la bière\n\n/\\bpot\\s+(?:a|à) fumer/")
    page.save_words.click()
    rules = {c.name: c for c in SafetyRulesService(sealed_world.profiles["staff"])
             .categories(PROGRAM_ID)}  # fmt: skip
    assert rules["drugs_alcohol"].action == "hold"
    assert rules["drugs_alcohol"].words["fr"] == ("boire de la bière", "/\\bpot\\s+(?:a|à) fumer/")
    page.trial.setText("on va boire de la bière")
    page.try_button.click()
    assert page.verdict.text() == "This message would be held for review (Drugs and alcohol)."


def test_a_broken_pattern_is_refused_in_plain_words(sealed_world, qtbot):
    page = make_page(qtbot, sealed_world)
    choose(page, "money_gifts")
    page.english.setPlainText("/(gift/")
    page.save_words.click()
    assert page.status.text().startswith("One of the patterns cannot be read.")
    rules = {c.name: c for c in SafetyRulesService(sealed_world.profiles["staff"])
             .categories(PROGRAM_ID)}  # fmt: skip
    assert "/(gift/" not in rules["money_gifts"].words["en"]


def test_every_control_is_named_and_a_language_switch_keeps_the_choice(sealed_world, qtbot, qapp):
    page = make_page(qtbot, sealed_world)
    assert unnamed_focusable(page) == []
    assert label_in_name_mismatches(page) == []
    choose(page, "photo_request")
    count = page.categories.count()
    sealed_world.profiles["staff"].close()  # a language switch re-reads nothing
    with in_french(qapp):
        assert page.categories.count() == count and page.current().name == "photo_request"
        assert page.category_title.text() and page.heading.text()
