"""Unhandled errors: a plain translated sentence on screen, and a log line without the message."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui import error_dialog, i18n

SECRET = "message from Léa: my address is 12 rue Principale"


class Leaky(Exception):
    """An error whose message holds personal data."""


def close_box_and_record(seen: list[str]) -> None:
    def check() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)


def test_excepthook_logs_without_the_message_and_shows_a_plain_sentence(qtbot, qapp, caplog):
    previous = sys.excepthook
    error_dialog.install_error_handling()
    seen: list[str] = []
    try:
        i18n.install_language(qapp, "fr")
        try:
            raise Leaky(SECRET)  # the log shows this source line, never the value
        except Leaky as exc:
            with caplog.at_level(logging.ERROR, logger="jumelage.ui"):
                sys.excepthook(type(exc), exc, exc.__traceback__)
        close_box_and_record(seen)
        qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    finally:
        sys.excepthook = previous
        error_dialog.set_failure_hook(None)
    assert seen == [
        "Un problème est survenu. Vos données sont en sécurité. Réessayez; si cela se "
        "reproduit, redémarrez Jumelage ou demandez de l’aide à l’intervenant(e) de votre "
        "programme."
    ]
    logged = caplog.text
    assert "Leaky" in logged and "test_error_dialog.py" in logged
    assert "Léa" not in logged and "Principale" not in logged


def test_a_failure_reported_on_another_thread_reaches_the_screen(qtbot, caplog):
    """The network loop reports failures on its own thread (no Qt event loop there)."""
    from desktop.runtime.dispatch import report_unhandled

    previous = sys.excepthook
    error_dialog.install_error_handling()
    seen: list[str] = []
    try:
        with caplog.at_level(logging.ERROR, logger="jumelage.runtime"):
            worker = threading.Thread(target=report_unhandled, args=(Leaky(SECRET), "a hook"))
            worker.start()
            worker.join(5)
        close_box_and_record(seen)
        qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    finally:
        sys.excepthook = previous
        error_dialog.set_failure_hook(None)
    assert seen and "Léa" not in seen[0]
    assert "Leaky" in caplog.text and "Léa" not in caplog.text


def test_errors_with_a_code_get_their_own_sentence(qtbot):
    from desktop.ui.errors import message_for
    from desktop.vault.errors import NoSuchProfile, StorageFull, WrongPassphrase

    assert message_for(NoSuchProfile()) == message_for(WrongPassphrase())
    assert "disk" in message_for(StorageFull())
