"""Every date and time a screen shows, in the UI language: the one formatter of the app.

Reads the default QLocale at each call (never a cached one), which `i18n.install_language` sets
to fr_CA or en_CA *before* screens retranslate, so a live switch changes every time on screen.
French is 24-hour ("18 h 00"), English Canadian 12-hour ("6:00 p.m."); list rows say the day in
words ("5 déc., 18 h 00" / "Dec 5, 6:00 p.m."), never an ISO date. `sentence()` ends a text with
one period even when it ends with "p.m.". Moments are aware datetimes shown in `zone` (the
system's by default). Runs on the UI thread.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QDate, QLocale, QTime


def _french(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.French


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def clock(moment: datetime, zone: tzinfo | None = None) -> str:
    """'18 h 00' / '6:00 p.m.'"""
    local = _local(moment, zone)
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def day(when: datetime | date, zone: tzinfo | None = None, *, year: bool = True) -> str:
    """'samedi 5 décembre 2026' / 'Saturday, December 5, 2026' (without the year on request)."""
    the_day = _local(when, zone).date() if isinstance(when, datetime) else when
    locale = QLocale()
    if year:
        return locale.toString(_qdate(the_day), QLocale.FormatType.LongFormat)
    pattern = "dddd d MMMM" if _french(locale) else "dddd, MMMM d"
    return locale.toString(_qdate(the_day), pattern)


def day_and_clock(moment: datetime, zone: tzinfo | None = None, *, year: bool = True) -> str:
    """'samedi 5 décembre 2026, 18 h 00' / 'Saturday, December 5, 2026, 6:00 p.m.'"""
    return f"{day(moment, zone, year=year)}, {clock(moment, zone)}"


def short(moment: datetime, zone: tzinfo | None = None, *, today: date | None = None) -> str:
    """For list rows: '5 déc., 18 h 00' / 'Dec 5, 6:00 p.m.'; the year only if not this one."""
    local = _local(moment, zone)
    locale = QLocale()
    this_year = (today or datetime.now(local.tzinfo).date()).year == local.year
    if _french(locale):
        pattern = "d MMM" if this_year else "d MMM yyyy"
    else:
        pattern = "MMM d" if this_year else "MMM d, yyyy"
    return f"{locale.toString(_qdate(local.date()), pattern)}, {clock(moment, zone)}"


def sentence(text: str) -> str:
    """`text` ending with exactly one period ('… 6:00 p.m.' stays as it is)."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def table_day(moment: datetime, zone: tzinfo | None = None) -> str:
    """A day in a table cell, short and with its year: '5 déc. 2026' / 'Dec 5, 2026'."""
    locale = QLocale()
    pattern = "d MMM yyyy" if _french(locale) else "MMM d, yyyy"
    return locale.toString(_qdate(_local(moment, zone).date()), pattern)


def week_label(moment: datetime, zone: tzinfo | None = None) -> str:
    """A week on a chart's axis, by its first day: '5 déc.' / 'Dec 5'."""
    locale = QLocale()
    pattern = "d MMM" if _french(locale) else "MMM d"
    return locale.toString(_qdate(_local(moment, zone).date()), pattern)
