"""What keeps video alive on a thin link: target hysteresis, spaced keyframes, constrained
Opus, a jitter buffer that stops waiting for a lost packet, deduplicated resends, and a frame
limiter that tolerates a camera's jittery timestamps. Real codecs, fake clocks."""

from __future__ import annotations

import asyncio
import fractions

import av
from aiortc.jitterbuffer import JitterBuffer
from aiortc.rtp import RtpPacket

from desktop.video.bitrate import BitrateCap, CappedOpusEncoder, CappedVp8Encoder
from desktop.video.repair import RepairingJitterBuffer, ResendLimiter
from desktop.video.tracks import LimitedVideoTrack, SyntheticAudioTrack, SyntheticVideoTrack


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_small_remb_swings_do_not_restart_the_encoder():
    clock = Clock()
    cap = BitrateCap(225_000, clock=clock)  # low video: 180 kbps for libvpx
    assert cap.encoder_target() == 180_000
    for second, remb in enumerate([170_000, 160_000, 175_000, 165_000, 190_000, 170_000]):
        clock.now = second
        cap.estimate_bps = remb
        cap.encoder_target()
    assert cap.target_changes == 1  # only the first setting: every swing is under 15 %


def test_a_real_drop_applies_at_once_and_a_rise_waits_five_steady_seconds():
    clock = Clock()
    cap = BitrateCap(500_000, clock=clock)
    cap.encoder_target()
    cap.estimate_bps = 200_000
    assert cap.encoder_target() == 200_000  # down at once
    cap.estimate_bps = 400_000
    clock.now = 4.9
    assert cap.encoder_target() == 200_000
    clock.now = 5.0
    assert cap.encoder_target() == 400_000
    cap.set_max(225_000)  # a mode change: the new cap at once
    assert cap.encoder_target() == 180_000


def test_keyframe_requests_are_served_at_most_every_two_seconds_and_never_forgotten():
    clock = Clock()
    encoder = CappedVp8Encoder(BitrateCap(225_000, clock=clock))
    track = SyntheticVideoTrack(320, 240, 15)
    for n in range(60):  # 4 s at 15 fps, a PLI with every frame but the last 20
        clock.now = n / 15
        encoder.encode(track.make_frame(n), force_keyframe=n < 40)
    # the first frame, then one at 2.0 s; the request at 2.6 s is owed and served at 4.0 s
    assert encoder.keyframes == 2
    clock.now = 4.0
    encoder.encode(track.make_frame(60))
    assert encoder.keyframes == 3


def test_opus_holds_its_rate_where_plain_vbr_overshoots():
    async def main():
        track, encoder = SyntheticAudioTrack(), CappedOpusEncoder()
        track._start = -1e9  # frames as fast as they are asked for
        total = 0
        for _ in range(250):  # 5 s
            payloads, _ = encoder.encode(await track.recv())
            total += sum(len(p) for p in payloads)
        return total * 8 / 5

    assert asyncio.run(main()) <= 34_000  # 32 kbps target; plain VBR gave ~58 kbps here


def packet(seq: int, timestamp: int) -> RtpPacket:
    p = RtpPacket(payload_type=96, sequence_number=seq, timestamp=timestamp)
    p._data = b"x"  # what the receiver's depayloader leaves
    return p


def feed(buffer: JitterBuffer, clock: Clock, lost: set[int], count: int) -> tuple[int, int]:
    """Two packets a frame, 20 packets a second; returns (frames out, PLIs asked)."""
    frames = plis = 0
    for seq in range(count):
        clock.now = seq / 20
        if seq in lost:
            continue
        pli, frame = buffer.add(packet(seq, (seq // 2) * 6000))
        frames += frame is not None
        plis += pli
    return frames, plis


def test_a_packet_lost_for_good_freezes_aiortcs_buffer_but_not_ours():
    clock = Clock()
    stock = JitterBuffer(capacity=512, is_video=True)
    assert feed(stock, clock, {11}, 200) == (5, 0)  # frozen after the hole: 10 s, no PLI
    ours = RepairingJitterBuffer(clock)
    frames, plis = feed(ours, clock, {11}, 200)
    assert plis == 1 and ours.holes_skipped == 1
    assert frames > 85  # 1 s of waiting for the resend, then every frame


def test_many_holes_are_skipped_in_one_go():
    clock = Clock()
    ours = RepairingJitterBuffer(clock)
    frames, plis = feed(ours, clock, {11, 15, 19, 23}, 200)
    assert plis == 1 and frames > 80


def test_a_pause_in_the_stream_is_not_a_hole():
    clock = Clock()
    ours = RepairingJitterBuffer(clock)
    feed(ours, clock, set(), 20)
    clock.now = 30.0  # the sender stopped video (audio only) and came back
    pli, _ = ours.add(packet(20, 60_000))
    assert not pli and ours.holes_skipped == 0


class FakeSender:
    def __init__(self) -> None:
        self.resent: list[int] = []

    async def _retransmit(self, seq: int) -> None:
        self.resent.append(seq)


def test_a_packet_is_resent_once_per_round_trip_however_often_it_is_nacked():
    clock, sender = Clock(), FakeSender()
    limiter = ResendLimiter(sender, lambda: 1_000_000, clock)  # a budget that never binds here
    limiter.tune(0.5)  # 600 ms between resends of one packet

    async def nack(*seqs: int) -> None:
        for seq in seqs:
            await sender._retransmit(seq)

    async def main():
        await nack(1, 2)
        clock.now = 0.2
        await nack(1, 2, 3)  # aiortc re-NACKs everything still missing
        clock.now = 0.7
        await nack(1)

    asyncio.run(main())
    assert sender.resent == [1, 2, 3, 1]
    assert limiter.skipped == 2


def test_resends_stay_within_a_quarter_of_the_video_rate():
    clock, sender = Clock(), FakeSender()
    limiter = ResendLimiter(sender, lambda: 192_000, clock)  # 6 kB/s for resends: 5 packets

    async def main():
        for n in range(200):  # 200 distinct packets NACKed over 2 s
            clock.now = n / 100
            await sender._retransmit(n)

    asyncio.run(main())
    assert 8 <= len(sender.resent) <= 14  # ~10 in 2 s (+ a half-second bucket), not 200
    assert limiter.skipped == 200 - len(sender.resent)


class JitteryCamera:
    """30 fps with timestamps up to 4 ms early or late, as a USB camera delivers them."""

    kind = "video"

    def __init__(self) -> None:
        self.n = 0

    async def recv(self) -> av.VideoFrame:
        frame = av.VideoFrame(320, 240, "yuv420p")
        jitter_ms = (4, -3, -4, 2, 0, 3)[self.n % 6]
        frame.pts = round((self.n / 30 + jitter_ms / 1000) * 90_000)
        frame.time_base = fractions.Fraction(1, 90_000)
        self.n += 1
        return frame

    def stop(self) -> None:
        pass


def test_the_limiter_keeps_fifteen_of_thirty_jittery_frames():
    async def main():
        camera = JitteryCamera()
        limited = LimitedVideoTrack(camera, 320, 240, 15)
        for _ in range(30):
            await limited.recv()
        return camera.n

    assert asyncio.run(main()) == 59  # frames 0, 2, ..., 58: one in two, none lost to jitter
