"""Profiles on this PC: create, unlock, remember, lock, change passphrase, wipe.

The use cases behind the sign-in screen. Each person's data is one SQLCipher database
under `<data dir>/profiles/<person id>/`, keyed by a random profile key that is wrapped
by the key-encryption key derived from the passphrase (`desktop.vault`). Nothing here
names a person in clear on disk, and there is deliberately no way to list who has a
profile (shared PCs): only `has_profiles()`. Unlock and create are slow (Argon2id) and
run on a background operation, never the UI thread; no Qt here.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import keyring.backend
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.engine import close_engine, open_engine
from desktop.models.errors import DatabaseCorrupt, DatabaseMissing, WrongDatabaseKey
from desktop.models.migrate import upgrade
from desktop.models.tables import ROLES, Person
from desktop.services.write_gate import WriteGate
from desktop.sync.apply import use_registry
from desktop.sync.entities import builtin_registry
from desktop.sync.errors import SyncError
from desktop.sync.kinds import Registry
from desktop.sync.pull import retry_held
from desktop.vault import remember as keychain
from desktop.vault.atomic import fsync_dir, make_private_dir, storage_errors
from desktop.vault.errors import (
    KeyringUnavailable,
    NoSuchProfile,
    ProfileCorrupt,
    ProfileExists,
    ProfileFromNewerVersion,
    ProfileLocked,
    RememberForbidden,
    SignInThrottled,
    UsernameTaken,
    WrongPassphrase,
)
from desktop.vault.kdf import KdfParams, MasterKeys, derive_master_key, split_master_key
from desktop.vault.profile_file import (
    PROFILE_FILE,
    PROFILE_FORMAT_VERSION,
    InstallSalt,
    ProfileFile,
    check_person_id,
)
from desktop.vault.throttle import SignInThrottle
from desktop.vault.wrap import unwrap, wrap

__all__ = ["Profile", "ProfileDirectory", "ProfileLocked", "SignInThrottle"]

DATABASE_FILE = "jumelage.db"
PROFILES_DIR = "profiles"

log = logging.getLogger(__name__)


class Profile:
    """One unlocked profile: who it is and how to reach its database, until `close()`."""

    def __init__(
        self,
        person_id: str,
        role: str,
        display_name: str,
        username: str,
        program_id: str | None,
        engine: Engine,
        key: bytes,
        *,
        allow_insecure_http: bool = False,
        registry: Registry | None = None,
    ) -> None:
        self.person_id = person_id
        self.allow_insecure_http = allow_insecure_http  # the admin's policy, for its server
        self.role = role
        self.program_id = program_id
        self._display_name: str | None = display_name
        self._username: str | None = username
        self._engine: Engine | None = engine
        self._sessions: sessionmaker[Session] | None = sessionmaker(engine, expire_on_commit=False)
        use_registry(self._sessions, registry or builtin_registry())  # the kinds we sync
        self._key: bytearray | None = bytearray(key)
        self.gate = WriteGate()  # every write to this database holds it (see write_gate)

    def _open(self) -> None:
        if self._engine is None:
            raise ProfileLocked()

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def display_name(self) -> str:
        self._open()
        assert self._display_name is not None
        return self._display_name

    @property
    def username(self) -> str:
        self._open()
        assert self._username is not None
        return self._username

    @property
    def sessionmaker(self) -> sessionmaker[Session]:
        """The session factory of this profile's database; raises `ProfileLocked` once closed."""
        self._open()
        assert self._sessions is not None
        return self._sessions

    @property
    def engine(self) -> Engine:
        self._open()
        assert self._engine is not None
        return self._engine

    def close(self) -> None:
        """Lock: close the database, zero the key copy, drop the decrypted fields."""
        engine, self._engine, self._sessions = self._engine, None, None
        if engine is not None:
            close_engine(engine)
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
        self._key = None
        self._display_name = self._username = None

    def __repr__(self) -> str:
        return f"Profile(person_id={self.person_id!r}, open={self.is_open})"


class ProfileDirectory:
    """The profiles of one data directory, under the admin policy of this PC."""

    def __init__(
        self,
        data_dir: Path,
        *,
        kdf_params_factory: Callable[[], KdfParams] = KdfParams.new,
        shared_pc: bool = False,
        allow_remember: bool = True,
        wipe_on_signout: bool = False,
        allow_insecure_http: bool = False,
        keyring_backend: keyring.backend.KeyringBackend | None = None,
        throttle: SignInThrottle | None = None,
        registry: Registry | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self._registry = registry or builtin_registry()
        self._profiles_dir = self.data_dir / PROFILES_DIR
        self._kdf_params_factory = kdf_params_factory
        self.shared_pc = shared_pc
        self.allow_remember = allow_remember and not shared_pc
        self.wipe_on_signout = wipe_on_signout
        self.allow_insecure_http = allow_insecure_http  # plain http beyond loopback (policy)
        self._keyring = keyring_backend
        self._install = InstallSalt(self.data_dir)
        self.throttle = throttle or SignInThrottle()
        self._lock = threading.Lock()

    # --- lookup ---------------------------------------------------------------------

    def _profile_dirs(self) -> list[Path]:
        if not self._profiles_dir.is_dir():
            return []
        with storage_errors():
            return sorted(
                entry
                for entry in self._profiles_dir.iterdir()
                if entry.is_dir() and not entry.name.startswith(".")
            )

    def has_profiles(self) -> bool:
        """Whether anyone has a profile here (the only question the sign-in screen may ask)."""
        return any((entry / PROFILE_FILE).exists() for entry in self._profile_dirs())

    def _find(self, username: str, *, strict: bool = True) -> ProfileFile | None:
        """The profile file of `username`.

        A damaged or newer file is reported when it is this username's, or, with `strict`,
        when it cannot be attributed to anyone (it may be theirs).
        """
        digest = self._install.digest(username)
        if digest is None:
            return None
        unattributed: type[Exception] | None = None
        for entry in self._profile_dirs():
            if not (entry / PROFILE_FILE).exists():
                continue
            found, version = ProfileFile.peek(entry)
            if found is not None and hmac.compare_digest(found, digest):
                return ProfileFile.read(entry)
            if found is None:
                newer = version is not None and version > PROFILE_FORMAT_VERSION
                unattributed = ProfileFromNewerVersion if newer else ProfileCorrupt
        if unattributed is not None and strict:
            raise unattributed()
        return None

    def _sweep(self) -> None:
        """Finish deletions and drop staging folders a crash left behind (an hour old)."""
        cutoff = time.time() - 3600
        for entry in self._profiles_dir.glob(".*"):
            stale = entry.name.startswith(".new-") and entry.stat().st_mtime < cutoff
            if entry.is_dir() and (entry.name.startswith(".wipe-") or stale):
                shutil.rmtree(entry, ignore_errors=True)

    def _dir(self, person_id: str) -> Path:
        return self._profiles_dir / check_person_id(person_id)

    # --- keys -----------------------------------------------------------------------

    def _decoy_derivation(self, passphrase: str) -> None:
        """Spend what a real attempt spends, so timing does not tell who has a profile here."""
        split_master_key(derive_master_key(passphrase, self._kdf_params_factory()))

    def derive(self, username_or_params: str | KdfParams, passphrase: str) -> MasterKeys:
        """Argon2id + HKDF once, for callers (sync) that also need the auth key.

        Pass the keys on to `unlock`/`create` so the slow derivation runs once per sign-in.
        An unknown username costs the same, then raises `NoSuchProfile`.
        """
        if isinstance(username_or_params, KdfParams):
            params = username_or_params
        else:
            found = self._find(username_or_params)
            if found is None:
                self._decoy_derivation(passphrase)
                raise NoSuchProfile()
            params = found.kdf
        return split_master_key(derive_master_key(passphrase, params))

    # --- create ---------------------------------------------------------------------

    def create(
        self,
        *,
        username: str,
        passphrase: str,
        display_name: str,
        role: str,
        person_id: str | None = None,
        program_id: str | None = None,
        kdf_params: KdfParams | None = None,
        keys: MasterKeys | None = None,
    ) -> Profile:
        """Make a new profile and return it unlocked.

        Built in a hidden staging folder and renamed into place, so a failure (full disk,
        crash) never leaves a half profile that looks real. `kdf_params`/`keys` let sync
        reuse the server account's parameters so one passphrase opens both.
        """
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        person_id = check_person_id(person_id or os.urandom(16).hex())
        with self._lock:
            make_private_dir(self._profiles_dir)
            self._sweep()
            digest = self._install.digest(username, create=True)
            assert digest is not None
            if self._find(username, strict=False) is not None:
                raise UsernameTaken()
            final = self._dir(person_id)
            if final.exists():
                raise ProfileExists()
            params = kdf_params or self._kdf_params_factory()
            if keys is None:
                keys = split_master_key(derive_master_key(passphrase, params))
            profile_key = os.urandom(32)
            staging = self._profiles_dir / f".new-{os.urandom(8).hex()}"
            try:
                make_private_dir(staging)
                engine = open_engine(staging / DATABASE_FILE, profile_key, create=True)
                try:
                    upgrade(engine)
                    with sessionmaker(engine).begin() as session:
                        session.add(
                            Person(
                                id=person_id,
                                role=role,
                                display_name=display_name,
                                username=username,
                                program_id=program_id,
                            )
                        )
                finally:
                    close_engine(engine)
                ProfileFile(person_id, digest, params, wrap(keys.kek, profile_key)).write(staging)
                with storage_errors():
                    os.rename(staging, final)
                fsync_dir(self._profiles_dir)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
        return self._open_unwrapped(final, person_id, profile_key)

    # --- unlock ---------------------------------------------------------------------

    def unlock(self, username: str, passphrase: str, *, keys: MasterKeys | None = None) -> Profile:
        """Open `username`'s profile with `passphrase` (or with `keys` from `derive`).

        Raises `SignInThrottled` while the delay after repeated failures runs, then
        `WrongPassphrase` / `NoSuchProfile`; nothing is written on any failure.
        """
        wait = self.throttle.check(username)
        if wait > 0:
            raise SignInThrottled(wait)
        try:
            found = self._find(username)
            if found is None:
                self._decoy_derivation(passphrase)
                raise NoSuchProfile()
            if keys is None:
                keys = split_master_key(derive_master_key(passphrase, found.kdf))
            profile_key = unwrap(keys.kek, found.wrapped_key)
        except (WrongPassphrase, NoSuchProfile):
            self.throttle.failed(username)
            raise
        self.throttle.succeeded(username)
        return self._open_unwrapped(self._dir(found.person_id), found.person_id, profile_key)

    def _open_unwrapped(self, folder: Path, person_id: str, profile_key: bytes) -> Profile:
        try:
            return self._open(folder, person_id, profile_key)
        except WrongDatabaseKey as exc:
            # The key came out of an authenticated wrap, so it is right: the file is not.
            raise DatabaseCorrupt() from exc

    def _open(self, folder: Path, person_id: str, profile_key: bytes) -> Profile:
        engine = open_engine(folder / DATABASE_FILE, profile_key)
        try:
            upgrade(engine)
            with Session(engine) as session:
                me = session.get(Person, person_id)
                if me is None:
                    raise DatabaseCorrupt()
                identity = (me.role, me.display_name, me.username or "", me.program_id)
        except BaseException:
            close_engine(engine)
            raise
        profile = Profile(
            person_id, *identity, engine, profile_key,
            allow_insecure_http=self.allow_insecure_http, registry=self._registry,
        )  # fmt: skip
        try:  # what an older version kept, this one may now apply; never a reason not to open
            retry_held(profile.sessionmaker)
        except (SQLAlchemyError, SyncError) as exc:
            log.warning("kept ops not applied at start-up: %s", type(exc).__name__)
        return profile

    # --- remember me ----------------------------------------------------------------

    def remember(self, profile: Profile) -> None:
        """Keep `profile`'s key in the OS keyring; `RememberForbidden` on shared PCs."""
        if not self.allow_remember:
            raise RememberForbidden()
        profile._open()
        assert profile._key is not None
        keychain.store(
            keychain.Remembered(profile.username, profile.person_id, bytes(profile._key)),
            self._keyring,
        )

    def keyring_available(self) -> bool:
        """Whether this computer has a password store to remember a key in (asks the OS:
        call it off the UI thread)."""
        try:
            keychain.recall(self._keyring)
        except KeyringUnavailable:
            return False
        return True

    def unlock_remembered(self) -> Profile | None:
        """The remembered profile, unlocked, or None (policy, no keyring, nothing usable)."""
        if not self.allow_remember:
            return None
        try:
            remembered = keychain.recall(self._keyring)
        except KeyringUnavailable:
            return None
        if remembered is None:
            return None
        folder = self._dir(remembered.person_id)
        try:
            return self._open(folder, remembered.person_id, remembered.profile_key)
        except (WrongDatabaseKey, DatabaseMissing):
            # A stale entry (profile wiped or made anew) must not block the sign-in screen.
            self.forget(remembered.person_id)
            return None

    def forget(self, person_id: str) -> None:
        """Drop the remembered key if it is `person_id`'s; silent when there is no keyring."""
        with contextlib.suppress(KeyringUnavailable):
            remembered = keychain.recall(self._keyring)
            if remembered is not None and remembered.person_id == person_id:
                keychain.forget(self._keyring)

    # --- passphrase, lock, wipe -----------------------------------------------------

    def change_passphrase(
        self, profile: Profile, old: str, new: str, *, kdf_params: KdfParams | None = None
    ) -> None:
        """Re-wrap the same profile key under the new passphrase; the database is not touched."""
        profile._open()
        folder = self._dir(profile.person_id)
        current = ProfileFile.read(folder)
        old_key = unwrap(
            split_master_key(derive_master_key(old, current.kdf)).kek, current.wrapped_key
        )
        assert profile._key is not None
        if not hmac.compare_digest(old_key, bytes(profile._key)):
            raise ProfileCorrupt()
        params = kdf_params or self._kdf_params_factory()
        kek = split_master_key(derive_master_key(new, params)).kek
        ProfileFile(current.person_id, current.username_digest, params, wrap(kek, old_key)).write(
            folder
        )

    def sign_out(self, profile: Profile) -> bool:
        """Lock, and with `wipe_on_signout` delete the profile; True if it was deleted."""
        profile.close()
        if self.wipe_on_signout:
            self.wipe(profile.person_id)
            return True
        return False

    def wipe(self, person_id: str) -> None:
        """Delete a profile folder: renamed aside first, so it is never half there."""
        folder = self._dir(person_id)
        self.forget(person_id)
        if not folder.exists():
            return
        doomed = self._profiles_dir / f".wipe-{os.urandom(8).hex()}"
        with storage_errors():
            os.rename(folder, doomed)
        fsync_dir(self._profiles_dir)
        shutil.rmtree(doomed, ignore_errors=True)
