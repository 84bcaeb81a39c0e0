"""The two small JSON files of the data directory: `install.json` and each `profile.json`.

`install.json` holds a random install salt, created once; usernames are found by
`blake2b(normalised username, key=install salt)` so no file names who has a profile here.
`profile.json` holds the format version, person id, username digest, KDF parameters and the
wrapped profile key — nothing personal in clear. Damaged files raise `ProfileCorrupt`,
files from a newer build `ProfileFromNewerVersion`; neither is ever rewritten by a reader.
Runs on the caller's thread.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop.vault.atomic import atomic_write, storage_errors
from desktop.vault.errors import (
    InstallFileCorrupt,
    InvalidProfileId,
    ProfileCorrupt,
    ProfileFromNewerVersion,
)
from desktop.vault.kdf import KdfParams, b64decode, b64encode

PROFILE_FORMAT_VERSION = 1
INSTALL_FORMAT_VERSION = 1
PROFILE_FILE = "profile.json"
INSTALL_FILE = "install.json"
_MAX_FILE_BYTES = 64 * 1024
_PERSON_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def check_person_id(person_id: object) -> str:
    """Person ids name directories: refuse anything that could climb out of `profiles/`."""
    if not isinstance(person_id, str) or not _PERSON_ID.match(person_id):
        raise InvalidProfileId()
    return person_id


def normalise_username(username: str) -> str:
    """NFKC, trimmed, case-folded: 'Léa ' and 'LÉA' are the same person."""
    return unicodedata.normalize("NFKC", username).strip().casefold()


def _read_json(path: Path, corrupt: type[Exception]) -> dict[str, object]:
    with storage_errors():
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_FILE_BYTES + 1)
    if len(raw) > _MAX_FILE_BYTES:
        raise corrupt()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise corrupt() from exc
    if not isinstance(data, dict):
        raise corrupt()
    return data


def _dump(data: dict[str, object]) -> bytes:
    return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")


class InstallSalt:
    """The per-install key of the username digests; created on first use, then only read."""

    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / INSTALL_FILE
        self._salt: bytes | None = None

    def _load(self, *, create: bool) -> bytes | None:
        if self._salt is not None:
            return self._salt
        if not self._path.exists():
            if not create:
                return None
            data = {
                "format_version": INSTALL_FORMAT_VERSION,
                "install_salt": b64encode(os.urandom(32)),
            }
            atomic_write(self._path, _dump(data))
        data = _read_json(self._path, InstallFileCorrupt)
        version = data.get("format_version")
        if type(version) is not int or version < 1:
            raise InstallFileCorrupt()
        if version > INSTALL_FORMAT_VERSION:
            raise ProfileFromNewerVersion()
        try:
            salt = b64decode(data["install_salt"])
        except (KeyError, ValueError) as exc:
            raise InstallFileCorrupt() from exc
        if len(salt) < 16:
            raise InstallFileCorrupt()
        self._salt = salt
        return salt

    def digest(self, username: str, *, create: bool = False) -> str | None:
        """The username's digest, or None when there is no install file yet (and not `create`)."""
        salt = self._load(create=create)
        if salt is None:
            return None
        name = normalise_username(username).encode("utf-8")
        return b64encode(hashlib.blake2b(name, key=salt, digest_size=32).digest())


@dataclass(frozen=True)
class ProfileFile:
    """The contents of one `profile.json`."""

    person_id: str
    username_digest: str
    kdf: KdfParams
    wrapped_key: bytes
    format_version: int = PROFILE_FORMAT_VERSION

    def to_bytes(self) -> bytes:
        return _dump(
            {
                "format_version": self.format_version,
                "person_id": self.person_id,
                "username_digest": self.username_digest,
                "kdf": self.kdf.to_dict(),
                "wrapped_key": b64encode(self.wrapped_key),
            }
        )

    def write(self, profile_dir: Path) -> None:
        atomic_write(profile_dir / PROFILE_FILE, self.to_bytes())

    @staticmethod
    def peek(profile_dir: Path) -> tuple[str | None, int | None]:
        """(username digest, format version) as far as they can be read; never raises.

        Lets a lookup attribute a damaged or newer file to its owner before judging it.
        """
        try:
            data = _read_json(profile_dir / PROFILE_FILE, ProfileCorrupt)
        except (ProfileCorrupt, OSError):
            return None, None
        digest = data.get("username_digest")
        version = data.get("format_version")
        return (
            digest if isinstance(digest, str) else None,
            version if type(version) is int else None,
        )

    @classmethod
    def read(cls, profile_dir: Path) -> ProfileFile:
        """Parse and check; never writes, whatever it finds."""
        data = _read_json(profile_dir / PROFILE_FILE, ProfileCorrupt)
        version = data.get("format_version")
        if type(version) is not int or version < 1:
            raise ProfileCorrupt()
        if version > PROFILE_FORMAT_VERSION:
            raise ProfileFromNewerVersion()
        try:
            person_id = check_person_id(data["person_id"])
            digest = data["username_digest"]
            if not isinstance(digest, str) or len(b64decode(digest)) != 32:
                raise ValueError("bad digest")
            kdf = KdfParams.from_dict(data["kdf"])
            wrapped = b64decode(data["wrapped_key"])
            if len(wrapped) < 40:  # nonce + tag at least
                raise ValueError("wrapped key too short")
        except (KeyError, ValueError, InvalidProfileId) as exc:
            raise ProfileCorrupt() from exc
        if person_id != profile_dir.name:
            raise ProfileCorrupt()
        return cls(person_id, digest, kdf, wrapped, version)
