"""Camera, microphone and speaker pickers, kept in step with what is plugged in.

Runs on the UI thread. Lists come from `QMediaDevices` and refresh on hot-plug; an empty list
shows one disabled "none found" entry rather than an empty box. Choosing emits the device
(a `QCameraDevice` or `QAudioDevice`); the call window reopens that device.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop.ui.accessibility import describe


class DevicePickers(QWidget):
    camera_chosen = Signal(object)
    microphone_chosen = Signal(object)
    speaker_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.camera = QComboBox(self)
        self.microphone = QComboBox(self)
        self.speaker = QComboBox(self)
        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self)
        combos = (self.camera, self.microphone, self.speaker)
        for label, combo in zip(self._labels, combos, strict=True):
            label.setBuddy(combo)
            form.addRow(label, combo)
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self.refresh)
        self._devices.audioInputsChanged.connect(self.refresh)
        self._devices.audioOutputsChanged.connect(self.refresh)
        self.camera.activated.connect(lambda i: self._chosen(self.camera, self.camera_chosen))
        self.microphone.activated.connect(
            lambda i: self._chosen(self.microphone, self.microphone_chosen)
        )
        self.speaker.activated.connect(lambda i: self._chosen(self.speaker, self.speaker_chosen))
        self.retranslate()

    def refresh(self) -> None:
        self._fill(self.camera, QMediaDevices.videoInputs(), self.tr("No camera found"))
        self._fill(self.microphone, QMediaDevices.audioInputs(), self.tr("No microphone found"))
        self._fill(self.speaker, QMediaDevices.audioOutputs(), self.tr("No speaker found"))

    def current(self, combo: QComboBox) -> Any:
        return combo.currentData()

    def _fill(self, combo: QComboBox, devices: list[Any], none_text: str) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for device in devices:
            combo.addItem(device.description(), device)
            if chosen is not None and device.id() == chosen.id():
                combo.setCurrentIndex(combo.count() - 1)
        if not devices:
            combo.addItem(none_text, None)
        combo.setEnabled(bool(devices))
        combo.blockSignals(False)

    def _chosen(self, combo: QComboBox, signal: Any) -> None:
        device = combo.currentData()
        if device is not None:
            signal.emit(device)

    def retranslate(self) -> None:
        texts = (self.tr("&Camera"), self.tr("M&icrophone"), self.tr("&Speaker"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        describe(self.camera, self.tr("Camera"), self.tr("The camera used for this call"))
        describe(self.microphone, self.tr("Microphone"), self.tr("The microphone used"))
        describe(self.speaker, self.tr("Speaker"), self.tr("Where the call's sound plays"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
