"""The program report as a document: the same HTML on screen (QTextBrowser) and in the PDF
(QPdfWriter printing a QTextDocument: Qt's own PDF writer, no browser), with the charts
painted by `trend_chart.paint_trend` as images inside it.

`ReportWords` words every stable key of `services.reports` (sections, columns, roles,
outcomes, flag kinds) in the UI language. Runs on the UI thread.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QMarginsF, QObject, QRectF, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from desktop.ui import datetime_text
from desktop.ui.trend_chart import Series, paint_trend

TREND_CHART = QUrl("chart://program-trend")
RISK_CHART = QUrl("chart://at-risk")
_VALUE_COLUMNS = {"role", "outcome", "kind"}  # cells holding a key to word, not a figure
_DATE_COLUMNS = {"matched", "week", "week_ending"}  # ISO dates, shown as the UI language does


class ReportWords(QObject):
    """Titles for the report's keys, in the UI language; an unknown key reads as itself."""

    def word(self, key: str) -> str:
        words = {
            "members": self.tr("Members"), "matches": self.tr("Matches"),
            "contact": self.tr("Contact by week"), "sessions": self.tr("Sessions"),
            "checkins": self.tr("Check-ins"), "flags": self.tr("Flags and reports"),
            "at_risk": self.tr("Pairs at risk over time"),
            "role": self.tr("Role"), "people": self.tr("People"),
            "in_active_pair": self.tr("In an active pair"), "mentor": self.tr("Mentor"),
            "mentee": self.tr("Mentee"), "staff": self.tr("Staff"),
            "matched": self.tr("Matched"), "days_since_contact": self.tr("Days since contact"),
            "mentor_per_week": self.tr("Mentor messages a week"),
            "mentee_per_week": self.tr("Mentee messages a week"),
            "median_reply_hours": self.tr("Median reply (hours)"),
            "sessions_held": self.tr("Sessions held"),
            "sessions_planned": self.tr("Sessions planned"),
            "call_minutes_this_month": self.tr("Call minutes this month"),
            "last_checkin": self.tr("Last check-in"), "open_flags": self.tr("Open flags"),
            "at_risk_reasons": self.tr("Why at risk"), "week": self.tr("Week of"),
            "mentor_messages": self.tr("Mentor messages"),
            "mentee_messages": self.tr("Mentee messages"),
            "pairs_in_touch": self.tr("Pairs in touch"), "outcome": self.tr("Outcome"),
            "minutes": self.tr("Minutes"), "held": self.tr("Held"), "missed": self.tr("Missed"),
            "cancelled": self.tr("Cancelled"), "planned": self.tr("Still to come"),
            "unreported": self.tr("Not reported yet"), "answers": self.tr("Answers"),
            "average_rating": self.tr("Average rating"), "lowest_rating": self.tr("Lowest rating"),
            "kind": self.tr("Kind"), "count": self.tr("Count"),
            "hours_to_decide": self.tr("Hours to decide"),
            "held_waiting": self.tr("Held messages waiting"),
            "held_approved": self.tr("Held messages approved"),
            "held_dismissed": self.tr("Held messages not approved"),
            "report:self_harm": self.tr("Report: self-harm"),
            "report:unsafe": self.tr("Report: feels unsafe"),
            "report:uncomfortable": self.tr("Report: uncomfortable"),
            "report:other": self.tr("Report: other"),
            "report:checkin_low_rating": self.tr("Check-in: very low rating"),
            "report:checkin_urgent_comment": self.tr("Check-in: urgent comment"),
            "week_ending": self.tr("Week ending"), "pairs_at_risk": self.tr("Pairs at risk"),
        }  # fmt: skip
        return words.get(key, key)

    def title(self, report: Any) -> str:
        if not report.program_name:  # a program whose name this PC has not received
            return self.tr("Program report")
        return self.tr("Program report: %1").replace("%1", report.program_name)

    def subtitle(self, report: Any) -> str:
        text = self.tr("As of %1, over the last %2 weeks. Figures computed on this computer.")
        return text.replace("%1", datetime_text.day(report.generated_at)).replace(
            "%2", str(report.weeks))  # fmt: skip

    def trend_title(self) -> str:
        return self.tr("Whole program, by week")

    def trend_series(self, report: Any) -> tuple[list[str], list[Series]]:
        points = report.trend
        labels = [datetime_text.week_label(p.week_start) for p in points]
        return labels, [
            Series(self.tr("Messages from mentors"), [p.mentor_messages for p in points]),
            Series(self.tr("Messages from mentees"), [p.mentee_messages for p in points]),
            Series(self.tr("Sessions held"), [p.sessions_held for p in points]),
        ]

    def risk_series(self, report: Any) -> tuple[list[str], list[Series]]:
        labels = [datetime_text.week_label(moment) for moment, _n in report.at_risk]
        return labels, [Series(self.tr("Pairs at risk"), [n for _m, n in report.at_risk])]


def _cell(value: object, column: str, words: ReportWords) -> str:
    if value is None:
        return "—"
    if column in _VALUE_COLUMNS and isinstance(value, str):
        return escape(words.word(value))
    if column in _DATE_COLUMNS and isinstance(value, str):
        noon = datetime.fromisoformat(value).replace(hour=12, tzinfo=UTC)  # the same day anywhere
        return escape(datetime_text.table_day(noon))
    if isinstance(value, float):
        return escape(QLocale().toString(value, "f", 1))
    return escape(str(value))


def report_html(report: Any, words: ReportWords, *, charts: bool = True) -> str:
    """The whole report as simple HTML (tables Qt's rich text renders on screen and on paper)."""
    parts = [f"<h1>{escape(words.title(report))}</h1><p>{escape(words.subtitle(report))}</p>"]
    if charts:
        parts.append(f'<table><tr><td><img src="{TREND_CHART.toString()}"></td>'
                     f'<td><img src="{RISK_CHART.toString()}"></td></tr></table>')  # fmt: skip
    for section in report.sections:
        columns = section.columns
        head = "".join(f"<th>{escape(words.word(c))}</th>" for c in columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{_cell(v, c, words)}</td>" for v, c in zip(row, columns,
                                                                              strict=True))
            + "</tr>" for row in section.rows)  # fmt: skip
        if not section.rows:
            body = f'<tr><td colspan="{len(columns)}">—</td></tr>'
        parts.append(f"<h2>{escape(words.word(section.key))}</h2>"
                     f'<table border="1" cellspacing="0" cellpadding="3"><tr>{head}</tr>{body}'
                     "</table>")  # fmt: skip
    return "".join(parts)


def chart_image(title: str, labels: list[str], series: list[Series], width: int = 460,
                height: int = 260, palette: QPalette | None = None) -> QImage:  # fmt: skip
    """A chart painted into an image (for the PDF and the on-screen document)."""
    palette = palette or QGuiApplication.palette()
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        painter.setFont(QGuiApplication.font())
        paint_trend(painter, QRectF(0, 0, width, height).adjusted(8, 8, -8, -8), title, labels,
                    series, palette)  # fmt: skip
    finally:
        painter.end()
    return image


def report_document(
    report: Any, words: ReportWords, palette: QPalette | None = None, points: float = 0
) -> QTextDocument:
    """The report as a QTextDocument, charts included as image resources; `points`: the text
    size (the application's when 0, as on screen)."""
    document = QTextDocument()
    font = QFont(QGuiApplication.font())
    if points:
        font.setPointSizeF(points)
    document.setDefaultFont(font)
    trend = chart_image(words.trend_title(), *words.trend_series(report), palette=palette)
    risk = chart_image(words.word("at_risk"), *words.risk_series(report), palette=palette)
    document.addResource(QTextDocument.ResourceType.ImageResource, TREND_CHART, trend)
    document.addResource(QTextDocument.ResourceType.ImageResource, RISK_CHART, risk)
    document.setHtml(report_html(report, words))
    return document


def write_pdf(report: Any, path: Path, words: ReportWords) -> None:
    """Print the report to a PDF file at `path` (A4, Qt's PDF writer), in light colours."""
    from desktop.ui.theme import LIGHT

    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout.Unit.Millimeter))  # fmt: skip
    writer.setTitle(words.title(report))
    writer.setCreator("Jumelage")
    report_document(report, words, LIGHT.palette(), points=8).print_(writer)  # fits A4
