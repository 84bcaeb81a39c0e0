"""Media tracks: synthetic sources, the mode-limiting transformer, and the frame sink.

Runs on the network loop thread (aiortc pulls `recv()` there). `SyntheticVideoTrack` draws
a scrolling textured picture (so the encoder does real work) with its frame number written
as 16 large black/white blocks along the top edge, readable after VP8 and down-scaling by
`read_frame_counter`; `SyntheticAudioTrack` is a 440 Hz tone. Tests and benchmarks use
them in place of a camera and microphone. `LimitedVideoTrack` scales and drops frames to
the current mode's size and rate. `FrameSink` pulls a received track and hands each frame
to a callback (the UI turns it into a QImage) while counting frames for the fps figure.
"""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import logging
import math
import random
import time
from collections.abc import Callable
from functools import lru_cache
from typing import cast

import av
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from av.frame import Frame
from av.video.plane import VideoPlane

VIDEO_CLOCK = 90_000
COUNTER_BITS = 16
log = logging.getLogger(__name__)
_BLOCKS = 20  # the top row is cut in 20 blocks: 16 counter bits, then white, black markers


@lru_cache(maxsize=4)
def _texture(width: int, height: int) -> bytes:
    """Two picture heights of texture so a frame is one slice (cheap per frame)."""
    noise = random.Random(7).randbytes(width * height * 2)
    rows = []
    for y in range(height * 2):
        base = bytes(
            (x * 2 + y * 3 + (((x >> 4) + (y >> 4)) & 1) * 70 + (noise[y * width + x] & 15)) & 0xFF
            for x in range(width)
        )
        rows.append(base)
    return b"".join(rows)


def _block_size(width: int) -> int:
    return max(4, width // _BLOCKS)


class SyntheticVideoTrack(MediaStreamTrack):
    kind = "video"

    def __init__(self, width: int = 640, height: int = 480, fps: int = 30) -> None:
        super().__init__()
        self.width, self.height, self.fps = width, height, fps
        self._count = 0
        self._start: float | None = None
        self._tex = _texture(width, height)

    async def recv(self) -> av.VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        if self._start is None:
            self._start = time.monotonic()
        n = self._count
        wait = self._start + n / self.fps - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        self._count += 1
        return self.make_frame(n)

    def make_frame(self, n: int) -> av.VideoFrame:
        w, h = self.width, self.height
        offset = (n * 4 % h) * w
        luma = bytearray(self._tex[offset : offset + w * h])
        bs = _block_size(w)
        bits = [(n >> i) & 1 for i in range(COUNTER_BITS)] + [1, 0]
        for row in range(bs):
            line = row * w
            for i, bit in enumerate(bits):
                luma[line + i * bs : line + (i + 1) * bs] = (b"\xeb" if bit else b"\x10") * bs
        frame = av.VideoFrame(w, h, "yuv420p")
        _fill_plane(frame.planes[0], bytes(luma), w, h)
        grey = b"\x80" * ((w // 2) * (h // 2))
        _fill_plane(frame.planes[1], grey, w // 2, h // 2)
        _fill_plane(frame.planes[2], grey, w // 2, h // 2)
        frame.pts = int(n * VIDEO_CLOCK / self.fps)
        frame.time_base = fractions.Fraction(1, VIDEO_CLOCK)
        return frame


def _fill_plane(plane: VideoPlane, data: bytes, width: int, height: int) -> None:
    if plane.line_size == width:
        plane.update(data)
        return
    padded = b"".join(
        data[r * width : (r + 1) * width] + b"\x00" * (plane.line_size - width)
        for r in range(height)
    )
    plane.update(padded)


def read_frame_counter(frame: av.VideoFrame) -> int | None:
    """The frame number drawn by `SyntheticVideoTrack`, or None if the markers are not there."""
    if frame.format.name != "yuv420p":
        frame = frame.reformat(format="yuv420p")
    plane = frame.planes[0]
    data = memoryview(plane)  # no copy of the picture
    bs = _block_size(frame.width)
    mid = (bs // 2) * plane.line_size

    def bit(i: int) -> int:
        x = i * bs + bs // 2
        sample = data[mid + x - 1] + data[mid + x] + data[mid + x + 1]
        return 1 if sample > 3 * 128 else 0

    if bit(COUNTER_BITS) != 1 or bit(COUNTER_BITS + 1) != 0:
        return None
    return sum(bit(i) << i for i in range(COUNTER_BITS))


class SyntheticAudioTrack(MediaStreamTrack):
    """A 440 Hz tone, 20 ms mono frames at 48 kHz."""

    kind = "audio"
    RATE, SAMPLES = 48_000, 960

    def __init__(self) -> None:
        super().__init__()
        period = [
            int(8000 * math.sin(2 * math.pi * 440 * i / self.RATE)) for i in range(self.SAMPLES)
        ]
        self._pcm = b"".join(v.to_bytes(2, "little", signed=True) for v in period)
        self._count = 0
        self._start: float | None = None

    async def recv(self) -> av.AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        if self._start is None:
            self._start = time.monotonic()
        wait = self._start + self._count * self.SAMPLES / self.RATE - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        frame = av.AudioFrame(format="s16", layout="mono", samples=self.SAMPLES)
        frame.planes[0].update(self._pcm)
        frame.sample_rate = self.RATE
        frame.pts = self._count * self.SAMPLES
        frame.time_base = fractions.Fraction(1, self.RATE)
        self._count += 1
        return frame


class LimitedVideoTrack(MediaStreamTrack):
    """Scales frames down to at most (width, height) and drops them to at most `fps`."""

    kind = "video"

    def __init__(self, source: MediaStreamTrack, width: int, height: int, fps: int) -> None:
        super().__init__()
        self._source = source
        self.set_limits(width, height, fps)
        self._next_at: float | None = None
        self._last_t: float | None = None

    def set_limits(self, width: int, height: int, fps: int) -> None:
        self.width, self.height, self.fps = width, height, fps

    async def recv(self) -> av.VideoFrame:
        while True:
            frame = cast(av.VideoFrame, await self._source.recv())  # a video track's frames
            pts, base = frame.pts, frame.time_base
            t = float(pts * base) if pts is not None and base is not None else time.monotonic()
            step = 1.0 / self.fps
            # Slack for a camera's jittery timestamps: a frame a few ms early must not cost a
            # whole frame interval; under half a source interval, so no extra frame slips in.
            interval, self._last_t = (t - self._last_t if self._last_t is not None else step), t
            slack = min(step / 4, max(interval, 0.0) / 2)
            if self._next_at is not None and t + slack < self._next_at:
                continue  # over the frame rate: drop
            self._next_at = t + step if self._next_at is None else max(self._next_at + step, t)
            if frame.width > self.width or frame.height > self.height:
                scale = min(self.width / frame.width, self.height / frame.height)
                w, h = int(frame.width * scale) & ~1, int(frame.height * scale) & ~1
                scaled = frame.reformat(width=w, height=h, format="yuv420p")
                scaled.pts, scaled.time_base = frame.pts, frame.time_base
                frame = scaled
            return frame

    def stop(self) -> None:
        super().stop()
        self._source.stop()


class FrameSink:
    """Pulls a received track until it ends, counting frames and calling `on_frame`."""

    def __init__(self, track: MediaStreamTrack, on_frame: Callable[[Frame], None]) -> None:
        self.track = track
        self.frames = 0
        self.last_frame_at: float | None = None
        self._on_frame = on_frame
        self._task = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        with contextlib.suppress(MediaStreamError, asyncio.CancelledError):
            while True:
                frame = cast(Frame, await self.track.recv())  # a received track: frames
                self.frames += 1
                self.last_frame_at = time.monotonic()
                try:
                    self._on_frame(frame)
                except Exception:  # a faulty consumer must not stop the call
                    log.exception("frame callback failed")

    async def stop(self) -> None:
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
