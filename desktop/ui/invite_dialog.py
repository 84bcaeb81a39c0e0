"""The invite code, shown once, with its letter to print or save as PDF.

The code is never stored: once this dialog closes it is gone, and the staff member sends a
new invite if the letter was lost. Saving the letter as a PDF is an export of a person's name
and code, so the dialog says so before the file is chosen. Runs on the UI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import describe
from desktop.ui.invite_letter import letter_document, print_on, save_pdf


class InviteDialog(QDialog):
    """Shows `invitation.code` once; Print…, Save as PDF…, Copy, Close."""

    def __init__(self, invitation: Any, program: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inviteDialog")
        self.invitation = invitation
        self.program = program
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.code = QLabel(invitation.code)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(self.code.textInteractionFlags().TextSelectableByMouse)
        self.once = QLabel()
        self.once.setWordWrap(True)
        self.print_button = QPushButton()
        self.pdf_button = QPushButton()
        self.copy_button = QPushButton()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        for button in (self.print_button, self.pdf_button, self.copy_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_letter)
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.invitation.code)
        )
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.code, self.once, buttons):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Invite code"))
        self.intro.setText(self.tr("Invite code for %1:").replace(
            "%1", self.invitation.display_name))  # fmt: skip
        self.once.setText(self.tr(
            "This code is shown only this once and works only once. Print the letter or save "
            "it now; if it is lost, send a new invite."))  # fmt: skip
        self.print_button.setText(self.tr("&Print the letter…"))
        self.pdf_button.setText(self.tr("&Save the letter as PDF…"))
        self.copy_button.setText(self.tr("&Copy the code"))
        self.close_button.setText(self.tr("Close"))
        describe(self.close_button, self.tr("Close"))
        describe(self.print_button, self.tr("Print the letter"))
        describe(self.pdf_button, self.tr("Save the letter as PDF"))
        describe(self.copy_button, self.tr("Copy the code"))
        describe(self.code, self.tr("Invite code"))

    def print_letter(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_on(letter_document(self.invitation, self.program), printer)

    def ask_pdf_path(self) -> None:
        warned = QMessageBox.question(self, self.tr("Save the letter"), self.tr(
            "The letter holds this person's name and invite code. Save it only where other "
            "people cannot read it, and delete it once it is printed or sent."))  # fmt: skip
        if warned != QMessageBox.StandardButton.Yes:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter"), "",
                                              self.tr("PDF files (*.pdf)"))  # fmt: skip
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        save_pdf(self.invitation, self.program, path)
