"""ICE servers for calls, with coturn `use-auth-secret` (TURN REST) time-limited credentials.

Pure; any thread. The username is `<expiry unix seconds>:<person id>` and the password is
base64(HMAC-SHA1(shared secret, username)), which coturn checks without calling us.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from jumelage_protocol import IceConfig, IceServer
from sync_server.config import IceSettings


def ice_config(settings: IceSettings, person_id: str, now_ms: int) -> IceConfig:
    expires_s = now_ms // 1000 + settings.credential_ttl_seconds
    servers: list[IceServer] = []
    if settings.stun_url:
        servers.append(IceServer(urls=[settings.stun_url]))
    if settings.turn_urls and settings.turn_secret:
        username = f"{expires_s}:{person_id}"
        mac = hmac.new(settings.turn_secret.encode(), username.encode(), hashlib.sha1).digest()
        servers.append(
            IceServer(
                urls=list(settings.turn_urls),
                username=username,
                credential=base64.b64encode(mac).decode("ascii"),
            )
        )
    return IceConfig(ice_servers=servers, expires_at_ms=expires_s * 1000)
