"""Call figures on loopback: connect time, first frame, fps, bitrate and CPU per call.

Starts the test suite's signalling relay and two `tests/video/video_peer.py` processes
(real aiortc, synthetic 640x480/30 video and a tone), lets the call run, and reads their
JSON events. CPU is each process's `time.process_time()` over a steady window, so it covers
capture (synthetic), scaling, encode, decode and aiortc's Python work. The baseline, in this
same run, is the raw cost of VP8-encoding and decoding the same frames outside any call;
`call_cpu_ratio` is one peer's CPU over that baseline. Run: `python benchmarks/bench_calls.py`.
The last line of output is the JSON of the figures. The machine is shared: figures are
provisional.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "video"))

from conftest import Peer  # noqa: E402
from video_relay import SignallingRelay  # noqa: E402

CALL_SECONDS = 14.0
WARMUP_SECONDS = 4.0
FPS = 30


def raw_codec_core_fraction(frames: int = 150) -> float:
    """Fraction of one core that VP8 encode + decode of 640x480 at 30 fps costs, no call."""
    from aiortc.codecs.vpx import Vp8Decoder, vp8_depayload
    from aiortc.jitterbuffer import JitterFrame

    from desktop.video.bitrate import BitrateCap, CappedVp8Encoder
    from desktop.video.tracks import SyntheticVideoTrack

    track = SyntheticVideoTrack(640, 480, FPS)
    pictures = [track.make_frame(n) for n in range(frames)]
    encoder, decoder = CappedVp8Encoder(BitrateCap(500_000)), Vp8Decoder()
    started = time.process_time()
    for picture in pictures:
        payloads, ts = encoder.encode(picture)
        decoder.decode(JitterFrame(data=b"".join(vp8_depayload(p) for p in payloads), timestamp=ts))
    return (time.process_time() - started) / (frames / FPS)


def steady(events: list[dict], start: float, end: float) -> tuple[dict, dict]:
    window = [e for e in events if e["event"] == "stats" and start <= e["wall"] <= end]
    return window[0], window[-1]


def main() -> None:
    baseline = raw_codec_core_fraction()
    relay = SignallingRelay().start()
    answerer = Peer(relay.port, "--id", "mentee-1")
    answerer.wait_for(lambda e: e["event"] == "ready", 30)
    caller = Peer(relay.port, "--id", "mentor-1", "--remote", "mentee-1", "--offer")
    try:
        offering = caller.wait_for(lambda e: e["event"] == "offering", 30)
        connected = caller.wait_state("connected", 15)
        first = answerer.wait_for(lambda e: e["event"] == "first_frame", 15)
        time.sleep(CALL_SECONDS)
        t0 = connected["wall"] + WARMUP_SECONDS
        figures: dict[str, float] = {
            "offer_to_connected_ms": round((connected["wall"] - offering["wall"]) * 1000, 1),
            "offer_to_first_frame_ms": round((first["wall"] - offering["wall"]) * 1000, 1),
        }
        cpu = []
        for name, peer in (("caller", caller), ("answerer", answerer)):
            a, b = steady(peer.events, t0, t0 + CALL_SECONDS)
            dt = b["wall"] - a["wall"]
            cpu.append((b["cpu_s"] - a["cpu_s"]) / dt)
            figures[f"{name}_cpu_core_fraction"] = round(cpu[-1], 3)
            figures[f"{name}_received_fps"] = round((b["frames"] - a["frames"]) / dt, 1)
            window = [e for e in peer.events if e["event"] == "stats" and a["wall"] < e["wall"]]
            window = [e for e in window if e["wall"] <= b["wall"]]
            sent = [e["sent_video_bps"] for e in window]
            figures[f"{name}_sent_video_kbps_mean"] = round(sum(sent) / len(sent) / 1000, 1)
            figures[f"{name}_sent_video_kbps_max"] = round(max(sent) / 1000, 1)
            wire = [e["received_bps"] for e in window]
            figures[f"{name}_received_wire_kbps_mean"] = round(sum(wire) / len(wire) / 1000, 1)
            figures[f"{name}_good_frame_share"] = round(b["good_frames"] / max(b["frames"], 1), 3)
        figures["raw_vp8_codec_core_fraction"] = round(baseline, 3)
        figures["call_cpu_ratio"] = round(max(cpu) / baseline, 2)
        caller.send("hangup")
        caller.wait_state("ended", 10)
        answerer.wait_state("ended", 10)
    finally:
        caller.kill()
        answerer.kill()
        relay.stop()
    for key, value in figures.items():
        print(f"{key:36s} {value}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
