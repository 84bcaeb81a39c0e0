"""The connection-quality indicator: three bars and a word, from the call's statistics.

Runs on the UI thread. `desktop.video.stats` already grades each second as good, fair, poor
or unknown (loss and round-trip thresholds); this widget shows the grade with bars *and*
words (colour is never the only cue) and gives the same words to screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

BARS = {"good": 3, "fair": 2, "poor": 1, "unknown": 0}
COLOURS = {"good": "#1b7f3b", "fair": "#9a6a00", "poor": "#b3261e", "unknown": "#6b6b6b"}


class _Bars(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.quality = "unknown"
        self.setFixedSize(QSize(22, 18))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        lit = BARS.get(self.quality, 0)
        for i in range(3):
            height = 6 + i * 6
            colour = QColor(COLOURS[self.quality]) if i < lit else QColor("#c8c8c8")
            painter.fillRect(QRect(i * 8, self.height() - height, 6, height), colour)
        painter.end()


class QualityIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars = _Bars(self)
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bars)
        layout.addWidget(self.label)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so it can be read out
        self.set_quality("unknown")

    @property
    def quality(self) -> str:
        return self.bars.quality

    def set_quality(self, quality: str) -> None:
        self.bars.quality = quality if quality in BARS else "unknown"
        self.bars.update()
        self.retranslate()

    def retranslate(self) -> None:
        words = {
            "good": self.tr("Connection: good"),
            "fair": self.tr("Connection: fair"),
            "poor": self.tr("Connection: poor"),
            "unknown": self.tr("Connection: measuring…"),
        }
        text = words[self.bars.quality]
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
