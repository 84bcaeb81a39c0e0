"""In-app reminders: a poller that announces due reminders, and a small banner that shows one.

`ReminderNotifier` asks the scheduling service for due reminders on a QTimer (and when a
meeting changes); each comes out once as `reminder_due(Reminder)` and as a translated sentence
`message(str)` the main window can put in its status area. `ReminderBanner` is a ready-made
strip with the sentence, Join (for a video session in its join window) and Dismiss. Reminder
sentences carry a time, never a name. Runs on the UI thread.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.profiles import ProfileLocked
from desktop.services.scheduling import Reminder, SchedulingService
from desktop.ui.accessibility import describe
from desktop.ui.scheduling.texts import local_zone, reminder_text

if TYPE_CHECKING:
    from desktop.runtime.events import ChangeEvents

CHECK_INTERVAL_MS = 30_000


class ReminderNotifier(QObject):
    """Polls for due reminders; emits each one once."""

    reminder_due = Signal(object)  # Reminder
    message = Signal(str)

    def __init__(
        self,
        service: SchedulingService,
        *,
        events: ChangeEvents | None = None,
        zone: tzinfo | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._zone = zone or local_zone()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        if events is not None:
            events.changed.connect(lambda change: change.kind == "meeting" and self.check())

    def start(self) -> None:
        """Check now, then on every tick."""
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> list[Reminder]:
        try:
            due = self._service.due_reminders()
        except ProfileLocked:  # signed out between ticks: the window is going away
            self.timer.stop()
            return []
        for reminder in due:
            self.reminder_due.emit(reminder)
            self.message.emit(reminder_text(reminder, self._zone))
        return due


class ReminderBanner(QFrame):
    """A dismissible strip showing the latest reminder, with Join when it can be joined."""

    join_requested = Signal(str)  # meeting id

    def __init__(
        self,
        service: SchedulingService,
        *,
        zone: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._service = service
        self._zone = zone or local_zone()
        self._reminder: Reminder | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.join_button = QPushButton()
        self.dismiss_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.join_button)
        layout.addWidget(self.dismiss_button)
        self.join_button.clicked.connect(self._join)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.retranslate()
        self.hide()

    def show_reminder(self, reminder: Reminder) -> None:
        self._reminder = reminder
        self.text.setText(reminder_text(reminder, self._zone))
        self.text.setAccessibleName(self.text.text())
        self.join_button.setVisible(self._service.can_join(reminder.session))
        self.show()

    def dismiss(self) -> None:
        self._reminder = None
        self.hide()

    def _join(self) -> None:
        if self._reminder is not None and self._service.can_join(self._reminder.session):
            self.join_requested.emit(self._reminder.session.meeting_id)
            self.dismiss()

    def retranslate(self) -> None:
        self.join_button.setText(self.tr("&Join"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        describe(self.join_button, self.tr("Join the session"), self.tr("Start the video call"))
        describe(self.dismiss_button, self.tr("Dismiss the reminder"))
        if self._reminder is not None:
            self.text.setText(reminder_text(self._reminder, self._zone))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
