"""A weekly trend chart (lines over weeks) painted with QPainter, on screen and into PDFs.

Why not Qt Charts (PySide6.QtCharts) or Qt Graphs: both are GPL-3.0 or commercial only, not
LGPL like the Qt modules the app ships (installers/LICENSES.md keeps a way out of the GPL
open), and the frozen build ships only the Qt modules it lists (`QT_KEEP` in
installers/pyinstaller/jumelage.spec). A few lines over twelve weeks need none of their
machinery: `paint_trend` draws them with QtGui alone, the same code on screen and on a
report's PDF page, with the theme's colours and the application font (so 150 % text scales
the chart's text too). Each series also has a dashed or dotted pen, so lines differ without
colour, and the widget's accessible description reads the figures out as text.
Runs on the UI thread.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.accessibility import describe

_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
           Qt.PenStyle.DashDotLine)  # fmt: skip


@dataclass(frozen=True)
class Series:
    """One line: its label and one value per week (None: nothing that week)."""

    label: str
    values: Sequence[float | None]


def series_colours(palette: QPalette) -> list[QColor]:
    """Line colours from the theme: text, highlight, link and the focus accent all meet 3:1."""
    role = QPalette.ColorRole
    return [palette.color(role.Highlight), palette.color(role.Link), palette.color(role.Text),
            palette.color(role.Mid)]  # fmt: skip


def paint_trend(
    painter: QPainter, area: QRectF, title: str, labels: Sequence[str],
    series: Sequence[Series], palette: QPalette,
) -> None:  # fmt: skip
    """Draw `series` over the week `labels` in `area` (any paint device: a widget, a PDF)."""
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    text_pen = QPen(palette.color(QPalette.ColorRole.Text))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(text_pen)
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line),
                     Qt.AlignmentFlag.AlignLeft, title)  # fmt: skip
    values = [v for s in series for v in s.values if v is not None]
    top = float(math.ceil(max([2.0, *values])))
    top += top % 2  # even: the middle tick is a whole number too
    axis_width = metrics.horizontalAdvance(f"{top:.0f}") + line / 2
    right = metrics.horizontalAdvance(labels[-1]) / 2 + 2 if labels else line / 2
    widest = max((metrics.horizontalAdvance(one.label) for one in series), default=0.0)
    columns = 2 if area.width() > 2 * (widest + line * 4) else 1  # two legend columns if they fit
    legend_rows = math.ceil(len(series) / columns)
    plot = QRectF(area.left() + axis_width, area.top() + line * 1.5,
                  area.width() - axis_width - right,
                  area.height() - line * (3 + legend_rows))  # fmt: skip
    if plot.height() > line and labels:
        _axes(painter, plot, labels, top, palette, metrics)
        colours = series_colours(palette)
        step = plot.width() / max(1, len(labels) - 1)
        for i, one in enumerate(series):
            pen = QPen(colours[i % len(colours)], 2.0, _STYLES[i % len(_STYLES)])
            painter.setPen(pen)
            points = [QPointF(plot.left() + k * step, plot.bottom() - v / top * plot.height())
                      if v is not None else None for k, v in enumerate(one.values)]  # fmt: skip
            for a, b in zip(points, points[1:], strict=False):
                if a is not None and b is not None:
                    painter.drawLine(a, b)
            for p in points:
                if p is not None:
                    painter.drawEllipse(p, 2.5, 2.5)
            legend_y = plot.bottom() + line * (1.5 + i // columns)
            legend_x = plot.left() + (i % columns) * plot.width() / columns
            painter.drawLine(QPointF(legend_x, legend_y),
                             QPointF(legend_x + line * 2, legend_y))  # fmt: skip
            painter.setPen(text_pen)
            painter.drawText(QPointF(legend_x + line * 2.5, legend_y + metrics.ascent() / 2.5),
                             one.label)  # fmt: skip
    painter.restore()


def _axes(painter: QPainter, plot: QRectF, labels: Sequence[str], top: float,
          palette: QPalette, metrics: QFontMetricsF) -> None:  # fmt: skip
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Text)))
    for value in (0.0, top / 2, top):
        y = plot.bottom() - value / top * plot.height()
        text = f"{value:.0f}"
        painter.drawText(QPointF(plot.left() - metrics.horizontalAdvance(text) - 4,
                                 y + metrics.ascent() / 2.5), text)  # fmt: skip
    step = plot.width() / max(1, len(labels) - 1)
    label_room = metrics.horizontalAdvance("00 MMM ")  # labels that would overlap are skipped
    every = max(1, int(len(labels) * label_room // max(1.0, plot.width())) + 1)
    last = len(labels) - 1
    for k, label in enumerate(labels):
        if (last - k) % every == 0:  # evenly spaced, ending on the newest week
            x = plot.left() + k * step - metrics.horizontalAdvance(label) / 2
            painter.drawText(QPointF(x, plot.bottom() + metrics.height()), label)


def describe_trend(labels: Sequence[str], series: Sequence[Series]) -> str:
    """The chart as text, for screen readers: each series' values by week."""
    parts = []
    for one in series:
        values = ", ".join(f"{label} {'–' if v is None else f'{v:.1f}'.rstrip('0').rstrip('.')}"
                           for label, v in zip(labels, one.values, strict=False))  # fmt: skip
        parts.append(f"{one.label}: {values}")
    return ". ".join(parts)


class TrendChart(QWidget):
    """The chart widget: `show_trend(title, labels, series)`; focusable, described for readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._labels: list[str] = []
        self._series: list[Series] = []
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(420, 240)

    def show_trend(self, title: str, labels: Sequence[str], series: Sequence[Series]) -> None:
        self._title, self._labels, self._series = title, list(labels), list(series)
        describe(self, title, describe_trend(self._labels, self._series))
        self.update()

    def series(self) -> list[Series]:
        return list(self._series)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            paint_trend(painter, QRectF(self.rect()).adjusted(6, 6, -6, -6), self._title,
                        self._labels, self._series, self.palette())  # fmt: skip
        finally:
            painter.end()
