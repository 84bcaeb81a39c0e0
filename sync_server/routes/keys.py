"""Key grants: scope keys sealed to recipients, which the server stores but cannot open.

Sync handlers on worker threads. Only someone who can read a scope may share its key, and
only with people who can read it too, or with the program staff key (`staff:<program_id>`)
of a pair's own program; pair keys are made and shared by the program's staff only (members
never need to, and a member's key could leave staff out). Key ids grow one at a time
(`pair_keys.check_grant_key_ids`). `granted_by` is always the caller, never what the client
said.
The public half of each program's staff key is published by the staff member who made it
(signed by them) and served to every member of the program, who seal ops to it.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from jumelage_protocol import (
    Id,
    KeyGrant,
    KeyGrantBatch,
    Role,
    Scope,
    ScopeKind,
    StaffKey,
    staff_key_message,
    staff_recipient,
)
from sync_server.access import (
    memberships,
    require_read,
    require_staff,
    scope_access,
    scope_readers,
)
from sync_server.auth import now_ms
from sync_server.codec import unb64
from sync_server.context import CallerDep, Ctx, ServerContext
from sync_server.errors import Refused
from sync_server.limits import KEY_BYTES, check_key_id, decode_b64
from sync_server.pair_keys import (
    StaffKeyRow,
    check_grant_key_ids,
    newest_staff_key,
    newest_staff_key_id,
    put_staff_key,
)
from sync_server.store import GrantRow

router = APIRouter(prefix="/v1/keys", tags=["keys"])


def _pair_program(ctx: ServerContext, scope: Scope) -> str | None:
    if scope.kind is not ScopeKind.PAIR:
        return None
    with ctx.store.read() as conn:
        pair = ctx.store.pair(conn, scope.id)
    return pair.program_id if pair else None


@router.post("/grants", status_code=204, response_class=Response)
def put_grants(batch: KeyGrantBatch, caller: CallerDep, ctx: Ctx) -> Response:
    readers: dict[str, set[str]] = {}
    key_ids: dict[str, set[int]] = {}
    rows: list[GrantRow] = []
    for grant in batch.grants:
        check_key_id(grant.key_id, "grants.key_id")
        if grant.scope not in readers:
            require_read(ctx.store, caller.id, grant.scope)
            readers[grant.scope] = scope_readers(ctx.store, grant.scope)
            program = _pair_program(ctx, grant.scope)
            if program is not None:
                require_staff(ctx.store, caller.id, program)
                readers[grant.scope].add(staff_recipient(program))
        if grant.recipient_id not in readers[grant.scope]:
            raise Refused("bad_recipient")
        key_ids.setdefault(grant.scope, set()).add(grant.key_id)
        rows.append(
            {
                "scope": grant.scope,
                "key_id": grant.key_id,
                "recipient_id": grant.recipient_id,
                "sealed_key": grant.sealed_key,
                "granted_by": caller.id,
            }
        )
    check_grant_key_ids(ctx.store, key_ids)
    ctx.store.put_grants(rows, now_ms())
    return Response(status_code=204)


@router.get("/grants", response_model=list[KeyGrant])
def get_grants(
    caller: CallerDep, ctx: Ctx, scope: Annotated[Scope | None, Query()] = None
) -> list[KeyGrant]:
    """The caller's own grants, plus the staff-key grants of programs they are staff of."""
    recipients = [caller.id] + [
        staff_recipient(m.scope.id)
        for m in memberships(ctx.store, caller.person)
        if m.scope.kind is ScopeKind.PROGRAM and m.role == Role.STAFF
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


@router.post("/staff", status_code=204, response_class=Response)
def publish_staff_key(req: StaffKey, caller: CallerDep, ctx: Ctx) -> Response:
    """A staff member publishes the public half of the staff key they made (once per key id)."""
    require_staff(ctx.store, caller.id, req.program_id)
    check_key_id(req.key_id, "key_id")
    with ctx.store.read() as conn:
        if req.key_id > newest_staff_key_id(conn, req.program_id) + 1:
            raise Refused("bad_key_id")
    decode_b64(req.box_public, "box_public", size=KEY_BYTES)
    message = staff_key_message(req.program_id, req.key_id, req.box_public)
    signers = [(caller.person.keys.sign_public, req.signature)]
    if req.root_public is not None or req.root_signature is not None:
        root_public = req.root_public or ""
        decode_b64(root_public, "root_public", size=KEY_BYTES)
        signers.append((root_public, req.root_signature or ""))
    try:
        for public, signature in signers:
            VerifyKey(unb64(public)).verify(message, unb64(signature))
    except (BadSignatureError, ValueError, TypeError):
        raise Refused("bad_staff_key") from None
    row = StaffKeyRow(
        req.program_id,
        req.key_id,
        req.box_public,
        caller.id,
        req.signature,
        req.root_signature,
        req.root_public,
    )
    put_staff_key(ctx.store, row, now_ms())
    return Response(status_code=204)


@router.get("/staff", response_model=StaffKey)
def get_staff_key(caller: CallerDep, ctx: Ctx, program_id: Annotated[Id, Query()]) -> StaffKey:
    """The newest staff public key of a program the caller belongs to (in any role)."""
    access = scope_access(ctx.store, caller.id, Scope.program(program_id))
    if not (access.read or access.write):
        raise Refused("not_member")
    row = newest_staff_key(ctx.store, program_id)
    if row is None:
        raise Refused("staff_key_missing")
    return StaffKey(
        program_id=row.program_id,
        key_id=row.key_id,
        box_public=row.box_public,
        signature=row.signature,
        created_by=row.created_by,
        root_public=row.root_public,
        root_signature=row.root_signature,
    )
