"""Loss repair that holds on thin links: the receiver's video jitter buffer and NACK resends.

Runs on the network loop thread (aiortc calls both from its RTP/RTCP tasks). aiortc's video
jitter buffer hands frames out in sequence order and waits for a missing packet until 512
packets have arrived after it (its capacity) before it gives up and asks for a keyframe:
on low video (~20 packets/s) one packet whose resend is also lost freezes the picture for
~25 s. `RepairingJitterBuffer` gives up after `max_wait_s` stuck (about two round trips,
the time a NACK and its resend need): it drops everything up to the newest hole (frames
behind a hole cannot be decoded before the next keyframe anyway) and asks for a keyframe.

aiortc's receiver NACKs *every* packet still missing each time a new gap appears, so on a
lossy, queue-filled link the same packets are resent again and again, and the resends keep
the link saturated long after the sender has slowed down. `ResendLimiter` resends one
packet at most once per `min_interval_s` (about one round trip), and all resends within a
quarter of the video target rate (1 % loss needs ~1 %; more than that, the link is full).

Both are installed into aiortc's private slots (aiortc 1.9-1.16), like `bitrate.py`'s
encoders, and fail loudly if aiortc's layout changes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.rtcrtpreceiver import RTCRtpReceiver
from aiortc.rtcrtpsender import RTCRtpSender
from aiortc.rtp import RtpPacket

log = logging.getLogger(__name__)
_RECEIVER_SLOT = "_RTCRtpReceiver__jitter_buffer"
VIDEO_CAPACITY = 512  # aiortc's
DEFAULT_WAIT_S = 1.0  # until a round trip is measured
RESEND_SHARE = 0.25  # of the video target rate, at most, for resends
PACKET_BYTES = 1200  # a full VP8 RTP packet, what one resend costs at most


class RepairingJitterBuffer(JitterBuffer):
    """aiortc's video jitter buffer that stops waiting for a lost packet after `max_wait_s`."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(capacity=VIDEO_CAPACITY, is_video=True)
        self.max_wait_s = DEFAULT_WAIT_S
        self.holes_skipped = 0
        self._clock = clock
        self._stuck_since: float | None = None
        self._last_add = -1e9

    def tune(self, rtt_s: float | None) -> None:
        """A hole may wait two round trips for its resend, within 0.3..1.5 s."""
        if rtt_s is not None:
            self.max_wait_s = min(max(2 * rtt_s + 0.1, 0.3), 1.5)

    def add(self, packet: RtpPacket) -> tuple[bool, JitterFrame | None]:
        pli, frame = super().add(packet)
        now = self._clock()
        paused = now - self._last_add > self.max_wait_s  # no packets at all: not a hole
        self._last_add = now
        if frame is not None or paused:
            self._stuck_since = None if frame is not None else now
            return pli, frame
        if self._stuck_since is None:
            self._stuck_since = now
        elif now - self._stuck_since >= self.max_wait_s:
            hole = self._last_hole()
            log.debug(
                "stuck %.2fs origin=%s seq=%s hole=%s buffered=%d",
                now - self._stuck_since,
                self._origin,
                packet.sequence_number,
                hole,
                sum(p is not None for p in self._packets),
            )
            if hole is not None:
                # Past a hole nothing decodes until a keyframe: drop through the newest hole
                # to the next frame's start, and ask for the keyframe.
                self.smart_remove(hole + 1)
                self.holes_skipped += 1
                self._stuck_since = now
                return True, self._remove_frame(packet.sequence_number)
        return pli, frame

    def _last_hole(self) -> int | None:
        """Offset from the origin of the newest missing packet with newer ones after it."""
        last_gap = hole = None
        if self._origin is None:
            return None  # nothing received yet
        for count in range(self.capacity):
            if self._packets[(self._origin + count) % self.capacity] is None:
                last_gap = count
            elif last_gap is not None:
                hole = last_gap
        return hole


def install_jitter_buffer(
    receiver: RTCRtpReceiver, clock: Callable[[], float] = time.monotonic
) -> RepairingJitterBuffer:
    """Replace a video receiver's jitter buffer before its first packet; returns the buffer."""
    if _RECEIVER_SLOT not in vars(receiver):
        raise RuntimeError("aiortc has no jitter buffer slot here; update repair.py")
    buffer = RepairingJitterBuffer(clock)
    setattr(receiver, _RECEIVER_SLOT, buffer)
    return buffer


class ResendLimiter:
    """Wraps one sender's `_retransmit`: each packet resent at most once per interval, and
    all resends within `RESEND_SHARE` of the encoder's target rate (on a saturated link,
    resends only deepen the queue that lost the packets)."""

    def __init__(
        self,
        sender: RTCRtpSender,
        target_bps: Callable[[], float],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.min_interval_s = 0.3
        self.resent = self.skipped = 0
        self._target_bps = target_bps
        self._clock = clock
        self._resend = sender._retransmit
        self._last: dict[int, float] = {}
        self._tokens = 0.0
        self._filled_at: float | None = None
        sender._retransmit = self._retransmit  # type: ignore[method-assign]  # aiortc's slot

    def tune(self, rtt_s: float | None) -> None:
        """A resend may be asked for again once the first has had a round trip to arrive."""
        if rtt_s is not None:
            self.min_interval_s = min(max(rtt_s * 1.2, 0.1), 1.0)

    def _budget_allows(self, now: float) -> bool:
        rate = max(self._target_bps() * RESEND_SHARE / 8, 1.0)  # bytes per second
        depth = max(rate * 0.5, PACKET_BYTES)
        elapsed = depth / rate if self._filled_at is None else now - self._filled_at  # full
        self._filled_at = now
        self._tokens = min(self._tokens + elapsed * rate, depth)
        if self._tokens < PACKET_BYTES:
            return False
        self._tokens -= PACKET_BYTES
        return True

    async def _retransmit(self, sequence_number: int) -> None:
        now = self._clock()
        recent = now - self._last.get(sequence_number, -1e9) < self.min_interval_s
        if recent or not self._budget_allows(now):
            self.skipped += 1
            return
        self._last[sequence_number] = now
        if len(self._last) > 512:  # sequence numbers wrap: keep only recent ones
            cutoff = now - 2.0
            self._last = {s: t for s, t in self._last.items() if t >= cutoff}
        self.resent += 1
        await self._resend(sequence_number)
