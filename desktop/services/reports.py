"""The program report: what funders and program leads ask for, as tables with stable keys.

MentorCity ships six pre-formatted reports (members, matches, and the activity of matches:
contact, meetings, surveys, flagged messages, as we read its administrators' guide); they are
the floor here, one section each, plus at-risk pairs over time:

- `members`: people by role, and how many are in an active pair;
- `matches`: every active pair's figures (the dashboard's rows);
- `contact`: messages per week by side, and how many pairs were in touch;
- `sessions`: sessions by outcome and their minutes, over the report's weeks;
- `checkins`: answers, mean and lowest rating, by role;
- `flags`: held messages (waiting, approved, dismissed, hours to decide) and urgent reports
  by reason;
- `at_risk`: how many pairs were at risk at the end of each recent week (the dashboard's
  rules, applied as of that day).

Every figure is computed in SQL. A section is plain data (`ReportSection`: its key, its column
keys, its rows), so the screen, the CSV and the PDF show the same numbers; the UI words the keys
in the person's language. `to_csv` writes the CSV text; the PDF is drawn by the UI (Qt's PDF
writer). Exporting is recorded as a `report_exported` audit event (`record_export`), after the
UI has warned that the file leaves the encrypted store. No Qt; call it off the UI thread.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text

from desktop.services.audit import record_audit
from desktop.services.dashboard import PairHealth, WeekPoint, pair_health, sql_time, weekly_trend
from jumelage_protocol import Scope

REPORT_WEEKS = 12  # the weeks the report's trends and totals cover
AT_RISK_WEEKS = 8  # the at-risk history: the dashboard as of the end of each of these weeks
Cell = str | int | float | None


@dataclass(frozen=True, slots=True)
class ReportSection:
    """One table of the report: `columns` and each row's values are stable keys and data."""

    key: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True, slots=True)
class ProgramReport:
    program_id: str
    program_name: str
    generated_at: datetime
    weeks: int
    sections: tuple[ReportSection, ...]
    trend: tuple[WeekPoint, ...]  # the program's weekly trend (for the charts)
    at_risk: tuple[tuple[datetime, int], ...]  # end of week, pairs at risk then

    def section(self, key: str) -> ReportSection:
        return next(s for s in self.sections if s.key == key)


_PROGRAM = """
SELECT COALESCE(
    (SELECT program_id FROM people WHERE id = :me),
    (SELECT program_id FROM pairs ORDER BY program_id LIMIT 1), '')
"""

_MEMBERS = """
SELECT x.role, COUNT(*),
       SUM(EXISTS (SELECT 1 FROM pairs p WHERE p.status = 'active'
                   AND x.id IN (p.mentor_id, p.mentee_id)))
FROM people x
WHERE x.program_id = :program OR EXISTS (SELECT 1 FROM pairs p WHERE p.program_id = :program
                                         AND x.id IN (p.mentor_id, p.mentee_id))
GROUP BY x.role ORDER BY x.role
"""

_CONTACT = """
SELECT CAST((julianday(m.created_at) - julianday(:start)) / 7 AS INTEGER) AS week,
       COUNT(DISTINCT m.pair_id)
FROM pairs p JOIN messages m ON m.pair_id = p.id
WHERE p.program_id = :program AND m.deleted = 0 AND m.created_at >= :start
  AND m.created_at < :end AND m.author_id IN (p.mentor_id, p.mentee_id)
GROUP BY week
"""

_SESSIONS = """
SELECT COALESCE(x.outcome, CASE WHEN x.starts_at > :end THEN 'planned' ELSE 'unreported' END),
       COUNT(*), SUM(COALESCE(x.actual_minutes, 0))
FROM meetings x JOIN pairs p ON p.id = x.pair_id
WHERE p.program_id = :program AND x.starts_at >= :start
GROUP BY 1 ORDER BY 1
"""

_CHECKINS = """
SELECT CASE WHEN c.person_id = p.mentor_id THEN 'mentor' ELSE 'mentee' END,
       COUNT(*), AVG(c.rating), MIN(c.rating)
FROM checkins c JOIN pairs p ON p.id = c.pair_id
WHERE p.program_id = :program AND c.person_id IN (p.mentor_id, p.mentee_id)
  AND c.answered_at >= :start AND c.answered_at < :end
GROUP BY 1 ORDER BY 1
"""

_FLAGS = """
SELECT 'held_waiting', COUNT(*), NULL FROM messages m JOIN pairs p ON p.id = m.pair_id
WHERE p.program_id = :program AND m.state = 'held' AND m.author_id IN (p.mentor_id, p.mentee_id)
UNION ALL
SELECT CASE a.action WHEN 'message_approved' THEN 'held_approved' ELSE 'held_dismissed' END,
       COUNT(*), AVG((julianday(a.at) - julianday(m.created_at)) * 24)
FROM audit_events a JOIN pairs p ON a.subject_scope = 'pair:' || p.id
LEFT JOIN messages m ON m.id = json_extract(a.detail, '$.message_id')
WHERE p.program_id = :program AND a.action IN ('message_approved', 'message_dismissed')
  AND a.at >= :start
GROUP BY 1
UNION ALL
SELECT 'report:' || COALESCE(NULLIF(json_extract(a.detail, '$.reason'), ''), 'other'),
       COUNT(*), NULL
FROM audit_events a JOIN pairs p ON a.subject_scope = 'pair:' || p.id
WHERE p.program_id = :program AND a.action = 'report' AND a.at >= :start
GROUP BY 1
"""


def _program_of(profile: Any, program_id: str | None) -> tuple[str, str]:
    with profile.sessionmaker() as s:
        pid = program_id or s.scalar(text(_PROGRAM), {"me": profile.person_id}) or ""
        name = s.scalar(text("SELECT name FROM programs WHERE id = :p"), {"p": pid})
    return pid, name or ""


def _matches(rows: Sequence[PairHealth]) -> ReportSection:
    columns = ("mentor", "mentee", "matched", "days_since_contact", "mentor_per_week",
               "mentee_per_week", "median_reply_hours", "sessions_held", "sessions_planned",
               "call_minutes_this_month", "last_checkin", "open_flags",
               "at_risk_reasons")  # fmt: skip
    return ReportSection("matches", columns, tuple(
        (r.mentor_name, r.mentee_name, r.matched_at.date().isoformat(),
         None if r.days_since_contact is None else round(r.days_since_contact, 1),
         round(r.mentor_per_week, 2), round(r.mentee_per_week, 2),
         None if r.median_reply_hours is None else round(r.median_reply_hours, 1),
         r.sessions_held, r.sessions_planned, r.call_minutes_this_month,
         r.last_checkin_rating, r.open_flags, "; ".join(n.text for n in r.risks))
        for r in rows))  # fmt: skip


def _at_risk_history(
    profile: Any, program_id: str, now: datetime, lang: str
) -> tuple[tuple[datetime, int], ...]:
    """Pairs at risk as of the end of each of the last `AT_RISK_WEEKS` weeks (today last)."""
    points = []
    for back in range(AT_RISK_WEEKS - 1, -1, -1):
        moment = now - timedelta(weeks=back)
        rows = pair_health(profile, now=moment, lang=lang, program_id=program_id)
        points.append((moment, sum(1 for r in rows if r.risks)))
    return tuple(points)


def build_report(
    profile: Any, *, program_id: str | None = None, now: datetime | None = None,
    lang: str = "en",
) -> ProgramReport:  # fmt: skip
    """The report of `program_id` (the staff member's program by default) as of `now`."""
    now = now or datetime.now(UTC)
    pid, name = _program_of(profile, program_id)
    start = now - timedelta(weeks=REPORT_WEEKS)
    params = {"program": pid, "start": sql_time(start), "end": sql_time(now)}
    rows = pair_health(profile, now=now, lang=lang, program_id=pid)
    trend = weekly_trend(profile, weeks=REPORT_WEEKS, now=now)
    with profile.sessionmaker() as s:
        members = [tuple(r) for r in s.execute(text(_MEMBERS), params)]
        in_touch = dict(s.execute(text(_CONTACT), params).all())
        sessions = [tuple(r) for r in s.execute(text(_SESSIONS), params)]
        checkins = [(role, n, round(avg, 2), low)
                    for role, n, avg, low in s.execute(text(_CHECKINS), params)]  # fmt: skip
        flags = [(what, n, None if hours is None else round(hours, 1))
                 for what, n, hours in s.execute(text(_FLAGS), params) if n]  # fmt: skip
    contact = tuple(
        (p.week_start.date().isoformat(), p.mentor_messages, p.mentee_messages,
         in_touch.get(i, 0))
        for i, p in enumerate(trend)
    )  # fmt: skip
    at_risk = _at_risk_history(profile, pid, now, lang)
    sections = (
        ReportSection("members", ("role", "people", "in_active_pair"), tuple(members)),
        _matches(rows),
        ReportSection(
            "contact", ("week", "mentor_messages", "mentee_messages", "pairs_in_touch"), contact
        ),  # fmt: skip
        ReportSection("sessions", ("outcome", "sessions", "minutes"), tuple(sessions)),
        ReportSection(
            "checkins", ("role", "answers", "average_rating", "lowest_rating"), tuple(checkins)
        ),  # fmt: skip
        ReportSection("flags", ("kind", "count", "hours_to_decide"), tuple(flags)),
        ReportSection(
            "at_risk",
            ("week_ending", "pairs_at_risk"),
            tuple((m.date().isoformat(), n) for m, n in at_risk),
        ),  # fmt: skip
    )
    return ProgramReport(pid, name, now, REPORT_WEEKS, sections, tuple(trend), at_risk)


def to_csv(report: ProgramReport, title_of: Callable[[str], str]) -> str:
    """Every section as CSV, one after the other: its title, its column titles, its rows.
    `title_of(key)` words a section or column key in the reader's language."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([report.program_name, report.generated_at.isoformat(timespec="minutes")])
    for section in report.sections:
        writer.writerow([])
        writer.writerow([title_of(section.key)])
        writer.writerow([title_of(c) for c in section.columns])
        writer.writerows(["" if v is None else v for v in row] for row in section.rows)
    return out.getvalue()


def record_export(profile: Any, report: ProgramReport, fmt: str) -> str:
    """The audit event of an export (after the warning was accepted and the file written)."""
    return record_audit(profile, program_id=report.program_id, action="report_exported",
                        subject=Scope.program(report.program_id),
                        detail={"format": fmt, "pairs": len(report.section("matches").rows),
                                "weeks": report.weeks})  # fmt: skip
