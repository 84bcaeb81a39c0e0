"""The staff Surveys page: each survey's results, question by question, and a CSV export.

A survey is chosen at the top; the table shows, per question, how many answered, the average
of a 1-to-5 scale and how many chose each answer. Free-text answers are counted, never shown
here or exported. "Export…" warns first that the file leaves Jumelage's encrypted storage,
then writes the aggregates (the export is audited by the service). Runs on the UI thread; the
aggregates are computed in SQL by the surveys service.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.dispatch import log_failure
from desktop.services.surveys import Survey, SurveyResults
from desktop.ui import i18n
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.errors import message_for
from desktop.ui.reflow import flow_row
from desktop.ui.theme import heading
from jumelage_protocol import error_code


def language() -> str:
    return i18n.current_language() or i18n.system_language()


class SurveysPage(QWidget):
    """`surveys(lang)` lists the program's surveys; `results(survey, yes_no)` aggregates one;
    `export(results, path)` writes it. `ask_path()` asks where to save (None: cancelled)."""

    def __init__(
        self,
        surveys: Callable[[str], list[Survey]],
        results: Callable[[Survey, tuple[str, str]], SurveyResults],
        export: Callable[[SurveyResults, Path], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("surveysPage")
        self._surveys, self._results, self._export = surveys, results, export
        self.surveys: list[Survey] = []
        self.current_results: SurveyResults | None = None
        self.ask_path: Callable[[], Path | None] = self._ask_path
        self.heading = heading()
        self.chooser = QComboBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("surveyResults")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_current)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.choose_label = QLabel()
        self.choose_label.setBuddy(self.chooser)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(flow_row(self.choose_label, self.chooser, self.export_button))
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.chooser.currentIndexChanged.connect(lambda _i: self.show_results())
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Surveys"))
        self.choose_label.setText(self.tr("&Survey:"))
        describe(self.chooser, self.tr("Survey"), self.tr("The survey whose results are shown"))
        self.export_button.setText(self.tr("&Export results…"))
        describe(
            self.export_button,
            self.tr("Export results"),
            self.tr("Save these results as a CSV file"),
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                self.tr("Answered"),
                self.tr("Average (1 to 5)"),
                self.tr("Answers"),
            ]
        )
        describe(
            self.table,
            self.tr("Survey results"),
            self.tr("One row per question: how many answered and what they chose"),
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        keep = self.chooser.currentData()
        try:
            self.surveys = self._surveys(language())
        except Exception as exc:  # noqa: BLE001 - a sentence instead of the results
            self._failed(exc, "listing surveys")
            self.surveys = []
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for survey in self.surveys:
            self.chooser.addItem(survey.title, survey.id)
        index = self.chooser.findData(keep) if keep is not None else 0
        self.chooser.setCurrentIndex(max(index, 0) if self.surveys else -1)
        self.chooser.blockSignals(False)
        self.show_results()

    def current(self) -> Survey | None:
        index = self.chooser.currentIndex()
        return self.surveys[index] if 0 <= index < len(self.surveys) else None

    def show_results(self) -> None:
        survey = self.current()
        self.table.setRowCount(0)
        self.current_results = None
        self.export_button.setEnabled(False)
        if survey is None:
            self.summary.setText(self.tr("No survey is available."))
            return
        try:
            results = self._results(survey, (self.tr("Yes"), self.tr("No")))
        except Exception as exc:  # noqa: BLE001 - a sentence instead of the results
            self._failed(exc, "summarising a survey")
            return
        self.current_results = results
        self.summary.setText(
            self.tr("People who answered: %1.").replace("%1", str(results.respondents))
        )
        self.table.setRowCount(len(results.questions))
        count = self.tr("%1: %2")  # an answer and how many chose it
        for row, q in enumerate(results.questions):
            mean = "" if q.mean is None else QLocale().toString(q.mean, "f", 1)
            if q.kind == "text":
                answers = self.tr("Written answers are not summarised.")
            else:
                answers = " · ".join(
                    count.replace("%1", label).replace("%2", str(n)) for label, n in q.counts
                )
            for column, value in enumerate((q.text, str(q.answered), mean, answers)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self.export_button.setEnabled(results.respondents > 0)

    def _ask_path(self) -> Path | None:
        warning = QMessageBox.warning(
            self,
            self.tr("Export survey results"),
            self.tr(
                "The file will hold this survey's results (counts and averages, never one "
                "person's answers) outside Jumelage's encrypted storage. Keep it somewhere "
                "only the program team can reach, and delete it when you no longer need "
                "it."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if warning != QMessageBox.StandardButton.Ok:
            return None
        results = self.current_results
        name = f"{results.survey_id}.csv" if results is not None else "survey.csv"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export survey results"), name, self.tr("CSV files (*.csv)")
        )
        return Path(chosen) if chosen else None

    def export_current(self) -> None:
        results = self.current_results
        if results is None:
            return
        path = self.ask_path()
        if path is None:
            return
        try:
            self._export(results, path)
        except Exception as exc:  # noqa: BLE001 - a sentence, nothing half-said
            self._failed(exc, "exporting survey results")
            return
        text = self.tr("Results saved in %1.").replace("%1", path.name)
        self.status.setText(text)
        announce(self.status, text)

    def _failed(self, exc: BaseException, doing: str) -> None:
        if error_code(exc) is None:
            log_failure(exc, doing)
        text = message_for(exc)
        self.status.setText(text)
        announce(self.status, text, assertive=True)


def surveys_page_for(profile: Any) -> SurveysPage:
    """The staff Surveys page of the signed-in staff member's program."""
    from desktop.services.surveys import export_results_csv, program_surveys, survey_results

    program_id = profile.program_id or ""
    return SurveysPage(
        lambda lang: program_surveys(profile, program_id, lang),
        lambda survey, yes_no: survey_results(profile, survey, yes_no=yes_no),
        lambda results, path: export_results_csv(profile, results, path, program_id),
    )
