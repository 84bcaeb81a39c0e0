"""The calls service's listener, turned into Qt signals for the call window.

`QtCallListener` methods run on the network loop thread (the calls service calls them there);
its signals are received on the UI thread (queued, since the object lives there). Remote
video is converted to a `QImage` on the network loop, sized to the view (`set_bound`), and
only the newest picture per person waits for the UI: a busy UI thread drops pictures instead
of building a backlog. Received audio is resampled there too and handed over as PCM bytes.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QSize, Signal

from desktop.services.calls import CallEndReport, CallListener
from desktop.ui.calls.frame_image import frame_to_qimage
from desktop.ui.calls.qt_media import PcmConverter


class CallSignals(QObject):
    state = Signal(str, str, str)  # person id, state, end reason ('' if none)
    video_ready = Signal(str)  # person id: take the picture with `QtCallListener.take_image`
    audio = Signal(str, bytes)  # person id, s16 mono 48 kHz
    stats = Signal(str, object)  # person id, CallStats
    presence = Signal(str, str, str, bool)  # person id, name, role, present
    media_error = Signal(str)
    mode = Signal(str, str, str, str)  # person id, mode, 'local'|'remote', reason
    remote_mute = Signal(str, bool, bool)
    ended = Signal(object)  # CallEndReport


class QtCallListener(CallListener):
    """Create on the UI thread; give it to `CallsService.join`."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.signals = CallSignals(parent)
        self._lock = threading.Lock()
        self._images: dict[str, Any] = {}
        self._bound: QSize | None = None
        self._converters: dict[str, PcmConverter] = {}
        self.frames_converted = 0

    def set_bound(self, size: QSize) -> None:
        """UI thread: the size pictures are scaled to (the remote view's size)."""
        with self._lock:
            self._bound = QSize(size)

    def take_image(self, person_id: str) -> Any:
        """UI thread: the newest picture of `person_id`, or None if already taken."""
        with self._lock:
            return self._images.pop(person_id, None)

    # network loop thread ---------------------------------------------------------------------

    def call_state(self, person_id: str, state: str, reason: str | None) -> None:
        self.signals.state.emit(person_id, state, reason or "")

    def remote_video(self, person_id: str, frame: Any) -> None:
        with self._lock:
            bound = self._bound
        image = frame_to_qimage(frame, bound)
        self.frames_converted += 1
        with self._lock:
            waiting = person_id in self._images
            self._images[person_id] = image
        if not waiting:
            self.signals.video_ready.emit(person_id)

    def remote_audio(self, person_id: str, frame: Any) -> None:
        converter = self._converters.get(person_id)
        if converter is None:
            converter = self._converters[person_id] = PcmConverter()
        self.signals.audio.emit(person_id, converter.convert(frame))

    def stats(self, person_id: str, stats: Any) -> None:
        self.signals.stats.emit(person_id, stats)

    def presence(self, person_id: str, name: str, role: str, present: bool) -> None:
        self.signals.presence.emit(person_id, name, role, present)

    def media_error(self, code: str) -> None:
        self.signals.media_error.emit(code)

    def mode(self, person_id: str, mode: str, by: str, reason: str) -> None:
        self.signals.mode.emit(person_id, mode, by, reason)

    def remote_mute(self, person_id: str, audio_muted: bool, video_off: bool) -> None:
        self.signals.remote_mute.emit(person_id, audio_muted, video_off)

    def session_ended(self, report: CallEndReport) -> None:
        self.signals.ended.emit(report)
