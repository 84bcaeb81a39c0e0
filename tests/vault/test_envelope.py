"""Envelopes: bodies open only with the right key and binding; batch signatures catch tampering."""

import hashlib

import nacl.signing
import pytest

from desktop.vault.envelope import EnvelopeError, open_body, seal_body, sign_batch, verify_batch

KEY = bytes(range(32))


def test_body_round_trips_and_nonce_is_fresh():
    a = seal_body(KEY, b"bonjour", b"op1|pair:x")
    b = seal_body(KEY, b"bonjour", b"op1|pair:x")
    assert a != b  # random nonce: same text never gives the same ciphertext
    assert b"bonjour" not in a
    assert open_body(KEY, a, b"op1|pair:x") == b"bonjour"


@pytest.mark.parametrize(
    "key, aad, mutate",
    [
        (bytes(32), b"op1|pair:x", lambda c: c),  # wrong key
        (KEY, b"op2|pair:x", lambda c: c),  # body moved to another op
        (KEY, b"op1|pair:x", lambda c: c[:-1] + bytes([c[-1] ^ 1])),  # flipped bit
        (KEY, b"op1|pair:x", lambda c: c[:10]),  # truncated
    ],
)
def test_unreadable_bodies_raise_stable_code(key, aad, mutate):
    sealed = seal_body(KEY, b"secret", b"op1|pair:x")
    with pytest.raises(EnvelopeError) as info:
        open_body(key, mutate(sealed), aad)
    assert info.value.code == "unreadable"


def test_seal_refuses_short_key():
    with pytest.raises(EnvelopeError) as info:
        seal_body(b"short", b"x", b"")
    assert info.value.code == "bad_key"


def test_batch_signature_verifies_and_detects_reordering_and_other_author():
    sk = nacl.signing.SigningKey.generate()
    digests = [hashlib.sha256(bytes([i])).digest() for i in range(5)]
    sig = sign_batch(sk, digests)
    verify_batch(bytes(sk.verify_key), digests, sig)
    verify_batch(bytes(sk.verify_key), b"".join(digests), sig)  # server's concatenated form
    with pytest.raises(EnvelopeError) as info:
        verify_batch(bytes(sk.verify_key), list(reversed(digests)), sig)
    assert info.value.code == "bad_signature"
    other = nacl.signing.SigningKey.generate()
    with pytest.raises(EnvelopeError):
        verify_batch(bytes(other.verify_key), digests, sig)


def test_sign_refuses_non_digest():
    with pytest.raises(EnvelopeError) as info:
        sign_batch(nacl.signing.SigningKey.generate(), [b"abc"])
    assert info.value.code == "bad_digest"
