"""Everything that turns bad input into a plain `protocol.Problem`: middleware and handlers.

Runs on the asyncio loop before any route. The middleware refuses unsupported protocol
versions (426), oversized bodies (413) by Content-Length and by the bytes actually
received, and bodies that arrive too slowly (408), before anything is parsed; it also ends
every unexpected fault with a Problem and one log line (code and request id). The handlers
give every error, including FastAPI's validation errors, the same body shape; details
never echo input.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jumelage_protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, Problem
from sync_server.auth import now_ms
from sync_server.errors import REASONS, Refused, problem_statuses

log = logging.getLogger("sync_server")


def problem_response(
    code: str,
    *,
    detail: str | None = None,
    headers: Mapping[str, str] | None = None,
    server_time_ms: int | None = None,
) -> JSONResponse:
    status, sentence = REASONS[code]
    body = Problem(code=code, detail=detail or sentence, server_time_ms=server_time_ms)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, headers=headers)


class RequestGuard:
    """ASGI middleware: protocol version, body size and body time-out checks before parsing,
    and the last word on unexpected faults (a Problem and one log line, nothing else)."""

    def __init__(self, app: ASGIApp, max_body: int, body_timeout: float = 30.0) -> None:
        self.app = app
        self.max_body = max_body
        self.body_timeout = body_timeout

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
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
                refusal = await self._read_body(headers, receive)
                if isinstance(refusal, JSONResponse):
                    await refusal(scope, receive, send)
                    return
                if refusal is None:
                    return  # the client went away
                receive = refusal
            await self.app(scope, receive, watched)
        except Exception as exc:  # noqa: BLE001 - the one place unexpected faults end
            request_id = secrets.token_hex(6)
            # The code, the request id and the kind of fault; never its message or traceback
            # (they can hold pydantic input values and SQL parameters).
            log.error("internal_error request=%s kind=%s", request_id, type(exc).__name__)
            if not started:
                await problem_response(
                    "internal_error",
                    detail=f"{REASONS['internal_error'][1]} (request {request_id})",
                    headers={"X-Request-Id": request_id},
                    server_time_ms=now_ms(),
                )(scope, receive, send)

    async def _read_body(
        self, headers: dict[str, str], receive: Receive
    ) -> Receive | JSONResponse | None:
        """The whole body within the time-out and size limit, as a `receive` that replays it;
        or the Problem to answer; or None if the client disconnected."""
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return problem_response("payload_too_large", headers={"Connection": "close"})
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout
        chunks: list[bytes] = []
        size = 0
        while True:
            try:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                return problem_response("request_timeout", headers={"Connection": "close"})
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return problem_response("payload_too_large", headers={"Connection": "close"})
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

        return replay


def _field(loc: tuple[int | str, ...]) -> str:
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
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}.get(
            exc.status_code, "invalid_request"
        )
        headers = exc.headers
        if exc.status_code == 405:  # FastAPI has one route per method: name them all
            offered = request.app.openapi()["paths"].get(request.url.path)
            if offered:
                headers = {"Allow": ", ".join(sorted(m.upper() for m in offered))}
        return problem_response(code, headers=headers)


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": Problem, "description": "Refused: a stable `code` and a plain `detail`."}
    for status in problem_statuses()
}


MAX_FRAME_DEPTH = 32


def parse_json_frame(text: str) -> dict[str, Any] | None:
    """A live frame as a dict, or None if it is not a shallow JSON object."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, dict) or _depth(value) > MAX_FRAME_DEPTH:
        return None
    return value


def _depth(value: object) -> int:
    """Nesting depth, iteratively (a deep frame must not exhaust the stack here either)."""
    deepest, todo = 0, [(value, 1)]
    while todo:
        item, level = todo.pop()
        deepest = max(deepest, level)
        if level > MAX_FRAME_DEPTH:
            return level
        if isinstance(item, dict):
            todo.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            todo.extend((v, level + 1) for v in item)
    return deepest
