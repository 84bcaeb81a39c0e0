"""`create_app(settings)`: the FastAPI application, built once per process (or per test).

Runs on the main thread at start-up; the app then serves on uvicorn's loop and worker
threads. It wires storage, the live hub and rate limiters into `app.state.ctx`, installs
the input guards and error handlers, and mounts the thin route modules. No interactive
docs (they would load scripts from a CDN); the schema is at /openapi.json.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from jumelage_protocol import PROTOCOL_VERSION
from sync_server import debug_memory
from sync_server.config import Settings
from sync_server.context import ServerContext
from sync_server.guards import PROBLEM_RESPONSES, RequestGuard, install_handlers
from sync_server.routes import accounts, keys, live, ops, programs, residency


def create_app(settings: Settings) -> FastAPI:
    ctx = ServerContext.build(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        ctx.store.close()

    app = FastAPI(
        title="Jumelage sync server",
        version=f"protocol {PROTOCOL_VERSION}",
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.ctx = ctx
    app.add_middleware(
        RequestGuard,
        max_body=settings.limits.max_request_bytes,
        body_timeout=settings.limits.body_timeout_seconds,
    )
    install_handlers(app)
    for module in (accounts, programs, keys, ops, live, residency):
        app.include_router(module.router, responses=PROBLEM_RESPONSES)
    if debug_memory.enabled():
        app.include_router(debug_memory.router)
    return app
