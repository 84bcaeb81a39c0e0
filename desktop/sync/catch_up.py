"""A long catch-up in two processes: a helper downloads, verifies and decrypts; this one writes.

Checking and opening ops is Python work on every op. In one process it shares the
interpreter lock with the database writer, so a first sign-in used one core of two. From
CATCH_UP_OPS ops behind, the engine starts a helper process (multiprocessing, "spawn") with
the session's server address and token and this sync's keys; it pulls the scope page by page
with its own `ServerClient`, verifies and opens each page with its own `Verifier`, and sends
the opened pages back through an anonymous pipe. This process only applies them, in order,
with `apply_opened`, several pages per transaction, so the cursor still moves with the data.
Keys and plaintext cross only that pipe, in memory; the helper writes nothing anywhere.
A refusal or network failure in the helper comes back as the same `SyncError`. If the helper
cannot start or dies, `catch_up` returns where it got to and the caller pulls the rest in
this process, so nothing is lost or applied twice. Runs on the network loop.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from desktop.sync.client import ServerClient
from desktop.sync.errors import SyncError
from desktop.sync.ops import PlainOp
from desktop.sync.pull import Opened, Verifier, Write, apply_opened, apply_stream, page_limit
from jumelage_protocol import Batch, OpEnvelope, PullPage

CATCH_UP_OPS = 20_000  # from this far behind, a helper process opens the pages
log = logging.getLogger(__name__)

# What crosses the pipe, one message per page, then "end" or "error":
#   ("page", scope, next_after, plain ops as tuples, held ops as (op dict, batch dict, reason),
#    server time of the page)
#   ("end",)  |  ("error", code, detail, status)


PlainWire = tuple[str, str, str, str, str, str, dict[str, Any]]  # a PlainOp's fields in order
HeldWire = tuple[dict[str, Any], dict[str, Any] | None, str]  # envelope, batch, reason
PageWire = tuple[str, str, int, list[PlainWire], list[HeldWire], int | None]
Reopen = tuple[str, str | None, float, bool]  # base url, token, timeout, insecure http allowed
Keys = tuple[dict[tuple[str, int], bytes], dict[str, bytes], dict[tuple[str, int], bytes]]


def _to_wire(opened: Opened) -> PageWire:
    plain = [
        (o.op_id, o.scope, o.hlc, o.author, o.entity, o.entity_id, o.fields) for o in opened.plain
    ]
    held = [
        (env.model_dump(), batch.model_dump() if batch else None, reason)
        for env, batch, reason in opened.held
    ]
    return ("page", opened.scope, opened.next_after, plain, held, opened.server_time_ms)


def _from_wire(message: PageWire) -> Opened:
    _, scope, next_after, plain, held, server_time_ms = message
    return Opened(
        [PlainOp(*fields) for fields in plain],
        [
            (OpEnvelope.model_validate(env), Batch.model_validate(b) if b else None, reason)
            for env, b, reason in held
        ],
        scope,
        next_after,
        server_time_ms,
    )


async def _stream(pipe: Connection, reopen: Reopen, scope: str, after: int, head: int,
                  verifier: Verifier) -> None:  # fmt: skip
    """The helper's work: pull and open every page of the scope and send each one back.
    Opening and sending run on a thread, so the next page downloads meanwhile; sending
    blocks while the writer is behind, which keeps the helper at most a page or two ahead."""
    base_url, token, timeout, insecure = reopen
    async with ServerClient(
        base_url, token, timeout=timeout, allow_insecure_http=insecure
    ) as client:
        try:
            task: asyncio.Task[PullPage] | None = asyncio.create_task(
                client.pull(scope, after, page_limit(after, head))
            )
            while task is not None:
                page = await task
                task = None
                if page.has_more and page.next_after > after:
                    after = page.next_after
                    task = asyncio.create_task(client.pull(scope, after, page_limit(after, head)))
                opened = await asyncio.to_thread(verifier.open_page, page)
                await asyncio.to_thread(pipe.send, _to_wire(opened))
            pipe.send(("end",))
        except SyncError as exc:
            pipe.send(("error", exc.code, exc.detail, exc.status))


def _helper(pipe: Connection, reopen: Reopen, scope: str, after: int, head: int,
            keys: Keys) -> None:  # fmt: skip
    """Entry point of the helper process."""
    scope_keys, signers, staff = keys
    verifier = Verifier(scope_keys, signers, staff=staff)
    try:
        asyncio.run(_stream(pipe, reopen, scope, after, head, verifier))
    except (BrokenPipeError, EOFError, KeyboardInterrupt):
        pass  # the other side is gone or stopping: nothing to report to
    finally:
        pipe.close()


async def catch_up(
    reopen: Reopen,
    write: Write,
    maker: sessionmaker[Session],
    scope: str,
    after: int,
    head: int,
    verifier: Verifier,
    advance: Callable[[int], None] | None = None,
) -> int:
    """Pull `scope` from `after` through a helper process; returns the cursor it reached
    (the scope's end, or where the helper stopped if it died). Raises the helper's
    `SyncError` as if the pull had run here."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe(duplex=False)
    keys: Keys = (verifier.keys, verifier.signers, verifier.staff)
    helper = context.Process(
        target=_helper,
        args=(theirs, reopen, scope, after, head, keys),
        name="jumelage-catch-up",
        daemon=True,
    )
    try:
        helper.start()
    except OSError:
        log.warning("catch-up helper could not start; pulling in this process")
        return after
    finally:
        theirs.close()
    reading = False  # a thread blocked reading the pipe gets EOF when the helper is gone

    async def receive(queue: asyncio.Queue[Opened | None]) -> None:
        nonlocal reading
        while True:
            try:
                reading = True
                message = await asyncio.to_thread(ours.recv)
                reading = False
            except (EOFError, OSError):
                reading = False
                log.warning("catch-up helper stopped early; pulling the rest in this process")
                return
            if message[0] == "error":
                raise SyncError(message[1], message[2], status=message[3])
            if message[0] == "end":
                return
            page = _from_wire(message)
            verifier.held_scopes.update(env.scope for env, _, _ in page.held)
            await queue.put(page)

    def apply(pages: list[Opened]) -> None:
        apply_opened(maker, pages)

    try:
        return await apply_stream(receive, write, apply, lambda page: page.size, after, advance)
    finally:
        if helper.is_alive():
            helper.kill()  # done, failed or cancelled: it has nothing left to finish
        helper.join()
        if not reading:
            ours.close()
