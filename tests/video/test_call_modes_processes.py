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

    answerer.wait_for(remote_mode("audio"))
    # 120 kbps is under low video's floor: the caller may jump there straight from video
    steps = [e["mode"] for e in caller.of("mode") if e["by"] == "local"]
    assert steps in (["audio"], ["low_video", "audio"])
    reasons = [e["reason"] for e in caller.of("mode") if e["by"] == "local"]
    assert reasons and set(reasons) <= {"loss", "bandwidth"}
    before = answerer.of("stats")[-1]["audio_frames"]
    later = answerer.wait_for(lambda e: e["event"] == "stats" and e["audio_frames"] > before + 50)
    assert later["mode"] == "video"  # the answerer's own uplink is fine: it keeps its mode


def test_a_mode_chosen_by_hand_is_seen_and_respected_by_the_other_side(peers):
    answerer = peers("--id", "mentee-1", *FAST)
    caller = peers("--id", "mentor-1", "--remote", "mentee-1", "--offer", *FAST)
    caller.wait_for(lambda e: e["event"] == "stats" and e["good_frames"] > 10)
    answerer.wait_for(lambda e: e["event"] == "stats" and e["frames"] > 10)
    answerer.send("mode audio")
    # (on a busy machine the ladder may change a mode by itself first: look for the hand's)
    seen = caller.wait_for(
        lambda e: e["event"] == "mode" and e["by"] == "remote" and e["reason"] == "manual"
    )
    assert seen["mode"] == "audio"
    caller.wait_for(lambda e: e["event"] == "mode" and e["by"] == "local" and e["mode"] == "audio")

    # No more video in either direction, but audio goes on: wait (a hang is the failure)
    # until the answerer's video count has stood still over 4 samples (2 s of its call)
    # while 50 audio frames came in, then check it stays still while 50 more come.
    def video_stopped(e: dict) -> bool:
        stats = answerer.of("stats")
        if e["event"] != "stats" or e not in stats[4:]:
            return False
        first = stats[stats.index(e) - 4]
        return first["frames"] == e["frames"] and e["audio_frames"] > first["audio_frames"] + 50

    settled = answerer.wait_for(video_stopped)
    later = answerer.wait_for(
        lambda e: e["event"] == "stats" and e["audio_frames"] > settled["audio_frames"] + 50
    )
    assert settled["frames"] > 10
    assert later["frames"] == settled["frames"]
