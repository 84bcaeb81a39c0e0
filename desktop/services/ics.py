"""Calendar files (RFC 5545 iCalendar) for planned sessions, written without a library.

An .ics file leaves the encrypted store, so it carries no personal data: the summary is only
"Jumelage session" / "Rencontre Jumelage" (never a name, never the pair), the UID is the
meeting's random id. Each meeting is its own VEVENT with DTSTART/DTEND in UTC (no RRULE):
occurrences of a series can be moved, cancelled or held one by one, and UTC instants need
no VTIMEZONE while the weekly wall-clock time is already kept by the stored instants.
Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
Pure functions, no Qt; callable on any thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Protocol

LINE_OCTETS = 75
UID_DOMAIN = "jumelage.invalid"  # RFC 2606 name: UIDs need a right-hand side, not a real host
_TEXTS = {
    "en": {
        "summary": "Jumelage session",
        "video": "Video session: open Jumelage to join.",
        "in_person": "In-person session.",
        "language": "en-CA",
    },
    "fr": {
        "summary": "Rencontre Jumelage",
        "video": "Rencontre vidéo : ouvrez Jumelage pour vous joindre.",
        "in_person": "Rencontre en personne.",
        "language": "fr-CA",
    },
}


class CalendarSession(Protocol):
    """What an event needs (`SessionInfo` has it)."""

    @property
    def meeting_id(self) -> str: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def duration_minutes(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def outcome(self) -> str | None: ...


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold_line(line: str) -> bytes:
    """One content line as UTF-8, folded so no physical line exceeds 75 octets (§3.1)."""
    data = line.encode("utf-8")
    chunks: list[bytes] = []
    limit = LINE_OCTETS
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # never inside a multi-byte character
            cut -= 1
        chunks.append(data[:cut])
        data = data[cut:]
        limit = LINE_OCTETS - 1  # continuation lines start with one space
    chunks.append(data)
    return b"\r\n ".join(chunks) + b"\r\n"


def utc_stamp(moment: datetime) -> str:
    """DATE-TIME in UTC form, e.g. 20251104T230000Z (naive input is refused)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("calendar times must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(session: CalendarSession, texts: dict[str, str], stamp: str) -> list[str]:
    end = session.starts_at + timedelta(minutes=session.duration_minutes)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{session.meeting_id}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{utc_stamp(session.starts_at)}",
        f"DTEND:{utc_stamp(end)}",
        f"SUMMARY;LANGUAGE={texts['language']}:{escape_text(texts['summary'])}",
        f"DESCRIPTION;LANGUAGE={texts['language']}:{escape_text(texts[session.kind])}",
        "STATUS:" + ("CANCELLED" if session.outcome == "cancelled" else "CONFIRMED"),
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return lines


def export_ics(
    sessions: Iterable[CalendarSession], *, lang: str, now: datetime | None = None
) -> bytes:
    """A VCALENDAR with one VEVENT per session, in `lang` ('fr' or 'en'), as UTF-8 bytes."""
    if lang not in _TEXTS:
        raise ValueError(f"unsupported language: {lang!r}")
    texts = _TEXTS[lang]
    stamp = utc_stamp(now or datetime.now(UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Jumelage//Jumelage//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for session in sessions:
        lines.extend(_event(session, texts, stamp))
    lines.append("END:VCALENDAR")
    return b"".join(fold_line(line) for line in lines)
