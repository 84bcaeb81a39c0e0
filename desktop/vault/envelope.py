"""Op body envelopes and batch signatures: the crypto every synced change goes through.

A body is sealed with the scope's symmetric key (XChaCha20-Poly1305, AEAD) and bound to the
op's identity by associated data, so a body cannot be replayed under another op, scope or
entity. A pushed batch carries one Ed25519 signature over the SHA-256 digests of its ops in
order, so readers can check authorship without trusting the server. A body for readers who
hold only a public key (a mentee's urgent report to the program staff) is sealed the same way
under a fresh one-time key, itself put in an X25519 sealed box to that public key. Pure
functions; safe on any thread (the sync engine calls them on the network loop).
"""

from __future__ import annotations

from collections.abc import Sequence

import nacl.exceptions
import nacl.public
import nacl.signing
import nacl.utils
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
    crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
    crypto_box_SEALBYTES,
)

from desktop.vault.errors import VaultError
from jumelage_protocol import CodedError

NONCE_BYTES = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES  # 24
KEY_BYTES = 32
DIGEST_BYTES = 32
SEALED_KEY_BYTES = KEY_BYTES + crypto_box_SEALBYTES  # 80: the one-time key, sealed


class EnvelopeError(VaultError):
    """A body or signature that cannot be trusted; `code` is stable for the UI to translate."""

    def __init__(self, code: str, detail: str = "") -> None:
        CodedError.__init__(self, code, detail or code)


def seal_body(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt `plaintext` under `key`; the result is nonce || ciphertext+tag."""
    if len(key) != KEY_BYTES:
        raise EnvelopeError("bad_key", "A scope key must be 32 bytes.")
    nonce = nacl.utils.random(NONCE_BYTES)
    return nonce + crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, aad, nonce, key)


def open_body(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Decrypt a sealed body; any tampering, wrong key or wrong binding is `unreadable`."""
    if len(key) != KEY_BYTES or len(blob) < NONCE_BYTES + 16:
        raise EnvelopeError("unreadable", "This change cannot be read with the keys on this PC.")
    try:
        return crypto_aead_xchacha20poly1305_ietf_decrypt(
            blob[NONCE_BYTES:], aad, blob[:NONCE_BYTES], key
        )
    except nacl.exceptions.CryptoError as exc:
        raise EnvelopeError(
            "unreadable", "This change cannot be read with the keys on this PC."
        ) from exc


def seal_body_to(public: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt for the holder of an X25519 private key: sealed(one-time key) || seal_body."""
    one_time = nacl.utils.random(KEY_BYTES)
    try:
        sealed = nacl.public.SealedBox(nacl.public.PublicKey(public)).encrypt(one_time)
    except (nacl.exceptions.CryptoError, ValueError, TypeError) as exc:
        raise EnvelopeError("bad_key", "A public key must be 32 bytes.") from exc
    return bytes(sealed) + seal_body(one_time, plaintext, aad)


def open_body_sealed(private: bytes, blob: bytes, aad: bytes) -> bytes:
    """Open a body made by `seal_body_to`; anything else is `unreadable`."""
    try:
        one_time = nacl.public.SealedBox(nacl.public.PrivateKey(private)).decrypt(
            blob[:SEALED_KEY_BYTES]
        )
    except (nacl.exceptions.CryptoError, ValueError, TypeError) as exc:
        raise EnvelopeError(
            "unreadable", "This change cannot be read with the keys on this PC."
        ) from exc
    return open_body(one_time, blob[SEALED_KEY_BYTES:], aad)


def batch_message(digests: Sequence[bytes]) -> bytes:
    """The signed bytes: the digests concatenated in push order (what the server stores)."""
    for d in digests:
        if len(d) != DIGEST_BYTES:
            raise EnvelopeError("bad_digest", "An op digest must be 32 bytes.")
    return b"".join(digests)


def sign_batch(signing_key: nacl.signing.SigningKey, digests: Sequence[bytes]) -> bytes:
    """One detached Ed25519 signature for a whole pushed batch (cheap per op)."""
    return signing_key.sign(batch_message(digests)).signature


def verify_batch(verify_key: bytes, digests: Sequence[bytes] | bytes, signature: bytes) -> None:
    """Raise `EnvelopeError('bad_signature')` unless `signature` covers `digests`."""
    message = digests if isinstance(digests, bytes) else batch_message(digests)
    try:
        nacl.signing.VerifyKey(verify_key).verify(message, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError) as exc:
        raise EnvelopeError(
            "bad_signature", "A change was not signed by the person it names."
        ) from exc
