"""Calendar export: RFC 5545 output read back by a small strict parser written here.

The parser refuses bare LF, physical lines over 75 octets, lines that are not valid UTF-8 on
their own (a fold inside a character) and unbalanced BEGIN/END, so any of those fails a test.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.services import scheduling as sch
from desktop.services.ics import escape_text, export_ics, fold_line
from desktop.services.scheduling import SessionInfo
from tests.services.conftest import PAIR_ID, PEOPLE, PROGRAM_ID
from tests.services.test_scheduling import mentor  # noqa: F401 - the one-profile fixture

STAMP = datetime(2025, 10, 20, 12, 0, tzinfo=UTC)
UTC_FORM = re.compile(r"^\d{8}T\d{6}Z$")


def parse(data: bytes) -> list[dict[str, list[tuple[str, str]]]]:
    """Strictly parse an iCalendar stream into its VEVENTs: {name: [(params, value)]}."""
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    for line in physical:
        assert b"\n" not in line and b"\r" not in line, "bare line break"
        assert len(line) <= 75, f"line of {len(line)} octets"
        line.decode("utf-8")  # raises if a fold split a character
    logical: list[str] = []
    for line in physical:
        text = line.decode("utf-8")
        if text.startswith((" ", "\t")):
            assert logical, "continuation before any line"
            logical[-1] += text[1:]
        else:
            logical.append(text)
    assert logical[0] == "BEGIN:VCALENDAR" and logical[-1] == "END:VCALENDAR"
    events, stack, current = [], [], None
    for text in logical:
        name_part, sep, value = text.partition(":")
        assert sep, f"no value in {text!r}"
        name, _, params = name_part.partition(";")
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                current = {}
        elif name == "END":
            assert stack.pop() == value
            if value == "VEVENT":
                events.append(current)
                current = None
        elif current is not None:
            current.setdefault(name, []).append((params, value))
    assert not stack
    return events


def one(event: dict, name: str) -> str:
    (item,) = event[name]
    return item[1]


def session(i: int, **kw) -> SessionInfo:
    start = datetime(2025, 11, 4, 23, 0, tzinfo=UTC) + timedelta(weeks=i)
    return SessionInfo(kw.pop("meeting_id", f"series.{i:02d}"), PAIR_ID, start, 60, "video", **kw)


def test_each_session_is_a_utc_vevent_with_uid_dtstamp_and_a_neutral_summary():
    sessions = [session(0), session(1, outcome="cancelled")]
    data = export_ics(sessions, lang="en", now=STAMP)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    events = parse(data)
    assert len(events) == 2
    for event, source in zip(events, sessions, strict=True):
        assert one(event, "UID") == f"{source.meeting_id}@jumelage.invalid"
        assert one(event, "DTSTAMP") == "20251020T120000Z"
        for name in ("DTSTART", "DTEND"):
            assert UTC_FORM.match(one(event, name)) and event[name][0][0] == ""
        assert one(event, "SUMMARY") == "Jumelage session"
        assert event["SUMMARY"][0][0] == "LANGUAGE=en-CA"
        assert "RRULE" not in event
    assert one(events[0], "DTSTART") == "20251104T230000Z"
    assert one(events[0], "DTEND") == "20251105T000000Z"
    assert [one(e, "STATUS") for e in events] == ["CONFIRMED", "CANCELLED"]


def test_french_export_folds_long_accented_lines_without_splitting_characters():
    data = export_ics([session(0)], lang="fr", now=STAMP)
    (event,) = parse(data)
    assert one(event, "SUMMARY") == "Rencontre Jumelage"
    assert one(event, "DESCRIPTION") == "Rencontre vidéo : ouvrez Jumelage pour vous joindre."
    assert b"\r\n " in data  # the description line needed folding

    folded = fold_line("DESCRIPTION:" + "é" * 100)
    lines = folded[:-2].split(b"\r\n")
    assert len(lines) > 2 and all(len(line) <= 75 for line in lines)
    unfolded = b"".join(line[1:] if i else line for i, line in enumerate(lines))
    assert unfolded.decode("utf-8") == "DESCRIPTION:" + "é" * 100


def test_text_values_are_escaped():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_an_export_from_a_real_profile_names_nobody(mentor):  # noqa: F811
    toronto = datetime(2025, 10, 21, 18, 0, tzinfo=ZoneInfo("America/Toronto"))
    made = sch.plan_session(
        mentor, pair_id=PAIR_ID, starts_at=toronto, duration_minutes=45, kind="in_person",
        recurrence="weekly", count=3, now=STAMP,
    )  # fmt: skip
    data = sch.export_ics(sch.upcoming(mentor, now=STAMP), lang="fr", now=STAMP)
    events = parse(data)
    assert [one(e, "DTSTART") for e in events] == [
        "20251021T220000Z", "20251028T220000Z", "20251104T230000Z",
    ]  # fmt: skip
    assert {one(e, "UID") for e in events} == {f"{m.meeting_id}@jumelage.invalid" for m in made}
    text = data.decode("utf-8")
    for _pid, name in PEOPLE.values():
        assert name not in text
    assert PAIR_ID not in text and PROGRAM_ID not in text


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        export_ics([session(0)], lang="de", now=STAMP)
    naive = SessionInfo("x", PAIR_ID, datetime(2025, 11, 4, 23, 0), 60, "video")
    with pytest.raises(ValueError):
        export_ics([naive], lang="en", now=STAMP)
