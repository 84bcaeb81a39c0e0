"""The HTTP client of the sync server: typed calls, Problem bodies mapped to `SyncError`.

A thin wrapper over `httpx.AsyncClient`, talking only to the configured server. Every
failure becomes a `SyncError` with a stable code: the server's own Problem code, or
`offline` / `timeout` / `server_unavailable` / `protocol_mismatch` /
`untrusted_certificate` for the transport (certificates are checked against the OS store).
Plain `http://` is refused (`insecure_server_url`) except to this computer itself, unless
the administrator's policy allows it (`allow_insecure_http`): the session token is a bearer
token good for days, and it must not cross a network in clear.
A push refused for stamps beyond the server's clock raises `ClockSkewError` ("clock_skew",
with the server's time, so the engine can re-stamp); a wrong clock here blocks nothing else.
Runs on the network loop (plain asyncio).
"""

from __future__ import annotations

import ipaddress
from typing import Any, TypeVar, overload
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from desktop.sync.errors import SyncError
from desktop.sync.hlc import ClockSkewError
from desktop.sync.tls import trust_context, untrusted_certificate
from jumelage_protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PULL_PAGE_SIZE,
    EnrolRequest,
    Heads,
    IceConfig,
    InviteRequest,
    InviteResponse,
    KeyGrant,
    KeyGrantBatch,
    LoginRequest,
    PairClose,
    PairCreate,
    PairKeyFloor,
    PairMembers,
    PairReopen,
    PersonDirectoryEntry,
    PreloginRequest,
    PreloginResponse,
    Problem,
    PullPage,
    PurgedScopes,
    PushRequest,
    PushResponse,
    Residency,
    Role,
    SessionInfo,
    StaffKey,
)

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
Query = dict[str, str | int]
_DIRECTORY = TypeAdapter(list[PersonDirectoryEntry])
_GRANTS = TypeAdapter(list[KeyGrant])


def check_server_url(url: str, *, allow_insecure_http: bool = False) -> str:
    """The URL if this PC may talk to it: https, or http to loopback (or anywhere when the
    administrator allows it); else `SyncError` `insecure_server_url` / `bad_server_url`."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme != "http" or not parts.hostname:
        raise SyncError("bad_server_url", "the server address must start with https://")
    if allow_insecure_http or _is_loopback(parts.hostname):
        return url
    raise SyncError("insecure_server_url", "plain http is allowed only to this computer")


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ServerClient:
    """One server, one optional session token. Use as `async with ServerClient(url) as c`."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        check_server_url(base_url, allow_insecure_http=allow_insecure_http)
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.allow_insecure_http = allow_insecure_http
        self._own_transport = transport is None
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=timeout,
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
            transport=transport,
            trust_env=False,  # no proxies from the environment: only the configured server
            verify=trust_context(),
        )

    def reopen_args(self) -> tuple[str, str | None, float, bool] | None:
        """What another process needs to open the same session (URL, token, timeout, whether
        plain http is allowed), or None when this client runs over a transport given to it
        (tests injecting faults)."""
        if not self._own_transport:
            return None
        return (self.base_url, self.token, self.timeout, self.allow_insecure_http)

    async def __aenter__(self) -> ServerClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- transport ----------------------------------------------------------------------

    async def _call(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | None = None,
        params: Query | None = None,
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        content = body.model_dump_json().encode() if body is not None else None
        if content is not None:
            headers["Content-Type"] = "application/json"
        try:
            resp = await self._http.request(
                method, path, content=content, params=params, headers=headers
            )
        except httpx.TimeoutException as exc:
            raise SyncError("timeout", "the server did not answer in time") from exc
        except httpx.TransportError as exc:
            if untrusted_certificate(exc):
                raise SyncError(
                    "untrusted_certificate", "the server's certificate is not trusted"
                ) from exc
            raise SyncError("offline", "the server cannot be reached") from exc
        if resp.status_code >= 400:
            raise _problem(resp)
        return resp

    async def _get(self, path: str, model: type[M], **params: str | int) -> M:
        resp = await self._call("GET", path, params=params or None)
        return _parse(model, resp.content)

    @overload
    async def _post(self, path: str, body: BaseModel, model: type[M]) -> M: ...
    @overload
    async def _post(self, path: str, body: BaseModel, model: None = None) -> None: ...
    async def _post(self, path: str, body: BaseModel, model: type[M] | None = None) -> M | None:
        resp = await self._call("POST", path, body=body)
        return _parse(model, resp.content) if model is not None else None

    # --- endpoints ----------------------------------------------------------------------

    async def residency(self) -> Residency:
        return await self._get("/v1/residency", Residency)

    async def prelogin(self, username: str) -> PreloginResponse:
        return await self._post(
            "/v1/prelogin", PreloginRequest(username=username), PreloginResponse
        )

    async def enrol(self, req: EnrolRequest) -> SessionInfo:
        info = await self._post("/v1/enrol", req, SessionInfo)
        self.token = info.token
        return info

    async def login(self, req: LoginRequest) -> SessionInfo:
        info = await self._post("/v1/login", req, SessionInfo)
        self.token = info.token
        return info

    async def me(self) -> SessionInfo:
        return await self._get("/v1/me", SessionInfo)

    async def logout(self) -> None:
        await self._call("POST", "/v1/logout")

    async def logout_all(self) -> None:
        await self._call("POST", "/v1/logout-all")

    async def invite(self, program_id: str, role: Role) -> InviteResponse:
        req = InviteRequest(program_id=program_id, role=role)
        return await self._post("/v1/invites", req, InviteResponse)

    async def create_pair(self, req: PairCreate) -> None:
        await self._post("/v1/pairs", req)

    async def close_pair(self, pair_id: str, retain_days: int | None = None) -> None:
        await self._post("/v1/pairs/close", PairClose(pair_id=pair_id, retain_days=retain_days))

    async def reopen_pair(self, pair_id: str) -> PairKeyFloor:
        return await self._post("/v1/pairs/reopen", PairReopen(pair_id=pair_id), PairKeyFloor)

    async def change_pair_members(self, req: PairMembers) -> PairKeyFloor:
        return await self._post("/v1/pairs/members", req, PairKeyFloor)

    async def publish_staff_key(self, key: StaffKey) -> None:
        await self._post("/v1/keys/staff", key)

    async def staff_key(self, program_id: str) -> StaffKey | None:
        """The program's newest staff public key, or None if staff have not made one yet."""
        try:
            return await self._get("/v1/keys/staff", StaffKey, program_id=program_id)
        except SyncError as exc:
            if exc.code == "staff_key_missing":
                return None
            raise

    async def directory(self, scope: str) -> list[PersonDirectoryEntry]:
        resp = await self._call("GET", "/v1/directory", params={"scope": scope})
        return _parse(_DIRECTORY, resp.content)

    async def put_grants(self, grants: list[KeyGrant]) -> None:
        for i in range(0, len(grants), 1000):
            await self._post("/v1/keys/grants", KeyGrantBatch(grants=grants[i : i + 1000]))

    async def grants(self, scope: str | None = None) -> list[KeyGrant]:
        resp = await self._call(
            "GET", "/v1/keys/grants", params={"scope": scope} if scope else None
        )
        return _parse(_GRANTS, resp.content)

    async def push(self, req: PushRequest) -> PushResponse:
        out = await self._post("/v1/ops", req, PushResponse)
        return out

    async def pull(self, scope: str, after: int, limit: int = PULL_PAGE_SIZE) -> PullPage:
        return await self._get("/v1/ops", PullPage, scope=scope, after=after, limit=limit)

    async def heads(self) -> Heads:
        out = await self._get("/v1/heads", Heads)
        return out

    async def purged(self) -> list[str]:
        """Pair scopes of ours the server purged after retention (none from a server that
        predates purging: it answers 404 `not_found`)."""
        try:
            return list((await self._get("/v1/purged", PurgedScopes)).scopes)
        except SyncError as exc:
            if exc.code == "not_found":
                return []
            raise

    async def ice(self) -> IceConfig:
        return await self._get("/v1/ice", IceConfig)


@overload
def _parse(model: type[M], raw: bytes) -> M: ...
@overload
def _parse(model: TypeAdapter[T], raw: bytes) -> T: ...
def _parse(model: type[BaseModel] | TypeAdapter[Any], raw: bytes) -> object:
    try:
        if isinstance(model, TypeAdapter):
            return model.validate_json(raw)
        return model.model_validate_json(raw)
    except ValidationError as exc:
        raise SyncError("bad_response", "the server answered something unexpected") from exc


def _problem(resp: httpx.Response) -> SyncError:
    if resp.status_code == 426:
        return SyncError("protocol_mismatch", "this version is not supported", status=426)
    try:
        problem = Problem.model_validate_json(resp.content)
    except ValidationError:
        if resp.status_code >= 500:
            return SyncError("server_unavailable", "the server failed", status=resp.status_code)
        return SyncError("bad_response", "unexpected error body", status=resp.status_code)
    if problem.code == "clock_skew":
        err = ClockSkewError(problem.server_time_ms)
        err.status = resp.status_code
        return err
    return SyncError(problem.code, problem.detail, status=resp.status_code)
