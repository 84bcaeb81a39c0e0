"""Encoder cap, synthetic tracks, the mode limiter, ICE configuration and device errors."""

from __future__ import annotations

import asyncio
import errno

import pytest
from aiortc import RTCPeerConnection
from aiortc.rtcconfiguration import RTCIceTransportPolicy

from desktop.video import ice
from desktop.video.bitrate import BitrateCap, CappedVp8Encoder, cap_video_sender
from desktop.video.media import MediaUnavailable, open_source
from desktop.video.tracks import (
    LimitedVideoTrack,
    SyntheticAudioTrack,
    SyntheticVideoTrack,
    read_frame_counter,
)

FPS = 30


def encoded_bps(encoder: CappedVp8Encoder, track: SyntheticVideoTrack, frames: int, remb=None):
    """Payload bits per second over `frames` frames, REMB fed every 10 frames as aiortc does."""
    total = 0
    for n in range(frames):
        if remb is not None and n % 10 == 0:
            encoder.target_bitrate = remb  # what RTCRtpSender does on each REMB
        payloads, _ = encoder.encode(track.make_frame(n))
        total += sum(len(p) + 12 + 10 + 28 for p in payloads)  # RTP + SRTP tag + UDP/IP
    return total * 8 * FPS / frames


def test_cap_holds_on_the_wire_even_when_remb_asks_for_more():
    track = SyntheticVideoTrack(640, 480, FPS)
    encoder = CappedVp8Encoder(BitrateCap(500_000))
    bps = encoded_bps(encoder, track, 120, remb=1_500_000)
    assert 250_000 < bps <= 500_000
    assert encoder.cap.estimate_bps == 1_500_000
    assert encoder.cap.encode_cpu_s > 0


def test_low_video_cap_and_a_lower_remb_are_followed():
    small = SyntheticVideoTrack(320, 240, FPS)
    capped = CappedVp8Encoder(BitrateCap(250_000))
    assert encoded_bps(capped, small, 90, remb=1_000_000) <= 250_000
    followed = CappedVp8Encoder(BitrateCap(500_000))
    assert encoded_bps(followed, SyntheticVideoTrack(), 90, remb=150_000) <= 200_000


def test_uncapped_aiortc_encoder_would_exceed_the_cap():
    """The baseline the cap exists for: stock aiortc follows REMB up to 1.5 Mbps."""
    from aiortc.codecs.vpx import Vp8Encoder

    stock = Vp8Encoder()
    total = 0
    track = SyntheticVideoTrack()
    for n in range(60):
        if n % 10 == 0:
            stock.target_bitrate = 1_500_000
        payloads, _ = stock.encode(track.make_frame(n))
        total += sum(len(p) for p in payloads)
    assert total * 8 * FPS / 60 > 600_000


def test_cap_is_installed_in_the_sender_slot():
    async def main():
        pc = RTCPeerConnection()
        sender = pc.addTrack(SyntheticVideoTrack())
        cap = cap_video_sender(sender, 250_000)
        slot = sender._RTCRtpSender__encoder
        await pc.close()
        return cap, slot

    cap, slot = asyncio.run(main())
    assert isinstance(slot, CappedVp8Encoder) and slot.cap is cap


def test_frame_counter_survives_vp8_and_downscaling():
    from aiortc.codecs.vpx import Vp8Decoder, vp8_depayload
    from aiortc.jitterbuffer import JitterFrame

    track = SyntheticVideoTrack()
    encoder, decoder = CappedVp8Encoder(BitrateCap(250_000)), Vp8Decoder()
    read = []
    for n in range(40):
        payloads, ts = encoder.encode(track.make_frame(n))
        data = b"".join(vp8_depayload(p) for p in payloads)
        for frame in decoder.decode(JitterFrame(data=data, timestamp=ts)):
            read.append(read_frame_counter(frame.reformat(width=320, height=240)))
    assert read == list(range(40))


def test_counter_is_not_read_from_a_frame_without_markers():
    import av

    blank = av.VideoFrame(320, 240, "yuv420p")
    for plane in blank.planes:
        plane.update(b"\x80" * plane.buffer_size)
    assert read_frame_counter(blank) is None


def test_limiter_scales_and_drops_to_the_mode():
    async def main():
        source = SyntheticVideoTrack(640, 480, 60)
        limited = LimitedVideoTrack(source, 320, 240, 15)
        frames = [await limited.recv() for _ in range(8)]
        limited.set_limits(640, 480, 30)
        bigger = await limited.recv()
        limited.stop()
        return frames, bigger, source

    frames, bigger, source = asyncio.run(main())
    assert {(f.width, f.height) for f in frames} == {(320, 240)}
    counters = [read_frame_counter(f) for f in frames]
    assert all(b - a == 4 for a, b in zip(counters, counters[1:], strict=False))  # 60 -> 15 fps
    assert (bigger.width, bigger.height) == (640, 480)
    assert source.readyState == "ended"


def test_synthetic_audio_is_20ms_of_48k():
    frame = asyncio.run(SyntheticAudioTrack().recv())
    assert (frame.samples, frame.sample_rate, frame.format.name) == (960, 48_000, "s16")


@pytest.mark.parametrize(
    ("kind", "error", "code"),
    [
        ("video", MediaUnavailable("camera_busy"), "camera_busy"),
        ("video", OSError(errno.EBUSY, "busy"), "camera_busy"),
        ("video", FileNotFoundError("/dev/video0"), "camera_missing"),
        ("audio", PermissionError("denied"), "microphone_refused"),
    ],
)
def test_device_failures_become_codes(kind, error, code):
    def factory():
        raise error

    assert open_source(kind, factory) == (None, code)


def test_no_factory_is_a_missing_device():
    assert open_source("video", None) == (None, "camera_missing")


ICE = {
    "ice_servers": [
        {"urls": ["stun:turn.example.ca:3478"]},
        {
            "urls": ["turn:turn.example.ca:3478?transport=udp", "turns:turn.example.ca:443"],
            "username": "1700000000:p1",
            "credential": "secret",
        },
    ],
    "expires_at_ms": 2_000_000_000_000,
}


def test_direct_attempt_uses_stun_and_turn_over_udp():
    config = ice.build_configuration(ICE, now_ms=1)
    urls = [s.urls for s in config.iceServers]
    assert urls == ["stun:turn.example.ca:3478", "turn:turn.example.ca:3478?transport=udp"]
    assert config.iceServers[1].credential == "secret"
    assert config.iceTransportPolicy == RTCIceTransportPolicy.ALL


def test_relay_only_attempt_prefers_turns_on_443():
    config = ice.build_configuration(ICE, relay_only=True, now_ms=1)
    assert [s.urls for s in config.iceServers] == ["turns:turn.example.ca:443"]
    assert config.iceTransportPolicy == RTCIceTransportPolicy.RELAY
    assert ice.attempts(ICE) == [False, True]
    assert ice.attempts(None) == [False]


def test_protocol_ice_config_is_accepted_and_expiry_refused():
    from jumelage_protocol import IceConfig

    model = IceConfig.model_validate(ICE)
    assert len(ice.build_configuration(model, now_ms=1).iceServers) == 2
    with pytest.raises(ice.IceConfigError) as err:
        ice.build_configuration(model, now_ms=3_000_000_000_000)
    assert err.value.code == "ice_expired"
