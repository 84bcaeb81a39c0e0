"""What every request handler needs, built once by `create_app`, and the typed dependencies.

The context is created on the main thread and then shared read-only (its parts are
thread-safe) by the worker threads that run the sync handlers and by the asyncio loop that
runs the live channel. `authenticate` is the single check of a bearer token.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from starlette.requests import HTTPConnection

from sync_server.auth import AuthKeyHasher, KdfShape, now_ms, sha256_hex
from sync_server.config import Settings
from sync_server.errors import Refused
from sync_server.files import load_secret, prepare_sqlite
from sync_server.live_hub import LiveHub
from sync_server.rate_limit import Backoff, Rate
from sync_server.store import Person, Store


@dataclass(frozen=True)
class Caller:
    person: Person
    token: str
    token_hash: str
    expires_ms: int = 0

    @property
    def id(self) -> str:
        return self.person.id


@dataclass
class ServerContext:
    settings: Settings
    store: Store
    hub: LiveHub
    secret: bytes
    hasher: AuthKeyHasher
    account_tries: Backoff  # sign-in attempts per account (username HMAC)
    address_tries: Backoff  # sign-in and invite-code attempts per address
    invite_names: Backoff  # 'username_taken' answers per invite
    prelogin_rate: Rate
    enrol_rate: Rate
    live_frames: Rate  # relayed live frames per session
    decoy: KdfShape

    @classmethod
    def build(cls, settings: Settings) -> ServerContext:
        prepare_sqlite(settings)
        store = Store(settings.resolved_database_url())
        store.prepare_schema()
        lim = settings.limits

        def backoff(free: int, cap: int) -> Backoff:
            return Backoff(
                free,
                base_seconds=lim.login_backoff_base_seconds,
                max_seconds=cap,
                forget_seconds=lim.login_window_seconds,
            )

        return cls(
            settings=settings,
            store=store,
            hub=LiveHub(lim.live_connections_per_token),
            secret=load_secret(settings, store),
            hasher=AuthKeyHasher(settings.auth_hash),
            account_tries=backoff(
                lim.login_failures_per_account, lim.login_backoff_max_account_seconds
            ),
            address_tries=backoff(
                lim.login_failures_per_address, lim.login_backoff_max_address_seconds
            ),
            invite_names=Backoff(
                lim.name_attempts_per_invite,
                base_seconds=3600,
                max_seconds=24 * 3600,
                forget_seconds=24 * 3600,
            ),
            prelogin_rate=Rate(lim.prelogin_per_minute_per_address),
            enrol_rate=Rate(lim.enrol_per_minute_per_address),
            live_frames=Rate(lim.live_frames_per_minute, max(10, lim.live_frames_per_minute // 10)),
            decoy=KdfShape.initial(store, settings.decoy_kdf),
        )

    def authenticate(self, token: str) -> Caller:
        """The caller behind a session token, or Refused (401) saying why not."""
        token_hash = sha256_hex(token)
        found = self.store.session(token_hash)
        if found is None:
            raise Refused("token_invalid")
        person, expires_ms, revoked = found
        if revoked:
            raise Refused("token_revoked")
        if expires_ms <= now_ms():
            raise Refused("token_expired")
        return Caller(person=person, token=token, token_hash=token_hash, expires_ms=expires_ms)


def get_context(conn: HTTPConnection) -> ServerContext:
    ctx: ServerContext = conn.app.state.ctx  # set by the app factory
    return ctx


Ctx = Annotated[ServerContext, Depends(get_context)]


def current_caller(ctx: Ctx, authorization: Annotated[str | None, Header()] = None) -> Caller:
    if not authorization:
        raise Refused("token_missing")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Refused("token_invalid")
    return ctx.authenticate(token.strip())


CallerDep = Annotated[Caller, Depends(current_caller)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
