"""Accounts: prelogin, enrolment from an invite, sign-in, sign-out, who am I.

Handlers are sync and run on worker threads (argon2 and the database block). Sign-in
failures are counted per account and per address; past the limit the answer is 429 with
Retry-After, before any hash is computed.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from jumelage_protocol import (
    EnrolRequest,
    LoginRequest,
    PreloginRequest,
    PreloginResponse,
    SessionInfo,
)
from sync_server.access import memberships
from sync_server.auth import decoy_kdf, invite_hash, new_token, now_ms, sha256_hex, username_key
from sync_server.context import CallerDep, Ctx, ServerContext, client_address
from sync_server.errors import Refused
from sync_server.limits import auth_key_bytes, check_kdf, check_public_keys
from sync_server.rate_limit import FailureLimiter
from sync_server.store import Person

router = APIRouter(prefix="/v1", tags=["accounts"])


def session_info(ctx: ServerContext, person: Person, token: str, expires_ms: int) -> SessionInfo:
    return SessionInfo(
        token=token,
        expires_at_ms=expires_ms,
        person_id=person.id,
        organisation_id=person.organisation_id,
        role=person.role,
        keys=person.keys,
        memberships=memberships(ctx.store, person),
        server_time_ms=now_ms(),
    )


def _open_session(ctx: ServerContext, person: Person) -> SessionInfo:
    token = new_token()
    now = now_ms()
    expires = now + ctx.settings.limits.session_hours * 3_600_000
    ctx.store.add_session(sha256_hex(token), person.id, expires, now)
    return session_info(ctx, person, token, expires)


def _check_limits(*pairs: tuple[FailureLimiter, str]) -> None:
    for limiter, key in pairs:
        wait = limiter.retry_after(key)
        if wait is not None:
            raise Refused("rate_limited", headers={"Retry-After": str(wait)})


@router.post("/prelogin", response_model=PreloginResponse)
def prelogin(req: PreloginRequest, ctx: Ctx) -> PreloginResponse:
    person = ctx.store.person_by_username(username_key(ctx.secret, req.username))
    if person is None:
        return PreloginResponse(kdf=decoy_kdf(ctx.secret, req.username, ctx.settings.decoy_kdf))
    return PreloginResponse(kdf=person.kdf)


@router.post("/enrol", response_model=SessionInfo)
def enrol(req: EnrolRequest, ctx: Ctx, request: Request) -> SessionInfo:
    address = client_address(request)
    _check_limits((ctx.address_failures, address))
    auth_key = auth_key_bytes(req.auth_key, enrolling=True)
    check_public_keys(req.keys)
    check_kdf(req.kdf)
    now = now_ms()
    try:
        person_id = ctx.store.enrol(
            code_hash=invite_hash(req.invite_code),
            username_key=username_key(ctx.secret, req.username),
            auth_hash=ctx.hasher.hash(auth_key),
            kdf=req.kdf,
            keys=req.keys,
            now_ms=now,
        )
    except Refused as exc:
        if exc.code == "invite_invalid":
            ctx.address_failures.fail(address)
        raise
    return _open_session(ctx, ctx.store.person(person_id))


@router.post("/login", response_model=SessionInfo)
def login(req: LoginRequest, ctx: Ctx, request: Request) -> SessionInfo:
    address = client_address(request)
    account = username_key(ctx.secret, req.username)
    _check_limits((ctx.account_failures, account), (ctx.address_failures, address))
    auth_key = auth_key_bytes(req.auth_key, enrolling=False)  # undecodable: 422, never 5xx
    person = ctx.store.person_by_username(account)
    if not ctx.hasher.verify(person.auth_hash if person else None, auth_key):
        ctx.account_failures.fail(account)
        ctx.address_failures.fail(address)
        raise Refused("bad_credentials")
    ctx.account_failures.reset(account)
    if ctx.hasher.needs_rehash(person.auth_hash):
        ctx.store.update_auth_hash(person.id, ctx.hasher.hash(auth_key))
    return _open_session(ctx, person)


@router.post("/logout", status_code=204, response_class=Response)
def logout(caller: CallerDep, ctx: Ctx) -> Response:
    ctx.store.revoke_session(caller.token_hash)
    return Response(status_code=204)


@router.post("/logout-all", status_code=204, response_class=Response)
def logout_all(caller: CallerDep, ctx: Ctx) -> Response:
    """Sign out everywhere: every session of this person, and their live connections."""
    ctx.store.revoke_all_sessions(caller.id)
    ctx.hub.disconnect_person(caller.id)
    return Response(status_code=204)


@router.get("/me", response_model=SessionInfo)
def me(caller: CallerDep, ctx: Ctx) -> SessionInfo:
    found = ctx.store.session(caller.token_hash)
    return session_info(ctx, caller.person, caller.token, found[1] if found else 0)
