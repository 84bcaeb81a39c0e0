"""Call statistics: fps, bitrates, loss and RTT from `RTCPeerConnection.getStats()`.

Runs on the network loop thread, once a second per call. aiortc reports cumulative
counters; `StatsSampler` keeps the previous reading and turns deltas into rates. Loss is
what the *other* side reported about our outgoing stream (RTCP receiver reports), which
is what our sending mode must react to; RTT comes from the same reports. The result is a
plain `CallStats` for the connection-quality indicator and a `LinkSample` for the mode
controller.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from aiortc import RTCPeerConnection

from desktop.video.modes import LinkSample

Quality = Literal["good", "fair", "poor", "unknown"]


@dataclass(frozen=True)
class CallStats:
    at: float
    sent_video_bps: float
    sent_audio_bps: float
    received_bps: float  # all media and control received on the transport
    received_fps: float  # decoded remote video frames per second
    loss: float | None  # fraction of our packets lost, as the other side reports
    rtt_s: float | None
    estimate_bps: float | None  # the other side's estimate of what we may send (REMB)
    encode_cpu: float | None  # fraction of one core spent encoding our video
    quality: Quality

    def link_sample(self) -> LinkSample:
        delivered = None
        if self.loss is not None and self.sent_video_bps > 0:
            delivered = self.sent_video_bps * (1 - self.loss)
        return LinkSample(
            at=self.at,
            loss=self.loss,
            estimate_bps=self.estimate_bps,
            rtt_s=self.rtt_s,
            encode_cpu=self.encode_cpu,
            delivered_bps=delivered,
        )


def quality_of(loss: float | None, rtt_s: float | None, fps: float | None) -> Quality:
    """Three bars for the indicator: loss and RTT thresholds of usual VoIP guidance."""
    if loss is None and rtt_s is None:
        return "unknown"
    loss, rtt = loss or 0.0, rtt_s or 0.0
    if loss > 0.10 or rtt > 0.6:
        return "poor"
    if loss > 0.02 or rtt > 0.25 or (fps is not None and 0 < fps < 10):
        return "fair"
    return "good"


@dataclass
class _Previous:
    at: float
    counters: dict[str, float]


class StatsSampler:
    """Turns cumulative aiortc counters into per-second figures."""

    def __init__(self) -> None:
        self._prev: _Previous | None = None

    async def sample(
        self,
        pc: RTCPeerConnection,
        now: float,
        *,
        frames_received: int = 0,
        estimate_bps: float | None = None,
        encode_cpu_s: float | None = None,
    ) -> CallStats:
        report = await pc.getStats()
        counters = {"frames": float(frames_received)}
        rtt: float | None = None
        for item in report.values():
            kind = getattr(item, "kind", "")
            if item.type == "outbound-rtp":
                counters[f"sent_{kind}"] = counters.get(f"sent_{kind}", 0) + item.bytesSent
            elif item.type == "remote-inbound-rtp":
                lost_key, got_key = f"lost_{kind}", f"got_{kind}"
                counters[lost_key] = counters.get(lost_key, 0) + max(item.packetsLost, 0)
                counters[got_key] = counters.get(got_key, 0) + max(item.packetsReceived, 0)
                if item.roundTripTime is not None:
                    rtt = item.roundTripTime if rtt is None else max(rtt, item.roundTripTime)
            elif item.type == "inbound-rtp":  # what we receive: the only loss figure when
                # we send nothing (no camera, no microphone), so the indicator still measures
                lost_key, got_key = f"in_lost_{kind}", f"in_got_{kind}"
                counters[lost_key] = counters.get(lost_key, 0) + max(item.packetsLost or 0, 0)
                counters[got_key] = counters.get(got_key, 0) + max(item.packetsReceived or 0, 0)
            elif item.type == "transport":
                counters["received"] = counters.get("received", 0) + item.bytesReceived
        if encode_cpu_s is not None:
            counters["encode_cpu"] = encode_cpu_s
        prev, self._prev = self._prev, _Previous(now, counters)
        if prev is None or now <= prev.at:
            return CallStats(now, 0, 0, 0, 0, None, rtt, estimate_bps, None, "unknown")
        dt = now - prev.at

        def rate(key: str) -> float:
            return max(counters.get(key, 0) - prev.counters.get(key, 0), 0) / dt

        def loss_of(prefix: str) -> float | None:
            for kind in ("video", "audio"):  # video first: it is what a mode change saves
                lost = rate(f"{prefix}lost_{kind}") * dt
                got = rate(f"{prefix}got_{kind}") * dt
                if lost + got > 0:
                    return lost / (lost + got)
            return None

        loss = loss_of("")  # of what we send: what the mode controller acts on
        seen_loss = loss if loss is not None else loss_of("in_")  # the indicator's fallback
        fps = rate("frames")
        encode_cpu = rate("encode_cpu") if "encode_cpu" in counters else None
        return CallStats(
            at=now,
            sent_video_bps=rate("sent_video") * 8,
            sent_audio_bps=rate("sent_audio") * 8,
            received_bps=rate("received") * 8,
            received_fps=fps,
            loss=loss,
            rtt_s=rtt,
            estimate_bps=estimate_bps,
            encode_cpu=encode_cpu,
            quality=quality_of(seen_loss, rtt, fps if frames_received else None),
        )
