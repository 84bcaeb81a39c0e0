"""Words and times of the scheduling screens: labels, error sentences, local date formatting.

Sessions are stored in UTC; here they become the person's local wall-clock time (the system
time zone, or one given by a test) formatted by `ui/datetime_text`. The scheduling service's
error codes become plain translated sentences here (context "Scheduling"). Runs on the UI thread.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, QTimeZone

from desktop.services.scheduling import Reminder, SessionInfo
from desktop.ui import datetime_text


def local_zone() -> tzinfo:
    """The system time zone as a zoneinfo zone (DST-aware), else the current fixed offset."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "ignore")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now(UTC).astimezone().tzinfo or UTC


def to_qdatetime(moment: datetime, zone: tzinfo) -> QDateTime:
    """The local wall-clock time of `moment` as a plain QDateTime (for editors and QLocale)."""
    local = moment.astimezone(zone)
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def from_qdatetime(value: QDateTime, zone: tzinfo) -> datetime:
    """An editor's wall-clock value as an aware datetime in `zone`."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone)


def kind_label(kind: str) -> str:
    return {
        "video": QCoreApplication.translate("Scheduling", "Video"),
        "in_person": QCoreApplication.translate("Scheduling", "In person"),
    }.get(kind, kind)


def outcome_label(session: SessionInfo) -> str:
    if session.outcome == "held":
        if session.actual_minutes:
            return QCoreApplication.translate("Scheduling", "Held (%1 min)").replace(
                "%1", str(session.actual_minutes)
            )
        return QCoreApplication.translate("Scheduling", "Held")
    if session.outcome == "missed":
        return QCoreApplication.translate("Scheduling", "Missed")
    if session.outcome == "cancelled":
        return QCoreApplication.translate("Scheduling", "Cancelled")
    return QCoreApplication.translate("Scheduling", "Outcome to record")


def recurrence_label(session: SessionInfo) -> str:
    if not session.recurrence:
        return ""
    return (
        QCoreApplication.translate("Scheduling", "every two weeks")
        if "INTERVAL=2" in session.recurrence
        else QCoreApplication.translate("Scheduling", "every week")
    )


def session_line(session: SessionInfo, zone: tzinfo, *, with_outcome: bool) -> str:
    """One row of the session list, read aloud as is by screen readers."""
    parts = [
        datetime_text.day_and_clock(session.starts_at, zone),
        QCoreApplication.translate("Scheduling", "%1 min").replace(
            "%1", str(session.duration_minutes)
        ),
        kind_label(session.kind),
    ]
    if (repeat := recurrence_label(session)) and not with_outcome:
        parts.append(repeat)
    if with_outcome:
        parts.append(outcome_label(session))
    return " · ".join(parts)


def reminder_text(reminder: Reminder, zone: tzinfo) -> str:
    minutes = reminder.minutes_until
    if minutes <= 0:
        return QCoreApplication.translate("Scheduling", "Your Jumelage session has started.")
    if minutes < 60:
        return QCoreApplication.translate(
            "Scheduling", "Your Jumelage session starts in %1 min."
        ).replace("%1", str(minutes))
    return datetime_text.sentence(QCoreApplication.translate(
        "Scheduling", "Reminder: Jumelage session on %1"
    ).replace("%1", datetime_text.day_and_clock(reminder.session.starts_at, zone)))  # fmt: skip


def export_note() -> str:
    return QCoreApplication.translate(
        "Scheduling",
        "The calendar file is not encrypted. It holds only the dates and times of the "
        "sessions, never names or messages.",
    )


def error_text(code: str | None) -> str:
    """The sentence for a scheduling error code (a general one for codes unknown here)."""
    messages = {
        "naive_time": QCoreApplication.translate("Scheduling", "Choose a date and a time."),
        "bad_duration": QCoreApplication.translate(
            "Scheduling", "A session lasts between 5 minutes and 8 hours."
        ),
        "bad_kind": QCoreApplication.translate(
            "Scheduling", "Choose a video session or an in-person session."
        ),
        "bad_recurrence": QCoreApplication.translate(
            "Scheduling", "Choose how often the session repeats."
        ),
        "count_or_until": QCoreApplication.translate(
            "Scheduling", "Say how many sessions the series has."
        ),
        "bad_count": QCoreApplication.translate(
            "Scheduling", "A series has between 1 and 52 sessions."
        ),
        "too_many": QCoreApplication.translate(
            "Scheduling", "A series has at most 52 sessions. Choose fewer."
        ),
        "in_the_past": QCoreApplication.translate(
            "Scheduling", "This time has already passed. Choose a later time."
        ),
        "no_such_pair": QCoreApplication.translate(
            "Scheduling", "This pair is not on this computer yet. Synchronise, then try again."
        ),
        "pair_closed": QCoreApplication.translate(
            "Scheduling", "This pair is closed: no new session can be planned."
        ),
        "no_such_session": QCoreApplication.translate(
            "Scheduling", "This session no longer exists. The list has been updated."
        ),
        "already_resolved": QCoreApplication.translate(
            "Scheduling", "This session already has an outcome and cannot be changed."
        ),
        "not_started": QCoreApplication.translate(
            "Scheduling", "This session has not started yet. You can cancel it instead."
        ),
        "bad_outcome": QCoreApplication.translate(
            "Scheduling", "Choose held, missed or cancelled."
        ),
        "bad_minutes": QCoreApplication.translate(
            "Scheduling", "Enter how many minutes the session lasted (1 to 1440)."
        ),
        "no_scope_key": QCoreApplication.translate(
            "Scheduling",
            "This computer cannot write to this pair yet. Synchronise, then try again.",
        ),
    }
    return messages.get(code or "") or QCoreApplication.translate(
        "Scheduling", "Something went wrong. Nothing was changed. Try again in a moment."
    )
