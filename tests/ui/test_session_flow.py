"""Sign-in, lock and sign-out with real encrypted profiles: keyboard, idle lock, wipe, failures."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from desktop.controllers.session import SessionController
from desktop.models.errors import StoreError
from tests.ui.conftest import PASSPHRASE


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with a digest of its bytes: "nothing written" made checkable."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def focused() -> object:
    return QApplication.focusWidget()


def test_whole_flow_by_keyboard(qtbot, make_person, make_controller):
    person = make_person()
    controller = make_controller()
    window = controller.sign_in_window
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is window.username)

    qtbot.keyClicks(window.username, person.username)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is window.passphrase
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.signed_in, timeout=60_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    main = controller.main_window
    assert main is not None and main.isVisible() and not window.isVisible()
    qtbot.waitUntil(main.isActiveWindow)
    with qtbot.waitSignal(controller.locked, timeout=60_000):
        qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.main_window is None and controller.profile is None
    assert window.isVisible()
    # A lock is not a sign-out: it says whose profile waits and that their work is kept.
    assert window.username.text() == person.username and window.passphrase.text() == ""
    assert window.title.text() == f"Locked: {person.display_name}"
    assert "Your work is kept" in window.intro.text()
    qtbot.waitUntil(lambda: focused() is window.passphrase)


def test_lock_really_closes_the_database(qtbot, make_person, make_controller, sign_in):
    person = make_person()
    controller = make_controller()
    sign_in(controller, person.username)
    profile = controller.profile
    sessions = profile.sessionmaker
    with sessions() as session:  # open: the query works
        assert session.execute(text("SELECT count(*) FROM people")).scalar_one() == 1

    controller.main_window.lock_button.click()

    assert not profile.is_open
    with pytest.raises(Exception) as raised:
        _ = profile.sessionmaker
    assert getattr(raised.value, "code", None) == "profile_locked"
    # Even a session factory kept from before the lock cannot read any more.
    with pytest.raises((StoreError, SQLAlchemyError)):
        with sessions() as session:
            session.execute(text("SELECT count(*) FROM people")).scalar_one()


def test_idle_lock_fires_and_locks(qtbot, make_person, make_controller, sign_in):
    person = make_person()
    controller = make_controller(idle_ms=100)
    sign_in(controller, person.username)
    profile = controller.profile
    with qtbot.waitSignal(controller.locked, timeout=60_000):
        pass
    assert not profile.is_open
    assert controller.sign_in_window.isVisible()


def test_sign_out_with_wipe_removes_the_profile(
    qtbot, data_dir, make_person, make_settings, make_controller, sign_in
):
    person = make_person()
    folder = data_dir / "profiles" / person.person_id
    assert folder.is_dir()
    controller = make_controller(make_settings(wipe_on_signout=True, shared_pc=True))
    sign_in(controller, person.username)
    with qtbot.waitSignal(controller.signed_out):
        controller.main_window.sign_out_button.click()
    assert not folder.exists()
    assert controller.sign_in_window.isVisible()
    assert controller.sign_in_window.title.text() == "Jumelage"  # nobody's work waits here
    assert controller.sign_in_window.username.text() == ""


def test_sign_out_without_wipe_keeps_the_profile(
    qtbot, data_dir, make_person, make_controller, sign_in
):
    person = make_person()
    controller = make_controller()
    sign_in(controller, person.username)
    with qtbot.waitSignal(controller.signed_out):
        controller.main_window.sign_out_action.trigger()
    assert (data_dir / "profiles" / person.person_id).is_dir()
    sign_in(controller, person.username)  # and it still opens
    assert controller.profile.display_name == person.display_name


def attempt(qtbot, controller: SessionController, username: str, passphrase: str) -> str:
    window = controller.sign_in_window
    window.username.setText(username)
    window.passphrase.setText(passphrase)
    with qtbot.waitSignal(controller.sign_in_failed, timeout=60_000) as failed:
        window.sign_in.click()
    return failed.args[0]


def test_wrong_passphrase_says_so_plainly_and_writes_nothing(
    qtbot, data_dir, make_person, make_controller
):
    person = make_person()
    controller = make_controller()
    before = snapshot(data_dir)
    window = controller.sign_in_window

    assert attempt(qtbot, controller, person.username, "not my passphrase") == "wrong_passphrase"
    wrong = window.message.text()
    assert wrong == "The username or passphrase is not right. Check them and try again."
    assert window.passphrase.text() == ""  # cleared, and nothing else kept
    assert controller.main_window is None
    assert snapshot(data_dir) == before

    # An unknown username reads exactly the same (no telling who has a profile here).
    assert attempt(qtbot, controller, "nobody", "whatever it is") == "no_such_profile"
    assert window.message.text() == wrong
    assert snapshot(data_dir) == before


def test_repeated_failures_disable_sign_in_with_a_countdown(qtbot, make_person, make_controller):
    person = make_person()
    controller = make_controller()  # the throttle's clock is frozen by the fixture
    window = controller.sign_in_window
    for _ in range(3):
        assert window.sign_in.isEnabled()
        attempt(qtbot, controller, person.username, "not my passphrase")
    assert not window.sign_in.isEnabled()
    assert window.countdown() == 1
    assert "Wait 1 seconds" in window.message.text()
    # Pressing Enter during the countdown starts no attempt.
    window.passphrase.setText(PASSPHRASE)
    with qtbot.assertNotEmitted(window.sign_in_requested):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)


def test_wrong_passphrase_message_in_french(qtbot, qapp, make_person, make_controller):
    person = make_person()
    controller = make_controller()
    controller.sign_in_window.language.setCurrentIndex(0)
    controller.set_language("fr")
    attempt(qtbot, controller, person.username, "pas la bonne phrase")
    assert controller.sign_in_window.message.text().startswith(
        "Le nom d’utilisateur ou la phrase de passe n’est pas bon."
    )
    assert controller.settings.get("language") == "fr"  # the choice is kept for next time
