"""Accounts: prelogin, enrolment from an invite, sign-in, sign-out, who am I.

Handlers are sync and run on worker threads (argon2 and the database block). Sign-in
attempts are counted per account and per address before any hash is computed; past the
free ones each must wait longer (429 with Retry-After). Prelogin and enrolment are
rate-limited per address; prelogin answers an unknown name exactly as a known one.
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
from sync_server.rate_limit import reserve_all
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


def _refuse_for(wait: int | None) -> None:
    if wait is not None:
        raise Refused("rate_limited", headers={"Retry-After": str(wait)})


@router.post("/prelogin", response_model=PreloginResponse)
def prelogin(req: PreloginRequest, ctx: Ctx, request: Request) -> PreloginResponse:
    _refuse_for(ctx.prelogin_rate.take(client_address(request)))
    person = ctx.store.person_by_username(username_key(ctx.secret, req.username))
    if person is None:
        return PreloginResponse(kdf=decoy_kdf(ctx.secret, req.username, ctx.decoy))
    return PreloginResponse(kdf=person.kdf)


@router.post("/enrol", response_model=SessionInfo)
def enrol(req: EnrolRequest, ctx: Ctx, request: Request) -> SessionInfo:
    """The invite is checked before the name, and a taken name counts against the invite
    (a few per day) and the address, so an invite cannot be used to test many names."""
    address = client_address(request)
    _refuse_for(ctx.enrol_rate.take(address))
    _refuse_for(ctx.address_tries.wait(address))
    auth_key = auth_key_bytes(req.auth_key, enrolling=True)
    check_public_keys(req.keys)
    check_kdf(req.kdf)
    code_hash = invite_hash(req.invite_code)
    _refuse_for(ctx.invite_names.reserve(code_hash))
    try:
        person_id = ctx.store.enrol(
            code_hash=code_hash,
            username_key=username_key(ctx.secret, req.username),
            auth_hash=ctx.hasher.hash(auth_key),
            kdf=req.kdf,
            keys=req.keys,
            now_ms=now_ms(),
        )
    except Refused as exc:
        if exc.code != "username_taken":
            ctx.invite_names.release(code_hash)
        if exc.code in ("invite_invalid", "username_taken"):
            ctx.address_tries.reserve(address)
        raise
    ctx.invite_names.reset(code_hash)
    ctx.decoy.follow(req.kdf)
    person = ctx.store.person(person_id)
    assert person is not None  # enrolled just above
    return _open_session(ctx, person)


@router.post("/login", response_model=SessionInfo)
def login(req: LoginRequest, ctx: Ctx, request: Request) -> SessionInfo:
    """The attempt is counted before the slow verify (so a burst cannot overrun the limit)
    and handed back if it succeeds."""
    address = client_address(request)
    account = username_key(ctx.secret, req.username)
    auth_key = auth_key_bytes(req.auth_key, enrolling=False)  # undecodable: 422, never 5xx
    _refuse_for(reserve_all((ctx.account_tries, account), (ctx.address_tries, address)))
    person = ctx.store.person_by_username(account)
    if not ctx.hasher.verify(person.auth_hash if person else None, auth_key) or person is None:
        raise Refused("bad_credentials")
    ctx.account_tries.reset(account)
    ctx.address_tries.release(address)
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
