"""Qt Multimedia adapters: the camera and microphone feeding aiortc, and speaker playback.

Why Qt Multimedia (QCamera + QMediaCaptureSession + QVideoSink, QAudioSource, QAudioSink)
rather than aiortc's FFmpeg `MediaPlayer`: Qt already picks devices, asks for permission
(macOS), follows hot-plug and speaks Media Foundation / AVFoundation / GStreamer-FFmpeg on
every OS, and it reports a missing, refused or busy device as a state we can put into words.
aiortc cannot play audio at all, so the speaker side needs Qt (QAudioSink) anyway.

Threads: the Qt objects live on the UI thread and deliver pictures and sound there; they hand
frames to `QueuedVideoTrack` / `QueuedAudioTrack` with `call_soon_threadsafe`, and aiortc pulls
those tracks on the network loop. Factories (`camera.track_factory`) are called on the network
loop when a call starts and only read state set earlier on the UI thread. Received audio is
resampled on the network loop (`PcmConverter`) and written to the sink on the UI thread.
Nothing is ever written to disk.
"""

from __future__ import annotations

import asyncio
import collections
import fractions
import logging
import threading
import time
from typing import Any

import av
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from PySide6.QtCore import QByteArray, QCoreApplication, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QAudio,
    QAudioDevice,
    QAudioFormat,
    QAudioSink,
    QAudioSource,
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)

from desktop.services.calls import (
    CAMERA_BUSY,
    CAMERA_MISSING,
    CAMERA_REFUSED,
    MICROPHONE_BUSY,
    MICROPHONE_MISSING,
    MICROPHONE_REFUSED,
    MediaUnavailable,
)
from desktop.ui.calls.frame_image import qimage_to_frame

log = logging.getLogger(__name__)
RATE, SAMPLES = 48_000, 960  # 20 ms mono frames, what Opus wants
VIDEO_CLOCK = 90_000
SPEAKER_MISSING = "speaker_missing"


def _permission(kind: str) -> bool:
    """False only when the OS says the person refused (macOS; Linux and Windows grant)."""
    app = QCoreApplication.instance()
    try:
        from PySide6.QtCore import QCameraPermission, QMicrophonePermission

        perm = QCameraPermission() if kind == "camera" else QMicrophonePermission()
        return app is None or app.checkPermission(perm) != Qt.PermissionStatus.Denied
    except (ImportError, AttributeError):
        return True


def pcm_format() -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


# --- tracks fed from the UI thread ----------------------------------------------------------


class _Fed(MediaStreamTrack):
    """A track whose frames are pushed from another thread and pulled on the network loop."""

    def __init__(self, keep: int) -> None:
        super().__init__()
        self._frames: collections.deque[Any] = collections.deque(maxlen=keep)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._lock = threading.Lock()

    def push(self, frame: Any) -> None:
        """Any thread. Older frames are dropped when the puller falls behind."""
        with self._lock:
            self._frames.append(frame)
            loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._signal)

    def _signal(self) -> None:
        if self._wake is not None:
            self._wake.set()

    async def _next(self) -> Any:
        if self._wake is None:
            self._wake = asyncio.Event()
            with self._lock:
                self._loop = asyncio.get_running_loop()
        while True:
            if self.readyState != "live":
                raise MediaStreamError
            with self._lock:
                if self._frames:
                    return self._frames.popleft()
                self._wake.clear()
            await self._wake.wait()

    def stop(self) -> None:
        super().stop()
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._signal)


class QueuedVideoTrack(_Fed):
    """Camera pictures for aiortc; only the latest picture waits (a camera never queues)."""

    kind = "video"

    def __init__(self) -> None:
        super().__init__(keep=1)
        self._start: float | None = None

    async def recv(self) -> av.VideoFrame:
        frame = await self._next()
        now = time.monotonic()
        if self._start is None:
            self._start = now
        frame.pts = int((now - self._start) * VIDEO_CLOCK)
        frame.time_base = fractions.Fraction(1, VIDEO_CLOCK)
        return frame


class QueuedAudioTrack(_Fed):
    """Microphone sound for aiortc: 20 ms frames, up to one second kept if the loop is late."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__(keep=50)
        self._count = 0

    async def recv(self) -> av.AudioFrame:
        frame = await self._next()
        frame.pts = self._count * SAMPLES
        frame.time_base = fractions.Fraction(1, RATE)
        self._count += 1
        return frame


def pcm_to_frame(pcm: bytes) -> av.AudioFrame:
    frame = av.AudioFrame(format="s16", layout="mono", samples=len(pcm) // 2)
    frame.planes[0].update(pcm)
    frame.sample_rate = RATE
    return frame


class _Feeds:
    """The live tracks one device feeds (one per call: staff make a mesh of several)."""

    def __init__(self) -> None:
        self._tracks: list[_Fed] = []
        self._lock = threading.Lock()

    def add(self, track: _Fed) -> _Fed:
        with self._lock:
            self._tracks.append(track)
        return track

    def push(self, frame_for_each: Any) -> int:
        with self._lock:
            self._tracks = [t for t in self._tracks if t.readyState == "live"]
            tracks = list(self._tracks)
        for track in tracks:
            track.push(frame_for_each())
        return len(tracks)


# --- camera ---------------------------------------------------------------------------------


def _best_format(device: QCameraDevice) -> Any:
    """640x480 or the smallest size above it, at 30 fps if offered: what a call sends."""
    formats = [f for f in device.videoFormats() if f.maxFrameRate() >= 24]
    if not formats:
        return None

    def cost(f: Any) -> tuple[int, int]:
        r = f.resolution()
        too_small = r.width() < 640 or r.height() < 480
        return (1 if too_small else 0, abs(r.width() * r.height() - 640 * 480))

    return min(formats, key=cost)


class QtCamera(QObject):
    """One camera: preview pictures for the UI and a track factory for calls.

    `problem` is '' or a `desktop.services.calls` device code; `problem_changed` tells the UI.
    """

    picture = Signal(QImage)
    problem_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem = ""
        self._camera: QCamera | None = None
        self._session = QMediaCaptureSession(self)
        self.sink = QVideoSink(self)  # the camera renders here; tests may feed it directly
        self.sink.videoFrameChanged.connect(self._frame)
        self._session.setVideoSink(self.sink)
        self._feeds = _Feeds()
        self._enabled = True

    @staticmethod
    def devices() -> list[QCameraDevice]:
        return list(QMediaDevices.videoInputs())

    def open(self, device: QCameraDevice | None = None) -> str:
        """Start `device` (the default one if None); returns '' or the problem's code."""
        self.close()
        if not _permission("camera"):
            return self._set_problem(CAMERA_REFUSED)
        if device is None or device.isNull():
            device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            return self._set_problem(CAMERA_MISSING)
        camera = QCamera(device, self)
        fmt = _best_format(device)
        if fmt is not None:
            camera.setCameraFormat(fmt)
        camera.errorOccurred.connect(self._error)
        self._session.setCamera(camera)
        self._camera = camera
        self._set_problem("")
        camera.start()
        return self.problem

    def close(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)
            self._camera.deleteLater()
            self._camera = None

    def set_enabled(self, enabled: bool) -> None:
        """Camera off stops the device itself (its light goes out), not only the sending."""
        self._enabled = enabled
        if self._camera is not None:
            self._camera.setActive(enabled)

    def track_factory(self) -> MediaStreamTrack:
        """For `CallsService.set_devices`; called on the network loop when a call starts."""
        if self.problem:
            raise MediaUnavailable(self.problem)
        return self._feeds.add(QueuedVideoTrack())

    def _set_problem(self, code: str) -> str:
        if code != self.problem:
            self.problem = code
            self.problem_changed.emit(code)
        return code

    def _error(self, error: QCamera.Error, _text: str) -> None:
        if error != QCamera.Error.NoError:
            log.warning("camera: device error")  # Qt's text may name the device: not logged
            self._set_problem(CAMERA_BUSY)  # opened but unusable: in practice, in use elsewhere

    def _frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid() or not self._enabled:
            return
        image = frame.toImage()
        if image.isNull():
            return
        self.picture.emit(image)
        self._feeds.push(lambda: qimage_to_frame(image))


# --- microphone -----------------------------------------------------------------------------


class QtMicrophone(QObject):
    """One microphone cut into 20 ms frames for every call's audio track."""

    problem_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem = ""
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._pending = bytearray()
        self._feeds = _Feeds()

    @staticmethod
    def devices() -> list[QAudioDevice]:
        return list(QMediaDevices.audioInputs())

    def open(self, device: QAudioDevice | None = None) -> str:
        self.close()
        if not _permission("microphone"):
            return self._set_problem(MICROPHONE_REFUSED)
        if device is None or device.isNull():
            device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            return self._set_problem(MICROPHONE_MISSING)
        self._source = QAudioSource(device, pcm_format(), self)
        self._io = self._source.start()
        if self._io is None or self._source.error() != QAudio.Error.NoError:
            self.close()
            return self._set_problem(MICROPHONE_BUSY)
        self._io.readyRead.connect(self._read)
        return self._set_problem("")

    def close(self) -> None:
        if self._source is not None:
            self._source.stop()
            self._source.deleteLater()
        self._source, self._io = None, None
        self._pending.clear()

    def track_factory(self) -> MediaStreamTrack:
        if self.problem:
            raise MediaUnavailable(self.problem)
        return self._feeds.add(QueuedAudioTrack())

    def feed(self, pcm: bytes) -> int:
        """Cut s16 mono 48 kHz sound into 20 ms frames for the calls; returns frames made."""
        self._pending.extend(pcm)
        size, made = SAMPLES * 2, 0
        while len(self._pending) >= size:
            chunk = bytes(self._pending[:size])
            del self._pending[:size]
            self._feeds.push(lambda chunk=chunk: pcm_to_frame(chunk))
            made += 1
        return made

    def _read(self) -> None:
        if self._io is not None:
            self.feed(bytes(self._io.readAll().data()))

    def _set_problem(self, code: str) -> str:
        if code != self.problem:
            self.problem = code
            self.problem_changed.emit(code)
        return code


# --- speaker --------------------------------------------------------------------------------


class PcmConverter:
    """Received audio frames to s16 mono 48 kHz bytes; network loop thread (one per stream)."""

    def __init__(self) -> None:
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)

    def convert(self, frame: av.AudioFrame) -> bytes:
        frames = self._resampler.resample(frame)
        return b"".join(bytes(out.planes[0])[: out.samples * 2] for out in frames)


class SpeakerPlayback(QObject):
    """Plays one remote person's sound through a QAudioSink (the OS mixes several sinks)."""

    problem_changed = Signal(str)

    def __init__(self, device: QAudioDevice | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem = ""
        self.bytes_played = 0
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        if device is None or device.isNull():
            device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self.problem = SPEAKER_MISSING
            return
        self._sink = QAudioSink(device, pcm_format(), self)
        self._sink.setBufferSize(RATE * 2 // 5)  # 200 ms: rides out network-loop hiccups
        self._io = self._sink.start()
        if self._io is None or self._sink.error() not in (QAudio.Error.NoError,):
            self._stop_sink()
            self.problem = SPEAKER_MISSING

    def play(self, pcm: bytes) -> None:
        """UI thread. Sound beyond what the device can take now is dropped (no growing delay)."""
        if self._io is None or self._sink is None:
            return
        room = self._sink.bytesFree()
        if room <= 0:
            return
        data = pcm[: room - room % 2]
        self._io.write(QByteArray(data))
        self.bytes_played += len(data)

    def set_volume(self, volume: float) -> None:
        if self._sink is not None:
            self._sink.setVolume(max(0.0, min(1.0, volume)))

    def close(self) -> None:
        self._stop_sink()

    def _stop_sink(self) -> None:
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink, self._io = None, None
