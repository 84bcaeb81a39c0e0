"""Passphrase key derivation, split as Bitwarden does: Argon2id master key, HKDF sub-keys.

The master key never leaves this module's callers' stack: `split_master_key` turns it into
an *auth key* (sent to the server, which stores a slow hash of it) and a *key-encryption
key* (KEK) that wraps the profile key and never leaves the PC. Slow by design; callers run
it off the UI thread (the runtime's background operations).

Tuning (measured with argon2-cffi's `hash_secret_raw` on the 2-core development machine,
best of two): 64 MiB/3 passes/4 lanes (Bitwarden's defaults) 0.105 s, 64 MiB/8 passes
0.221 s, 128 MiB/4 passes 0.231 s, 128 MiB/5 passes 0.265 s, 128 MiB/6 passes 0.311 s.
Production defaults are 128 MiB, 6 passes, 4 lanes (≥ 0.25 s with margin); they are
stored beside every wrap with a version number, so a later retune never strands a profile.
"""

from __future__ import annotations

import base64
import os
import unicodedata
from dataclasses import dataclass
from typing import TypedDict

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KDF_VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16

DEFAULT_MEMORY_KIB = 128 * 1024
DEFAULT_PASSES = 6
DEFAULT_LANES = 4

_AUTH_INFO = b"jumelage/v1/auth-key"
_KEK_INFO = b"jumelage/v1/key-encryption-key"


def b64encode(data: bytes) -> str:
    """URL-safe base64 without padding, the encoding of the wire protocol."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: object) -> bytes:
    """Inverse of `b64encode`; raises ValueError on anything that is not such text."""
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    padded = (text + "=" * (-len(text) % 4)).encode("ascii", "strict")
    return base64.b64decode(padded, altchars=b"-_", validate=True)


class KdfDict(TypedDict):
    """`KdfParams` as JSON: in the profile file and on the wire (protocol.KdfParams)."""

    version: int
    algorithm: str
    memory_kib: int
    passes: int
    lanes: int
    salt: str


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored beside a wrap; `to_dict` matches protocol.KdfParams."""

    version: int
    memory_kib: int
    passes: int
    lanes: int
    salt: bytes

    @classmethod
    def new(cls, salt: bytes | None = None) -> KdfParams:
        """Production parameters with a fresh random salt (≥ 0.25 s per derivation here)."""
        return cls(
            KDF_VERSION,
            DEFAULT_MEMORY_KIB,
            DEFAULT_PASSES,
            DEFAULT_LANES,
            os.urandom(SALT_BYTES) if salt is None else salt,
        )

    @classmethod
    def fast_for_tests(cls, salt: bytes | None = None) -> KdfParams:
        """Tiny parameters so tests do not spend seconds in Argon2; never used by the app."""
        return cls(KDF_VERSION, 8, 1, 1, os.urandom(SALT_BYTES) if salt is None else salt)

    def to_dict(self) -> KdfDict:
        return {
            "version": self.version,
            "algorithm": "argon2id",
            "memory_kib": self.memory_kib,
            "passes": self.passes,
            "lanes": self.lanes,
            "salt": b64encode(self.salt),
        }

    @classmethod
    def from_dict(cls, data: object) -> KdfParams:
        """Parse and bound-check; raises ValueError (callers map it to their own error)."""
        if not isinstance(data, dict):
            raise ValueError("kdf parameters must be an object")
        if data.get("algorithm", "argon2id") != "argon2id":
            raise ValueError("unknown kdf algorithm")
        fields = {}
        for name, low, high in (
            ("version", 1, 1_000),
            ("memory_kib", 8, 4_194_304),
            ("passes", 1, 64),
            ("lanes", 1, 64),
        ):
            value = data.get(name)
            if type(value) is not int or not low <= value <= high:
                raise ValueError(f"kdf parameter {name} out of range")
            fields[name] = value
        salt = b64decode(data.get("salt"))
        if len(salt) < 8:
            raise ValueError("kdf salt too short")
        return cls(salt=salt, **fields)


@dataclass(frozen=True, repr=False)
class MasterKeys:
    """The two keys split from the master key; `repr` hides them from tracebacks."""

    auth_key: bytes
    kek: bytes

    def __repr__(self) -> str:
        return "MasterKeys(<hidden>)"


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC so the same passphrase typed on Windows, macOS or Linux gives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_master_key(passphrase: str, params: KdfParams) -> bytes:
    """Argon2id of the NFC-normalised passphrase: 32 bytes. Slow on purpose."""
    return hash_secret_raw(
        normalise_passphrase(passphrase),
        params.salt,
        time_cost=params.passes,
        memory_cost=params.memory_kib,
        parallelism=params.lanes,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _hkdf(master: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(master)


def split_master_key(master: bytes) -> MasterKeys:
    """HKDF-SHA256 with distinct labels: knowing the auth key tells nothing of the KEK."""
    if len(master) != KEY_BYTES:
        raise ValueError("master key must be 32 bytes")
    return MasterKeys(auth_key=_hkdf(master, _AUTH_INFO), kek=_hkdf(master, _KEK_INFO))
