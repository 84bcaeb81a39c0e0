"""A widget that paints the latest picture of one video stream, keeping its aspect.

Runs on the UI thread. Pictures arrive as ready `QImage`s (converted off the UI thread);
only the newest is kept, so a slow paint drops frames instead of queueing them. With no
picture (camera off, audio only, not connected yet) it shows a short text instead.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class VideoView(QWidget):
    resized = Signal(QSize)  # pictures are best converted at this size, off the UI thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._placeholder = ""
        self.frames_shown = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    @property
    def image(self) -> QImage | None:
        return self._image

    def show_image(self, image: QImage) -> None:
        self._image = image
        self.update()

    def clear(self, placeholder: str = "") -> None:
        """Drop the picture (camera off, audio only) and show `placeholder` instead."""
        self._image = None
        self._placeholder = placeholder
        self.update()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        if self._image is None:
            self.update()

    def image_rect(self) -> QRect:
        """Where the picture is painted: centred, scaled to fit, aspect kept."""
        if self._image is None:
            return QRect()
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x, y = (self.width() - size.width()) // 2, (self.height() - size.height()) // 2
        return QRect(x, y, size.width(), size.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit(event.size())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 20, 20))
        if self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(self.image_rect(), self._image)
            self.frames_shown += 1
        elif self._placeholder:
            painter.setPen(QColor(235, 235, 235))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(12, 12, -12, -12), flags, self._placeholder)
        painter.end()
