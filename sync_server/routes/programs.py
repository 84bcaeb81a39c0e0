"""Program staff actions and the member directory: invites, pairs, public keys of members.

Sync handlers on worker threads. Staff of a program act only on that program; pair
creation and closure also tell the people concerned over the live channel, so their
clients pick up the new scope without waiting for the next poll.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from jumelage_protocol import (
    InviteRequest,
    InviteResponse,
    LiveNewOps,
    PairClose,
    PairCreate,
    PairKeyFloor,
    PairMembers,
    PairReopen,
    PersonDirectoryEntry,
    Role,
    Scope,
    ScopeKind,
)
from sync_server.access import require_staff, scope_access, scope_readers
from sync_server.auth import now_ms
from sync_server.context import CallerDep, Ctx, ServerContext
from sync_server.errors import Refused
from sync_server.invites import make_invite
from sync_server.pair_keys import reopen_pair, set_pair_members
from sync_server.store import Pair, Person

router = APIRouter(prefix="/v1", tags=["programs"])


@router.post("/invites", response_model=InviteResponse)
def create_invite(req: InviteRequest, caller: CallerDep, ctx: Ctx) -> InviteResponse:
    require_staff(ctx.store, caller.id, req.program_id)
    return make_invite(ctx.store, req.program_id, req.role, req.expires_in_hours)


def _announce(ctx: ServerContext, scope: str) -> None:
    head = LiveNewOps(scope=scope, head=0).model_dump_json()
    ctx.hub.publish(scope_readers(ctx.store, scope), head)


@router.post("/pairs", status_code=204, response_class=Response)
def create_pair(req: PairCreate, caller: CallerDep, ctx: Ctx) -> Response:
    require_staff(ctx.store, caller.id, req.program_id)
    ctx.store.create_pair(
        pair_id=req.pair_id,
        program_id=req.program_id,
        mentor_id=req.mentor_id,
        mentee_id=req.mentee_id,
        now_ms=now_ms(),
    )
    _announce(ctx, Scope.pair(req.pair_id))
    return Response(status_code=204)


@router.post("/pairs/close", status_code=204, response_class=Response)
def close_pair(req: PairClose, caller: CallerDep, ctx: Ctx) -> Response:
    _staff_pair(ctx, caller.id, req.pair_id)
    ctx.store.close_pair(req.pair_id, now_ms(), req.retain_days)
    return Response(status_code=204)


def _staff_pair(ctx: ServerContext, caller_id: str, pair_id: str) -> Pair:
    """The pair, if the caller is staff of its program (an unknown pair looks the same)."""
    with ctx.store.read() as conn:
        pair = ctx.store.pair(conn, pair_id)
    if pair is None:
        raise Refused("not_staff")
    require_staff(ctx.store, caller_id, pair.program_id)
    return pair


@router.post("/pairs/reopen", response_model=PairKeyFloor)
def reopen(req: PairReopen, caller: CallerDep, ctx: Ctx) -> PairKeyFloor:
    """Reopen a closed pair; its members must rotate to a new key before writing."""
    _staff_pair(ctx, caller.id, req.pair_id)
    floor = reopen_pair(ctx.store, req.pair_id)
    _announce(ctx, Scope.pair(req.pair_id))
    return PairKeyFloor(pair_id=req.pair_id, min_key_id=floor)


@router.post("/pairs/members", response_model=PairKeyFloor)
def change_members(req: PairMembers, caller: CallerDep, ctx: Ctx) -> PairKeyFloor:
    """Re-pair: the removed person loses the scope at once, and new ops need a new key."""
    before = _staff_pair(ctx, caller.id, req.pair_id)
    floor = set_pair_members(ctx.store, req.pair_id, req.mentor_id, req.mentee_id)
    scope = Scope.pair(req.pair_id)
    removed = {before.mentor_id, before.mentee_id} - {req.mentor_id, req.mentee_id}
    head = LiveNewOps(scope=scope, head=0).model_dump_json()
    ctx.hub.publish(scope_readers(ctx.store, scope) | removed, head)
    return PairKeyFloor(pair_id=req.pair_id, min_key_id=floor)


def _entry(person: Person, role: Role | None = None) -> PersonDirectoryEntry:
    return PersonDirectoryEntry(
        person_id=person.id,
        role=role or person.role,
        box_public=person.keys.box_public,
        sign_public=person.keys.sign_public,
    )


@router.get("/directory", response_model=list[PersonDirectoryEntry])
def directory(
    caller: CallerDep, ctx: Ctx, scope: Annotated[Scope, Query()]
) -> list[PersonDirectoryEntry]:
    """Public keys of the members of a scope the caller is in, and of its program's staff."""
    access = scope_access(ctx.store, caller.id, scope)
    if not (access.read or access.write):
        raise Refused("not_member")
    if scope.kind is ScopeKind.PERSON:
        return [_entry(caller.person)]
    if scope.kind is ScopeKind.PROGRAM:
        roles = tuple(Role) if access.read else (Role.STAFF,)
        return [_entry(p) for p in ctx.store.program_people(scope.id, roles)]
    with ctx.store.read() as conn:
        pair = ctx.store.pair(conn, scope.id)
    if pair is None:  # scope_access found it; pairs are closed, never deleted
        raise Refused("not_member")
    people = [ctx.store.person(pair.mentor_id), ctx.store.person(pair.mentee_id)]
    people += ctx.store.program_people(pair.program_id, (Role.STAFF,))
    return [_entry(p) for p in people if p is not None]
