"""Errors of the vault and of the profile files, each with a stable `code` the UI translates.

Messages are fixed English sentences for developers and logs; they never carry a username,
a name or any other personal data. Pure Python, raised on whichever thread does vault work.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of every vault error; `code` is stable and is what the UI maps to a sentence."""

    code = "vault_error"
    message = "The profile could not be opened."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"
    message = "The passphrase does not open this profile."


class NoSuchProfile(VaultError):
    code = "no_such_profile"
    message = "There is no profile for this username on this computer."


class UsernameTaken(VaultError):
    code = "username_taken"
    message = "A profile with this username already exists on this computer."


class ProfileExists(VaultError):
    code = "profile_exists"
    message = "This person already has a profile on this computer."


class ProfileCorrupt(VaultError):
    code = "profile_corrupt"
    message = "The profile file is damaged; it was left as it is."


class ProfileFromNewerVersion(VaultError):
    code = "profile_newer"
    message = "The profile was written by a newer version of Jumelage; it was left as it is."


class InstallFileCorrupt(VaultError):
    code = "install_corrupt"
    message = "The installation file of the data folder is damaged; it was left as it is."


class StorageFull(VaultError):
    code = "storage_full"
    message = "The disk is full; nothing was changed."


class StorageReadOnly(VaultError):
    code = "storage_read_only"
    message = "The data folder cannot be written to; nothing was changed."


class KeyringUnavailable(VaultError):
    code = "keyring_unavailable"
    message = "This computer has no password store, so it cannot remember you."


class RememberForbidden(VaultError):
    code = "remember_forbidden"
    message = "The administrator does not allow remembering profiles on this computer."


class ProfileLocked(VaultError):
    code = "profile_locked"
    message = "The profile is locked; sign in again."


class InvalidProfileId(VaultError):
    code = "invalid_profile_id"
    message = "The person id cannot name a profile folder."


class SignInThrottled(VaultError):
    """Raised before any work while the growing delay after failed attempts runs."""

    code = "sign_in_throttled"
    message = "Too many attempts; wait a moment before trying again."

    def __init__(self, retry_after: float) -> None:
        super().__init__()
        self.retry_after = retry_after
