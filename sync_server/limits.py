"""Checks the wire models cannot express, so storage never sees a value it cannot hold.

Pure; called by route handlers on worker threads before anything is stored or hashed. A
value out of range, or base64 that does not decode to the bytes the field needs, is a 422
naming the field, never a database or decoding error (a 5xx).
"""

from __future__ import annotations

import binascii

from jumelage_protocol import KdfParams, PersonKeys
from sync_server.codec import unb64
from sync_server.errors import Refused

MAX_DB_INT = 2**31 - 1  # key ids and cursors fit a 32-bit column on every database
KEY_BYTES = 32
MIN_SALT_BYTES = 8
WRAPPED_PRIVATE_BYTES = (104, 512)  # SecretBox(24 nonce + 16 tag + 64 private); room to grow


def check_key_id(key_id: int, field: str) -> None:
    if key_id > MAX_DB_INT:
        raise Refused("invalid_request", detail=f"The field '{field}' is too large.")


def decode_b64(
    text: str, field: str, *, size: int | None = None, bounds: tuple[int, int] | None = None
) -> bytes:
    """The bytes of a base64url field, or a 422 saying the field is not what it must be."""
    try:
        raw = unb64(text)
    except (binascii.Error, ValueError):
        raise Refused(
            "invalid_request", detail=f"The field '{field}' is not valid base64."
        ) from None
    if size is not None and len(raw) != size:
        raise Refused("invalid_request", detail=f"The field '{field}' must be {size} bytes.")
    if bounds is not None and not bounds[0] <= len(raw) <= bounds[1]:
        raise Refused(
            "invalid_request",
            detail=f"The field '{field}' must be {bounds[0]} to {bounds[1]} bytes.",
        )
    return raw


def check_public_keys(keys: PersonKeys) -> None:
    """X25519 and Ed25519 public keys are 32 bytes each; the wrap must be a real SecretBox."""
    decode_b64(keys.box_public, "keys.box_public", size=KEY_BYTES)
    decode_b64(keys.sign_public, "keys.sign_public", size=KEY_BYTES)
    decode_b64(keys.wrapped_private, "keys.wrapped_private", bounds=WRAPPED_PRIVATE_BYTES)


def check_kdf(kdf: KdfParams) -> None:
    """Prelogin hands the salt back to every PC of this person: it must decode."""
    decode_b64(kdf.salt, "kdf.salt", bounds=(MIN_SALT_BYTES, 64))


def auth_key_bytes(text: str, *, enrolling: bool) -> bytes:
    """The client's HKDF auth key. Enrolment needs exactly 32 bytes (they get hashed and
    kept); at sign-in a key of another length is simply wrong (401, counted as a failure)."""
    return decode_b64(text, "auth_key", size=KEY_BYTES if enrolling else None)
