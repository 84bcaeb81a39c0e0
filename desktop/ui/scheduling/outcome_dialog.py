"""After a session: was it held (and for how long), missed, or cancelled?

The answer feeds supervision (sessions held against planned, minutes). The minutes field is
offered only for "held" and starts at what the call measured, else the planned length.
Submitting calls the given function; a refusal is shown in the dialog and the choice stays.
Keyboard only: arrow keys move between the three choices, Enter saves. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.scheduling import OUTCOMES, SchedulingError, SessionInfo
from desktop.ui.accessibility import describe, set_tab_order
from desktop.ui.datetime_text import day_and_clock
from desktop.ui.scheduling.dialog_parts import error_and_buttons
from desktop.ui.scheduling.texts import error_text, local_zone


class OutcomeDialog(QDialog):
    """Ask for one session's outcome; `submit(outcome, minutes or None)` records it."""

    error: QLabel  # these four from `error_and_buttons`
    buttons: QDialogButtonBox
    ok_button: QPushButton
    cancel_button: QPushButton

    def __init__(
        self,
        session: SessionInfo,
        submit: Callable[[str, int | None], object],
        *,
        zone: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self._session = session
        self._submit = submit
        self._zone = zone or local_zone()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.choices = {outcome: QRadioButton() for outcome in OUTCOMES}
        self.group = QButtonGroup(self)
        for button in self.choices.values():
            self.group.addButton(button)
        self.minutes_label = QLabel()
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setValue(session.actual_minutes or session.duration_minutes)
        self.minutes_label.setBuddy(self.minutes)
        error_and_buttons(self, "outcomeError")
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        for button in self.choices.values():
            layout.addWidget(button)
        layout.addWidget(self.minutes_label)
        layout.addWidget(self.minutes)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.choices[session.outcome or "held"].setChecked(True)
        self.group.buttonToggled.connect(self._update_minutes)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        set_tab_order(self.choices["held"], self.minutes, self.ok_button, self.cancel_button)
        self.retranslate()
        self._update_minutes()
        self.choices[session.outcome or "held"].setFocus()

    def outcome(self) -> str:
        return next(name for name, button in self.choices.items() if button.isChecked())

    def accept(self) -> None:
        outcome = self.outcome()
        try:
            self._submit(outcome, self.minutes.value() if outcome == "held" else None)
        except SchedulingError as exc:
            self.error.setText(error_text(exc.code))
            self.error.show()
            return
        super().accept()

    def _update_minutes(self) -> None:
        held = self.choices["held"].isChecked()
        self.minutes.setEnabled(held)
        self.minutes_label.setEnabled(held)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Session outcome"))
        when = day_and_clock(self._session.starts_at, self._zone)
        self.question.setText(self.tr("How did the session of %1 go?").replace("%1", when))
        texts = {
            "held": self.tr("&Held"),
            "missed": self.tr("&Missed (nobody or only one person came)"),
            "cancelled": self.tr("&Cancelled"),
        }
        for outcome, button in self.choices.items():
            button.setText(texts[outcome])
            describe(button, texts[outcome].replace("&", ""))
        self.minutes_label.setText(self.tr("Minutes &spent together"))
        self.minutes.setSuffix(self.tr(" min"))
        describe(self.minutes, self.tr("Minutes spent together"))
        self.ok_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Later"))
        describe(self.ok_button, self.tr("Save the outcome"))
        describe(self.cancel_button, self.tr("Later"), self.tr("Decide later"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
