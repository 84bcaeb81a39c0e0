"""Server settings: one pydantic model, loaded from a TOML file or from embedded defaults.

Read once at start-up on the main thread, then shared read-only by every request. Unknown
keys in the file are refused so a typo does not silently fall back to a default.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from jumelage_protocol import Residency

SECRET_FILE_NAME = "jumelage-server.secret"


def _beside(base: Path, path: Path | None) -> Path | None:
    """A path from the config file taken from the file's folder, like `data_dir`."""
    return path if path is None or path.is_absolute() else base / path


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
    # Sign-in: this many failures run back to back, then each next attempt waits twice as
    # long as the last (base, 2x base, … up to the cap); forgotten a window after the last.
    login_failures_per_account: int = Field(default=10, ge=1)
    login_failures_per_address: int = Field(default=50, ge=1)
    login_window_seconds: int = Field(default=900, ge=1)
    login_backoff_base_seconds: float = Field(default=1.0, gt=0)
    login_backoff_max_account_seconds: int = Field(default=900, ge=1)
    login_backoff_max_address_seconds: int = Field(default=60, ge=1)
    prelogin_per_minute_per_address: int = Field(default=300, ge=1)
    enrol_per_minute_per_address: int = Field(default=60, ge=1)  # a class enrolling
    name_attempts_per_invite: int = Field(default=5, ge=1)  # 'username_taken' answers
    session_hours: int = Field(default=24 * 14, ge=1)
    # Slow clients: the whole header block, then the whole body, must arrive in time.
    header_timeout_seconds: float = Field(default=10.0, gt=0)
    body_timeout_seconds: float = Field(default=30.0, gt=0)
    connections_per_address: int = Field(default=256, ge=1)
    live_connections_per_token: int = Field(default=4, ge=1)
    live_frames_per_minute: int = Field(default=600, ge=1)  # relayed frames per connection


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
    """KDF parameters prelogin returns for unknown usernames until someone enrols (then the
    latest enrolment's are used): the desktop's production defaults (desktop/vault/kdf.py)."""

    memory_kib: int = Field(default=128 * 1024, ge=8)
    passes: int = Field(default=6, ge=1)
    lanes: int = Field(default=4, ge=1)
    salt_bytes: int = Field(default=16, ge=8, le=64)


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
    # The username-HMAC secret, kept apart from the data (a backup or a copy of the database
    # alone cannot test guessed usernames). JUMELAGE_SERVER_SECRET (base64url) wins over it.
    # None: 'jumelage-server.secret' beside the config file, or in data_dir without one.
    secret_file: Path | None = None
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
        tls = settings.tls.model_copy(
            update={
                "certificate": _beside(base, settings.tls.certificate),
                "private_key": _beside(base, settings.tls.private_key),
            }
        )
        return settings.model_copy(
            update={
                "data_dir": _beside(base, settings.data_dir),
                "secret_file": _beside(base, settings.secret_file or Path(SECRET_FILE_NAME)),
                "tls": tls,
            }
        )

    def resolved_secret_file(self) -> Path:
        return self.secret_file or self.data_dir / SECRET_FILE_NAME

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'jumelage-server.db').resolve()}"
