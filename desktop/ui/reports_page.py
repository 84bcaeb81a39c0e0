"""The staff Reports page: the program report on screen, and its export to CSV or PDF.

The report is read off the UI thread (`LatestRead`) and shown as one document with its charts
(`report_document`). Exporting first warns, in plain words, that the file leaves the encrypted
store (anyone who can open the file can read it); only after "Export anyway" does it ask where
to save, write the file and record the `report_exported` audit event. Both dialogs are opened
window-modal (`open()`), never blocking the event loop. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.operations import LatestRead
from desktop.ui import i18n
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.report_document import ReportWords, report_document, write_pdf
from desktop.ui.theme import heading

FORMATS = ("csv", "pdf")


class ReportsPage(QWidget):
    """The report on screen; `exported(path)` once a file is written and recorded."""

    exported = Signal(str)

    def __init__(
        self,
        load_report: Callable[[str], Any],
        to_csv: Callable[[Any, Callable[[str], str]], str],
        record_export: Callable[[Any, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._load = load_report
        self._to_csv = to_csv
        self._record_export = record_export
        self._reads = LatestRead(self)
        self.report: Any = None
        self.words = ReportWords(self)
        self.heading = heading()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.export_csv = QPushButton()
        self.export_pdf = QPushButton()
        for button, fmt in ((self.export_csv, "csv"), (self.export_pdf, "pdf")):
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_csv)
        buttons.addWidget(self.export_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def refresh(self) -> None:
        lang = i18n.current_language() or "en"
        self.status.setText(self.tr("Loading…"))
        self._reads.run(lambda: self._load(lang), self._show, self._failed)

    @property
    def loading(self) -> bool:
        return self._reads.loading

    def _show(self, report: Any) -> None:
        self.report = report
        self.view.setDocument(report_document(report, self.words))
        self.status.setText("")
        for button in (self.export_csv, self.export_pdf):
            button.setEnabled(True)

    def _failed(self, _exc: BaseException) -> None:
        from desktop.ui.errors import general_error

        self.status.setText(general_error())

    # --- export: warn, choose a file, write, record -------------------------------------

    def export(self, fmt: str) -> None:
        """Start an export: the warning first (the file leaves the encrypted store)."""
        if self.report is None or fmt not in FORMATS:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("This file leaves the encrypted store"),
                          self.tr("The report names mentors and mentees. Once saved, anyone who "
                                  "can open the file can read it: it is not protected by your "
                                  "passphrase. Keep it somewhere safe, share it only with people "
                                  "allowed to see it, and delete it when you no longer need it."),
                          parent=self)  # fmt: skip
        box.setObjectName("exportWarning")
        go = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda _r: self._choose_file(fmt) if box.clickedButton() is go else None)  # fmt: skip
        box.open()

    def _choose_file(self, fmt: str) -> None:
        caption = self.tr("Save the report as CSV") if fmt == "csv" else self.tr(
            "Save the report as PDF")  # fmt: skip
        dialog = QFileDialog(self, caption)
        dialog.setObjectName("exportFile")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # testable, same everywhere
        dialog.setDefaultSuffix(fmt)
        dialog.setNameFilter(self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr(
            "PDF files (*.pdf)"))  # fmt: skip
        dialog.selectFile(f"report.{fmt}")
        dialog.fileSelected.connect(lambda path: self.write(fmt, Path(path)))
        dialog.open()

    def write(self, fmt: str, path: Path) -> None:
        """Write the file, then record the export (only a written file is an export)."""
        if self.report is None:
            return
        try:
            if fmt == "csv":
                path.write_text(self._to_csv(self.report, self.words.word), encoding="utf-8-sig")
            else:
                write_pdf(self.report, path, self.words)
        except OSError:
            self.status.setText(self.tr("The file could not be written there. Choose another "
                                        "folder and try again."))  # fmt: skip
            announce(self.status, self.status.text(), assertive=True)
            return
        self._record_export(self.report, fmt)
        self.status.setText(self.tr("Report saved: %1").replace("%1", path.name))
        announce(self.status, self.status.text())
        self.exported.emit(str(path))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.export_csv.setText(self.tr("Export &CSV…"))
        self.export_pdf.setText(self.tr("Export &PDF…"))
        describe(self.export_csv, self.tr("Export CSV…"),
                 self.tr("Saves the report's tables for a spreadsheet. Warns first."))  # fmt: skip
        describe(self.export_pdf, self.tr("Export PDF…"),
                 self.tr("Saves the report with its charts as a PDF. Warns first."))  # fmt: skip
        describe(self.view, self.tr("Program report"))
        if self.report is not None:
            self.refresh()  # the report's words and reasons follow the language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
