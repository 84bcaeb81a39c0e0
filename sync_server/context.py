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

from sync_server.auth import AuthKeyHasher, now_ms, sha256_hex
from sync_server.config import Settings
from sync_server.errors import Refused
from sync_server.live_hub import LiveHub
from sync_server.rate_limit import FailureLimiter
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
    account_failures: FailureLimiter
    address_failures: FailureLimiter

    @classmethod
    def build(cls, settings: Settings) -> ServerContext:
        store = Store(settings.resolved_database_url())
        if store.is_sqlite:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        store.prepare_schema()
        lim = settings.limits
        return cls(
            settings=settings,
            store=store,
            hub=LiveHub(),
            secret=store.secret(),
            hasher=AuthKeyHasher(settings.auth_hash),
            account_failures=FailureLimiter(
                lim.login_failures_per_account, lim.login_window_seconds
            ),
            address_failures=FailureLimiter(
                lim.login_failures_per_address, lim.login_window_seconds
            ),
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
    return conn.app.state.ctx


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
