"""The growing delay after failed sign-ins, on a clock the test moves by hand."""

from __future__ import annotations

from desktop.vault.throttle import SignInThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_three_free_attempts_then_doubling_up_to_thirty_seconds() -> None:
    clock = Clock()
    throttle = SignInThrottle(clock)
    waits = []
    for _ in range(10):
        throttle.failed("lea")
        waits.append(throttle.check("lea"))
    assert waits == [0, 0, 1, 2, 4, 8, 16, 30, 30, 30]


def test_delay_runs_out_and_success_resets() -> None:
    clock = Clock()
    throttle = SignInThrottle(clock)
    for _ in range(4):
        throttle.failed("Léa")
    assert throttle.check("LÉA ") == 2
    clock.now += 1.5
    assert throttle.check("léa") == 0.5
    clock.now += 1
    assert throttle.check("léa") == 0
    throttle.failed("léa")
    assert throttle.check("léa") == 4
    throttle.succeeded("léa")
    assert throttle.check("léa") == 0
    throttle.failed("léa")
    assert throttle.check("léa") == 0


def test_usernames_are_counted_apart_and_not_kept_in_clear() -> None:
    throttle = SignInThrottle(Clock())
    for _ in range(5):
        throttle.failed("marc")
    assert throttle.check("marc") > 0
    assert throttle.check("priya") == 0
    assert "marc" not in repr(throttle.__dict__)
