"""Last-resort error handling: unhandled exceptions become a plain dialog and a private log line.

`install_error_handling()` sets `sys.excepthook` and the runtime's failure hook (errors from
background operations and the network loop). The log keeps the exception's type and stack but
never its message, which could hold a name or message text. Runs on the UI thread.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.runtime.dispatch import UiDispatcher, describe_without_message, set_failure_hook
from desktop.ui.accessibility import describe
from desktop.ui.errors import message_for

log = logging.getLogger("jumelage.ui")
_showing = False


def show_error(exc: BaseException) -> None:
    """A plain, translated sentence in a modal box; never a traceback."""
    global _showing
    if _showing or QApplication.instance() is None:
        return  # one box at a time; a storm of errors must not bury the person in dialogs
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Jumelage"))
        box.setText(message_for(exc))
        describe(box, QCoreApplication.translate("ErrorDialog", "Error"))
        for button in box.buttons() or [box.addButton(QMessageBox.StandardButton.Ok)]:
            describe(button, button.text().replace("&", ""))
        box.exec()
    finally:
        _showing = False


def show_notice(parent: QWidget | None, text: str) -> QMessageBox:
    """A plain, non-blocking information box (nothing waits on it); returned for tests."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("ErrorDialog", "Jumelage"), text,
                      QMessageBox.StandardButton.Ok, parent)  # fmt: skip
    describe(box, QCoreApplication.translate("ErrorDialog", "Jumelage"))
    box.open()
    return box


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if exc.__traceback__ is None:
        exc.__traceback__ = tb
    log.error("Unhandled exception: %s", describe_without_message(exc))
    # Not from inside the failing call: let the stack unwind first.
    QTimer.singleShot(0, lambda: show_error(exc))


def install_error_handling() -> None:
    """Call once, on the UI thread. Failures may be reported from any thread (the network
    loop's, a worker's): a dispatcher made here brings each to the UI thread, where a QTimer
    started on a thread without a Qt event loop would never fire."""
    sys.excepthook = _excepthook
    dispatcher = UiDispatcher(QCoreApplication.instance())
    set_failure_hook(lambda exc: dispatcher.post(lambda: show_error(exc)))
