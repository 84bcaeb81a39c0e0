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
from sync_server.store import Store

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


class KdfShape:
    """The KDF parameters prelogin gives an unknown name: those of the latest enrolment (what
    clients actually use), or the configured defaults before anyone enrols. Thread-safe."""

    def __init__(self, memory_kib: int, passes: int, lanes: int, salt_bytes: int) -> None:
        self.value = (memory_kib, passes, lanes, salt_bytes)

    @classmethod
    def initial(cls, store: Store, defaults: DecoyKdf) -> KdfShape:
        latest = store.latest_kdf()
        if latest is None:
            return cls(defaults.memory_kib, defaults.passes, defaults.lanes, defaults.salt_bytes)
        return cls.of(latest)

    @classmethod
    def of(cls, kdf: KdfParams) -> KdfShape:
        return cls(kdf.memory_kib, kdf.passes, kdf.lanes, len(unb64(kdf.salt)))

    def follow(self, kdf: KdfParams) -> None:
        """A person just enrolled with `kdf`: decoys look like it from now on."""
        self.value = KdfShape.of(kdf).value  # one atomic assignment


def decoy_kdf(secret: bytes, username: str, shape: KdfShape) -> KdfParams:
    """KDF parameters for an unknown username, stable per name (an HMAC under the server
    secret gives the salt), shaped like a real enrolment, so prelogin reveals nothing."""
    memory_kib, passes, lanes, salt_bytes = shape.value
    key = username_key(secret, username).encode()
    salt = hmac.new(secret, b"salt:" + key, hashlib.sha512).digest()[:salt_bytes]
    return KdfParams(memory_kib=memory_kib, passes=passes, lanes=lanes, salt=b64(salt))


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
