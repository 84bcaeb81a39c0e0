"""The network loop and its Qt bridge: outcomes reach the UI thread; stop is clean."""

from __future__ import annotations

import asyncio
import logging
import threading

import pytest

from desktop.runtime.loop import AsyncBridge, LoopNotRunning, NetworkLoop


def _main() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_result_reaches_ui_thread(qtbot, network_loop):
    bridge = AsyncBridge(network_loop)
    seen = []

    async def work(x):
        await asyncio.sleep(0)
        return x * 2, threading.current_thread().name

    with qtbot.waitSignal(bridge.finished) as blocker:
        bridge.run(work(21), on_success=lambda r: seen.append((r, _main())))

    assert seen == [((42, "test-network"), True)]
    assert blocker.args == [(42, "test-network")]


def test_exception_reaches_ui_thread(qtbot, network_loop, failure_hook):
    bridge = AsyncBridge(network_loop)
    seen = []

    async def boom():
        raise ValueError("bad input")

    with qtbot.waitSignal(bridge.failed) as blocker:
        future = bridge.run(boom(), on_failure=lambda e: seen.append((e, _main())))

    assert isinstance(future.exception(), ValueError)
    [(exc, on_main)] = seen
    assert isinstance(exc, ValueError) and str(exc) == "bad input"
    assert on_main
    assert blocker.args[0] is exc
    assert failure_hook.calls == []  # handled by the caller, so not reported


def test_unhandled_failure_goes_to_hook_without_message_in_log(
    qtbot, network_loop, failure_hook, caplog
):
    bridge = AsyncBridge(network_loop)

    async def leak(text):
        raise RuntimeError(text)

    caplog.set_level(logging.ERROR, logger="jumelage.runtime")
    with qtbot.waitSignal(bridge.failed):
        bridge.run(leak("message from " + "Amélie Tremblay"))

    [(exc, on_main)] = failure_hook.calls
    assert isinstance(exc, RuntimeError) and on_main
    assert "RuntimeError" in caplog.text
    assert "Amélie" not in caplog.text


def test_exception_escaping_the_loop_reaches_hook(qtbot, network_loop, failure_hook, caplog):
    AsyncBridge(network_loop)  # listens for loop-level exceptions

    def callback_that_fails(text):
        raise KeyError(text)

    network_loop.call_soon(callback_that_fails, "Jordan" + "'s phone number")
    qtbot.waitUntil(lambda: len(failure_hook.calls) == 1)
    exc, on_main = failure_hook.calls[0]
    assert isinstance(exc, KeyError) and on_main
    assert "Jordan" not in caplog.text


def test_failing_success_callback_is_reported(qtbot, network_loop, failure_hook):
    bridge = AsyncBridge(network_loop)

    async def fine():
        return 1

    def bad_callback(_):
        raise ZeroDivisionError

    bridge.run(fine(), on_success=bad_callback)
    qtbot.waitUntil(lambda: len(failure_hook.calls) == 1)
    assert isinstance(failure_hook.calls[0][0], ZeroDivisionError)


def test_stop_cancels_pending_tasks_and_is_idempotent():
    net = NetworkLoop(name="stop-test")
    net.start()
    net.start()  # no-op while running
    cleaned_up = threading.Event()
    started = threading.Event()

    async def forever():
        started.set()
        try:
            await asyncio.Event().wait()
        finally:
            cleaned_up.set()

    future = net.submit(forever())
    assert started.wait(30)
    loop = net.loop

    assert net.stop(timeout=30) is True
    assert future.cancelled()
    assert cleaned_up.is_set()
    assert loop.is_closed()
    assert not net.running
    assert net.stop() is True  # second call is harmless

    coro = forever()
    with pytest.raises(LoopNotRunning):
        net.submit(coro)
    assert coro.cr_frame is None  # closed, so no "never awaited" warning


def test_loop_restarts_after_stop():
    net = NetworkLoop()
    net.start()
    net.stop()
    net.start()
    try:

        async def answer():
            return 7

        assert net.submit(answer()).result(timeout=30) == 7
    finally:
        net.stop()


def test_cancelled_coroutine_is_not_reported_as_failure(qtbot, network_loop, failure_hook):
    bridge = AsyncBridge(network_loop)
    outcomes = []

    async def slow():
        await asyncio.Event().wait()

    future = bridge.run(slow(), on_failure=outcomes.append)
    future.cancel()
    qtbot.waitUntil(lambda: len(outcomes) == 1)
    assert isinstance(outcomes[0], asyncio.CancelledError)
    assert failure_hook.calls == []
