"""A per-connection bitrate cap for aiortc's encoders, and encode-cost accounting.

aiortc has no public bitrate cap: its sender creates a `Vp8Encoder` lazily and lets every
REMB report set `target_bitrate`, clamped to the module's 250 kbps..1.5 Mbps. Patching the
module constants is global, and still overshoots (each >10 % target change rebuilds the
libvpx context and sends a keyframe; RTP/SRTP/UDP overhead and the 15 % overshoot come on
top). Here instead each video sender gets its own `CappedVp8Encoder`, placed in the
sender's encoder slot before its first frame (`install_encoder`): it aims libvpx at
min(REMB estimate, cap x headroom), so REMB can lower the rate but never lift it past the
mode's cap, and a mode change takes effect on the next frame. The headroom (0.8) leaves
room for packet overhead so the *wire* rate holds the cap; a test measures it.

On a thin link keyframes are what hurts: libvpx cannot change its rate in flight, so every
target change restarts it with a keyframe (several times a link's per-frame budget, lost
in a full queue, which makes the receiver ask for yet another). So the target moves with
hysteresis (down at once when 15 % lower is wanted, up only by 25 % after 5 s steady),
keyframe size is capped (libvpx `max-intra-rate`), and keyframe requests (PLI) are served
at most once every 2 s. Audio gets a `CappedOpusEncoder` at 32 kbps with *constrained* VBR
(aiortc's default is 96 kbps stereo; plain VBR overshoots a 32 kbps target by up to 80 %
on a steady tone). Encoding runs in aiortc's executor threads; `BitrateCap` is written
there and read on the network loop thread (plain numbers, updated atomically under the GIL).
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable

import av
from aiortc.codecs.base import Encoder
from aiortc.codecs.opus import OpusEncoder
from aiortc.codecs.vpx import Vp8Encoder, number_of_threads
from aiortc.rtcrtpsender import RTCRtpSender
from av.frame import Frame

HEADROOM = 0.8
MIN_VIDEO_BPS = 100_000
OPUS_BPS = 32_000
DOWN_STEP, UP_STEP, UP_HOLD_S = 0.15, 0.25, 5.0
KEYFRAME_MIN_INTERVAL_S = 2.0
MAX_INTRA_PCT = 450  # a keyframe is at most 4.5 average frames (WebRTC's rule at 15 fps)
_SLOT = "_RTCRtpSender__encoder"  # aiortc 1.9-1.16: the sender's lazily created encoder
_VP8_TARGET = "_Vp8Encoder__target_bitrate"


class BitrateCap:
    """The cap of one video sender, and what its encoder reports back."""

    def __init__(
        self,
        max_bps: int,
        headroom: float = HEADROOM,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_bps = max_bps
        self.headroom = headroom
        self.clock = clock
        self.estimate_bps: float | None = None  # last REMB from the receiver
        self.encode_cpu_s = 0.0  # CPU seconds spent in libvpx, cumulative
        self.frames_encoded = 0
        self.target_changes = 0  # each one restarts libvpx with a keyframe
        self._target: int | None = None
        self._changed_at = -math.inf

    def set_max(self, max_bps: int) -> None:
        if max_bps != self.max_bps:
            self.max_bps = max_bps
            self._target = None  # a new mode's cap applies at once

    def wanted(self) -> int:
        """What the link and the mode allow right now."""
        target = self.max_bps * self.headroom
        if self.estimate_bps is not None:
            target = min(target, self.estimate_bps)
        return int(max(MIN_VIDEO_BPS, target))

    def current_bps(self) -> float:
        """The target libvpx was last given (what the sender is spending now); no side effect."""
        return float(self._target if self._target is not None else self.wanted())

    def encoder_target(self) -> int:
        """The libvpx target: `wanted()` followed with hysteresis (see the module docstring)."""
        want, now = self.wanted(), self.clock()
        current = self._target
        if current is None:
            self._target = want
        elif want < current * (1 - DOWN_STEP) or (
            want > current * (1 + UP_STEP) and now - self._changed_at >= UP_HOLD_S
        ):
            self._target = want
        if self._target != current:
            self._changed_at = now
            self.target_changes += 1
        assert self._target is not None
        return self._target


class CappedVp8Encoder(Vp8Encoder):
    """aiortc's VP8 encoder whose target follows a `BitrateCap` instead of raw REMB."""

    def __init__(self, cap: BitrateCap) -> None:
        super().__init__()
        self.cap = cap
        self.keyframes = 0
        self._keyframe_at = -math.inf
        self._keyframe_owed = False
        setattr(self, _VP8_TARGET, cap.encoder_target())

    @property
    def target_bitrate(self) -> int:
        target: int = getattr(self, _VP8_TARGET)
        return target

    @target_bitrate.setter
    def target_bitrate(self, bitrate: int) -> None:
        # Called by the sender on every REMB: remember the estimate; the cap decides.
        self.cap.estimate_bps = float(bitrate)
        setattr(self, _VP8_TARGET, self.cap.encoder_target())

    def _reopen_if_needed(self, frame: av.VideoFrame) -> bool:
        """Open libvpx ourselves where aiortc would (new size, or target off by > 10 %), with
        aiortc's settings plus a keyframe size cap; True if a new context (a keyframe) starts."""
        codec, target = self.codec, self.target_bitrate
        if codec is not None and (frame.width, frame.height) == (codec.width, codec.height):
            if codec.bit_rate and abs(target - codec.bit_rate) / codec.bit_rate <= 0.1:
                return False
        codec = av.CodecContext.create("libvpx", "w")
        codec.width, codec.height, codec.pix_fmt = frame.width, frame.height, "yuv420p"
        codec.bit_rate = target
        codec.gop_size, codec.qmin, codec.qmax = 3000, 2, 56
        codec.options = {
            "bufsize": str(target),  # FFmpeg: rc_buf_sz = bufsize * 1000 / bit_rate = 1 s
            "cpu-used": "-6",
            "deadline": "realtime",
            "lag-in-frames": "0",
            "minrate": str(target),  # minrate = maxrate = bit_rate: CBR
            "maxrate": str(target),
            "max-intra-rate": str(MAX_INTRA_PCT),
            "noise-sensitivity": "4",
            "overshoot-pct": "15",
            "partitions": "0",
            "static-thresh": "1",
            "undershoot-pct": "100",
        }
        codec.thread_count = number_of_threads(frame.width * frame.height, os.cpu_count() or 1)
        self.codec = codec
        return True

    def encode(self, frame: Frame, force_keyframe: bool = False) -> tuple[list[bytes], int]:
        setattr(self, _VP8_TARGET, self.cap.encoder_target())
        now = self.cap.clock()
        if force_keyframe or self._keyframe_owed:  # a PLI, now or put off earlier
            spaced = now - self._keyframe_at >= KEYFRAME_MIN_INTERVAL_S
            force_keyframe, self._keyframe_owed = spaced, not spaced
        started = time.thread_time()
        try:
            assert isinstance(frame, av.VideoFrame)  # as aiortc's own `encode` asserts
            fresh = self._reopen_if_needed(frame)
            payloads = super().encode(frame, force_keyframe)
        finally:
            self.cap.encode_cpu_s += time.thread_time() - started
            self.cap.frames_encoded += 1
        if force_keyframe or fresh:
            self.keyframes += 1
            self._keyframe_at = now
            self._keyframe_owed = False
        return payloads


class CappedOpusEncoder(OpusEncoder):
    """Opus for speech at a fixed low rate."""

    def __init__(self, bitrate: int = OPUS_BPS) -> None:
        super().__init__()
        self.codec.bit_rate = bitrate
        self.codec.options = {**self.codec.options, "vbr": "constrained"}


def install_encoder(sender: RTCRtpSender, encoder: Encoder) -> None:
    """Put `encoder` in the sender's slot; fails loudly if aiortc's layout changed."""
    if _SLOT not in vars(sender):
        raise RuntimeError("aiortc has no encoder slot here; update the bitrate cap")
    setattr(sender, _SLOT, encoder)


def cap_video_sender(sender: RTCRtpSender, max_bps: int) -> BitrateCap:
    cap = BitrateCap(max_bps)
    install_encoder(sender, CappedVp8Encoder(cap))
    return cap


def cap_audio_sender(sender: RTCRtpSender, bitrate: int = OPUS_BPS) -> None:
    install_encoder(sender, CappedOpusEncoder(bitrate))
