"""The mode ladder with two real peers in separate processes: a policed uplink and a hand choice."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

FAST = ["--silence", "1", "--reconnect", "3", "--stats-interval", "0.5"]


def test_policed_uplink_takes_the_caller_down_to_audio_and_audio_keeps_flowing(peers):
    answerer = peers("--id", "mentee-1", *FAST)
    caller = peers(
        "--id",
        "mentor-1",
        "--remote",
        "mentee-1",
        "--offer",
        "--limit-kbps",
        "120",
        "--hold",
        "1.5",
        *FAST,
    )
    caller.wait_state("connected")

    def remote_mode(mode):
        return lambda e: e["event"] == "mode" and e["by"] == "remote" and e["mode"] == mode

    answerer.wait_for(remote_mode("audio"), timeout=20)
    # 120 kbps is under low video's floor: the caller may jump there straight from video
    steps = [e["mode"] for e in caller.of("mode") if e["by"] == "local"]
    assert steps in (["audio"], ["low_video", "audio"])
    reasons = [e["reason"] for e in caller.of("mode") if e["by"] == "local"]
    assert reasons and set(reasons) <= {"loss", "bandwidth"}
    before = answerer.of("stats")[-1]["audio_frames"]
    later = answerer.wait_for(
        lambda e: e["event"] == "stats" and e["audio_frames"] > before + 50, timeout=5
    )
    assert later["mode"] == "video"  # the answerer's own uplink is fine: it keeps its mode


def test_a_mode_chosen_by_hand_is_seen_and_respected_by_the_other_side(peers):
    answerer = peers("--id", "mentee-1", *FAST)
    caller = peers("--id", "mentor-1", "--remote", "mentee-1", "--offer", *FAST)
    caller.wait_for(lambda e: e["event"] == "stats" and e["good_frames"] > 10)
    answerer.send("mode audio")
    seen = caller.wait_for(lambda e: e["event"] == "mode" and e["by"] == "remote")
    assert (seen["mode"], seen["reason"]) == ("audio", "manual")
    local = caller.wait_for(
        lambda e: e["event"] == "mode" and e["by"] == "local" and e["mode"] == "audio"
    )
    settled = answerer.wait_for(lambda e: e["event"] == "stats" and e["wall"] > local["wall"] + 1)
    later = answerer.wait_for(lambda e: e["event"] == "stats" and e["wall"] > settled["wall"] + 2)
    assert settled["frames"] > 10
    assert later["frames"] == settled["frames"]  # no more video in either direction
    assert later["audio_frames"] > settled["audio_frames"] + 50  # but audio goes on
