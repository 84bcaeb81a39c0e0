"""ICE configuration: the server's `IceConfig` turned into aiortc `RTCConfiguration`s.

Pure functions, any thread. aiortc uses one STUN and one TURN server (the first of each it
understands), so the choice of TURN URL matters: the first attempt prefers TURN over UDP
(cheapest relay) with all candidate types; the fallback attempt is relay-only and prefers
`turns:` on TCP (443), which is what passes networks that block UDP. Expired credentials
are refused with a stable code so the caller fetches fresh ones instead of failing ICE.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from aiortc import RTCConfiguration, RTCIceServer
from aiortc.rtcconfiguration import RTCIceTransportPolicy

from jumelage_protocol import CodedError, IceConfig

# the server's `IceConfig`, a dict of the same shape (tests, JSON), or None (no STUN or TURN)
IceSource = IceConfig | Mapping[str, Any] | None


class IceConfigError(CodedError, ValueError):
    """`code`: 'ice_expired' | 'ice_malformed'."""


@dataclass(frozen=True)
class IceServerData:
    url: str
    username: str | None = None
    credential: str | None = None


def _servers(ice: IceSource) -> list[IceServerData]:
    """Accept a `protocol.IceConfig`, a dict of the same shape, or None."""
    if ice is None:
        return []
    raw = ice.get("ice_servers", []) if isinstance(ice, Mapping) else ice.ice_servers
    out: list[IceServerData] = []
    for server in raw:
        if isinstance(server, Mapping):
            urls, user, cred = server.get("urls"), server.get("username"), server.get("credential")
        else:
            urls, user, cred = server.urls, server.username, server.credential
        if isinstance(urls, str):
            urls = [urls]
        if not isinstance(urls, Sequence):
            raise IceConfigError("ice_malformed")
        out.extend(IceServerData(str(u), user, cred) for u in urls)
    return out


def _expires_at_ms(ice: IceSource) -> int | None:
    if ice is None:
        return None
    return ice.get("expires_at_ms") if isinstance(ice, Mapping) else ice.expires_at_ms


def _turn_rank(url: str, prefer_tcp: bool) -> int:
    over_tcp = url.startswith("turns:") or "transport=tcp" in url
    return 0 if over_tcp == prefer_tcp else 1


def build_configuration(
    ice: IceSource, *, relay_only: bool = False, now_ms: int | None = None
) -> RTCConfiguration:
    """One STUN and one TURN server for aiortc; relay-only prefers TURN over TLS/TCP."""
    expires = _expires_at_ms(ice)
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    if expires is not None and expires <= now_ms:
        raise IceConfigError("ice_expired")
    servers = _servers(ice)
    stun = [s for s in servers if s.url.startswith(("stun:", "stuns:"))]
    turn = sorted(
        (s for s in servers if s.url.startswith(("turn:", "turns:"))),
        key=lambda s: _turn_rank(s.url, prefer_tcp=relay_only),
    )
    chosen: list[RTCIceServer] = []
    if stun and not relay_only:
        chosen.append(RTCIceServer(urls=stun[0].url))
    if turn:
        t = turn[0]
        chosen.append(RTCIceServer(urls=t.url, username=t.username, credential=t.credential))
    policy = RTCIceTransportPolicy.RELAY if relay_only else RTCIceTransportPolicy.ALL
    return RTCConfiguration(iceServers=chosen, iceTransportPolicy=policy)


def has_turn(ice: IceSource) -> bool:
    return any(s.url.startswith(("turn:", "turns:")) for s in _servers(ice))


def attempts(ice: IceSource) -> list[bool]:
    """The relay_only flag of each connection attempt: direct first, relay-only if TURN exists."""
    return [False, True] if has_turn(ice) else [False]
