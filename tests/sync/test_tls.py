"""A server that serves HTTPS itself (its config's TLS paths), and PCs that trust certificates
through the operating system's store: an organisation's own authority once installed there,
and nothing else. Real certificates, a real server process, real sync and live channel."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from desktop.models.tables import Person
from desktop.services.accounts import engine_for
from desktop.sync.client import ServerClient
from desktop.sync.errors import SyncError
from tests.support.server import start_server
from tests.sync.conftest import Running


def _authority_and_certificate(folder: Path) -> tuple[Path, Path, Path]:
    """An organisation's CA and a certificate it signed for 127.0.0.1: (CA, cert, key)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Centre Test CA")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                     content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


@pytest.fixture
def tls_server(tmp_path):
    ca, cert, key = _authority_and_certificate(tmp_path)
    tls = {"tls": {"certificate": str(cert), "private_key": str(key)}}
    server = start_server(tmp_path, config_overrides=tls, authority=ca)
    try:
        yield server, ca
    finally:
        server.stop()


def test_a_certificate_this_pc_does_not_trust_is_named_not_offline(tls_server, monkeypatch):
    server, _ = tls_server
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    assert server.base_url.startswith("https://")

    async def go():
        async with ServerClient(server.base_url) as client:
            with pytest.raises(SyncError) as info:
                await client.residency()
        assert info.value.code == "untrusted_certificate"
        assert not info.value.retryable  # shown to the person with its own sentence
        async with ServerClient(server.base_url.replace("https:", "http:")) as client:
            with pytest.raises(SyncError) as plain:
                await client.residency()  # the port speaks TLS only
        assert plain.value.code != "untrusted_certificate"

    asyncio.run(go())


def test_program_syncs_over_https_and_wss_once_the_authority_is_trusted(
    tls_server, tmp_path, monkeypatch
):
    server, ca = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))  # as if installed in the OS store (OpenSSL)

    async def go():
        sc = await server.new_program(tmp_path / "pcs")
        try:
            mentor, mentee = sc.mentors[0], sc.mentees[0]
            with mentee.profile.sessionmaker() as s:
                names = {p.id: p.display_name for p in s.scalars(select(Person))}
            assert names[mentor.profile.person_id] == "Mentor 1"  # synced over HTTPS
            running = await Running(engine_for(mentee.profile)).start()  # live over wss://
            try:
                assert running.engine.live.connected.is_set()
                assert running.engine.live.url.startswith("wss://")
            finally:
                await running.close()
        finally:
            sc.close()

    asyncio.run(go())
