"""URL-safe base64 without padding, as the wire uses it (`protocol.B64`). Pure; any thread."""

from __future__ import annotations

import base64


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
