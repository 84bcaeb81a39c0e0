"""Key grants: scope keys sealed to recipients, which the server stores but cannot open.

Sync handlers on worker threads. Only someone who can read a scope may share its key, and
only with people who can read it too, or with the program staff key (`staff:<program_id>`)
of a pair's own program. `granted_by` is always the caller, never what the client said.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from sync_server.access import memberships, require_read, scope_readers, split_scope
from sync_server.auth import now_ms
from sync_server.context import CallerDep, Ctx
from sync_server.errors import Refused
from sync_server.limits import check_key_id
from sync_server.protocol import KeyGrant, KeyGrantBatch, Scope

router = APIRouter(prefix="/v1/keys", tags=["keys"])


def _pair_program(ctx, scope: str) -> str | None:
    kind, ident = split_scope(scope)
    if kind != "pair":
        return None
    with ctx.store.read() as conn:
        pair = ctx.store.pair(conn, ident)
    return pair.program_id if pair else None


@router.post("/grants", status_code=204, response_class=Response)
def put_grants(batch: KeyGrantBatch, caller: CallerDep, ctx: Ctx) -> Response:
    readers: dict[str, set[str]] = {}
    rows = []
    for grant in batch.grants:
        check_key_id(grant.key_id, "grants.key_id")
        if grant.scope not in readers:
            require_read(ctx.store, caller.id, grant.scope)
            readers[grant.scope] = scope_readers(ctx.store, grant.scope)
            program = _pair_program(ctx, grant.scope)
            if program is not None:
                readers[grant.scope].add(f"staff:{program}")
        if grant.recipient_id not in readers[grant.scope]:
            raise Refused("bad_recipient")
        rows.append(
            {
                "scope": grant.scope,
                "key_id": grant.key_id,
                "recipient_id": grant.recipient_id,
                "sealed_key": grant.sealed_key,
                "granted_by": caller.id,
            }
        )
    ctx.store.put_grants(rows, now_ms())
    return Response(status_code=204)


@router.get("/grants", response_model=list[KeyGrant])
def get_grants(
    caller: CallerDep, ctx: Ctx, scope: Annotated[Scope | None, Query()] = None
) -> list[KeyGrant]:
    """The caller's own grants, plus the staff-key grants of programs they are staff of."""
    recipients = [caller.id] + [
        f"staff:{m.scope.split(':', 1)[1]}"
        for m in memberships(ctx.store, caller.person)
        if m.scope.startswith("program:") and m.role == "staff"
    ]
    return [
        KeyGrant(
            scope=r.scope,
            key_id=r.key_id,
            recipient_id=r.recipient_id,
            sealed_key=r.sealed_key,
            granted_by=r.granted_by,
        )
        for r in ctx.store.grants_for(recipients, scope)
    ]
