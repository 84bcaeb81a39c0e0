"""Two real aiortc peers in separate processes, signalling through the loopback relay."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

FAST = ["--silence", "1", "--reconnect", "3", "--stats-interval", "0.5"]


def test_frames_arrive_in_order_and_hang_up_ends_both(peers):
    answerer = peers("--id", "mentee-1", *FAST)
    caller = peers("--id", "mentor-1", "--remote", "mentee-1", "--offer", *FAST)
    caller.wait_state("connected")
    answerer.wait_state("connected")

    def flowing(e: dict) -> bool:
        return e["event"] == "stats" and e["good_frames"] >= 45 and e["audio_frames"] > 50

    seen = answerer.wait_for(flowing, timeout=20)
    assert seen["fps"] > 10
    assert seen["sizes"] == [[640, 480]]
    sent = caller.wait_for(lambda e: e["event"] == "stats" and e["sent_video_bps"] > 0)
    assert sent["sent_video_bps"] < 500_000

    caller.send("hangup")
    mine = caller.wait_state("ended")
    theirs = answerer.wait_state("ended")
    assert mine["reason"] == "hung_up"
    assert theirs["reason"] == "remote_hung_up"
    assert theirs["duration_s"] > 1.0
    assert caller.proc.wait(10) == 0
    assert answerer.proc.wait(10) == 0


def test_killed_peer_gives_reconnecting_then_peer_lost(peers):
    answerer = peers("--id", "mentee-1", *FAST)
    caller = peers("--id", "mentor-1", "--remote", "mentee-1", "--offer", *FAST)
    answerer.wait_state("connected")
    answerer.wait_for(lambda e: e["event"] == "stats" and e["good_frames"] > 10)
    caller.kill()
    answerer.wait_state("reconnecting", timeout=10)
    ended = answerer.wait_state("ended", timeout=15)
    assert ended["reason"] == "peer_lost"
    assert ended["duration_s"] > 0.5
