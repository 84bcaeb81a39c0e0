"""Ops: push a signed batch, pull a scope page by page, read the heads of every scope.

Sync handlers on worker threads. A push is checked in full before anything is stored
(size, author, clock, membership, signature), then stored in one transaction; new heads
are announced on the live channel after commit. Responses are serialised once, directly.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from jumelage_protocol import (
    MAX_CLOCK_SKEW_SECONDS,
    MAX_PULL_PAGE_SIZE,
    PULL_PAGE_SIZE,
    Heads,
    LiveNewOps,
    PullPage,
    PurgedScopes,
    PushRequest,
    PushResponse,
    Scope,
    ScopeHead,
    op_digest,
)
from sync_server import op_log
from sync_server.access import readable_scopes, require_read, require_write, scope_readers
from sync_server.auth import now_ms, verify_batch
from sync_server.context import CallerDep, Ctx, ServerContext
from sync_server.errors import Refused
from sync_server.limits import MAX_DB_INT, check_key_id

router = APIRouter(prefix="/v1", tags=["ops"])


def _json(model: BaseModel) -> Response:
    return Response(model.model_dump_json(), media_type="application/json")


def _check_batch(req: PushRequest, caller_id: str, ctx: ServerContext, now: int) -> None:
    limits = ctx.settings.limits
    if len(req.ops) > limits.max_batch_ops:
        raise Refused("batch_too_large")
    max_chars = (limits.max_op_bytes * 4 + 2) // 3
    horizon = now + MAX_CLOCK_SKEW_SECONDS * 1000
    seen: set[str] = set()
    for op in req.ops:
        if len(op.body) > max_chars:
            raise Refused("op_too_large")
        check_key_id(op.key_id, "ops.key_id")
        if op.author != caller_id:
            raise Refused("author_mismatch")
        if int(op.hlc[:13]) > horizon:
            raise Refused("clock_skew", server_time_ms=now)
        if op.op_id in seen:
            raise Refused("duplicate_in_batch")
        seen.add(op.op_id)
    for scope in sorted({op.scope for op in req.ops}):
        require_write(ctx.store, caller_id, scope)


@router.post("/ops", response_model=PushResponse)
def push(req: PushRequest, caller: CallerDep, ctx: Ctx) -> Response:
    now = now_ms()
    _check_batch(req, caller.id, ctx, now)
    digests = [op_digest(op) for op in req.ops]
    if not verify_batch(caller.person.keys.sign_public, digests, req.signature):
        raise Refused("bad_signature")
    result = op_log.push(ctx.store, caller.id, list(req.ops), digests, req.signature, now)
    for scope, head in result.heads.items():
        ctx.hub.publish(
            scope_readers(ctx.store, scope), LiveNewOps(scope=scope, head=head).model_dump_json()
        )
    return _json(
        PushResponse(accepted=result.accepted, duplicates=result.duplicates, server_time_ms=now)
    )


@router.get("/ops", response_model=PullPage)
def pull(
    caller: CallerDep,
    ctx: Ctx,
    scope: Annotated[Scope, Query()],
    after: Annotated[int, Query(ge=0, le=MAX_DB_INT)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE_SIZE)] = PULL_PAGE_SIZE,
) -> Response:
    require_read(ctx.store, caller.id, scope)
    return _json(op_log.pull(ctx.store, scope, after, limit, now_ms()))


@router.get("/heads", response_model=Heads)
def heads(caller: CallerDep, ctx: Ctx) -> Heads:
    found = op_log.heads(ctx.store, readable_scopes(ctx.store, caller.person))
    return Heads(
        heads=[ScopeHead(scope=s, head=h) for s, h in sorted(found.items())],
        server_time_ms=now_ms(),
    )


@router.get("/purged", response_model=PurgedScopes)
def purged(caller: CallerDep, ctx: Ctx) -> PurgedScopes:
    """The caller's pair scopes whose data `purge` deleted: their PCs delete their copies."""
    gone = ctx.store.purged_pairs_visible_to(caller.id)
    return PurgedScopes(scopes=[Scope.pair(pair_id) for pair_id in sorted(gone)])
