"""The database writer: one thread, submit order kept, queued work finished on close."""

from __future__ import annotations

import threading

import pytest
import sqlcipher3

from desktop.runtime.writer import DatabaseWriter, WriterClosed


def test_writes_run_in_submit_order_on_one_thread():
    writer = DatabaseWriter()
    seen = []
    futures = [
        writer.submit(lambda i: seen.append((i, threading.get_ident())), i) for i in range(200)
    ]
    writer.close()
    assert all(f.done() and f.exception() is None for f in futures)
    assert [i for i, _ in seen] == list(range(200))
    assert len({ident for _, ident in seen}) == 1
    assert seen[0][1] != threading.get_ident()


def test_real_sqlcipher_connection_lives_on_writer_thread(tmp_path):
    """The connection is opened by the initializer, so sqlite's same-thread check holds."""
    path = tmp_path / "profile.db"
    state = {}

    def open_db():
        conn = sqlcipher3.connect(str(path))
        conn.execute("PRAGMA key = \"x'" + "ab" * 32 + "'\"")
        conn.execute("CREATE TABLE log (n INTEGER)")
        state["conn"] = conn

    def insert(n):
        state["conn"].execute("INSERT INTO log VALUES (?)", (n,))
        state["conn"].commit()

    def read_all():
        return [r[0] for r in state["conn"].execute("SELECT n FROM log ORDER BY rowid")]

    writer = DatabaseWriter(initializer=open_db)
    for n in range(30):
        writer.submit(insert, n)
    assert writer.submit(read_all).result(timeout=30) == list(range(30))
    writer.submit(lambda: state["conn"].close()).result(timeout=30)
    writer.close()
    assert b"CREATE TABLE" not in path.read_bytes()  # encrypted on disk


def test_exception_goes_to_future_and_writer_keeps_working():
    with DatabaseWriter() as writer:
        bad = writer.submit(lambda: 1 / 0)
        good = writer.submit(lambda: "still fine")
        with pytest.raises(ZeroDivisionError):
            bad.result(timeout=30)
        assert good.result(timeout=30) == "still fine"


def test_close_finishes_queued_writes_then_refuses_new_ones():
    writer = DatabaseWriter()
    gate = threading.Event()
    writer.submit(gate.wait, 60)
    queued = [writer.submit(lambda i: i, i) for i in range(5)]
    closer = threading.Thread(target=writer.close)
    closer.start()
    gate.set()
    closer.join(60)
    assert not closer.is_alive()
    assert [f.result(timeout=0) for f in queued] == list(range(5))
    with pytest.raises(WriterClosed) as info:
        writer.submit(print)
    assert info.value.code == "runtime.writer_closed"
    writer.close()  # second close is harmless


def test_close_can_cancel_queued_writes():
    writer = DatabaseWriter()
    gate = threading.Event()
    running = writer.submit(gate.wait, 60)
    queued = writer.submit(lambda: "never")
    closer = threading.Thread(target=writer.close, kwargs={"cancel_pending": True})
    closer.start()
    while not queued.cancelled():  # close() cancels before it waits
        threading.Event().wait(0.01)
    gate.set()
    closer.join(60)
    assert running.result(timeout=0) is True
    assert queued.cancelled()


def test_close_from_writer_thread_is_refused():
    writer = DatabaseWriter()
    try:
        fut = writer.submit(writer.close)
        with pytest.raises(RuntimeError):
            fut.result(timeout=30)
        assert not writer.closed
    finally:
        writer.close()
