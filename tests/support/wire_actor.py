"""A minimal protocol client for server tests and benchmarks: one person, as a real client acts.

Runs on the caller's thread over any httpx-compatible client (httpx.Client or Starlette's
TestClient). It derives a master key with Argon2id (cheap parameters: tests only), splits
it with HKDF into the auth key and the key-encryption key, keeps X25519 + Ed25519 key pairs,
encrypts op bodies with the scope key (PyNaCl SecretBox) and signs each batch over the op
digests, exactly as the wire contract says. It is not the desktop sync engine.
"""

from __future__ import annotations

import itertools
import os
import secrets
import time
import uuid
from dataclasses import dataclass, field

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from nacl.public import PrivateKey, SealedBox
from nacl.secret import SecretBox
from nacl.signing import SigningKey

from jumelage_protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, OpEnvelope, op_digest
from sync_server.codec import b64, unb64

TEST_KDF = {"version": 1, "algorithm": "argon2id", "memory_kib": 8, "passes": 1, "lanes": 1}
_counter = itertools.count()


def hkdf(master: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)


def hlc(ms: int | None = None, node: str = "t") -> str:
    ms = time.time_ns() // 1_000_000 if ms is None else ms
    return f"{ms:013d}-{next(_counter) % 100000:05d}-{node}"


def new_scope_key() -> bytes:
    return os.urandom(SecretBox.KEY_SIZE)


def seal_to(box_public_b64: str, key: bytes) -> str:
    from nacl.public import PublicKey

    return b64(SealedBox(PublicKey(unb64(box_public_b64))).encrypt(key))


@dataclass
class Actor:
    username: str
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    box: PrivateKey = field(default_factory=PrivateKey.generate)
    sign: SigningKey = field(default_factory=SigningKey.generate)
    salt: bytes = field(default_factory=lambda: os.urandom(16))
    person_id: str | None = None
    token: str | None = None
    role: str | None = None

    @property
    def master(self) -> bytes:
        return hash_secret_raw(
            self.passphrase.encode(),
            self.salt,
            time_cost=1,
            memory_cost=8,
            parallelism=1,
            hash_len=32,
            type=Type.ID,
        )

    @property
    def auth_key(self) -> str:
        return b64(hkdf(self.master, b"jumelage auth"))

    @property
    def kek(self) -> bytes:
        return hkdf(self.master, b"jumelage kek")

    @property
    def headers(self) -> dict[str, str]:
        out = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if self.token:
            out["Authorization"] = f"Bearer {self.token}"
        return out

    def enrol_body(self, code: str) -> dict:
        private = bytes(self.box) + bytes(self.sign)
        return {
            "invite_code": code,
            "username": self.username,
            "auth_key": self.auth_key,
            "kdf": {**TEST_KDF, "salt": b64(self.salt)},
            "keys": {
                "box_public": b64(bytes(self.box.public_key)),
                "sign_public": b64(bytes(self.sign.verify_key)),
                "wrapped_private": b64(SecretBox(self.kek).encrypt(private)),
            },
        }

    def _session(self, response) -> dict:
        assert response.status_code == 200, response.text
        info = response.json()
        self.person_id, self.token, self.role = info["person_id"], info["token"], info["role"]
        return info

    def enrol(self, http, code: str) -> dict:
        return self._session(
            http.post("/v1/enrol", json=self.enrol_body(code), headers=self.headers)
        )

    def login(self, http) -> dict:
        body = {"username": self.username, "auth_key": self.auth_key}
        return self._session(http.post("/v1/login", json=body, headers=self.headers))

    def op(
        self,
        scope: str,
        plaintext: bytes,
        key: bytes,
        *,
        entity: str = "message",
        key_id: int = 1,
        ms: int | None = None,
        op_id: str | None = None,
    ) -> OpEnvelope:
        return OpEnvelope(
            op_id=op_id or str(uuid.uuid4()),
            scope=scope,
            hlc=hlc(ms),
            author=self.person_id,
            entity=entity,
            entity_id=str(uuid.uuid4()),
            key_id=key_id,
            body=b64(SecretBox(key).encrypt(plaintext)),
        )

    def sign_batch(self, ops: list[OpEnvelope]) -> str:
        return b64(self.sign.sign(b"".join(op_digest(op) for op in ops)).signature)

    def push_body(self, ops: list[OpEnvelope]) -> dict:
        return {"ops": [op.model_dump() for op in ops], "signature": self.sign_batch(ops)}

    def push(self, http, ops: list[OpEnvelope]):
        return http.post("/v1/ops", json=self.push_body(ops), headers=self.headers)

    def pull(self, http, scope: str, after: int = 0):
        return http.get("/v1/ops", params={"scope": scope, "after": after}, headers=self.headers)
