"""Errors of the vault and of the profile files, each with a stable `code` the UI translates.

Messages are fixed English sentences for developers and logs; they never carry a username,
a name or any other personal data. Pure Python, raised on whichever thread does vault work.
"""

from __future__ import annotations

from jumelage_protocol import CodedError


class VaultError(CodedError):
    """Base of every vault error; `code` is stable and is what the UI maps to a sentence."""

    code = "vault_error"
    detail = "The profile could not be opened."

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail=detail)


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"
    detail = "The passphrase does not open this profile."


class NoSuchProfile(VaultError):
    code = "no_such_profile"
    detail = "There is no profile for this username on this computer."


class UsernameTaken(VaultError):
    code = "username_taken"
    detail = "A profile with this username already exists on this computer."


class ProfileExists(VaultError):
    code = "profile_exists"
    detail = "This person already has a profile on this computer."


class ProfileCorrupt(VaultError):
    code = "profile_corrupt"
    detail = "The profile file is damaged; it was left as it is."


class ProfileFromNewerVersion(VaultError):
    code = "profile_newer"
    detail = "The profile was written by a newer version of Jumelage; it was left as it is."


class InstallFileCorrupt(VaultError):
    code = "install_corrupt"
    detail = "The installation file of the data folder is damaged; it was left as it is."


class StorageFull(VaultError):
    code = "storage_full"
    detail = "The disk is full; nothing was changed."


class StorageReadOnly(VaultError):
    code = "storage_read_only"
    detail = "The data folder cannot be written to; nothing was changed."


class KeyringUnavailable(VaultError):
    code = "keyring_unavailable"
    detail = "This computer has no password store, so it cannot remember you."


class RememberForbidden(VaultError):
    code = "remember_forbidden"
    detail = "The administrator does not allow remembering profiles on this computer."


class ProfileLocked(VaultError):
    code = "profile_locked"
    detail = "The profile is locked; sign in again."


class InvalidProfileId(VaultError):
    code = "invalid_profile_id"
    detail = "The person id cannot name a profile folder."


class SignInThrottled(VaultError):
    """Raised before any work while the growing delay after failed attempts runs."""

    code = "sign_in_throttled"
    detail = "Too many attempts; wait a moment before trying again."

    def __init__(self, retry_after: float) -> None:
        super().__init__()
        self.retry_after = retry_after
