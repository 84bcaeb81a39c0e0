"""The staff Training page: which mentors and mentees finished their required modules.

One row per person of the program: role, required modules done out of how many, and whether
they may be matched as far as training goes. Progress arrives sealed to staff from each
person's PC (the `training_progress` kind); the counts come from the training service (SQL).
Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.dispatch import log_failure
from desktop.services.training import PersonTraining
from desktop.ui.accessibility import describe
from desktop.ui.errors import message_for
from desktop.ui.theme import heading
from jumelage_protocol import Role, error_code


class TrainingOverviewPage(QWidget):
    """`load()` lists the program's people with their required training."""

    def __init__(self, load: Callable[[], list[PersonTraining]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trainingOverviewPage")
        self._load = load
        self.rows: list[PersonTraining] = []
        self.heading = heading()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("trainingOverview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Training"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Role"),
                self.tr("Required modules done"),
                self.tr("Ready to match"),
            ]
        )
        describe(
            self.table,
            self.tr("Training of mentors and mentees"),
            self.tr("One row per person: required training modules done"),
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
        try:
            self.rows = self._load()
        except Exception as exc:  # noqa: BLE001 - a sentence instead of the table
            if error_code(exc) is None:
                log_failure(exc, "reading training progress")
            self.rows = []
            self.summary.setText(message_for(exc))
            self.table.setRowCount(0)
            return
        roles: dict[str, str] = {Role.MENTOR: self.tr("Mentor"), Role.MENTEE: self.tr("Mentee")}
        self.table.setRowCount(len(self.rows))
        for row, person in enumerate(self.rows):
            values = (
                person.display_name,
                roles.get(person.role, person.role),
                self.tr("%1 of %2")
                .replace("%1", str(person.required_done))
                .replace("%2", str(person.required)),
                self.tr("Yes") if person.complete else self.tr("Not yet"),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        ready = sum(p.complete for p in self.rows)
        self.summary.setText(
            self.tr("People who finished their required training: %1 of %2.")
            .replace("%1", str(ready))
            .replace("%2", str(len(self.rows)))
        )


def training_overview_for(profile: Any) -> TrainingOverviewPage:
    from desktop.services.training import program_progress

    program_id = profile.program_id or ""
    return TrainingOverviewPage(lambda: program_progress(profile, program_id))
