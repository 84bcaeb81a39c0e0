"""Two real aiortc peers in separate processes, signalling through the loopback relay.

Nothing here depends on how fast the machine is: the peers run with `--stats-interval 0.5`
and `--silence 1`, and a call samples stats only while it hears the other side, so its n-th
sample proves that n x 0.5 s of the call went by with the other side heard at most 1 s
before. Durations are checked against those facts and against the moments the peer
reported its own state changes, never against a fixed figure of speed.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

INTERVAL_S, SILENCE_S, RECONNECT_S = 0.5, 1.0, 3.0
FAST = [
    "--silence", str(SILENCE_S), "--reconnect", str(RECONNECT_S),
    "--stats-interval", str(INTERVAL_S),
]  # fmt: skip
CAP_BPS = 500_000  # the video mode's ceiling (desktop.video.modes.SPECS)


def mean_sent_video_bps(samples: list[dict]) -> float:
    """Bytes sent over the whole span of the samples: one busy second cannot tip it."""
    pairs = zip(samples, samples[1:], strict=False)
    sent = sum(b["sent_video_bps"] * (b["at"] - a["at"]) for a, b in pairs)
    return sent / (samples[-1]["at"] - samples[0]["at"])


def test_frames_arrive_in_order_and_hang_up_ends_both(peers):
    answerer = peers("--id", "mentee-1", *FAST)
    caller = peers("--id", "mentor-1", "--remote", "mentee-1", "--offer", *FAST)
    caller.wait_state("connected")
    answerer.wait_state("connected")

    def flowing(e: dict) -> bool:
        return e["good_frames"] >= 45 and e["audio_frames"] > 50

    # the 3rd sample: 1.5 s of the answerer's call, so its duration at hang-up exceeds 1 s
    seen = answerer.nth("stats", 3, flowing)
    assert seen["sizes"] == [[640, 480]]
    caller.nth("stats", 8, lambda e: e["sent_video_bps"] > 0)  # 4 s of sending, at least
    assert 0 < mean_sent_video_bps(caller.of("stats")) < CAP_BPS

    caller.send("hangup")
    mine = caller.wait_state("ended")
    theirs = answerer.wait_state("ended")
    assert mine["reason"] == "hung_up"
    assert theirs["reason"] == "remote_hung_up"
    assert theirs["duration_s"] > 1.0
    assert caller.proc.wait(60) == 0
    assert answerer.proc.wait(60) == 0


def test_killed_peer_gives_reconnecting_then_peer_lost(peers):
    answerer = peers("--id", "mentee-1", *FAST)
    caller = peers("--id", "mentor-1", "--remote", "mentee-1", "--offer", *FAST)
    connected = answerer.wait_state("connected")
    # The 4th sample comes >= 2 s into the call and while the caller was heard <= 1 s before:
    # the last heartbeat the answerer heard is at least 1 s into the call.
    answerer.nth("stats", 4, lambda e: e["good_frames"] > 10)
    caller.kill()
    ended = answerer.wait_state("ended")
    assert ended["reason"] == "peer_lost"
    states = [e["state"] for e in answerer.of("state")]
    assert states[-2:] == ["reconnecting", "ended"]
    # (a busy machine may also give a short 'reconnecting' earlier: the last one counts)
    reconnecting = [e for e in answerer.of("state") if e["state"] == "reconnecting"][-1]
    # Counted up to the last heartbeat heard: at least that 1 s, and less than the time to
    # the last 'reconnecting' (which comes 1 s of silence after it), so neither that silence
    # nor the 3 s wait for the lost peer is counted as call time.
    assert 1.0 <= ended["duration_s"] < reconnecting["mono"] - connected["mono"]
