"""Which server certificates this PC trusts: the operating system's own store.

An organisation whose server has a certificate from its own authority installs that
authority in the OS store, as for every other program. `truststore` makes Python's TLS use
that store (Windows and macOS natively, OpenSSL's default paths on Linux) instead of a list
bundled with the app. Shared by the HTTP client and the live channel.
"""

from __future__ import annotations

import ssl

import truststore


def trust_context() -> ssl.SSLContext:
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def untrusted_certificate(exc: BaseException) -> bool:
    """Whether a connection failed because this PC does not trust the server's certificate."""
    seen: BaseException | None = exc
    for _ in range(8):  # the causes a transport error wraps, not an endless chain
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
