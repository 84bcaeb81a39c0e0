"""Scheduling screens: a pair's session list, the plan and outcome dialogs, in-app reminders."""

from desktop.ui.scheduling.outcome_dialog import OutcomeDialog
from desktop.ui.scheduling.reminders import ReminderBanner, ReminderNotifier
from desktop.ui.scheduling.schedule_dialog import PlanRequest, ScheduleDialog
from desktop.ui.scheduling.session_list import SessionListWidget

__all__ = [
    "OutcomeDialog",
    "PlanRequest",
    "ReminderBanner",
    "ReminderNotifier",
    "ScheduleDialog",
    "SessionListWidget",
]
