"""Garbage collection on the UI thread: cycles are freed there, never on a worker thread."""

from __future__ import annotations

import gc
import threading

from desktop.runtime.collector import UiThreadCollector


class Cyclic:
    """Records the thread it is freed on; lives in a reference cycle so only gc frees it."""

    freed_on: list[bool] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cyclic.freed_on.append(threading.current_thread() is threading.main_thread())


def test_collection_moves_to_ui_thread(qtbot):
    assert gc.isenabled()
    collector = UiThreadCollector(interval_ms=10)
    collector.start()
    try:
        assert not gc.isenabled()
        Cyclic.freed_on.clear()

        def worker():
            Cyclic()
            for _ in range(5 * gc.get_threshold()[0]):  # enough cycles to trigger automatic gc
                cycle: list = []
                cycle.append(cycle)

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join(10)
        assert Cyclic.freed_on == []  # not collected on the worker
        qtbot.waitUntil(lambda: Cyclic.freed_on == [True])
    finally:
        collector.stop()
    assert gc.isenabled()


def test_collect_if_due_skips_when_little_was_allocated(qtbot):
    collector = UiThreadCollector()
    collector.start()
    try:
        gc.collect()
        assert collector.collect_if_due() == 0
        Cyclic()
        assert collector.collect_now() >= 1
    finally:
        collector.stop()
