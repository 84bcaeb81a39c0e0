"""The mode controller, driven by a fake clock and synthetic link samples."""

from __future__ import annotations

from desktop.video.modes import LinkSample, Mode, ModeController


def run(controller: ModeController, start: float, seconds: float, **fields):
    """Feed one sample a second; return the decisions made."""
    decisions = []
    t = start
    while t < start + seconds:
        decision = controller.feed(LinkSample(at=t, **fields))
        if decision:
            decisions.append((t - start, decision))
        t += 1.0
    return decisions


def test_sustained_loss_steps_down_after_five_seconds_not_before():
    c = ModeController()
    assert run(c, 0, 5, loss=0.2) == []  # t = 0..4: 4 s of loss is not enough
    decisions = run(c, 5, 1, loss=0.2)
    assert [(d.mode, d.reason) for _, d in decisions] == [(Mode.LOW_VIDEO, "loss")]


def test_a_short_burst_of_loss_changes_nothing():
    c = ModeController()
    run(c, 0, 3, loss=0.5)
    assert run(c, 3, 1, loss=0.0) == []
    assert run(c, 4, 4, loss=0.5) == []  # the 5 s restart from the burst's start
    assert c.mode == Mode.VIDEO


def test_loss_with_no_capacity_figure_walks_down_one_rung_at_a_time_to_text():
    c = ModeController()
    decisions = run(c, 0, 40, loss=0.3)
    assert [(t, d.mode) for t, d in decisions] == [
        (5, Mode.LOW_VIDEO),
        (11, Mode.AUDIO),  # evidence restarts after each change: 5 s more each time
        (17, Mode.TEXT),
    ]


def test_estimate_far_under_the_floors_jumps_to_audio_after_five_seconds_not_before():
    c = ModeController()
    assert run(c, 0, 5, estimate_bps=80_000, loss=0.0) == []  # 4 s of evidence: no change
    decisions = run(c, 5, 20, estimate_bps=80_000, loss=0.0)
    assert [(t, d.mode, d.reason) for t, d in decisions] == [(0, Mode.AUDIO, "bandwidth")]
    # audio has no floor: it is judged by loss only, so a low estimate never means text


def test_estimate_between_the_floors_steps_one_rung_and_holds():
    c = ModeController()
    decisions = run(c, 0, 25, estimate_bps=200_000, loss=0.0)
    assert [(t, d.mode) for t, d in decisions] == [(5, Mode.LOW_VIDEO)]


def test_heavy_loss_shows_what_the_link_carries_and_jumps_past_low_video():
    """Sending 400 kbps into 100 kbps: 75 % loss, 100 kbps delivered, under low video's floor."""
    c = ModeController()
    decisions = run(c, 0, 6, loss=0.75, delivered_bps=100_000)
    assert [(t, d.mode, d.reason) for t, d in decisions] == [(5, Mode.AUDIO, "loss")]


def test_the_jump_uses_the_mean_of_the_bad_seconds_not_one_of_them():
    c = ModeController()
    run(c, 0, 4, loss=0.75, delivered_bps=90_000)
    decisions = run(c, 4, 2, loss=0.2, delivered_bps=400_000)  # mean 152 kbps: low video fits
    assert [(t, d.mode) for t, d in decisions] == [(1, Mode.LOW_VIDEO)]


def test_delivered_rate_under_light_loss_says_nothing_about_capacity():
    c = ModeController()
    decisions = run(c, 0, 6, estimate_bps=250_000, loss=0.05, delivered_bps=50_000)
    assert [d.mode for _, d in decisions] == [Mode.LOW_VIDEO]  # the estimate (250k) decides


def test_probe_up_after_thirty_good_seconds():
    c = ModeController()
    run(c, 0, 6, loss=0.2)
    assert c.mode == Mode.LOW_VIDEO
    assert run(c, 6, 29, loss=0.0) == []
    decisions = run(c, 35, 1, loss=0.0)
    assert [(d.mode, d.reason) for _, d in decisions] == [(Mode.VIDEO, "probe")]


def test_failed_probe_doubles_the_wait():
    c = ModeController()
    run(c, 0, 6, loss=0.2)  # -> low video at t=5
    run(c, 6, 30, loss=0.0)  # -> probe video at t=35
    assert c.mode == Mode.VIDEO
    run(c, 36, 6, loss=0.2)  # probe fails at t=41 -> low video
    assert c.mode == Mode.LOW_VIDEO
    assert run(c, 42, 59, loss=0.0) == []  # t=42..100: 30 s is no longer enough
    assert [d.mode for _, d in run(c, 101, 1, loss=0.0)] == [Mode.VIDEO]  # 60 s after


def test_cpu_overload_drops_to_low_video_and_stays_there():
    c = ModeController()
    decisions = run(c, 0, 6, encode_cpu=0.85)
    assert [(d.mode, d.reason) for _, d in decisions] == [(Mode.LOW_VIDEO, "cpu")]
    assert run(c, 6, 120, encode_cpu=0.3) == []  # no probe back to a video the PC cannot encode
    assert c.mode == Mode.LOW_VIDEO


def test_cpu_under_the_threshold_is_fine():
    c = ModeController()
    assert run(c, 0, 20, encode_cpu=0.65) == []


def test_manual_mode_pins_until_auto():
    c = ModeController()
    assert c.set_manual(Mode.AUDIO, 0).mode == Mode.AUDIO
    assert run(c, 0, 60, loss=0.0) == []  # no probing while pinned
    assert run(c, 60, 10, loss=0.5) == []
    back = c.set_manual(None, 70)
    assert (back.mode, back.reason) == (Mode.AUDIO, "auto")
    assert [d.mode for _, d in run(c, 70, 31, loss=0.0)] == [Mode.LOW_VIDEO]


def test_a_second_without_reports_does_not_restart_the_evidence():
    """On a saturated link receiver reports get lost too: 'no report' is not a good second."""
    c = ModeController()
    run(c, 0, 2, loss=0.5)
    assert run(c, 2, 1) == []  # t=2: nothing measured
    decisions = run(c, 3, 3, loss=0.5)
    assert [(t, d.mode) for t, d in decisions] == [(2, Mode.LOW_VIDEO)]  # at t=5, as if unbroken


def test_missing_measurements_are_not_bad_news():
    c = ModeController()
    assert run(c, 0, 20) == []
    assert c.mode == Mode.VIDEO
