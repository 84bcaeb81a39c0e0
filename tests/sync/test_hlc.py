"""Hybrid logical clocks and the clock-skew check."""

import pytest

from desktop.sync.hlc import HlcClock, Stamp, clock_is_off, horizon_ms
from jumelage_protocol import MAX_CLOCK_SKEW_SECONDS

SKEW_MS = MAX_CLOCK_SKEW_SECONDS * 1000


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


@pytest.mark.parametrize("apart_s", [301, 320, 450, 580, 600])
def test_observe_follows_every_stamp_the_server_could_accept(apart_s):
    """Two PCs each within the skew of the server may be twice the skew apart: a stamp from
    the PC ahead is followed by the PC behind, so its next change comes after it."""
    server = 10_000_000
    behind = server - apart_s * 1000 // 2
    remote = f"{server + apart_s * 1000 // 2:013d}-00003-b"
    by_page = HlcClock("a", wall=lambda: behind)
    by_page.observe(remote, server_time_ms=server)
    by_wall = HlcClock("a", wall=lambda: behind)
    by_wall.observe(remote)  # a held op retried later: no page, this PC's clock stands in
    assert by_page.now() > remote and by_wall.now() > remote


def test_observe_ignores_stamps_the_server_never_accepted():
    clock = HlcClock("a", wall=lambda: 1_000)
    far = f"{horizon_ms(1_000) + 1:013d}-00000-b"
    clock.observe(far, server_time_ms=1_000)
    assert clock.now() < far
    beyond_two_skews = f"{1_000 + 2 * SKEW_MS + 1:013d}-00000-b"
    clock.observe(beyond_two_skews)
    assert clock.now() < beyond_two_skews


def test_counter_overflow_borrows_a_millisecond():
    clock = HlcClock("a", "0000000001000-99999-a", wall=lambda: 1_000)
    assert clock.now() == "0000000001001-00000-a"


def test_clock_is_off_beyond_the_protocol_limit_either_way():
    assert not clock_is_off(1_000_000, wall=lambda: 1_000_000 + SKEW_MS)
    assert clock_is_off(1_000_000, wall=lambda: 1_000_000 + SKEW_MS + 1)
    assert clock_is_off(1_000_000 + SKEW_MS + 1, wall=lambda: 0)


def test_bad_node_or_stamp_is_refused():
    with pytest.raises(ValueError):
        HlcClock("no-dashes")
    with pytest.raises(ValueError):
        Stamp.parse("12-3-a")
