"""The main window shell with the real demo organisation (made through a real server): navigation
by role, the pair home and supervision pages read from each person's encrypted database,
accessible names, and the settings page. No network loop here: the app works offline."""

from __future__ import annotations

import json

import pytest

from desktop.policy import Settings, load_policy
from desktop.ui import i18n
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.pages import specs_for


def open_as(qtbot, make_controller, sign_in, account, settings=None):
    controller = make_controller(settings)
    sign_in(controller, account.username, account.passphrase)
    window = controller.main_window
    qtbot.addWidget(window)
    return controller, window


def test_mentor_sees_pair_home_listing_their_pair(qtbot, demo, make_controller, sign_in):
    controller, window = open_as(qtbot, make_controller, sign_in, demo["marc"])
    assert window.page_keys() == ["pairs", "sessions", "activities", "training", "settings"]
    assert [window.nav.item(i).text() for i in range(5)] == [
        "My pairs", "Sessions", "Activities", "Training", "Settings"]  # fmt: skip
    home = window.pages["pairs"]
    model = home.pairs.pair_model
    assert model.rowCount() == 1 and model.summary(0).other_name == "Léa Bouchard"
    bodies = [home.model.item(r).body for r in range(home.model.rowCount())]
    assert "Est-ce qu'on pourrait aussi parler des camps d'été?" in bodies  # written by Léa
    assert "Marc Gagnon" in window.who.text() and "mentor" in window.who.text()
    assert window.sync_indicator.text() == "Working on this computer only"

    window.show_page("sessions")  # the sessions of the pair chosen on the pair home
    sessions = window.pages["sessions"].sessions
    assert sessions is not None and sessions.upcoming_list.count() == 2


def test_staff_sees_supervision_of_every_pair(qtbot, demo, make_controller, sign_in):
    controller, window = open_as(qtbot, make_controller, sign_in, demo["sophie"])
    assert window.page_keys() == [s.key for s in specs_for("staff")]
    window.show_page("supervision")  # staff open on the dashboard
    page = window.pages["supervision"]
    home = page.pairs
    qtbot.waitUntil(lambda: home._state == "ready", timeout=60_000)
    rows = sorted(home.list.item(i).text() for i in range(home.list.count()))
    assert rows == [
        "Marc Gagnon (mentor) with Léa Bouchard (mentee)",
        "Priya Singh (mentor) with Jayden Thompson (mentee)",
    ]
    assert page.held.list.count() == 1  # Jayden's message with contact details
    assert page.held.list.item(0).text().startswith("Jayden Thompson")


@pytest.mark.parametrize("username", ["lea", "sophie"])
def test_every_focusable_widget_of_the_main_window_is_named(
    qtbot, qapp, demo, make_controller, sign_in, username
):
    controller, window = open_as(qtbot, make_controller, sign_in, demo[username])
    for lang in ("en", "fr"):
        i18n.install_language(qapp, lang)
        for key in window.page_keys():  # every page, since hidden pages are not reachable
            window.show_page(key)
            unnamed = unnamed_focusable(window)
            assert unnamed == [], (key, [type(w).__name__ for w in unnamed])


def test_main_window_in_french(qtbot, qapp, demo, make_controller, sign_in):
    i18n.install_language(qapp, "fr")
    controller, window = open_as(qtbot, make_controller, sign_in, demo["lea"])
    titles = {key: window.nav.item(i).text() for i, key in enumerate(window.page_keys())}
    assert [titles[key] for key in ("pairs", "sessions", "activities", "settings")] == [
        "Mes jumelages",
        "Rencontres",
        "Activités",
        "Paramètres",
    ]
    assert window.sync_indicator.text() == "Travail sur cet ordinateur seulement"
    assert window.lock_button.text() == "Verrouiller (Ctrl+L)"
    assert "mentoré(e)" in window.who.text()


def test_settings_page_shows_locks_and_policy_problems(
    qtbot, tmp_path, data_dir, demo, make_controller, sign_in
):
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"managed": {"language": "fr", "idle_lock_minutes": 7}}))
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json")
    policy = load_policy([good, broken])
    assert policy.problems  # the broken file is reported, not fatal
    settings = Settings(policy, data_dir / "settings.json")
    controller = make_controller(settings)
    controller.policy_problems = list(policy.problems)
    sign_in(controller, "marc", demo["marc"].passphrase)
    page = controller.main_window.pages["settings"]

    assert not page.language.isEnabled()
    assert "good.json" in page.locks["language"].text()
    assert "safest value" in page.locks["shared_pc"].text()  # the broken file's fallback
    assert not page.locks["text_scale"].isVisibleTo(page)
    assert "broken.json" in page.problems_text.text()

    page.text_scale.setValue(1.5)  # a personal setting: saved and applied at once
    assert settings.get("text_scale") == 1.5
    assert json.loads((data_dir / "settings.json").read_text())["text_scale"] == 1.5


def test_text_scale_applies_to_the_app_font(qtbot, qapp, make_settings, make_controller):
    base = qapp.font().pointSizeF()
    settings = make_settings()
    settings.set("text_scale", 2.0)
    controller = make_controller(settings)
    try:
        controller.apply_look()
        assert qapp.font().pointSizeF() == pytest.approx(base * 2.0)
        settings.set("high_contrast", True)
        controller.apply_look()
        assert qapp.palette().window().color().name() == "#000000"
    finally:
        settings.set("text_scale", 1.0)
        settings.set("high_contrast", False)
        controller.apply_look()
    assert qapp.font().pointSizeF() == pytest.approx(base)


def test_settings_show_the_language_in_use_and_name_the_call_mode(
    qtbot, demo, make_controller, sign_in
):
    """Issue 11, defect 5: "Français" was shown while the UI was English; "auto" untranslated."""
    controller, window = open_as(qtbot, make_controller, sign_in, demo["marc"])
    page = window.pages["settings"]
    assert controller.settings.get("language") is None  # follows the system
    assert page.language.currentData() == "en" and page.language.currentText() == "English"
    assert page.values["video"].text() == "Automatic"
