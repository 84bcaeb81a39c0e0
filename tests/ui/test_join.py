"""Joining with an invite code, end to end against real servers: where the data is stored, the
policy refusal of a server that does not declare Canada, a bad code, and the form's names in
both languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.ui import i18n
from desktop.ui.accessibility import unnamed_focusable
from tests.support.server import RunningServer, start_server

PASS = "trois petits chats gris"
CANADA = {"residency": {"country": "CA", "region": "Québec", "provider": "Hébergeur (démo)"}}


@pytest.fixture(scope="module")
def canadian_server(tmp_path_factory) -> Iterator[RunningServer]:
    server = start_server(tmp_path_factory.mktemp("ca"), config_overrides=CANADA)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def undeclared_server(tmp_path_factory) -> Iterator[RunningServer]:
    server = start_server(tmp_path_factory.mktemp("undeclared"))
    yield server
    server.stop()


def open_dialog(qtbot, make_controller, make_settings, network, server, **policy):
    settings = make_settings(server_url=server.base_url, **policy)
    controller = make_controller(settings, network=network)
    dialog = controller.open_join()
    qtbot.addWidget(dialog)
    return controller, dialog


def fill(dialog, code: str, username: str = "nadia") -> None:
    dialog.code.setText(code)
    dialog.username.setText(username)
    dialog.display_name.setText("Nadia Roy")
    dialog.passphrase.setText(PASS)
    dialog.confirm.setText(PASS)


def test_join_shows_where_data_is_stored_then_enrols_and_opens_the_app(
    qtbot, make_controller, make_settings, network, canadian_server, data_dir
):
    code = canadian_server.init_program()["invite_code"]
    controller, dialog = open_dialog(qtbot, make_controller, make_settings, network,
                                     canadian_server, require_canadian_hosting=True)  # fmt: skip
    assert not dialog.server.isEnabled()  # policy set the address
    assert dialog.server_note.text().startswith("Locked by your organisation")
    qtbot.waitUntil(lambda: dialog.join_button.isEnabled(), timeout=60_000)
    assert dialog.residency_text.text() == (
        "Your program's data is stored in: Canada — Québec, by Hébergeur (démo)"
    )
    fill(dialog, code)
    with qtbot.waitSignal(controller.signed_in, timeout=30_000):
        dialog.join_button.click()
        assert dialog.progress.isVisible() and not dialog.code.isEnabled()
    assert controller.profile.role == "staff" and controller.profile.display_name == "Nadia Roy"
    window = controller.main_window
    assert window.page_keys() == ["dashboard", "reports", "supervision", "settings"]
    qtbot.waitUntil(lambda: window.sync_indicator.state() == "synced", timeout=60_000)
    assert window.pages["settings"].residency.text() == ("Canada — Québec, by Hébergeur (démo)")
    assert (data_dir / "profiles" / controller.profile.person_id / "jumelage.db").exists()


def test_policy_refuses_a_server_that_does_not_declare_canada(
    qtbot, make_controller, make_settings, network, undeclared_server, data_dir
):
    code = undeclared_server.init_program()["invite_code"]
    controller, dialog = open_dialog(qtbot, make_controller, make_settings, network,
                                     undeclared_server, require_canadian_hosting=True)  # fmt: skip
    expected = ("Your organisation requires a server hosted in Canada, and this server does "
                "not declare that it is.")  # fmt: skip
    qtbot.waitUntil(lambda: dialog.residency_text.text() == expected, timeout=60_000)
    fill(dialog, code)
    assert not dialog.join_button.isEnabled()
    dialog.submit()  # even forced, nothing is sent: the check runs again and refuses again
    qtbot.waitUntil(lambda: dialog.residency_text.text() == expected, timeout=60_000)
    assert controller.profile is None and not (data_dir / "profiles").exists()


def test_without_the_policy_an_undeclared_server_is_named_as_such(
    qtbot, make_controller, make_settings, network, undeclared_server
):
    _controller, dialog = open_dialog(qtbot, make_controller, make_settings, network,
                                      undeclared_server)  # fmt: skip
    qtbot.waitUntil(lambda: dialog.join_button.isEnabled(), timeout=60_000)
    assert dialog.residency_text.text() == "This server does not say where it stores data."


def test_a_bad_code_is_refused_in_a_sentence_and_leaves_nothing_behind(
    qtbot, make_controller, make_settings, network, undeclared_server, data_dir
):
    controller, dialog = open_dialog(qtbot, make_controller, make_settings, network,
                                     undeclared_server)  # fmt: skip
    qtbot.waitUntil(lambda: dialog.join_button.isEnabled(), timeout=60_000)
    fill(dialog, "not-a-real-code", username="bruno")
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("This invite code is not valid"),
                    timeout=60_000)  # fmt: skip
    assert dialog.code.isEnabled() and dialog.isVisible() and controller.profile is None
    assert not any((data_dir / "profiles").glob("*/jumelage.db"))


def test_after_a_bad_code_enter_still_joins_with_the_corrected_code(
    qtbot, make_controller, make_settings, network, undeclared_server, data_dir
):
    """Issue 11, defect 2: Cancel became the default button while the form was busy."""
    from PySide6.QtCore import Qt

    code = undeclared_server.init_program()["invite_code"]
    controller, dialog = open_dialog(qtbot, make_controller, make_settings, network,
                                     undeclared_server)  # fmt: skip
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.join_button.isEnabled(), timeout=60_000)
    fill(dialog, "not-a-real-code", username="bruno")
    dialog.code.setFocus()
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("This invite code is not valid"),
                    timeout=60_000)  # fmt: skip
    assert dialog.join_button.isDefault() and not dialog.cancel_button.isDefault()
    dialog.code.setFocus()
    dialog.code.setText(code)
    with qtbot.waitSignal(controller.signed_in, timeout=30_000):
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert controller.profile.display_name == "Nadia Roy"


def test_the_form_checks_its_fields_first(
    qtbot, make_controller, make_settings, network, undeclared_server
):
    _controller, dialog = open_dialog(qtbot, make_controller, make_settings, network,
                                      undeclared_server)  # fmt: skip
    fill(dialog, "abc")
    dialog.confirm.setText("something else entirely")
    dialog.submit()
    assert dialog.message.text() == "The two passphrases are not the same."


def test_every_control_is_named_in_both_languages(
    qtbot, qapp, make_controller, make_settings, network, undeclared_server
):
    _controller, dialog = open_dialog(qtbot, make_controller, make_settings, network,
                                      undeclared_server)  # fmt: skip
    assert unnamed_focusable(dialog) == []
    i18n.install_language(qapp, "fr")
    assert dialog.windowTitle() == "Se joindre avec un code d’invitation"
    assert dialog.join_button.text() == "Se joindre"
    assert unnamed_focusable(dialog) == []
    qtbot.waitUntil(lambda: dialog.join_button.isEnabled(), timeout=60_000)
    assert dialog.residency_text.text() == "Ce serveur ne dit pas où il garde les données."


@pytest.mark.parametrize("url", ["http://sync.example.ca", "ftp://sync.example.ca"])
def test_an_address_policy_would_refuse_is_refused_here_too(
    qtbot, make_controller, make_settings, network, undeclared_server, url
):
    """The form checks the address by the policy's own rule: https, or http for this PC."""
    _controller, dialog = open_dialog(qtbot, make_controller, make_settings, network,
                                      undeclared_server)  # fmt: skip
    dialog.server.setText(url)
    dialog.check_server()
    assert dialog.residency_text.text() == "Type the server address, starting with https://"
    assert not dialog.join_button.isEnabled()
