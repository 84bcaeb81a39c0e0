"""Camera and microphone sources: injected factories and the errors they may raise.

Runs on the network loop thread (factories are called when a call starts). `video/` never
opens a device itself: the caller passes factories returning aiortc tracks. We recommend
capture through Qt Multimedia adapters in `ui/` (QCamera + QVideoSink, QAudioSource):
Qt already handles device choice, permission prompts (macOS), hot-plug and Windows Media
Foundation / AVFoundation / GStreamer uniformly, and aiortc cannot *play* audio anyway, so
the UI needs Qt Multimedia (QAudioSink) for playback regardless. aiortc's `MediaPlayer` on
v4l2/dshow/avfoundation needs a per-OS device string, gives no permission or busy-device
feedback beyond an FFmpeg error text, and holds the device in an FFmpeg thread we cannot
pause. A factory signals a missing, busy or refused device with `MediaUnavailable(code)`
(or an `OSError`/`PermissionError`, mapped below); the call then goes on without it.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable

from aiortc.mediastreams import MediaStreamTrack

from jumelage_protocol import CodedError

log = logging.getLogger(__name__)

TrackFactory = Callable[[], MediaStreamTrack]

CAMERA_MISSING = "camera_missing"
CAMERA_BUSY = "camera_busy"
CAMERA_REFUSED = "camera_refused"
MICROPHONE_MISSING = "microphone_missing"
MICROPHONE_BUSY = "microphone_busy"
MICROPHONE_REFUSED = "microphone_refused"


class MediaUnavailable(CodedError):
    """A device cannot be used; `code` is one of the constants above."""


def _code_for(kind: str, exc: BaseException) -> str:
    device = "camera" if kind == "video" else "microphone"
    if isinstance(exc, MediaUnavailable):
        return exc.code
    if isinstance(exc, PermissionError):
        return f"{device}_refused"
    if isinstance(exc, OSError) and exc.errno == errno.EBUSY:
        return f"{device}_busy"
    return f"{device}_missing"


def open_source(kind: str, factory: TrackFactory | None) -> tuple[MediaStreamTrack | None, str]:
    """Call a factory; return (track, '') or (None, error code). Never raises."""
    device = "camera" if kind == "video" else "microphone"
    if factory is None:
        return None, f"{device}_missing"
    try:
        track = factory()
    except Exception as exc:  # any device failure must leave the call running
        code = _code_for(kind, exc)
        log.warning("media: %s unavailable (%s)", device, code)
        return None, code
    if track is None or track.kind != kind:
        return None, f"{device}_missing"
    return track, ""
