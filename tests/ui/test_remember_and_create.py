"""Remember-me under each policy and keyring situation, and creating a profile from the form."""

from __future__ import annotations

import keyring.backends.fail

from desktop.ui.create_profile_dialog import CreateProfileDialog
from tests.ui.conftest import PASSPHRASE


def test_shared_pc_hides_remember_and_says_why(qtbot, make_settings, make_controller):
    controller = make_controller(make_settings(shared_pc=True))
    window = controller.sign_in_window
    assert not window.remember.isVisible()
    assert window.remember_note.text() == (
        "This is a shared computer, so Jumelage does not remember anyone here."
    )


def test_policy_forbidding_remember_says_why(qtbot, make_settings, make_controller):
    controller = make_controller(make_settings(allow_remember_passphrase=False))
    window = controller.sign_in_window
    assert not window.remember.isVisible()
    assert "organisation does not allow" in window.remember_note.text()


def test_no_keyring_says_so_plainly_and_sign_in_still_works(
    qtbot, make_person, make_controller, sign_in
):
    person = make_person()
    controller = make_controller(keyring_backend=keyring.backends.fail.Keyring())
    window = controller.sign_in_window
    assert not window.remember.isVisible()
    assert "no secure password store" in window.remember_note.text()
    sign_in(controller, person.username)
    assert controller.profile.display_name == person.display_name


def test_remembered_profile_opens_without_passphrase_until_sign_out(
    qtbot, make_person, make_controller, memory_keyring
):
    person = make_person()
    first = make_controller()
    window = first.sign_in_window
    assert window.remember.isVisible()
    window.username.setText(person.username)
    window.passphrase.setText(PASSPHRASE)
    window.remember.setChecked(True)
    with qtbot.waitSignal(first.signed_in, timeout=60_000):
        window.sign_in.click()
    assert memory_keyring.entries  # kept in the (stand-in) OS password store
    first.shutdown()

    second = make_controller()  # a new start of the app: straight in
    qtbot.waitUntil(lambda: second.profile is not None, timeout=60_000)
    assert second.profile.person_id == person.person_id
    with qtbot.waitSignal(second.signed_out):
        second.sign_out()
    assert not memory_keyring.entries  # signing out forgets the key


def test_create_profile_from_the_form_opens_the_main_window(qtbot, data_dir, make_controller):
    controller = make_controller()
    dialog = controller.open_create_profile()
    assert isinstance(dialog, CreateProfileDialog)
    dialog.display_name.setText("Noor Haddad")
    dialog.username.setText("noor")
    # Roles come only from invites (issue 11, defect 11): no role to pick, least privilege.
    from PySide6.QtWidgets import QComboBox

    assert dialog.findChildren(QComboBox) == []
    dialog.passphrase.setText("short")
    dialog.confirm.setText("short")
    with qtbot.assertNotEmitted(dialog.submitted):
        dialog._check()
    assert "too short" in dialog.message.text()
    assert not (data_dir / "profiles").exists() or not any((data_dir / "profiles").iterdir())

    dialog.passphrase.setText("a long enough phrase")
    dialog.confirm.setText("a long enough phrase")
    with qtbot.waitSignal(controller.signed_in, timeout=60_000):
        dialog._check()
    assert controller.profile.role == "mentee"
    assert controller.main_window.page_keys() == [
        "pairs", "sessions", "activities", "training", "settings"]
    # No pair yet: the page says what happens next and offers to check again (issue 11, 10).
    home = controller.main_window.pages["pairs"]
    qtbot.waitUntil(lambda: home.stack.currentWidget() is home.empty)
    assert home.empty_heading.text() == "Your pair will appear here"
    assert "program staff" in home.empty_text.text()
    assert home.check_button.accessibleName() == "Check again"
    with qtbot.waitSignal(home.check_requested):
        home.check_button.click()


def test_taken_username_is_a_plain_sentence(qtbot, make_person, make_controller):
    person = make_person()
    controller = make_controller()
    dialog = controller.open_create_profile()
    dialog.display_name.setText("Someone Else")
    dialog.username.setText(person.username)
    dialog.passphrase.setText("another long phrase")
    dialog.confirm.setText("another long phrase")
    dialog._check()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=60_000)
    assert dialog.message.text() == (
        "This username is already used on this computer. Choose another one."
    )
    assert controller.profile is None
