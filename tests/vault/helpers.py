"""Helpers shared by the vault, models and profile tests (imported, not fixtures).

`MemoryKeyring` is the allowed mock at the edge of the machine: a real keyring backend
class that keeps secrets in a dict. `immutable` makes a directory truly read-only even for
root (chattr +i), and `snapshot` records every file's bytes so a test can prove that
nothing was written.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root` (relative path -> bytes)."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """Make `path` immutable (no new, renamed or removed entries, even for root)."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    if done.returncode:
        pytest.skip("this file system does not support immutable directories")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
