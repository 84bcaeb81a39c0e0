"""A full disk during sync (issue 9, defect 11): the status says so, nothing is lost, and
sync resumes once space is freed.

The PCs' data lives on a real small disk (a 64 MiB tmpfs) when the tests run as root, and
the disk is filled by a file until writes fail with ENOSPC; elsewhere SQLite's own page
limit on the real database gives the same SQLITE_FULL. Real server, real SQLCipher.
"""

from __future__ import annotations

import asyncio
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from desktop.models.tables import Message
from desktop.services.accounts import engine_for
from desktop.services.sync_scenario import Scenario
from desktop.sync.engine import failure_code
from desktop.sync.outbox import pending_count, record_change
from jumelage_protocol import CodedError
from tests.support.server import start_server

MESSAGES = 1500  # enough that applying them must grow the database beyond its free pages


class Disk:
    """Where the PCs keep their data, and a way to fill it and free it again."""

    def __init__(self, root: Path, mounted: bool) -> None:
        self.root, self.mounted = root, mounted
        self._filler = root / "filler.bin"
        self._engine = None

    def fill(self, db_engine) -> None:
        if self.mounted:
            # unbuffered: a buffered file would raise ENOSPC again when closed, flushing
            with open(self._filler, "wb", buffering=0) as out:
                chunk = b"\0" * (1 << 20)
                try:
                    while True:
                        out.write(chunk)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
            return
        self._engine = db_engine
        event.listen(db_engine, "checkout", _no_growth)

    def free(self) -> None:
        if self.mounted:
            self._filler.unlink()
            return
        event.remove(self._engine, "checkout", _no_growth)
        event.listen(self._engine, "checkout", _growth)


def _no_growth(dbapi_connection, _record, _proxy) -> None:
    pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
    dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def _growth(dbapi_connection, _record, _proxy) -> None:
    dbapi_connection.execute("PRAGMA max_page_count = 1073741823")


@pytest.fixture
def disk(tmp_path) -> Iterator[Disk]:
    root = tmp_path / "pcs"
    root.mkdir()
    mounted = False
    if os.geteuid() == 0:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64m,mode=0700", "tmpfs", str(root)],
            capture_output=True,
        )
        mounted = done.returncode == 0
    try:
        yield Disk(root, mounted)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(root)], capture_output=True)


def messages(profile) -> int:
    with profile.sessionmaker() as s:
        return s.scalar(select(func.count()).select_from(Message)) or 0


def test_a_full_disk_is_said_plainly_and_sync_resumes_once_space_is_freed(tmp_path, disk):
    server = start_server(tmp_path)
    scenario: Scenario | None = None
    try:
        scenario = asyncio.run(server.new_program(disk.root))
        mentor, mentee = scenario.mentors[0], scenario.mentees[0]
        scope = f"pair:{scenario.pairs[0]}"
        with mentee.profile.sessionmaker.begin() as s:
            for n in range(MESSAGES):
                record_change(
                    s, scope=scope, entity="message", author=mentee.profile.person_id,
                    fields={"body": f"message {n} " + "x" * 600},
                )  # fmt: skip
        with mentor.profile.sessionmaker.begin() as s:
            record_change(
                s, scope=scope, entity="message", author=mentor.profile.person_id,
                fields={"body": "écrit avant que le disque soit plein"},
            )  # fmt: skip

        async def go():
            mentee_engine = engine_for(mentee.profile, live=False)
            mentor_engine = engine_for(mentor.profile, live=False)
            try:
                await mentee_engine.sync_once()
                before = messages(mentor.profile)
                disk.fill(mentor.profile.engine)
                with pytest.raises(CodedError):  # DatabaseFull, or the driver's
                    await mentor_engine.sync_once()
                status = mentor_engine.status
                assert (status.state, status.error_code) == ("error", "storage_full")
                assert messages(mentor.profile) == before  # rolled back, nothing torn
                with mentor.profile.sessionmaker() as s:
                    assert pending_count(s) <= 1  # kept until the server has acknowledged it

                disk.free()
                status = await mentor_engine.sync_once()
                assert (status.state, status.error_code, status.pending) == ("synced", None, 0)
                assert messages(mentor.profile) == before + MESSAGES
                await mentee_engine.sync_once()
                assert messages(mentee.profile) == messages(mentor.profile)
            finally:
                await mentee_engine.client.aclose()
                await mentor_engine.client.aclose()

        asyncio.run(go())
    finally:
        if scenario is not None:
            scenario.close()
        server.stop()


def test_failure_codes_of_a_read_only_or_full_database_are_their_own(replica_factory):
    """The errors a real SQLCipher database raises keep their codes in the sync status."""
    caught = []
    for pragma in ("PRAGMA query_only = ON", "PRAGMA max_page_count = 1"):
        maker = replica_factory(pragma.split()[1])  # a database of its own: pragmas stay
        try:
            with maker.begin() as s:
                s.connection().exec_driver_sql(pragma)
                for _ in range(50):
                    record_change(s, scope="pair:p1", entity="message", author="mentor",
                                  fields={"body": "x" * 2000})  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - what the engine's round would meet
            caught.append(failure_code(exc))
    assert caught == ["storage_read_only", "storage_full"]
    assert failure_code(RuntimeError("a bug with a name in it: Zoé")) == "unexpected"
