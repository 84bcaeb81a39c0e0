"""The status bar's sync indicator: every state as a plain sentence, as its accessible name,
in English and in French, with error codes turned into reasons people can act on."""

from __future__ import annotations

import pytest

from desktop.services.sync_status import SyncStatusView
from desktop.ui import i18n
from desktop.ui.sync_indicator import SyncIndicator


def view(state, done=0, total=0, pending=0, error_code=None) -> SyncStatusView:
    return SyncStatusView(state, done, total, pending, error_code, None)


CASES = [
    (view("synced"), "Synced", "Synchronisé"),
    (view("synced", pending=2), "Synced; 2 changes still to send",
     "Synchronisé; 2 changements restent à envoyer"),
    (view("syncing", 3, 40), "Syncing 3 of 40", "Synchronisation : 3 sur 40"),
    (view("syncing"), "Syncing…", "Synchronisation…"),
    (view("offline", error_code="offline"),
     "Offline: your changes are kept and will be sent when the server can be reached",
     "Hors ligne : vos changements sont gardés et seront envoyés quand le serveur sera joignable"),
    (view("error", error_code="clock_skew"),
     "Sync stopped: This computer's clock is far off. Set the correct date and time, then try "
     "again.",
     "Synchronisation arrêtée : L’horloge de cet ordinateur est très décalée. Réglez la bonne "
     "date et la bonne heure, puis réessayez."),
    (view("error", error_code="not_member"),
     "Sync stopped: The server refused: you are not a member of this program.",
     "Synchronisation arrêtée : Le serveur a refusé : vous n’êtes pas membre de ce programme."),
    (view("idle"), "Connecting to the server…", "Connexion au serveur…"),
]  # fmt: skip


@pytest.mark.parametrize(("status", "en_text", "fr_text"), CASES)  # not "english": a fixture
def test_each_state_reads_as_a_sentence_in_both_languages(qtbot, qapp, status, en_text, fr_text):
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.show_status(status)
    assert indicator.text() == en_text
    assert indicator.accessibleName() == en_text
    assert indicator.state() == status.state
    i18n.install_language(qapp, "fr")  # the indicator follows a language switch by itself
    assert indicator.text() == fr_text
    assert indicator.accessibleName() == fr_text


def test_an_unknown_refusal_still_gives_a_reason(qtbot):
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.show_status(view("error", error_code="something_new"))
    assert indicator.text().startswith("Sync stopped: Something went wrong.")


def test_a_profile_without_a_server_says_so(qtbot):
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.show_status(view("synced"))
    indicator.set_local_only()
    assert indicator.state() == "local"
    assert indicator.accessibleName() == "Working on this computer only"


@pytest.mark.parametrize(
    ("status", "en_text"),
    [
        (view("synced", error_code="clock_skew"),
         "Synced, but this computer's clock is off: set the correct date and time"),
        (view("error", error_code="storage_full"),
         "Sync stopped: The disk of this computer is full. Free some space, then try again."),
        (view("error", error_code="storage_read_only"),
         "Sync stopped: Jumelage cannot save on this computer (the folder is read-only). "
         "Ask the person who manages this computer."),
    ],
)  # fmt: skip
def test_a_wrong_clock_a_full_disk_and_a_read_only_folder_are_said_plainly(qtbot, status, en_text):
    """(French: in i18n-pending-engine.tsv until the integrator merges the .ts files.)"""
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.show_status(status)
    assert indicator.text() == en_text and indicator.accessibleName() == en_text


def test_a_plain_http_address_gets_its_own_sentence(qtbot):
    from desktop.ui.errors import general_error, message_for_code

    text = message_for_code("insecure_server_url")
    assert text != general_error() and "http://" in text and "https://" in text


def test_changes_set_aside_are_counted_with_their_reasons(qtbot, qapp):
    """Plural forms come from the .ts files (strings pending in i18n-pending-apply.tsv)."""
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    status = SyncStatusView("synced", 0, 0, 2, None, None,
                            set_aside=(("invalid_value", 1), ("not_allowed", 3)))  # fmt: skip
    indicator.show_status(status)
    tr = indicator.tr
    assert indicator.text() == tr("Synced; %n change(s) from others set aside", "", 4)
    assert "4" in indicator.text()
    assert indicator.accessibleDescription() == "\n".join([
        tr("%n change(s) %1", "", 1).replace("%1", "holding a value this app does not accept"),
        tr("%n change(s) %1", "", 3).replace(
            "%1", "written by someone not allowed to make that change"),
    ])  # fmt: skip
    assert indicator.accessibleDescription() in indicator.toolTip()
