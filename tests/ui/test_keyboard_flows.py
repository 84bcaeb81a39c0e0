"""Keyboard flows with the focus checked after each step and dialog (WCAG 2.4.3, 2.4.7): sign in,
plan, approve, lock — on real profiles, the demo organisation and real windows offscreen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import PASSPHRASE
from tests.ui.scheduling.conftest import activate


def open_as(qtbot, make_controller, sign_in, account):
    controller = make_controller()
    sign_in(controller, account.username, account.passphrase)
    window = controller.main_window
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    return controller, window


def test_sign_in_by_keyboard_never_passes_through_other_fields(
    qtbot, qapp, make_person, make_controller
):
    person = make_person()
    controller = make_controller()
    window = controller.sign_in_window
    window.show()
    activate(qtbot, window)
    assert QApplication.focusWidget() is window.username
    visited: list[QWidget] = []
    qapp.focusChanged.connect(lambda _old, new: visited.append(new))
    qtbot.keyClicks(window.username, person.username)
    qtbot.keyClick(window.username, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.passphrase
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.signed_in, timeout=60_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    main = controller.main_window
    qtbot.addWidget(main)
    activate(qtbot, main)
    assert QApplication.focusWidget() is main.nav
    qapp.focusChanged.disconnect()
    sign_in_fields = [window.show_passphrase, window.remember, window.create_profile, window.join]
    assert [w for w in visited if w in sign_in_fields] == []


def test_escape_from_plan_returns_to_plan_a_session(qtbot, demo, make_controller, sign_in):
    _controller, window = open_as(qtbot, make_controller, sign_in, demo["marc"])
    window.show_page("sessions")
    sessions = window.pages["sessions"].sessions
    qtbot.waitUntil(sessions.isVisible)
    sessions.plan_button.setFocus()
    qtbot.keyClick(sessions.plan_button, Qt.Key.Key_Space)
    dialog = sessions.dialog
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.when
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.when, Qt.Key.Key_Escape)
    activate(qtbot, window)
    assert QApplication.focusWidget() is sessions.plan_button


def test_approving_the_last_held_message_keeps_focus_in_the_held_list(
    qtbot, demo, make_controller, sign_in
):
    _controller, window = open_as(qtbot, make_controller, sign_in, demo["sophie"])
    window.show_page("supervision")  # staff open on the dashboard
    held = window.pages["supervision"].held
    qtbot.waitUntil(lambda: not held.loading and held.list.count() == 1)
    held.approve_button.setFocus()
    assert QApplication.focusWidget() is held.approve_button
    qtbot.keyClick(held.approve_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not held.loading and held.list.count() == 0)
    assert QApplication.focusWidget() is held.list  # not thrown back to the sections list


def test_ctrl_l_locks_and_the_sign_in_asks_for_the_passphrase(
    qtbot, demo, make_controller, sign_in
):
    """Locked, the window names who is locked (username filled in): the passphrase is next."""
    controller, window = open_as(qtbot, make_controller, sign_in, demo["lea"])
    with qtbot.waitSignal(controller.locked):
        qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    sign_in_window = controller.sign_in_window
    activate(qtbot, sign_in_window)
    assert sign_in_window.username.text() == "lea"
    assert QApplication.focusWidget() is sign_in_window.passphrase
