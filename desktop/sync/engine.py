"""The sync engine of one signed-in profile: push the outbox, pull every scope, stay live.

`sync_once` does one full round: heads (and the clock check), new key grants, directory,
staff-key duties, push of the outbox in signed batches, then paged pulls with progress
`(done, total)`. `run(stop)` repeats it: promptly when the live channel says a scope moved
or `nudge()` says a local change waits, otherwise on a poll interval, with exponential
backoff and jitter while offline. The status callback gets a `SyncStatus` after every
change. Plain asyncio on the app's network loop.

Database access: the engine's writes (pages applied, acknowledgements, held-op retries,
introductions, re-sealing) go through `_write`: on the profile's single `DatabaseWriter`
when the app passes its `submit`, else on a worker thread. Either way they leave the
network loop, so calls stay smooth. A few short bookkeeping writes (received key grants,
directory cache, staff-key state; a handful of rows each) and the reads stay inline on the
loop. That is safe without the writer: each is one short transaction on the profile's one
engine; SQLite admits one writer at a time and the WAL lets readers proceed; the engine's
`busy_timeout` (5 s) makes a second writer wait rather than fail; and every step is
idempotent (grants, directory entries and applied op ids are upserts or set-once), so a
retry after any failure repeats nothing.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import random
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from desktop.sync import grants, staff_keys
from desktop.sync.client import ServerClient
from desktop.sync.errors import SyncError
from desktop.sync.hlc import wall_ms
from desktop.sync.keystore import get_state, own_keys, scope_key, set_state
from desktop.sync.live import LiveChannel
from desktop.sync.ops import b64e, op_digest
from desktop.sync.outbox import (
    acknowledge,
    note_failure,
    pending,
    pending_count,
    record_change,
    reseal_stale,
)
from desktop.sync.pull import Verifier, apply_pages, cursors, retry_held
from desktop.sync.status import SyncStatus
from desktop.vault.envelope import sign_batch
from sync_server.protocol import MAX_PULL_PAGE_SIZE, PULL_PAGE_SIZE, PullPage, PushRequest

Progress = Callable[[int, int], None]
T = TypeVar("T")
# The profile's single database writer (`runtime.writer.DatabaseWriter.submit`), when the app
# has one: the engine's writes then queue behind the UI's, in one order, on one thread.
Submit = Callable[..., concurrent.futures.Future]
PUSH_BATCH = 500
PREFETCH_PAGES = 4  # pages downloaded ahead of the one being applied
APPLY_OPS = 4000  # at most this many ops per apply transaction


class SyncEngine:
    """One profile's sync with one server. Not thread-safe: use it from the network loop."""

    def __init__(
        self,
        maker: sessionmaker[Session],
        client: ServerClient,
        person_id: str,
        *,
        display_name: str | None = None,
        role: str | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
        poll_interval: float = 60.0,
        backoff: tuple[float, float] = (1.0, 120.0),
        live: bool = True,
        submit: Submit | None = None,
    ) -> None:
        self.maker = maker
        self.client = client
        self.person_id = person_id
        self.display_name = display_name
        self.role = role
        self.on_status = on_status
        self.poll_interval = poll_interval
        self.backoff = backoff
        self.live_enabled = live
        self.submit = submit
        self.status = SyncStatus("idle")
        self.live: LiveChannel | None = None
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._programs: dict[str, str] | None = None  # program id -> our role there

    # --- status -------------------------------------------------------------------------

    def _set(self, **changes) -> None:
        values = {**self.status.__dict__, **changes}
        self.status = SyncStatus(**values)
        if self.on_status is not None:
            self.on_status(self.status)

    def nudge(self) -> None:
        """A local change is waiting (callable from any thread)."""
        if self._loop is not None and self._wake is not None:
            self._loop.call_soon_threadsafe(self._wake.set)

    async def _write(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a database write off the loop: on the profile's writer if given, else a thread."""
        if self.submit is not None:
            return await asyncio.wrap_future(self.submit(fn, *args))
        return await asyncio.to_thread(fn, *args)

    # --- one round ----------------------------------------------------------------------

    async def sync_once(self, progress: Progress | None = None) -> SyncStatus:
        """Push, then pull everything new; raises `SyncError` (status set to offline/error)."""
        try:
            with self.maker() as s:
                waiting = pending_count(s)
            self._set(state="syncing", done=0, total=0, pending=waiting, error_code=None)
            heads = {h.scope: h.head for h in (await self.client.heads()).heads}
            await self._refresh(heads)
            await self._push()
            await self._pull(heads, progress)
        except SyncError as exc:
            self._set(state="offline" if exc.retryable else "error", error_code=exc.code)
            raise
        with self.maker() as s:
            waiting = pending_count(s)
        self._set(state="synced", pending=waiting, error_code=None, last_synced_ms=wall_ms())
        return self.status

    async def _memberships(self) -> dict[str, str]:
        if self._programs is None:
            me = await self.client.me()
            self._programs = {
                m.scope.split(":", 1)[1]: m.role
                for m in me.memberships
                if m.scope.startswith("program:")
            }
        return self._programs

    async def _refresh(self, heads: dict[str, int]) -> None:
        """Keys, public keys and pair rows for every scope we can read."""
        programs = await self._memberships()
        new_keys = await grants.refresh_keys(self.client, self.maker, self.person_id)
        with self.maker() as s:
            cur = cursors(s)
            known = set((get_state(s, "directory_scopes") or "").split())
        todo = [sc for sc, head in heads.items() if sc not in known or head > cur.get(sc, 0)]
        directory = await grants.refresh_directory(self.client, self.maker, todo)
        if todo:
            with self.maker.begin() as s:
                set_state(s, "directory_scopes", " ".join(sorted(known | set(todo))))
        default_program = next(iter(programs), None)
        program_of = {sc.split(":", 1)[1]: default_program for sc in directory if default_program}
        grants.ensure_pairs(self.maker, directory, program_of)
        if new_keys or directory:
            await self._write(retry_held, self.maker)
        if any(role == "staff" for role in programs.values()):
            await grants.grant_staff_key(self.client, self.maker)
            await staff_keys.publish_staff_keys(self.client, self.maker, self.person_id)
        member_of = sorted(p for p, role in programs.items() if role != "staff")
        await staff_keys.refresh_staff_publics(self.client, self.maker, member_of)
        await self._write(self._introduce, [sc for sc in heads if sc.startswith("pair:")])

    def _introduce(self, pair_scopes: list[str]) -> None:
        """Tell each pair who we are (name and role), once, encrypted for that pair only."""
        if not self.display_name or not self.role:
            return
        with self.maker.begin() as s:
            for scope in pair_scopes:
                flag = f"introduced:{scope}"
                if get_state(s, flag):
                    continue
                try:
                    scope_key(s, scope)
                except SyncError:
                    continue  # no key yet: next round
                record_change(
                    s,
                    scope=scope,
                    entity="person",
                    author=self.person_id,
                    entity_id=self.person_id,
                    fields={"display_name": self.display_name, "role": self.role},
                )
                set_state(s, flag, "1")

    async def _push(self) -> None:
        with self.maker() as s:
            signer = own_keys(s, self.person_id).signing_key
        refused: set[str] = set()
        await self._push_pending(signer, refused)
        if refused and await self._write(
            _in_transaction, self.maker, reseal_stale
        ):  # the pair was re-keyed: once more
            await self._push_pending(signer, set())

    async def _push_pending(self, signer, refused: set[str]) -> None:
        while True:
            with self.maker() as s:
                batch = [e for e in pending(s, PUSH_BATCH + len(refused)) if e.op_id not in refused]
            batch = batch[:PUSH_BATCH]
            if not batch:
                return
            await self._push_group(batch, signer, refused)

    async def _push_group(self, group: list, signer, refused: set[str]) -> None:
        digests = [op_digest(e) for e in group]
        req = PushRequest(ops=group, signature=b64e(sign_batch(signer, digests)))
        try:
            resp = await self.client.push(req)
        except SyncError as exc:
            if exc.retryable or exc.code == "clock_skew" or exc.code.startswith("token_"):
                raise
            scopes = {e.scope for e in group}
            if len(scopes) > 1:  # find the scope refused; the others still go
                for scope in sorted(scopes):
                    await self._push_group([e for e in group if e.scope == scope], signer, refused)
                return
            ids = [e.op_id for e in group]
            refused.update(ids)
            await self._write(_in_transaction, self.maker, note_failure, ids, exc.code)
            self._set(error_code=exc.code)
            return
        done = list(resp.accepted) + list(resp.duplicates)
        await self._write(_in_transaction, self.maker, acknowledge, done)

    async def _pull(self, heads: dict[str, int], progress: Progress | None) -> None:
        with self.maker() as s:
            cur = cursors(s)
            verifier = Verifier.load(s)
        todo = {sc: head for sc, head in heads.items() if head > cur.get(sc, 0)}
        total = sum(head - cur.get(sc, 0) for sc, head in todo.items())
        done = 0
        self._set(done=0, total=total)
        if progress is not None:
            progress(0, total)

        def advance(moved: int) -> None:
            nonlocal done
            done = min(done + max(moved, 0), total)
            self._set(done=done)
            if progress is not None:
                progress(done, total)

        for scope in sorted(todo):
            await self._pull_scope(scope, cur.get(scope, 0), todo[scope], verifier, advance)

    async def _pull_scope(
        self, scope: str, after: int, head: int, verifier: Verifier, advance: Callable
    ) -> None:
        """Download pages ahead while earlier ones are applied; each transaction takes every
        page that is waiting (up to APPLY_OPS ops), so a slow disk means fewer, larger ones."""
        queue: asyncio.Queue[PullPage | None] = asyncio.Queue(PREFETCH_PAGES)

        async def fetch() -> None:
            cursor = after
            try:
                while True:
                    big = head - cursor > PULL_PAGE_SIZE  # catching up: fewer, larger pages
                    limit = MAX_PULL_PAGE_SIZE if big else PULL_PAGE_SIZE
                    page = await self.client.pull(scope, cursor, limit)
                    await queue.put(page)
                    moved, cursor = page.next_after - cursor, page.next_after
                    if not (page.has_more and moved > 0):
                        return
            finally:
                await queue.put(None)  # the end, or a failure that `await fetcher` raises

        fetcher = asyncio.create_task(fetch())
        try:
            position, finished = after, False
            while not finished:
                pages: list[PullPage] = []
                item = await queue.get()
                while True:
                    if item is None:
                        finished = True
                        break
                    pages.append(item)
                    if queue.empty() or sum(len(p.ops) for p in pages) >= APPLY_OPS:
                        break
                    item = queue.get_nowait()
                if pages:
                    await self._write(apply_pages, self.maker, pages, verifier)
                    advance(pages[-1].next_after - position)
                    position = pages[-1].next_after
            await fetcher
        finally:
            fetcher.cancel()

    # --- background ---------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Sync until `stop`: on live news or nudges, on a poll, with backoff when offline."""
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        live_task = None
        if self.live_enabled and self.client.token:
            self.live = LiveChannel(
                self.client.base_url,
                self.client.token,
                on_new_ops=lambda scope, head: self._wake.set(),
            )
            live_task = asyncio.create_task(self.live.run(stop))
        attempt = 0
        try:
            while not stop.is_set():
                self._wake.clear()
                try:
                    await self.sync_once()
                    attempt = 0
                    delay = self.poll_interval
                    wake = self._wake
                except SyncError:
                    attempt += 1
                    base, cap = self.backoff
                    delay = min(cap, base * 2 ** min(attempt, 12)) * random.uniform(0.5, 1.0)
                    wake = None  # while failing, only time (or stop) brings the next try
                await _wait_any(stop, wake, delay)
        finally:
            if live_task is not None:
                live_task.cancel()
                try:
                    await live_task
                except asyncio.CancelledError:
                    pass


def _in_transaction(maker: sessionmaker[Session], fn: Callable[..., T], *args: Any) -> T:
    with maker.begin() as s:
        return fn(s, *args)


async def _wait_any(stop: asyncio.Event, wake: asyncio.Event | None, timeout: float) -> None:
    waiters = [asyncio.ensure_future(stop.wait())]
    if wake is not None:
        waiters.append(asyncio.ensure_future(wake.wait()))
    try:
        await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for w in waiters:
            w.cancel()
