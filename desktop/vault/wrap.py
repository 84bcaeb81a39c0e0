"""Wrapping the profile key (or any small secret) under the key-encryption key.

XSalsa20-Poly1305 (`nacl.secret.SecretBox`): authenticated, so a wrong passphrase is told
apart from a right one without any separate verifier. Runs on the caller's thread.
"""

from __future__ import annotations

import nacl.exceptions
import nacl.secret

from desktop.vault.errors import WrongPassphrase


def wrap(kek: bytes, secret: bytes) -> bytes:
    """Nonce + ciphertext + tag, as one blob."""
    return bytes(nacl.secret.SecretBox(kek).encrypt(secret))


def unwrap(kek: bytes, blob: bytes) -> bytes:
    """The secret, or `WrongPassphrase` when the KEK (hence the passphrase) is not the one."""
    try:
        return nacl.secret.SecretBox(kek).decrypt(blob)
    except (nacl.exceptions.CryptoError, ValueError, TypeError) as exc:
        raise WrongPassphrase() from exc
