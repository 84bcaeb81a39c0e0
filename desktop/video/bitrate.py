"""A per-connection bitrate cap for aiortc's encoders, and encode-cost accounting.

aiortc has no public bitrate cap: its sender creates a `Vp8Encoder` lazily and lets every
REMB report set `target_bitrate`, clamped to the module's 250 kbps..1.5 Mbps. Patching the
module constants is global, and still overshoots (each >10 % target change rebuilds the
libvpx context and sends a keyframe; RTP/SRTP/UDP overhead and the 15 % overshoot come on
top). Here instead each video sender gets its own `CappedVp8Encoder`, placed in the
sender's encoder slot before its first frame (`install_encoder`): on every frame it sets
the libvpx target to min(REMB estimate, cap x headroom), so REMB can lower the rate but
never lift it past the mode's cap, and a mode change takes effect on the next frame. The
headroom (0.8) leaves room for packet overhead so the *wire* rate holds the cap; a test
measures it. Audio gets a `CappedOpusEncoder` at 32 kbps (aiortc's default is 96 kbps
stereo, which alone would not fit a 100 kbps link). Encoding runs in aiortc's executor
threads; `BitrateCap` is written there and read on the network loop thread (plain floats,
updated atomically under the GIL).
"""

from __future__ import annotations

import time
from typing import Any

from aiortc.codecs.opus import OpusEncoder
from aiortc.codecs.vpx import Vp8Encoder
from aiortc.rtcrtpsender import RTCRtpSender

HEADROOM = 0.8
MIN_VIDEO_BPS = 100_000
OPUS_BPS = 32_000
_SLOT = "_RTCRtpSender__encoder"  # aiortc 1.9-1.16: the sender's lazily created encoder
_VP8_TARGET = "_Vp8Encoder__target_bitrate"


class BitrateCap:
    """The cap of one video sender, and what its encoder reports back."""

    def __init__(self, max_bps: int, headroom: float = HEADROOM) -> None:
        self.max_bps = max_bps
        self.headroom = headroom
        self.estimate_bps: float | None = None  # last REMB from the receiver
        self.encode_cpu_s = 0.0  # CPU seconds spent in libvpx, cumulative
        self.frames_encoded = 0

    def set_max(self, max_bps: int) -> None:
        self.max_bps = max_bps

    def encoder_target(self) -> int:
        target = self.max_bps * self.headroom
        if self.estimate_bps is not None:
            target = min(target, self.estimate_bps)
        return int(max(MIN_VIDEO_BPS, target))


class CappedVp8Encoder(Vp8Encoder):
    """aiortc's VP8 encoder whose target follows a `BitrateCap` instead of raw REMB."""

    def __init__(self, cap: BitrateCap) -> None:
        super().__init__()
        self.cap = cap
        setattr(self, _VP8_TARGET, cap.encoder_target())

    @property
    def target_bitrate(self) -> int:
        return getattr(self, _VP8_TARGET)

    @target_bitrate.setter
    def target_bitrate(self, bitrate: int) -> None:
        # Called by the sender on every REMB: remember the estimate; the cap decides.
        self.cap.estimate_bps = float(bitrate)
        setattr(self, _VP8_TARGET, self.cap.encoder_target())

    def encode(self, frame: Any, force_keyframe: bool = False) -> tuple[list[bytes], int]:
        setattr(self, _VP8_TARGET, self.cap.encoder_target())
        started = time.thread_time()
        try:
            return super().encode(frame, force_keyframe)
        finally:
            self.cap.encode_cpu_s += time.thread_time() - started
            self.cap.frames_encoded += 1


class CappedOpusEncoder(OpusEncoder):
    """Opus for speech at a fixed low rate."""

    def __init__(self, bitrate: int = OPUS_BPS) -> None:
        super().__init__()
        self.codec.bit_rate = bitrate


def install_encoder(sender: RTCRtpSender, encoder: Any) -> None:
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
