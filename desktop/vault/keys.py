"""Person key pairs, key wrapping and scope keys: who can read and who wrote.

Each person has an X25519 pair (to receive sealed scope keys) and an Ed25519 pair (to sign
pushed batches). The private halves travel to the server only wrapped (SecretBox) under the
key-encryption key, which never leaves the PC. Scope keys: a pair key is 32 random bytes; a
program's staff key is an X25519 pair whose private half is sealed to each staff member and
from which the program scope's symmetric key is derived; a person's own scope key is derived
from their X25519 private key. Pure functions; safe on any thread.
"""

from __future__ import annotations

from dataclasses import dataclass

import nacl.encoding
import nacl.exceptions
import nacl.hash
import nacl.public
import nacl.secret
import nacl.signing
import nacl.utils

from desktop.vault.envelope import EnvelopeError

SCOPE_KEY_BYTES = 32
_PRIVATE_BYTES = 64  # box private (32) || signing seed (32)


class KeyMaterialError(EnvelopeError):
    """A wrap or sealed key that cannot be opened here (`code` is stable)."""


@dataclass(frozen=True)
class PersonKeyPair:
    """One person's X25519 (sealed boxes) and Ed25519 (signatures) private keys."""

    box_private: nacl.public.PrivateKey
    signing_key: nacl.signing.SigningKey

    @classmethod
    def generate(cls) -> PersonKeyPair:
        return cls(nacl.public.PrivateKey.generate(), nacl.signing.SigningKey.generate())

    @property
    def box_public(self) -> bytes:
        return bytes(self.box_private.public_key)

    @property
    def sign_public(self) -> bytes:
        return bytes(self.signing_key.verify_key)

    def private_bytes(self) -> bytes:
        """The private halves as 64 raw bytes; only ever stored inside SQLCipher or wrapped."""
        return bytes(self.box_private) + bytes(self.signing_key)

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> PersonKeyPair:
        if len(raw) != _PRIVATE_BYTES:
            raise KeyMaterialError("unwrap_failed", "The stored keys are damaged.")
        return cls(nacl.public.PrivateKey(raw[:32]), nacl.signing.SigningKey(raw[32:]))

    def wrap_private(self, kek: bytes) -> bytes:
        """SecretBox(kek) over the private halves: what the server keeps for other PCs."""
        return bytes(nacl.secret.SecretBox(kek).encrypt(self.private_bytes()))


def generate() -> PersonKeyPair:
    """A fresh person key pair (enrolment)."""
    return PersonKeyPair.generate()


def unwrap_private(kek: bytes, blob: bytes) -> PersonKeyPair:
    """Open a `PersonKeyPair.wrap_private` wrap; a wrong passphrase or damage: `unwrap_failed`."""
    try:
        raw = nacl.secret.SecretBox(kek).decrypt(blob)
    except (nacl.exceptions.CryptoError, ValueError, TypeError) as exc:
        raise KeyMaterialError("unwrap_failed", "These keys cannot be opened here.") from exc
    return PersonKeyPair.from_private_bytes(raw)


def seal_to(public: bytes, secret: bytes) -> bytes:
    """Anonymous sealed box to an X25519 public key (grants of scope keys)."""
    return bytes(nacl.public.SealedBox(nacl.public.PublicKey(public)).encrypt(secret))


def open_sealed(private: nacl.public.PrivateKey | bytes, blob: bytes) -> bytes:
    """Open a grant sealed to us; anything else is `unreadable_grant`."""
    if isinstance(private, bytes):
        private = nacl.public.PrivateKey(private)
    try:
        return nacl.public.SealedBox(private).decrypt(blob)
    except (nacl.exceptions.CryptoError, ValueError, TypeError) as exc:
        raise KeyMaterialError("unreadable_grant", "A key given to you cannot be opened.") from exc


# --- scope keys -----------------------------------------------------------------------


def new_pair_key() -> bytes:
    """A fresh symmetric pair key (new pair, or rotation on membership change)."""
    return nacl.utils.random(SCOPE_KEY_BYTES)


def new_staff_key() -> nacl.public.PrivateKey:
    """A fresh program staff key pair (first staff of a program)."""
    return nacl.public.PrivateKey.generate()


def _derive(secret: bytes, label: bytes) -> bytes:
    return nacl.hash.blake2b(
        b"",
        key=secret,
        person=label.ljust(16, b"\0")[:16],
        digest_size=32,
        encoder=nacl.encoding.RawEncoder,
    )


def program_op_key(staff_private: bytes) -> bytes:
    """The symmetric key of a program scope's ops, derived from the staff private key."""
    return _derive(staff_private, b"jml-program-ops")


def person_op_key(box_private: bytes) -> bytes:
    """The symmetric key of a person's own scope (drafts, read markers across PCs)."""
    return _derive(box_private, b"jml-person-ops")


def staff_public(staff_private: bytes) -> bytes:
    return bytes(nacl.public.PrivateKey(staff_private).public_key)
