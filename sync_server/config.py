"""Server settings: one pydantic model, loaded from a TOML file or from embedded defaults.

Read once at start-up on the main thread, then shared read-only by every request. Unknown
keys in the file are refused so a typo does not silently fall back to a default.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from jumelage_protocol import Residency


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TlsSettings(Section):
    """Certificate paths; when both are set, uvicorn serves HTTPS itself."""

    certificate: Path | None = None
    private_key: Path | None = None


class IceSettings(Section):
    """STUN and a self-hosted TURN (coturn `use-auth-secret`: time-limited REST credentials)."""

    stun_url: str | None = None
    turn_urls: list[str] = Field(
        default_factory=list
    )  # e.g. turn:host:3478, turns:host:443?transport=tcp
    turn_secret: str | None = None
    credential_ttl_seconds: int = Field(default=3600, ge=60, le=86400)


class Limits(Section):
    max_request_bytes: int = Field(default=8 * 1024 * 1024, ge=1024)
    max_op_bytes: int = Field(default=256 * 1024, ge=64)  # decoded ciphertext per op
    max_batch_ops: int = Field(default=1000, ge=1)
    max_live_frame_bytes: int = Field(default=64 * 1024, ge=256)
    login_failures_per_account: int = Field(default=10, ge=1)
    login_failures_per_address: int = Field(default=50, ge=1)
    login_window_seconds: int = Field(default=900, ge=1)
    session_hours: int = Field(default=24 * 14, ge=1)


class Retention(Section):
    """How long the ops of a closed pair are kept before `purge` deletes them."""

    closed_pair_days: int = Field(default=365, ge=0)
    used_invite_days: int = Field(default=30, ge=0)


class AuthHash(Section):
    """argon2id parameters for the stored hash of each client's auth key (moderate: it is
    already the output of the client's own Argon2id)."""

    memory_kib: int = Field(default=19 * 1024, ge=8)
    time_cost: int = Field(default=2, ge=1)
    parallelism: int = Field(default=1, ge=1)


class DecoyKdf(Section):
    """KDF parameters prelogin returns for unknown usernames; match what clients use."""

    memory_kib: int = Field(default=64 * 1024, ge=8)
    passes: int = Field(default=3, ge=1)
    lanes: int = Field(default=1, ge=1)


class ResidencySettings(Section):
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    region: str | None = None
    provider: str | None = None

    def declaration(self) -> Residency:
        if self.country is None:
            return Residency(declared=False)
        return Residency(
            declared=True, country=self.country, region=self.region, provider=self.provider
        )


class Settings(Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8750, ge=0, le=65535)
    data_dir: Path = Path("jumelage-server-data")
    database_url: str | None = None  # None: SQLite file under data_dir
    tls: TlsSettings = Field(default_factory=TlsSettings)
    ice: IceSettings = Field(default_factory=IceSettings)
    limits: Limits = Field(default_factory=Limits)
    retention: Retention = Field(default_factory=Retention)
    auth_hash: AuthHash = Field(default_factory=AuthHash)
    decoy_kdf: DecoyKdf = Field(default_factory=DecoyKdf)
    residency: ResidencySettings = Field(default_factory=ResidencySettings)

    @classmethod
    def embedded_defaults(cls, data_dir: Path, port: int = 8750) -> Settings:
        """Loopback, SQLite under `data_dir`, residency undeclared: one PC, or a test."""
        return cls(data_dir=Path(data_dir), port=port)

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read a TOML file; relative paths in it are taken from the file's folder."""
        with open(path, "rb") as fh:
            raw = tomllib.load(fh)
        settings = cls.model_validate(raw)
        base = Path(path).resolve().parent
        if not settings.data_dir.is_absolute():
            settings = settings.model_copy(update={"data_dir": base / settings.data_dir})
        return settings

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'jumelage-server.db').resolve()}"
