"""The camera preview shown before joining (and as the small self view during the call).

Runs on the UI thread. It shows the `QtCamera`'s pictures as they come, or, when the camera
cannot be used, the plain reason in place of the picture (so nobody joins wondering why
they are not seen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.calls.messages import media_message
from desktop.ui.calls.qt_media import QtCamera
from desktop.ui.calls.video_view import VideoView


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = VideoView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._camera: QtCamera | None = None
        self._off = False

    def attach(self, camera: QtCamera) -> None:
        self._camera = camera
        camera.picture.connect(self._picture)
        camera.problem_changed.connect(lambda _code: self.retranslate())
        self.retranslate()

    def set_camera_off(self, off: bool) -> None:
        self._off = off
        if off:
            self.view.clear()
        self.retranslate()

    def _picture(self, image: QImage) -> None:
        if not self._off:
            self.view.show_image(image)

    def retranslate(self) -> None:
        problem = self._camera.problem if self._camera is not None else ""
        if problem:
            self.view.clear(media_message(problem))
        elif self._off:
            self.view.set_placeholder(self.tr("Your camera is off."))
        else:
            self.view.set_placeholder(self.tr("Starting the camera…"))
        text = self.view._placeholder if self.view.image is None else self.tr("Your camera")
        self.setAccessibleName(self.tr("Camera preview"))
        self.setAccessibleDescription(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
