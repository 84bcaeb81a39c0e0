"""Secrets handling: session tokens, invite codes, username keys, auth-key hashes, batch signatures.

Pure functions and one small hasher class, called from request worker threads and the CLI.
Tokens and invite codes are high-entropy, so a SHA-256 of them is stored; auth keys are
hashed with argon2id (they come from the client's own Argon2id, so moderate parameters
suffice). Usernames are stored only as an HMAC under the server secret, so the database
holds no name someone chose for themselves.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from jumelage_protocol import KdfParams
from sync_server.codec import b64, unb64
from sync_server.config import AuthHash, DecoyKdf

# No 0/O, 1/I/L: a code read aloud or copied from paper is typed right the first time.
INVITE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
INVITE_GROUPS = 4
INVITE_GROUP_LEN = 4


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_invite_code() -> str:
    groups = (
        "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_GROUP_LEN))
        for _ in range(INVITE_GROUPS)
    )
    return "-".join(groups)


def invite_hash(code: str) -> str:
    """Hash of the code as typed, ignoring case, spaces and dashes."""
    normal = "".join(ch for ch in code.upper() if ch.isalnum())
    return sha256_hex("invite:" + normal)


def username_key(secret: bytes, username: str) -> str:
    normal = unicodedata.normalize("NFC", username.strip()).casefold()
    return hmac.new(secret, b"username:" + normal.encode("utf-8"), hashlib.sha256).hexdigest()


def decoy_kdf(secret: bytes, username: str, params: DecoyKdf) -> KdfParams:
    """Deterministic KDF parameters for an unknown username, so prelogin reveals nothing."""
    salt = hmac.new(secret, b"salt:" + username_key(secret, username).encode(), hashlib.sha256)
    return KdfParams(
        memory_kib=params.memory_kib,
        passes=params.passes,
        lanes=params.lanes,
        salt=b64(salt.digest()[:16]),
    )


class AuthKeyHasher:
    """argon2id over the client's auth key; a dummy verify keeps unknown users as slow as known."""

    def __init__(self, params: AuthHash) -> None:
        self._ph = PasswordHasher(
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
        )
        self._dummy = self._ph.hash(secrets.token_bytes(32))

    def hash(self, auth_key: bytes) -> str:
        return self._ph.hash(auth_key)

    def verify(self, stored: str | None, auth_key: bytes) -> bool:
        try:
            return self._ph.verify(stored or self._dummy, auth_key) and stored is not None
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._ph.check_needs_rehash(stored)


def verify_batch(sign_public: str, digests: list[bytes], signature: str) -> bool:
    """Ed25519 over the concatenated SHA-256 digests of the batch's ops, in order."""
    try:
        VerifyKey(unb64(sign_public)).verify(b"".join(digests), unb64(signature))
        return True
    except (BadSignatureError, ValueError, TypeError):
        return False
