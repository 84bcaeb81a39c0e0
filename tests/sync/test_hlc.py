"""Hybrid logical clocks and the clock-skew check."""

import pytest

from desktop.sync.hlc import ClockSkewError, HlcClock, Stamp, check_skew
from jumelage_protocol import MAX_CLOCK_SKEW_SECONDS


def test_now_is_monotonic_even_when_the_wall_clock_goes_back():
    wall = [1_000_000]
    clock = HlcClock("a", wall=lambda: wall[0])
    first = clock.now()
    wall[0] -= 5_000
    second, third = clock.now(), clock.now()
    assert first < second < third
    assert Stamp.parse(third).ms == 1_000_000


def test_observe_moves_past_remote_and_text_order_is_time_order():
    clock = HlcClock("a", wall=lambda: 1_000)
    clock.observe("0000000005000-00007-b")
    assert clock.now() > "0000000005000-00007-b"
    assert str(Stamp(12, 3, "x")) == "0000000000012-00003-x"


def test_observe_ignores_stamps_from_the_far_future():
    clock = HlcClock("a", wall=lambda: 1_000)
    far = f"{1_000 + MAX_CLOCK_SKEW_SECONDS * 1000 + 1:013d}-00000-b"
    clock.observe(far)
    assert clock.now() < far


def test_counter_overflow_borrows_a_millisecond():
    clock = HlcClock("a", "0000000001000-99999-a", wall=lambda: 1_000)
    assert clock.now() == "0000000001001-00000-a"


def test_clock_skew_raises_stable_code():
    assert check_skew(1_000_000, wall=lambda: 1_000_500) == 500
    with pytest.raises(ClockSkewError) as info:
        check_skew(0, wall=lambda: MAX_CLOCK_SKEW_SECONDS * 1000 + 1)
    assert info.value.code == "clock_skew"


def test_bad_node_or_stamp_is_refused():
    with pytest.raises(ValueError):
        HlcClock("no-dashes")
    with pytest.raises(ValueError):
        Stamp.parse("12-3-a")
