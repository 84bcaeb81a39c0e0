"""Background operations: work off the UI thread, callbacks on it, cancellation and shutdown."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer
from shiboken6 import Shiboken

from desktop.runtime.operations import (
    BackgroundOp,
    LatestRead,
    OperationCancelled,
    active_background_ops,
    wait_for_background_ops,
)
from desktop.runtime.writer import DatabaseWriter


def _main() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_success_runs_on_ui_thread_and_work_does_not(qtbot):
    seen = []
    BackgroundOp(lambda p: _main()).success(lambda r: seen.append((r, _main()))).run()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(False, True)]  # fn off the main thread, callback on it


def test_failure_runs_on_ui_thread_with_the_exception(qtbot, failure_hook):
    seen = []

    def fn(progress):
        raise LookupError("no such profile")

    BackgroundOp(fn).success(lambda r: seen.append("success")).failure(
        lambda e: seen.append((type(e), str(e), _main()))
    ).run()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(LookupError, "no such profile", True)]
    assert failure_hook.calls == []


def test_unhandled_failure_reaches_hook(qtbot, failure_hook):
    def fn(progress):
        raise OSError("disk full")

    BackgroundOp(fn).run()
    qtbot.waitUntil(lambda: bool(failure_hook.calls))
    [(exc, on_main)] = failure_hook.calls
    assert isinstance(exc, OSError) and on_main


def test_progress_arrives_on_ui_thread_and_ends_with_latest(qtbot):
    reports, results = [], []

    def fn(progress):
        for i in range(1, 51):
            progress.report(i, 50, "Deriving key")
        return "done"

    (
        BackgroundOp(fn)
        .progress(lambda d, t, label: reports.append((d, t, label, _main())))
        .success(results.append)
        .run()
    )
    qtbot.waitUntil(lambda: bool(results))
    assert results == ["done"]
    assert reports, "at least one progress report must arrive"
    assert reports[-1] == (50, 50, "Deriving key", True)  # delivered before success
    assert all(r[3] for r in reports)
    done_values = [r[0] for r in reports]
    assert done_values == sorted(done_values)


def test_ui_thread_keeps_running_while_work_waits(qtbot):
    """The work waits for something only the UI thread's event loop can do."""
    ui_ran = threading.Event()
    results = []
    BackgroundOp(lambda p: ui_ran.wait(60)).success(results.append).run()
    QTimer.singleShot(0, ui_ran.set)
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    assert results == [True]


def test_cancel_stops_work_and_is_not_an_error(qtbot, failure_hook):
    started = threading.Event()
    outcome = []

    def fn(progress):
        started.set()
        while True:
            progress.raise_if_cancelled()
            threading.Event().wait(0.01)

    op = BackgroundOp(fn).failure(outcome.append).run()
    assert started.wait(60)
    op.cancel()
    qtbot.waitUntil(lambda: bool(outcome))
    assert isinstance(outcome[0], OperationCancelled)
    assert failure_hook.calls == []


def test_wait_for_background_ops_cancels_and_waits(qtbot):
    started = threading.Event()

    def fn(progress):
        started.set()
        while not progress.cancelled:
            threading.Event().wait(0.01)
        return "stopped"

    results = []
    BackgroundOp(fn).success(results.append).run()
    assert started.wait(60)
    assert active_background_ops() >= 1
    assert wait_for_background_ops(timeout=30) is True
    assert active_background_ops() == 0
    qtbot.waitUntil(lambda: bool(results))
    assert results == ["stopped"]


def test_callbacks_dropped_when_parent_is_deleted(qtbot, failure_hook):
    parent = QObject()
    release = threading.Event()
    seen = []
    BackgroundOp(lambda p: release.wait(60), parent=parent).success(seen.append).run()
    Shiboken.delete(parent)
    release.set()
    assert wait_for_background_ops(timeout=30, cancel=False)
    qtbot.wait(20)  # let any queued callback run, were there one
    assert seen == []
    assert failure_hook.calls == []


def test_op_on_writer_runs_in_order_with_writes(qtbot):
    writer = DatabaseWriter()
    try:
        order = []
        writer.submit(order.append, "first write")
        results = []
        BackgroundOp(lambda p: (writer.is_writer_thread(), list(order)), writer=writer).success(
            results.append
        ).run()
        qtbot.waitUntil(lambda: bool(results))
        assert results == [(True, ["first write"])]
    finally:
        writer.close()


def test_run_twice_is_refused(qtbot):
    op = BackgroundOp(lambda p: None).run()
    try:
        op.run()
    except RuntimeError:
        pass
    else:
        raise AssertionError("a second run() must be refused")
    assert wait_for_background_ops(timeout=30)


def test_wait_returns_only_after_the_worker_has_posted_its_result(qtbot, monkeypatch):
    """Shutdown may free Qt objects once the wait returns: no worker may still be posting."""
    from desktop.runtime import dispatch

    posting, posted = threading.Event(), threading.Event()
    real_post = dispatch.UiDispatcher.post

    def slow_post(self, fn):
        posting.set()
        threading.Event().wait(0.2)  # widens the window a wrong order would leave open
        real_post(self, fn)
        posted.set()

    monkeypatch.setattr(dispatch.UiDispatcher, "post", slow_post)
    results = []
    BackgroundOp(lambda p: "done").success(results.append).run()
    assert posting.wait(60)
    assert wait_for_background_ops(timeout=30, cancel=False)
    assert posted.is_set()  # the result was handed over before the op counted as finished
    qtbot.waitUntil(lambda: bool(results))
    assert results == ["done"]


def test_latest_read_shows_only_the_newest_answer(qtbot):
    owner = QObject()
    reads = LatestRead(owner)
    release_first = threading.Event()
    shown: list[tuple[str, bool]] = []

    def slow() -> str:
        release_first.wait(10)
        return "stale rows"

    reads.run(slow, lambda rows: shown.append((rows, _main())))
    assert reads.loading
    reads.run(lambda: "fresh rows", lambda rows: shown.append((rows, _main())))
    qtbot.waitUntil(lambda: not reads.loading)
    release_first.set()  # the older answer arrives last: it must not replace the newer one
    assert wait_for_background_ops(5)
    qtbot.wait(50)  # let a (wrong) late delivery reach the UI thread if it were posted
    assert shown == [("fresh rows", True)]


def test_latest_read_failure_goes_to_its_handler_on_the_ui_thread(qtbot):
    reads = LatestRead(QObject())
    failed: list[tuple[type, bool]] = []

    def broken() -> None:
        raise LookupError("gone")

    reads.run(broken, lambda _v: None, lambda exc: failed.append((type(exc), _main())))
    qtbot.waitUntil(lambda: bool(failed))
    assert failed == [(LookupError, True)] and not reads.loading
