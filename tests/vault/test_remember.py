"""Remember me: the profile key in the OS keyring, and a clear error when there is none."""

from __future__ import annotations

import os

import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.errors import KeyringLocked

from desktop.vault import remember
from desktop.vault.errors import KeyringUnavailable
from tests.vault.helpers import MemoryKeyring


def test_store_recall_forget() -> None:
    backend = MemoryKeyring()
    entry = remember.Remembered("léa", "p-1", os.urandom(32))
    assert remember.recall(backend) is None
    remember.store(entry, backend)
    assert remember.recall(backend) == entry
    assert entry.profile_key.hex() not in repr(entry)
    remember.forget(backend)
    assert remember.recall(backend) is None
    remember.forget(backend)  # forgetting twice is fine


def test_unreadable_entry_is_treated_as_nothing() -> None:
    backend = MemoryKeyring()
    backend.set_password(remember.SERVICE, remember.ENTRY, "not json")
    assert remember.recall(backend) is None


class _EmptyChainer(keyring.backends.chainer.ChainerBackend):
    backends = []  # what the chainer holds on a machine with no keyring at all


class _LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


@pytest.mark.parametrize(
    "backend",
    [
        keyring.backends.fail.Keyring(),
        keyring.backends.null.Keyring(),
        _EmptyChainer(),
        _LockedKeyring(),
    ],
    ids=["fail", "null", "empty-chainer", "erroring"],
)
def test_no_usable_keyring_is_said_plainly(backend) -> None:
    entry = remember.Remembered("x", "p-1", os.urandom(32))
    with pytest.raises(KeyringUnavailable) as caught:
        remember.store(entry, backend)
    assert caught.value.code == "keyring_unavailable"
    with pytest.raises(KeyringUnavailable):
        remember.recall(backend)
