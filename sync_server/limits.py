"""Checks the wire models cannot express, so storage never sees a value it cannot hold.

Pure; called by route handlers on worker threads before anything is stored. A value out
of range is a 422 naming the field, never a database error (a 5xx).
"""

from __future__ import annotations

import binascii

from sync_server.codec import unb64
from sync_server.errors import Refused
from sync_server.protocol import PersonKeys

MAX_DB_INT = 2**31 - 1  # key ids and cursors fit a 32-bit column on every database
KEY_BYTES = 32


def check_key_id(key_id: int, field: str) -> None:
    if key_id > MAX_DB_INT:
        raise Refused("invalid_request", detail=f"The field '{field}' is too large.")


def check_public_keys(keys: PersonKeys) -> None:
    """X25519 and Ed25519 public keys are 32 bytes each."""
    for field in ("box_public", "sign_public"):
        try:
            ok = len(unb64(getattr(keys, field))) == KEY_BYTES
        except (binascii.Error, ValueError):
            ok = False
        if not ok:
            raise Refused(
                "invalid_request", detail=f"The field 'keys.{field}' must be a 32-byte key."
            )
