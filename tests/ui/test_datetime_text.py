"""Dates and times in the UI language (issue 11, defect 5): one formatter, 24-hour French, no ISO
dates in lists, no double period after "p.m.", a live switch reaches times already on screen,
Settings shows the language in use, and English plurals read "1 message found"."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.services.scheduling import Reminder, SessionInfo
from desktop.ui import datetime_text, i18n
from desktop.ui.scheduling.texts import reminder_text

TORONTO = ZoneInfo("America/Toronto")
SIX_PM = datetime(2026, 12, 5, 23, 0, tzinfo=UTC)  # Saturday 6:00 p.m. in Toronto


def plain(text: str) -> str:
    """Qt writes no-break spaces ("6:00\u202fp.m.", "18 h 00"); compare them as spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_english_and_french_forms(qapp):
    assert plain(datetime_text.clock(SIX_PM, TORONTO)) == "6:00 p.m."
    assert plain(datetime_text.day_and_clock(SIX_PM, TORONTO)) == (
        "Saturday, December 5, 2026, 6:00 p.m.")  # fmt: skip
    this_year = date(2026, 12, 1)
    assert plain(datetime_text.short(SIX_PM, TORONTO, today=this_year)) == "Dec 5, 6:00 p.m."
    assert plain(datetime_text.short(SIX_PM, TORONTO, today=date(2027, 1, 1))) == (
        "Dec 5, 2026, 6:00 p.m.")  # fmt: skip
    i18n.install_language(qapp, "fr")
    try:
        assert plain(datetime_text.clock(SIX_PM, TORONTO)) == "18 h 00"
        assert plain(datetime_text.day_and_clock(SIX_PM, TORONTO, year=False)) == (
            "samedi 5 décembre, 18 h 00")  # fmt: skip
        assert plain(datetime_text.short(SIX_PM, TORONTO, today=this_year)) == "5 déc., 18 h 00"
    finally:
        i18n.install_language(qapp, "en")


def test_a_sentence_ending_in_pm_has_one_period(qapp):
    assert plain(datetime_text.sentence("at 6:00 p.m.")) == "at 6:00 p.m."
    assert plain(datetime_text.sentence("at 18 h 00")) == "at 18 h 00."
    session = SessionInfo("m", "p", SIX_PM, 60, "video")
    text = reminder_text(Reminder(session=session, lead_minutes=1440, minutes_until=600), TORONTO)
    assert plain(text).endswith("6:00 p.m.") and ".." not in text


def test_english_plural_forms_are_built_from_the_source(qapp, tmp_path):
    ts = tmp_path / "jumelage_en.ts"
    shutil.copy(i18n.I18N_DIR / "jumelage_en.ts", ts)
    i18n._fill_identity(ts)
    qm = tmp_path / "jumelage_en.qm"
    subprocess.run([i18n._tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True)  # fmt: skip
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        found = QCoreApplication.translate("SearchPanel", "%n message(s) found", "", 1)
        assert found == "1 message found"
        assert QCoreApplication.translate("SearchPanel", "%n message(s) found", "", 3) == (
            "3 messages found")  # fmt: skip
    finally:
        qapp.removeTranslator(translator)
