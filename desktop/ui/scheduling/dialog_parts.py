"""What the scheduling dialogs share: a hidden error line and OK/Cancel with OK as default."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton


class WithErrorAndButtons(Protocol):
    """A dialog that declares the parts `error_and_buttons` gives it."""

    error: QLabel
    buttons: QDialogButtonBox
    ok_button: QPushButton
    cancel_button: QPushButton


def error_and_buttons(dialog: WithErrorAndButtons, error_name: str) -> None:
    """Give `dialog` its `error` label and `buttons`, `ok_button`, `cancel_button`."""
    dialog.error = QLabel()
    dialog.error.setObjectName(error_name)
    dialog.error.setWordWrap(True)
    dialog.error.hide()
    dialog.buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    dialog.ok_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.cancel_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    dialog.ok_button.setDefault(True)
