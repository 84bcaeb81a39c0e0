"""Profiles on a PC: create, unlock, lock, change passphrase, remember, wipe, bad files and disks.

Real SQLCipher files in tmp_path, fast KDF parameters passed explicitly. The OS keyring is
the in-memory backend of tests/vault/helpers.py; full disks are injected at `os.write`
(the edge of the machine) and read-only folders are made with `chattr +i`.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import keyring.backends.fail
import pytest
from sqlalchemy import func, select, text

from desktop.models.errors import DatabaseCorrupt, DatabaseMissing, StoreError
from desktop.models.tables import Message, Pair
from desktop.services.profiles import Profile, ProfileDirectory
from desktop.vault import atomic
from desktop.vault.errors import (
    InvalidProfileId,
    KeyringUnavailable,
    NoSuchProfile,
    ProfileCorrupt,
    ProfileExists,
    ProfileFromNewerVersion,
    ProfileLocked,
    RememberForbidden,
    SignInThrottled,
    StorageFull,
    StorageReadOnly,
    UsernameTaken,
    VaultError,
    WrongPassphrase,
)
from desktop.vault.kdf import KdfParams
from desktop.vault.throttle import SignInThrottle
from tests.vault.helpers import MemoryKeyring, immutable, snapshot

PASS = "Une longue phrase de passe"
NAME = "Léa Bouchard"
BODY = "Mon numéro de casier est 42"


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def keychain() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def directory(tmp_path: Path, keychain: MemoryKeyring, clock: Clock) -> ProfileDirectory:
    return ProfileDirectory(
        tmp_path,
        kdf_params_factory=KdfParams.fast_for_tests,
        keyring_backend=keychain,
        throttle=SignInThrottle(clock),
    )


@pytest.fixture
def profile(directory: ProfileDirectory):
    made = directory.create(username="lea", passphrase=PASS, display_name=NAME, role="mentee")
    yield made
    made.close()


def _write_messages(profile: Profile, count: int = 3) -> None:
    with profile.sessionmaker.begin() as session:
        session.add(Pair(id="p1", program_id="g", mentor_id="m", mentee_id=profile.person_id))
        session.flush()
        for n in range(count):
            session.add(
                Message(id=f"m{n}", pair_id="p1", author_id="m", body=f"{BODY} {n}", hlc=f"{n:05d}")
            )


def _messages(profile: Profile) -> list[str]:
    with profile.sessionmaker() as session:
        return list(session.scalars(select(Message.body).order_by(Message.hlc)))


def _folder(directory: ProfileDirectory, person_id: str) -> Path:
    return directory.data_dir / "profiles" / person_id


def test_create_then_unlock(directory: ProfileDirectory, profile: Profile) -> None:
    assert (profile.role, profile.display_name, profile.username) == ("mentee", NAME, "lea")
    _write_messages(profile)
    profile.close()
    again = directory.unlock("  LEA ", PASS)
    assert again.person_id == profile.person_id
    assert again.display_name == NAME
    assert _messages(again) == [f"{BODY} {n}" for n in range(3)]
    again.close()
    assert directory.has_profiles()


def test_profile_files_name_nobody(directory: ProfileDirectory, profile: Profile) -> None:
    profile.close()
    folder = _folder(directory, profile.person_id)
    assert sorted(p.name for p in folder.iterdir()) == ["jumelage.db", "profile.json"]
    for path in (folder / "profile.json", directory.data_dir / "install.json"):
        raw = path.read_bytes().lower()
        assert b"lea" not in raw and b"bouchard" not in raw and b"l\xc3\xa9a" not in raw
    assert not [p for p in (directory.data_dir / "profiles").iterdir() if p.name.startswith(".")]


def test_wrong_passphrase_writes_nothing(
    directory: ProfileDirectory, profile: Profile, tmp_path: Path
) -> None:
    profile.close()
    before = snapshot(tmp_path)
    with pytest.raises(WrongPassphrase) as caught:
        directory.unlock("lea", "not it")
    assert caught.value.code == "wrong_passphrase"
    assert "lea" not in str(caught.value).lower()
    assert snapshot(tmp_path) == before


def test_repeated_failures_are_throttled(
    directory: ProfileDirectory, profile: Profile, clock: Clock
) -> None:
    profile.close()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            directory.unlock("lea", "wrong")
    with pytest.raises(SignInThrottled) as caught:
        directory.unlock("lea", PASS)  # even the right passphrase waits
    assert caught.value.retry_after == 1
    clock.now += 1
    with pytest.raises(WrongPassphrase):
        directory.unlock("lea", "wrong")
    with pytest.raises(SignInThrottled) as caught:
        directory.unlock("lea", PASS)
    assert caught.value.retry_after == 2
    clock.now += 2
    directory.unlock("lea", PASS).close()
    assert directory.throttle.check("lea") == 0


def test_unknown_username_costs_a_derivation(tmp_path: Path, profile: Profile) -> None:
    calls = []

    def counting() -> KdfParams:
        calls.append(1)
        return KdfParams.fast_for_tests()

    directory = ProfileDirectory(tmp_path, kdf_params_factory=counting)
    with pytest.raises(NoSuchProfile) as caught:
        directory.unlock("marc", PASS)
    assert caught.value.code == "no_such_profile"
    assert calls == [1]  # the decoy derivation ran with production-shaped parameters


def test_create_refuses_duplicates_and_bad_ids(
    directory: ProfileDirectory, profile: Profile
) -> None:
    with pytest.raises(UsernameTaken):
        directory.create(username=" LEA", passphrase="x", display_name="Other", role="mentor")
    with pytest.raises(ProfileExists):
        directory.create(
            username="other",
            passphrase="x",
            display_name="O",
            role="mentor",
            person_id=profile.person_id,
        )
    with pytest.raises(InvalidProfileId):
        directory.create(
            username="evil", passphrase="x", display_name="E", role="mentor", person_id="../up"
        )
    with pytest.raises(ValueError):
        directory.create(username="x", passphrase="x", display_name="X", role="admin")


def test_derive_once_for_server_and_profile(directory: ProfileDirectory) -> None:
    params = KdfParams.fast_for_tests()
    keys = directory.derive(params, PASS)
    made = directory.create(
        username="marc",
        passphrase=PASS,
        display_name="Marc",
        role="mentor",
        person_id="server-id-1",
        kdf_params=params,
        keys=keys,
    )
    made.close()
    stored = json.loads((_folder(directory, "server-id-1") / "profile.json").read_bytes())
    assert stored["kdf"] == params.to_dict()
    assert directory.derive("marc", PASS) == keys
    directory.unlock("marc", "ignored when keys are given", keys=keys).close()


def test_passphrase_change_keeps_data_and_does_not_reencrypt(
    directory: ProfileDirectory, profile: Profile
) -> None:
    _write_messages(profile, 5)
    database = _folder(directory, profile.person_id) / "jumelage.db"
    with pytest.raises(WrongPassphrase):
        directory.change_passphrase(profile, "not the old one", "new phrase")
    profile.engine.dispose()  # checkpoint so the file can be compared
    with profile.sessionmaker() as session:
        session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    before = database.read_bytes()
    directory.change_passphrase(profile, PASS, "nouvelle phrase")
    assert database.read_bytes() == before
    profile.close()
    with pytest.raises(WrongPassphrase):
        directory.unlock("lea", PASS)
    again = directory.unlock("lea", "nouvelle phrase")
    assert _messages(again) == [f"{BODY} {n}" for n in range(5)]
    again.close()


def test_lock_really_closes_the_database(profile: Profile) -> None:
    _write_messages(profile)
    maker = profile.sessionmaker
    held = maker()
    assert held.scalar(select(func.count()).select_from(Message)) == 3
    profile.close()
    with pytest.raises(StoreError) as caught:
        held.execute(select(func.count()).select_from(Message))
    assert caught.value.code == "profile_locked"
    with pytest.raises(StoreError):
        with maker() as session:
            session.execute(select(Message))
    for use in (lambda: profile.sessionmaker, lambda: profile.display_name, lambda: profile.engine):
        with pytest.raises(ProfileLocked):
            use()
    assert profile._key is None
    profile.close()  # closing twice is harmless


def test_wipe_and_sign_out(tmp_path: Path, directory: ProfileDirectory, profile: Profile) -> None:
    interrupted = tmp_path / "profiles" / ".wipe-0123"  # a deletion a crash cut short
    (interrupted / "x").mkdir(parents=True)
    kept = directory.create(username="marc", passphrase=PASS, display_name="M", role="mentor")
    assert not interrupted.exists()
    assert directory.sign_out(kept) is False
    assert _folder(directory, kept.person_id).exists()
    wiping = ProfileDirectory(
        tmp_path, kdf_params_factory=KdfParams.fast_for_tests, shared_pc=True, wipe_on_signout=True
    )
    assert wiping.sign_out(profile) is True
    assert not _folder(directory, profile.person_id).exists()
    with pytest.raises(NoSuchProfile):
        directory.unlock("lea", PASS)
    directory.wipe(kept.person_id)
    assert not directory.has_profiles()
    assert [p.name for p in (tmp_path / "profiles").iterdir()] == []


def test_remember_me(directory: ProfileDirectory, profile: Profile, keychain) -> None:
    assert directory.unlock_remembered() is None
    directory.remember(profile)
    assert profile._key is not None and bytes(profile._key).hex() not in str(keychain.entries)
    profile.close()
    again = directory.unlock_remembered()
    assert again is not None and again.display_name == NAME
    again.close()
    directory.forget(again.person_id)
    assert directory.unlock_remembered() is None


def test_remembered_entry_of_a_wiped_profile_is_dropped(
    directory: ProfileDirectory, profile: Profile, keychain
) -> None:
    directory.remember(profile)
    profile.close()
    directory.wipe(profile.person_id)
    assert keychain.entries == {}
    other = directory.create(username="marc", passphrase=PASS, display_name="M", role="mentor")
    directory.remember(other)
    other.close()
    (_folder(directory, other.person_id) / "jumelage.db").unlink()
    assert directory.unlock_remembered() is None
    assert keychain.entries == {}


def test_shared_pc_forbids_remembering(tmp_path: Path, profile: Profile, keychain) -> None:
    shared = ProfileDirectory(
        tmp_path,
        kdf_params_factory=KdfParams.fast_for_tests,
        shared_pc=True,
        keyring_backend=keychain,
    )
    with pytest.raises(RememberForbidden) as caught:
        shared.remember(profile)
    assert caught.value.code == "remember_forbidden"
    assert keychain.entries == {}
    assert shared.unlock_remembered() is None


def test_no_keyring_is_said_and_sign_in_carries_on(tmp_path: Path, profile: Profile) -> None:
    bare = ProfileDirectory(
        tmp_path,
        kdf_params_factory=KdfParams.fast_for_tests,
        keyring_backend=keyring.backends.fail.Keyring(),
    )
    with pytest.raises(KeyringUnavailable) as caught:
        bare.remember(profile)
    assert caught.value.code == "keyring_unavailable"
    assert bare.unlock_remembered() is None
    profile.close()
    bare.unlock("lea", PASS).close()


def test_damaged_profile_file_is_reported_and_untouched(
    directory: ProfileDirectory, profile: Profile
) -> None:
    profile.close()
    path = _folder(directory, profile.person_id) / "profile.json"
    raw = path.read_bytes()
    for damaged, error in (
        (raw[: len(raw) // 2], ProfileCorrupt),
        (json.dumps({**json.loads(raw), "wrapped_key": "AAAA"}).encode(), ProfileCorrupt),
        (json.dumps({**json.loads(raw), "format_version": 7}).encode(), ProfileFromNewerVersion),
        (json.dumps({"format_version": 9, "all": "new"}).encode(), ProfileFromNewerVersion),
    ):
        path.write_bytes(damaged)
        with pytest.raises(error) as caught:
            directory.unlock("lea", PASS)
        assert isinstance(caught.value, VaultError)
        assert path.read_bytes() == damaged
    # A damaged file of someone else never blocks a new profile.
    directory.create(username="marc", passphrase=PASS, display_name="M", role="mentor").close()
    directory.unlock("marc", PASS).close()
    assert path.read_bytes() == damaged


@pytest.mark.parametrize("damage", ["truncate", "garbage", "remove"])
def test_damaged_database_is_reported_and_untouched(
    directory: ProfileDirectory, profile: Profile, damage: str
) -> None:
    _write_messages(profile, 50)
    profile.close()
    database = _folder(directory, profile.person_id) / "jumelage.db"
    raw = database.read_bytes()
    if damage == "truncate":
        database.write_bytes(raw[: len(raw) - 1000])
    elif damage == "garbage":
        database.write_bytes(os.urandom(len(raw)))
    else:
        database.unlink()
    before = snapshot(directory.data_dir)
    with pytest.raises((DatabaseCorrupt, DatabaseMissing)) as caught:
        directory.unlock("lea", PASS)
    assert caught.value.code in ("database_corrupt", "database_missing")
    assert snapshot(directory.data_dir) == before


def test_full_disk_at_creation_leaves_no_half_profile(
    directory: ProfileDirectory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    directory.create(username="first", passphrase=PASS, display_name="F", role="staff").close()
    before = snapshot(tmp_path)

    def full(fd: int, data) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", full)
    with pytest.raises(StorageFull) as caught:
        directory.create(username="lea", passphrase=PASS, display_name=NAME, role="mentee")
    monkeypatch.undo()
    assert caught.value.code == "storage_full"
    assert snapshot(tmp_path) == before
    assert len(list((tmp_path / "profiles").iterdir())) == 1
    with pytest.raises(NoSuchProfile):
        directory.unlock("lea", PASS)


def test_read_only_folder_at_passphrase_change(
    directory: ProfileDirectory, profile: Profile
) -> None:
    folder = _folder(directory, profile.person_id)
    before = (folder / "profile.json").read_bytes()
    with immutable(folder):
        with pytest.raises(StorageReadOnly) as caught:
            directory.change_passphrase(profile, PASS, "nouvelle")
    assert caught.value.code == "storage_read_only"
    assert (folder / "profile.json").read_bytes() == before
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
    profile.close()
    directory.unlock("lea", PASS).close()


def test_read_only_folder_at_sign_in(directory: ProfileDirectory, profile: Profile) -> None:
    profile.close()
    folder = _folder(directory, profile.person_id)
    with immutable(folder):
        with pytest.raises((StoreError, VaultError)) as caught:
            directory.unlock("lea", PASS)
    assert caught.value.code == "storage_read_only"
    directory.unlock("lea", PASS).close()


def test_read_only_data_folder_at_creation(directory: ProfileDirectory, tmp_path: Path) -> None:
    directory.create(username="first", passphrase=PASS, display_name="F", role="staff").close()
    with immutable(tmp_path / "profiles"):
        with pytest.raises(StorageReadOnly):
            directory.create(username="lea", passphrase=PASS, display_name=NAME, role="mentee")
    assert len(list((tmp_path / "profiles").iterdir())) == 1
