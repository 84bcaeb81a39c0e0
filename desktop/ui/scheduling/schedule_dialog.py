"""The "Plan a session" dialog (also used to move one session): date and time, length, kind, repeat.

The person types local wall-clock time; the dialog hands back an aware datetime in the local
zone, so the service can keep a weekly series at the same local hour across DST. Submitting
calls the given function; a refusal (`SchedulingError`) is shown in the dialog and every field
keeps its value. Keyboard only: every field has a mnemonic label, Enter plans, Escape closes.
Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.scheduling import (
    MAX_DURATION,
    MAX_OCCURRENCES,
    MIN_DURATION,
    SchedulingError,
    SessionInfo,
)
from desktop.ui.accessibility import describe, set_tab_order
from desktop.ui.scheduling.dialog_parts import error_and_buttons
from desktop.ui.scheduling.texts import error_text, from_qdatetime, local_zone, to_qdatetime

KINDS = ("video", "in_person")
REPEATS = (None, "weekly", "biweekly")


@dataclass(frozen=True, slots=True)
class PlanRequest:
    """What the person asked for; `count` is 1 for a single session."""

    starts_at: datetime
    duration_minutes: int
    kind: str
    recurrence: str | None
    count: int


class ScheduleDialog(QDialog):
    """Plan a session or a series; with `session` given, move that one session instead."""

    error: QLabel  # these four from `error_and_buttons`
    buttons: QDialogButtonBox
    ok_button: QPushButton
    cancel_button: QPushButton

    def __init__(
        self,
        submit: Callable[[PlanRequest], object],
        *,
        now: datetime,
        zone: tzinfo | None = None,
        session: SessionInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self._submit = submit
        self._zone = zone or local_zone()
        self._moving = session is not None
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")  # ISO: the same in French and English
        self.when.setMinimumDateTime(to_qdatetime(now, self._zone))
        start = session.starts_at if session else _next_half_hour(now)
        self.when.setDateTime(to_qdatetime(start, self._zone))
        self.duration = QSpinBox()
        self.duration.setRange(MIN_DURATION, MAX_DURATION)
        self.duration.setSingleStep(15)
        self.duration.setValue(session.duration_minutes if session else 60)
        self.kind = QComboBox()
        self.repeat = QComboBox()
        self.count = QSpinBox()
        self.count.setRange(2, MAX_OCCURRENCES)
        self.count.setValue(6)
        error_and_buttons(self, "scheduleError")

        self._labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(
            self._labels,
            (self.when, self.duration, self.kind, self.repeat, self.count),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if self._moving:  # one occurrence moves alone; its series stays as it is
            for row in (3, 4):
                form.setRowVisible(row, False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.repeat.currentIndexChanged.connect(self._update_count)
        set_tab_order(self.when, self.duration, self.kind, self.repeat, self.count, self.ok_button,
                      self.cancel_button)  # fmt: skip
        self.retranslate()
        if session is not None:
            self.kind.setCurrentIndex(KINDS.index(session.kind))
        self._update_count()
        self.when.setFocus()

    def request(self) -> PlanRequest:
        recurrence = None if self._moving else REPEATS[self.repeat.currentIndex()]
        return PlanRequest(
            starts_at=from_qdatetime(self.when.dateTime(), self._zone),
            duration_minutes=self.duration.value(),
            kind=KINDS[self.kind.currentIndex()],
            recurrence=recurrence,
            count=self.count.value() if recurrence else 1,
        )

    def accept(self) -> None:
        try:
            self._submit(self.request())
        except SchedulingError as exc:
            self.error.setText(error_text(exc.code))
            self.error.show()
            return
        super().accept()

    def _update_count(self) -> None:
        self.count.setEnabled(self.repeat.currentIndex() != 0)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Move the session") if self._moving else self.tr("Plan a session")
        )
        texts = (self.tr("&Date and time"), self.tr("&Length"), self.tr("&Kind"),
                 self.tr("&Repeat"), self.tr("&Number of sessions"))  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.duration.setSuffix(self.tr(" min"))
        for box, items in (
            (self.kind, (self.tr("Video"), self.tr("In person"))),
            (self.repeat, (self.tr("Does not repeat"), self.tr("Every week"),
                           self.tr("Every two weeks"))),
        ):  # fmt: skip
            index = max(box.currentIndex(), 0)
            box.clear()
            box.addItems(list(items))
            box.setCurrentIndex(index)
        self.ok_button.setText(self.tr("Save") if self._moving else self.tr("Plan"))
        self.cancel_button.setText(self.tr("Cancel"))
        describe(self.when, self.tr("Date and time"), self.tr("In your local time"))
        describe(self.duration, self.tr("Length in minutes"))
        describe(self.kind, self.tr("Kind of session"), self.tr("Video or in person"))
        describe(self.repeat, self.tr("Repeat"), self.tr("Whether the session repeats"))
        describe(self.count, self.tr("Number of sessions"),
                 self.tr("How many sessions the series has"))  # fmt: skip
        describe(self.ok_button, self.ok_button.text().replace("&", ""))
        describe(self.cancel_button, self.tr("Cancel"), self.tr("Close without saving"))
        describe(self.error, self.tr("Problem"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _next_half_hour(now: datetime) -> datetime:
    """A sensible default start: the next round half hour at least an hour from now."""
    later = now + timedelta(hours=1)
    return later.replace(minute=0 if later.minute < 30 else 30, second=0, microsecond=0) + (
        timedelta(minutes=30)
    )
