""" "Remember me on this PC": the profile key kept in the OS password store (keyring).

One entry per OS account (service "Jumelage"): `{username, person_id, profile_key}`. Whether
remembering is allowed is policy, decided by the caller; this module only talks to the
keyring and says `KeyringUnavailable` when there is no usable backend (the fail or null
backends, a chainer with nothing in it, or a backend that errors), so the app can say so
and carry on. Runs on the caller's thread; keyring calls may block briefly on D-Bus.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer, fail, null

from desktop.vault.errors import KeyringUnavailable
from desktop.vault.kdf import b64decode, b64encode

SERVICE = "Jumelage"
ENTRY = "remembered-profile"


@dataclass(frozen=True, repr=False)
class Remembered:
    username: str
    person_id: str
    profile_key: bytes

    def __repr__(self) -> str:
        return f"Remembered(person_id={self.person_id!r})"


def _usable(backend: keyring.backend.KeyringBackend | None) -> keyring.backend.KeyringBackend:
    backend = backend if backend is not None else keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        raise KeyringUnavailable()
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        raise KeyringUnavailable()
    return backend


def store(remembered: Remembered, backend: keyring.backend.KeyringBackend | None = None) -> None:
    """Replace the remembered profile of this OS account."""
    value = json.dumps(
        {
            "username": remembered.username,
            "person_id": remembered.person_id,
            "profile_key": b64encode(remembered.profile_key),
        }
    )
    try:
        _usable(backend).set_password(SERVICE, ENTRY, value)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable() from exc


def recall(backend: keyring.backend.KeyringBackend | None = None) -> Remembered | None:
    """The remembered profile, or None (also when the entry is unreadable: it is only a cache)."""
    try:
        value = _usable(backend).get_password(SERVICE, ENTRY)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable() from exc
    if value is None:
        return None
    try:
        data = json.loads(value)
        key = b64decode(data["profile_key"])
        if len(key) != 32:
            return None
        return Remembered(str(data["username"]), str(data["person_id"]), key)
    except (ValueError, KeyError, TypeError):
        return None


def forget(backend: keyring.backend.KeyringBackend | None = None) -> None:
    """Remove the remembered profile, if any."""
    try:
        _usable(backend).delete_password(SERVICE, ENTRY)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable() from exc
