"""Everything that turns bad input into a plain `protocol.Problem`: middleware and handlers.

Runs on the asyncio loop before any route. The middleware refuses unsupported protocol
versions (426) and oversized bodies (413) by Content-Length and by the bytes actually
received, before anything is parsed. The handlers give every error, including FastAPI's
validation errors and unexpected faults, the same body shape; details never echo input.
"""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jumelage_protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, Problem
from sync_server.auth import now_ms
from sync_server.errors import REASONS, Refused

log = logging.getLogger("sync_server")


def problem_response(
    code: str,
    *,
    detail: str | None = None,
    headers: dict[str, str] | None = None,
    server_time_ms: int | None = None,
) -> JSONResponse:
    status, sentence = REASONS[code]
    body = Problem(code=code, detail=detail or sentence, server_time_ms=server_time_ms)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, headers=headers)


class RequestGuard:
    """ASGI middleware: protocol version and body size checks, before parsing."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        version = headers.get(PROTOCOL_HEADER.lower())
        if version is not None and version.strip() != str(PROTOCOL_VERSION):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 4426})
                return
            await problem_response("unsupported_protocol")(scope, receive, send)
            return
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await problem_response("payload_too_large")(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await problem_response("payload_too_large")(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _field(loc: tuple) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "header", "path")]
    return ".".join(parts) or "body"


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(Refused)
    async def _refused(_request: Request, exc: Refused) -> JSONResponse:
        return problem_response(
            exc.code, detail=exc.detail, headers=exc.headers, server_time_ms=exc.server_time_ms
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return problem_response("malformed_json")
        first = errors[0] if errors else {}
        where = _field(tuple(first.get("loc", ())))
        why = str(first.get("msg", "not valid")).rstrip(".")
        more = f" ({len(errors) - 1} more problem(s) in the request)" if len(errors) > 1 else ""
        return problem_response(
            "invalid_request", detail=f"The field '{where}' is not valid: {why}.{more}"
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}.get(
            exc.status_code, "invalid_request"
        )
        return problem_response(code)

    @app.exception_handler(Exception)
    async def _fault(_request: Request, exc: Exception) -> JSONResponse:
        log.error("internal error: %s", type(exc).__name__)  # never the message: it may hold data
        return problem_response("internal_error", server_time_ms=now_ms())


def parse_json_frame(text: str) -> dict | None:
    """A live frame as a dict, or None if it is not a JSON object."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
