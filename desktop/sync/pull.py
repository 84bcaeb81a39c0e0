"""Turning a pulled page into applied ops: verify each batch signature, open, apply.

A page's ops are checked against their batches (the op's digest must be in a batch signed by
the op's author with the key from the directory cache), opened with the scope key named by
`key_id` (or, for a member's op sealed to a program's staff, with the staff private key),
and applied through `apply.py`, in one transaction that also moves the scope's cursor, so a
crash between pages loses nothing and repeats nothing. Ops that cannot be read yet (missing
key, unknown author, a body format of a later version) are held and retried when keys or the
directory change, and at start-up. `pull_scope`
fetches pages ahead on the network loop while earlier ones are opened and applied through
the engine's `write` (the profile's database writer, or a worker thread), so the loop stays
free; for a long catch-up, `catch_up.py` does the fetching and opening in a helper process
and feeds `apply_opened` through the same `apply_stream`. The verifier remembers which
scopes had ops held, so a quick pull can ask for a full round (keys, directory) when it met
something it cannot read.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Protocol, TypeVar, TypeVarTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.search_index import bulk_indexing
from desktop.models.sync_tables import HeldOp, PullCursor
from desktop.sync.apply import apply_kept, apply_ops
from desktop.sync.keystore import (
    all_scope_keys,
    load_clock,
    save_clock,
    sign_publics,
    staff_secrets,
)
from desktop.sync.ops import PlainOp, b64d, op_digest, open_op, open_sealed_op
from desktop.vault.envelope import EnvelopeError, verify_batch
from jumelage_protocol import (
    MAX_PULL_PAGE_SIZE,
    PULL_PAGE_SIZE,
    Batch,
    OpEnvelope,
    PullPage,
)

PREFETCH_PAGES = 4  # pages downloaded ahead of the one being applied
BULK_INDEX_OPS = 500  # from this many ops a transaction indexes search once, at its end
MESSAGE_ENTITIES = frozenset({"message", "held_message"})  # rows of `messages`
APPLY_OPS = 4000  # at most this many ops per apply transaction
NEWER_FORMAT = "newer_format"  # held: a body format of a later version, read after upgrading
T = TypeVar("T")
Ts = TypeVarTuple("Ts")


class Write(Protocol):
    """Runs `fn(*args)` on the database writer, off the loop (e.g. `SyncEngine._write`)."""

    def __call__(self, fn: Callable[[*Ts], T], /, *args: *Ts) -> Awaitable[T]: ...


class Page(Protocol):
    """What `apply_stream` applies: anything that says where it leaves the cursor."""

    @property
    def next_after(self) -> int: ...


P = TypeVar("P", bound=Page)


class PageSource(Protocol):
    async def pull(self, scope: str, after: int, limit: int = ...) -> PullPage: ...


@dataclass
class Opened:
    """Ops once verified and decrypted: those in clear, and those held with a reason; for a
    pulled page, also its scope, where it leaves that scope's cursor and the server's clock
    (which bounds the stamps the server accepted, see `HlcClock.observe`)."""

    plain: list[PlainOp] = field(default_factory=list)
    held: list[tuple[OpEnvelope, Batch | None, str]] = field(default_factory=list)
    scope: str = ""
    next_after: int = 0
    server_time_ms: int | None = None

    @property
    def size(self) -> int:
        return len(self.plain) + len(self.held)


@dataclass
class Verifier:
    """Keys and batch checks cached across the pages of one sync."""

    keys: dict[tuple[str, int], bytes]
    signers: dict[str, bytes]
    batches: dict[int, frozenset[bytes] | None] = field(default_factory=dict)
    staff: dict[tuple[str, int], bytes] = field(default_factory=dict)  # staff private keys
    held_scopes: set[str] = field(default_factory=set)  # scopes with ops it could not read

    @classmethod
    def load(cls, session: Session) -> Verifier:
        return cls(all_scope_keys(session), sign_publics(session), staff=staff_secrets(session))

    def batch_digests(self, batch: Batch) -> frozenset[bytes] | None:
        """The digests a batch's signature covers, or None if the signature is not its author's."""
        if batch.batch_id in self.batches:
            return self.batches[batch.batch_id]
        public = self.signers.get(batch.author)
        if public is None:
            return None  # not cached: the caller holds the op as unknown_author
        raw = b64d(batch.digests)
        try:
            verify_batch(public, raw, b64d(batch.signature))
            ok: frozenset[bytes] | None = frozenset(raw[i : i + 32] for i in range(0, len(raw), 32))
        except EnvelopeError:
            ok = None
        self.batches[batch.batch_id] = ok
        return ok

    def check(self, env: OpEnvelope, batch: Batch | None) -> PlainOp | str:
        """The opened op, or the reason it is held."""
        if batch is None or batch.author != env.author:
            return "bad_signature"
        if env.author not in self.signers:
            return "unknown_author"
        digests = self.batch_digests(batch)
        if digests is None or op_digest(env) not in digests:
            return "bad_signature"
        key = self.keys.get((env.scope, env.key_id))
        if key is None:
            return "no_scope_key"
        try:
            return open_op(env, key)
        except EnvelopeError as exc:
            if exc.code == NEWER_FORMAT:
                return NEWER_FORMAT
        secret = self.staff.get((env.scope, env.key_id))
        if secret is None:
            return "unreadable"
        try:  # a member's op sealed to the staff key (see outbox.record_sealed_change)
            return open_sealed_op(env, secret)
        except EnvelopeError as exc:
            return NEWER_FORMAT if exc.code == NEWER_FORMAT else "unreadable"

    def open_items(self, items: Sequence[tuple[OpEnvelope, Batch | None]]) -> Opened:
        opened = Opened()
        for env, batch in items:
            result = self.check(env, batch)
            if isinstance(result, str):
                opened.held.append((env, batch, result))
                self.held_scopes.add(env.scope)
            else:
                opened.plain.append(result)
        return opened

    def open_page(self, page: PullPage) -> Opened:
        batches = {b.batch_id: b for b in page.batches}
        opened = self.open_items([(s.op, batches.get(s.batch_id)) for s in page.ops])
        opened.scope, opened.next_after = page.scope, page.next_after
        opened.server_time_ms = page.server_time_ms
        return opened


def _hold(session: Session, env: OpEnvelope, batch: Batch | None, reason: str) -> None:
    stored = json.dumps(
        {"op": env.model_dump(), "batch": batch.model_dump() if batch is not None else None}
    )
    existing = session.get(HeldOp, env.op_id)
    if existing is None:
        session.add(HeldOp(op_id=env.op_id, scope=env.scope, stored=stored, reason=reason))
    else:
        existing.reason = reason


def _apply_opened(
    session: Session, opened: Sequence[Opened], inserted: list[str] | None = None
) -> int:
    """Hold what could not be read and apply the rest, in the caller's transaction."""
    plain = [op for o in opened for op in o.plain]
    for o in opened:
        for env, batch, reason in o.held:
            _hold(session, env, batch, reason)
    if plain:
        applied = apply_ops(session, plain)
        if inserted is not None:
            inserted.extend(op.entity_id for op in applied if op.entity in MESSAGE_ENTITIES)
        clock = load_clock(session)
        for o in opened:
            if o.plain:
                clock.observe(max(op.hlc for op in o.plain), server_time_ms=o.server_time_ms)
        save_clock(session, clock)
    return len(plain)


def apply_opened(maker: sessionmaker[Session], pages: Sequence[Opened]) -> None:
    """Apply opened pages of one scope, in order, and advance its cursor, in ONE transaction:
    a first sync commits (and re-indexes) once per several pages, not per page."""
    bulk = sum(len(page.plain) for page in pages) >= BULK_INDEX_OPS
    with maker.begin() as session:
        with bulk_indexing(session) if bulk else nullcontext(None) as inserted:
            _apply_opened(session, pages, inserted)
        for page in pages:
            cursor = session.get(PullCursor, page.scope)
            if cursor is None:
                session.add(PullCursor(scope=page.scope, after=page.next_after))
            else:
                cursor.after = max(cursor.after, page.next_after)


def apply_pages(
    maker: sessionmaker[Session], pages: Sequence[PullPage], verifier: Verifier
) -> None:
    """Verify, open and apply pulled pages of one scope (see `apply_opened`)."""
    apply_opened(maker, [verifier.open_page(page) for page in pages])


def retry_held(maker: sessionmaker[Session]) -> int:
    """Try the held and kept ops again with today's keys, directory and version (after new
    keys, and at start-up, when an upgrade may know more kinds and formats); returns how
    many applied."""
    with maker.begin() as session:
        kept = apply_kept(session)
        rows = list(session.scalars(select(HeldOp)))
        if not rows:
            return kept
        items = []
        for row in rows:
            data = json.loads(row.stored)
            batch = Batch.model_validate(data["batch"]) if data["batch"] else None
            items.append((OpEnvelope.model_validate(data["op"]), batch))
        for row in rows:
            session.delete(row)
        session.flush()
        return kept + _apply_opened(session, [Verifier.load(session).open_items(items)])


def page_limit(after: int, head: int) -> int:
    """Catching up: fewer, larger pages."""
    return MAX_PULL_PAGE_SIZE if head - after > PULL_PAGE_SIZE else PULL_PAGE_SIZE


async def apply_stream(
    produce: Callable[[asyncio.Queue[P | None]], Awaitable[None]],
    write: Write,
    apply: Callable[[list[P]], None],
    size: Callable[[P], int],
    position: int,
    advance: Callable[[int], None] | None = None,
) -> int:
    """Apply what `produce` puts in a queue (pages that have `next_after`) while it produces
    more; each transaction, `write(apply, items)`, takes every item that is waiting (up to
    APPLY_OPS ops), so a slow disk means fewer, larger ones. `advance(n)` hears how many
    sequence numbers each one covered. Returns the cursor reached; a failure of `produce`
    is raised once what came before it is applied."""
    queue: asyncio.Queue[P | None] = asyncio.Queue(PREFETCH_PAGES)

    async def run() -> None:
        try:
            await produce(queue)
        finally:
            await queue.put(None)  # the end, or a failure that `await producer` raises

    producer = asyncio.create_task(run())
    try:
        finished = False
        while not finished:
            items: list[P] = []
            item = await queue.get()
            while True:
                if item is None:
                    finished = True
                    break
                items.append(item)
                if queue.empty() or sum(size(i) for i in items) >= APPLY_OPS:
                    break
                item = queue.get_nowait()
            if items:
                await write(apply, items)
                if advance is not None:
                    advance(items[-1].next_after - position)
                position = items[-1].next_after
        await producer
        return position
    finally:
        producer.cancel()


async def pull_scope(
    client: PageSource,
    write: Write,
    maker: sessionmaker[Session],
    scope: str,
    after: int,
    head: int,
    verifier: Verifier,
    advance: Callable[[int], None] | None = None,
) -> None:
    """Pull one scope from `after` to its end, pages downloading ahead while earlier ones
    are verified, opened and applied on the writer. `head` only sizes the pages; the
    server says when the scope ends."""

    async def fetch(queue: asyncio.Queue[PullPage | None]) -> None:
        cursor = after
        while True:
            page = await client.pull(scope, cursor, page_limit(cursor, head))
            await queue.put(page)
            moved, cursor = page.next_after - cursor, page.next_after
            if not (page.has_more and moved > 0):
                return

    def apply(pages: list[PullPage]) -> None:
        apply_pages(maker, pages, verifier)

    await apply_stream(fetch, write, apply, lambda page: len(page.ops), after, advance)


def cursors(session: Session) -> dict[str, int]:
    return {c.scope: c.after for c in session.scalars(select(PullCursor))}
