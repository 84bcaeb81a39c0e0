"""The sync engine of one signed-in profile: push the outbox, pull every scope, stay live.

`sync_once` does one full round: heads (and the clock check), new key grants, directory,
staff-key duties, push of the outbox in signed batches, then paged pulls with progress
`(done, total)`; a failed push does not keep the pull from running. A clock that is wrong
here blocks nothing: ops stamped beyond what the server accepts (this PC's clock ran ahead)
are re-stamped before the push (`restamp.py`), and the status says the clock is off
(`clock_skew` on a synced status) so the person can fix it. `run(stop)` starts with a full
round and repeats one on a poll interval; in between it takes fast paths, because a message
should reach the other person in well under a tenth of a second: `nudge()` (a local change
waits) pushes the outbox at once, and a live `LiveNewOps` pulls just that scope from its
cursor. A fast path that meets something only a full round fixes (a refused push, a scope
we have no directory for, an op it cannot open yet) asks for a full round right away.
Failures back off exponentially with jitter, each with a code (`failure_code`: a coded
error's own, e.g. `storage_full` for a full disk; `database_busy`; `unexpected` for a bug),
never its message, which could hold personal data; the engine keeps going.
A live channel closed as signed out (4401) stops the engine's rounds with status code
`signed_out`. The status callback gets a `SyncStatus` after every change. Plain asyncio on
the app's network loop.

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
import logging
import random
from collections.abc import Callable
from typing import Protocol, TypeVar, TypeVarTuple

import nacl.signing
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.errors import store_error_for
from desktop.sync import grants, staff_keys
from desktop.sync.apply import quarantine_summary
from desktop.sync.catch_up import CATCH_UP_OPS, catch_up
from desktop.sync.client import ServerClient
from desktop.sync.errors import SyncError
from desktop.sync.hlc import ClockSkewError, clock_is_off, wall_ms
from desktop.sync.keystore import get_state, own_keys, pc_wall, scope_key, set_state
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
from desktop.sync.pull import Verifier, cursors, pull_scope, retry_held
from desktop.sync.purge import forget_purged
from desktop.sync.restamp import restamp
from desktop.sync.status import SyncStatus
from desktop.vault.envelope import sign_batch
from jumelage_protocol import (
    CodedError,
    OpEnvelope,
    PushRequest,
    Role,
    Scope,
    ScopeKind,
    scope_kind,
)

Progress = Callable[[int, int], None]
T = TypeVar("T")
Ts = TypeVarTuple("Ts")


class Submit(Protocol):
    """The profile's single database writer (`runtime.writer.DatabaseWriter.submit`), when
    the app has one: the engine's writes then queue behind the UI's, in one order, on one
    thread."""

    def __call__(self, fn: Callable[[*Ts], T], /, *args: *Ts) -> concurrent.futures.Future[T]: ...


PUSH_BATCH = 500
SIGNED_OUT = "signed_out"  # status code: the server ended our session; sign in again
SESSION_OVER = ("token_expired", "token_revoked")  # server refusals that mean the same
CLOCK_OFF = "clock_skew"  # on a synced status: this PC's clock is off; sync goes on
log = logging.getLogger("jumelage.sync")


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
        on_purged: Callable[[list[str]], None] | None = None,
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
        self.on_purged = on_purged  # pair scopes this PC just forgot after a server purge
        self.status = SyncStatus("idle")
        self.live: LiveChannel | None = None
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._programs: dict[str, str] | None = None  # program id -> our role there
        self._want_push = False  # nudged: the outbox has something new
        self._want_scopes: dict[str, int] = {}  # live news: scope -> newest head announced
        self.signed_out = False
        self._gone: asyncio.Event | None = None  # set when the live channel signs us out
        self._clock_off = False  # this PC's clock was too far from the server's last round
        self._refused_at: int | None = None  # server time of a push refused as clock_skew

    # --- status -------------------------------------------------------------------------

    def _set(self, **changes: object) -> None:
        values = {**self.status.__dict__, **changes}
        self.status = SyncStatus(**values)
        if self.on_status is not None:
            self.on_status(self.status)

    def nudge(self) -> None:
        """A local change is waiting (callable from any thread): push it now."""
        if self._loop is not None and self._wake is not None:
            self._loop.call_soon_threadsafe(self._on_nudge)

    def _on_nudge(self) -> None:
        self._want_push = True
        if self._wake is not None:
            self._wake.set()

    def _on_new_ops(self, scope: str, head: int) -> None:
        self._want_scopes[scope] = max(head, self._want_scopes.get(scope, 0))
        if self._wake is not None:
            self._wake.set()

    def _on_signed_out(self) -> None:
        self.signed_out = True
        self._set(state="error", error_code=SIGNED_OUT)
        if self._gone is not None:
            self._gone.set()

    async def _write(self, fn: Callable[[*Ts], T], *args: *Ts) -> T:
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
            answer = await self.client.heads()
            heads: dict[str, int] = {h.scope: h.head for h in answer.heads}
            await self._check_clock(answer.server_time_ms)
            await self._refresh(heads)
            await self._forget_purged()
            try:
                await self._push()
            except Exception:
                await self._pull(heads, progress)  # what others wrote comes in regardless
                raise
            await self._pull(heads, progress)
            return self._synced()
        except Exception as exc:
            self._failed(exc)
            raise

    async def _check_clock(self, server_time_ms: int) -> None:
        """Note whether this PC's clock is off, and bring back inside what the server accepts
        any op (and the HLC) stamped ahead while it ran fast: the PC recovers in one round."""
        with self.maker() as s:
            wall = pc_wall(s)
        self._clock_off = clock_is_off(server_time_ms, wall=wall)
        await self._write(_in_transaction, self.maker, restamp, server_time_ms)

    def _failed(self, exc: BaseException) -> None:
        retryable = isinstance(exc, SyncError) and exc.retryable
        self._set(state="offline" if retryable else "error", error_code=failure_code(exc))

    def _synced(self) -> SyncStatus:
        with self.maker() as s:
            waiting = pending_count(s)
            set_aside = tuple(sorted(quarantine_summary(s).items()))
        code = CLOCK_OFF if self._clock_off else None
        self._set(state="synced", pending=waiting, error_code=code, last_synced_ms=wall_ms(),
                  set_aside=set_aside)  # fmt: skip
        return self.status

    # --- fast paths ---------------------------------------------------------------------

    async def _fast_round(self) -> bool:
        """Push what was nudged and pull the scopes the live channel named, with no
        preamble; False (nothing lost) when a full round is needed to finish the job."""
        push, self._want_push = self._want_push, False
        scopes, self._want_scopes = self._want_scopes, {}
        if not (push or scopes):
            return True
        try:
            if push and await self._push():
                return False  # refused (stale key, unknown scope...): refresh, then again
            if scopes and not await self._pull_news(scopes):
                return False
            self._synced()
        except Exception as exc:
            self._failed(exc)
            raise
        return True

    async def _pull_news(self, heads: dict[str, int]) -> bool:
        """Pull the announced scopes from their cursors; False when one needs a full round
        (a scope we have no directory for, or ops held for a missing key or author)."""
        with self.maker() as s:
            cur = cursors(s)
            todo = {sc: head for sc, head in heads.items() if head > cur.get(sc, 0)}
            if not todo:
                return True
            known = set((get_state(s, "directory_scopes") or "").split())
            if not known.issuperset(todo):
                return False
            verifier = Verifier.load(s)
        for scope, head in sorted(todo.items()):
            after = cur.get(scope, 0)
            await pull_scope(self.client, self._write, self.maker, scope, after, head, verifier)
        if not verifier.held_scopes:
            return True
        # The full round refreshes the directory of scopes it does not know, then retries
        # held ops: forget these so it looks again (an unknown author may have joined).
        with self.maker.begin() as s:
            left = known - verifier.held_scopes
            set_state(s, "directory_scopes", " ".join(sorted(left)))
        return False

    async def _memberships(self) -> dict[str, str]:
        if self._programs is None:
            me = await self.client.me()
            self._programs = {
                m.scope.id: m.role for m in me.memberships if m.scope.kind is ScopeKind.PROGRAM
            }
        return self._programs

    async def _refresh(self, heads: dict[str, int]) -> None:
        """Keys, public keys and pair rows for every scope we can read."""
        programs = await self._memberships()
        with self.maker() as s:
            cur = cursors(s)
            known = set((get_state(s, "directory_scopes") or "").split())
        todo = [sc for sc, head in heads.items() if sc not in known or head > cur.get(sc, 0)]
        # the directory first: a scope key is taken only from a grant by a pinned staff member
        directory = await grants.refresh_directory(self.client, self.maker, todo)
        new_keys = await grants.refresh_keys(self.client, self.maker, self.person_id)
        if todo:
            with self.maker.begin() as s:
                set_state(s, "directory_scopes", " ".join(sorted(known | set(todo))))
        default_program = next(iter(programs), None)
        program_of = {Scope.parse(sc).id: default_program for sc in directory if default_program}
        grants.ensure_pairs(self.maker, directory, program_of)
        if new_keys or directory:
            await self._write(retry_held, self.maker)
        if any(role == Role.STAFF for role in programs.values()):
            await grants.grant_staff_key(self.client, self.maker)
            await staff_keys.publish_staff_keys(self.client, self.maker, self.person_id)
        member_of = sorted(p for p, role in programs.items() if role != Role.STAFF)
        await staff_keys.refresh_staff_publics(self.client, self.maker, member_of)
        await self._write(self._introduce, [sc for sc in heads if scope_kind(sc) is ScopeKind.PAIR])

    async def _forget_purged(self) -> None:
        """Delete this PC's copy of every pair the server purged after retention."""
        purged = await self.client.purged()
        if not purged:
            return
        fresh = await self._write(_in_transaction, self.maker, forget_purged, purged)
        if fresh and self.on_purged is not None:
            self.on_purged(fresh)

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

    async def _push(self) -> bool:
        """Push the whole outbox; True when the server refused some of it."""
        with self.maker() as s:
            signer = own_keys(s, self.person_id).signing_key
        refused: set[str] = set()
        self._refused_at = None
        await self._push_pending(signer, refused)
        if refused and await self._write(_in_transaction, self.maker, self._repair) > 0:
            refused = set()  # fixed here: once more
            await self._push_pending(signer, refused)
        return bool(refused)

    def _repair(self, session: Session) -> int:
        """Fix what the server refused that this PC can fix: ops under a pair's old key after
        a re-keying, ops stamped beyond the server's clock. Returns how many were changed."""
        fixed = reseal_stale(session)
        if self._refused_at is not None:
            fixed += restamp(session, self._refused_at)
        return fixed

    async def _push_pending(self, signer: nacl.signing.SigningKey, refused: set[str]) -> None:
        while True:
            with self.maker() as s:
                batch = [e for e in pending(s, PUSH_BATCH + len(refused)) if e.op_id not in refused]
            batch = batch[:PUSH_BATCH]
            if not batch:
                return
            await self._push_group(batch, signer, refused)

    async def _push_group(
        self, group: list[OpEnvelope], signer: nacl.signing.SigningKey, refused: set[str]
    ) -> None:
        digests = [op_digest(e) for e in group]
        req = PushRequest(ops=group, signature=b64e(sign_batch(signer, digests)))
        try:
            resp = await self.client.push(req)
        except SyncError as exc:
            if exc.retryable or exc.code.startswith("token_"):
                raise
            skewed = isinstance(exc, ClockSkewError)  # the whole batch: re-stamp, then again
            if isinstance(exc, ClockSkewError) and exc.server_time_ms is not None:
                self._refused_at = exc.server_time_ms
            scopes = {e.scope for e in group}
            if len(scopes) > 1 and not skewed:  # find the scope refused
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
            after, head = cur.get(scope, 0), todo[scope]
            if head - after >= CATCH_UP_OPS and (reopen := self.client.reopen_args()):
                after = await catch_up(
                    reopen, self._write, self.maker, scope, after, head, verifier, advance
                )  # then the pull below finds the end, or takes over from a failed helper
            await pull_scope(
                self.client, self._write, self.maker, scope, after, head, verifier, advance
            )

    # --- background ---------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Sync until `stop`: a full round at start and on each poll, fast paths on nudges
        and live news, backoff while failing; after a live sign-out, only wait for `stop`."""
        loop = self._loop = asyncio.get_running_loop()
        self._wake, self._gone = asyncio.Event(), asyncio.Event()
        live_task = None
        if self.live_enabled and self.client.token:
            self.live = LiveChannel(
                self.client.base_url,
                self.client.token,
                on_new_ops=self._on_new_ops,
                on_signed_out=self._on_signed_out,
            )
            live_task = asyncio.create_task(self.live.run(stop))
        attempt, full_at = 0, 0.0  # loop time of the next full round
        try:
            while not stop.is_set() and not self.signed_out:
                self._wake.clear()
                try:
                    if loop.time() + 0.01 >= full_at:  # (a timed wait may end a hair early)
                        self._want_push, self._want_scopes = False, {}
                        await self.sync_once()
                        full_at = loop.time() + self.poll_interval
                    elif not await self._fast_round():
                        full_at = 0.0  # a full round, now
                        continue
                    attempt = 0
                except Exception as exc:  # noqa: BLE001 - sync must outlive any one failure
                    if isinstance(exc, SyncError) and exc.code in SESSION_OVER:
                        self._on_signed_out()  # retrying cannot help: the person signs in again
                        break
                    if not isinstance(exc, SyncError):  # the status has its code; log no text
                        log.warning("sync round failed (%s); retrying", type(exc).__name__)
                    attempt += 1
                    base, cap = self.backoff
                    delay = min(cap, base * 2 ** min(attempt, 12)) * random.uniform(0.5, 1.0)
                    full_at = 0.0  # the next try is a full round
                    await _wait_any(delay, stop, self._gone)  # while failing, only time counts
                    continue
                if self._want_push or self._want_scopes or self.signed_out:
                    continue  # news came during the round
                await _wait_any(max(0.0, full_at - loop.time()), stop, self._wake, self._gone)
            if self.signed_out:
                self._set(state="error", error_code=SIGNED_OUT)  # over a failed round's code
                await stop.wait()
        finally:
            if live_task is not None:
                live_task.cancel()
                try:
                    await live_task
                except asyncio.CancelledError:
                    pass


def failure_code(exc: BaseException) -> str:
    """A stable code for any failure; never its message (SQL errors quote personal data).

    Coded errors keep their code: a full disk or a read-only folder (`DatabaseFull`,
    `DatabaseReadOnly`, as the profile's engine maps SQLite's errors) says so plainly.
    """
    if isinstance(exc, CodedError):
        return exc.code
    if isinstance(exc, DBAPIError):
        known = store_error_for(exc.orig) if exc.orig is not None else None
        if known is not None:
            return known.code
        text = str(exc.orig).lower()
        return "database_busy" if "locked" in text or "busy" in text else "local_database"
    return "unexpected"


def _in_transaction(maker: sessionmaker[Session], fn: Callable[[Session, *Ts], T], *args: *Ts) -> T:
    with maker.begin() as s:
        return fn(s, *args)


async def _wait_any(timeout: float, *events: asyncio.Event) -> None:
    waiters = [asyncio.ensure_future(e.wait()) for e in events]
    try:
        await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for w in waiters:
            w.cancel()
