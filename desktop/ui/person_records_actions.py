"""Access and deletion requests for one person: two buttons any staff page can host.

"Export their data…" warns that the files leave the encrypted store, asks for a folder,
writes the archive (`person_records.write_archive`, JSON) and a PDF summary beside it
(`summary.pdf`, drawn here with QPdfWriter: the services hold no Qt), then audits the export.
"Delete this person…" says what is erased and what safety keeps, asks to confirm, and
reports what it did. Self-contained so the People page can host it later. Runs on the UI
thread; the archive is built and written off it (`BackgroundOp`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from desktop.runtime.operations import BackgroundOp
from desktop.services.person_records import (
    PersonArchive,
    delete_person,
    person_archive,
    record_export,
    write_archive,
)
from desktop.ui import datetime_text
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.errors import message_for

Selected = Callable[[], "tuple[str, str] | None"]  # (person id, name) of the chosen person


def section_titles() -> dict[str, str]:
    return {
        "person": QCoreApplication.translate("PersonRecordsActions", "Profile"),
        "pairs": QCoreApplication.translate("PersonRecordsActions", "Matches"),
        "messages_written": QCoreApplication.translate(
            "PersonRecordsActions", "Messages this person wrote"
        ),
        "sessions": QCoreApplication.translate("PersonRecordsActions", "Sessions of their matches"),
        "screening_checks": QCoreApplication.translate("PersonRecordsActions", "Screening checks"),
        "match_closures": QCoreApplication.translate(
            "PersonRecordsActions", "How their matches ended"
        ),
        "audit_events": QCoreApplication.translate("PersonRecordsActions", "Recorded events"),
    }


def write_summary_pdf(archive: PersonArchive, path: Path) -> None:
    """A one-to-few-page summary of the archive: what it holds and what it withholds."""
    rows = "".join(
        f"<tr><td>{html.escape(title)}</td><td align='right'>{archive.counts()[key]}</td></tr>"
        for key, title in section_titles().items()
    )
    withheld = QCoreApplication.translate(
        "PersonRecordsActions",
        "Not included, as the personal information of others: %n message(s) they received "
        "from other people.",
        "",
        archive.withheld_messages,
    )
    title = QCoreApplication.translate(
        "PersonRecordsActions", "Personal information held by the program"
    )
    details = QCoreApplication.translate(
        "PersonRecordsActions", "The full details are in archive.json, beside this file."
    )
    body = (
        f"<h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(archive.display_name)} — {html.escape(archive.person_id)}</p>"
        f"<p>{html.escape(datetime_text.day(archive.generated_at))}</p>"
        f"<table border='1' cellpadding='4'>{rows}</table>"
        f"<p>{html.escape(withheld)}</p>"
        f"<p>{html.escape(details)}</p>"
    )  # fmt: skip
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    document = QTextDocument()
    document.setHtml(body)
    document.print_(writer)


class PersonRecordsActions(QWidget):
    """The two request buttons, acting on whoever `selected()` names."""

    def __init__(self, profile: Any, selected: Selected, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self._selected = selected
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._export)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.export_button)
        layout.addWidget(self.delete_button)
        self.set_person_chosen(False)
        self.retranslate()

    def set_person_chosen(self, chosen: bool) -> None:
        self.export_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("E&xport their data…"))
        self.delete_button.setText(self.tr("De&lete this person…"))
        describe(
            self.export_button,
            self.tr("Export their data"),
            self.tr("An access request: everything the program holds about this person."),
        )
        describe(
            self.delete_button,
            self.tr("Delete this person"),
            self.tr("A deletion request: erase their data but what safety requires."),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def export_to(self, folder: Path) -> None:
        """Build and write the archive of the chosen person into `folder` (off the UI thread)."""
        chosen = self._selected()
        if chosen is None:
            return
        profile, person_id = self._profile, chosen[0]

        def build(_progress: object) -> tuple[PersonArchive, Path]:
            archive = person_archive(profile, person_id)
            return archive, write_archive(archive, folder)

        (BackgroundOp(build, parent=self).success(self._exported)
            .failure(self._failed).run())  # fmt: skip

    def _export(self) -> None:
        warning = self.tr("The export leaves Jumelage's encrypted store: anyone who can open "
                          "the folder can read it. Save it where only you can, hand it to the "
                          "person securely, then delete it.")  # fmt: skip
        answer = QMessageBox.warning(self, self.tr("Export their data"), warning,
                                     QMessageBox.StandardButton.Ok
                                     | QMessageBox.StandardButton.Cancel)  # fmt: skip
        if answer != QMessageBox.StandardButton.Ok:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the export"))
        if folder:
            self.export_to(Path(folder))

    def _exported(self, result: tuple[PersonArchive, Path]) -> None:
        archive, folder = result
        write_summary_pdf(archive, folder / "summary.pdf")
        record_export(self._profile, archive.person_id, archive.counts())
        self.last_export = folder
        announce(self, self.tr("The export is saved in %1.").replace("%1", str(folder)))

    def _delete(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        text = self.tr("Delete %1's data? Their messages, screening checks and name are erased "
                       "from every computer of the program. Kept, as safety requires: the "
                       "record of events (who did what) and messages still waiting for safety "
                       "review. Their account on the server is closed by your administrator."
                       ).replace("%1", chosen[1] or "?")  # fmt: skip
        answer = QMessageBox.question(self, self.tr("Delete this person"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_now()

    def delete_now(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            report = delete_person(self._profile, chosen[0])
        except ValueError as exc:
            self._failed(exc)
            return
        self.last_deletion = report
        announce(self, self.tr("%n message(s) erased. The record of events is kept.", "",
                               report.messages_erased))  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Jumelage"), message_for(exc))
