"""Atomic writes: all or nothing, owner-only, and storage failures named plainly."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from desktop.vault import atomic
from desktop.vault.atomic import atomic_write
from desktop.vault.errors import StorageFull, StorageReadOnly
from tests.vault.helpers import immutable, snapshot


def test_writes_owner_only_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]


def _failing(name: str, code: int):
    real = getattr(os, name)

    def fail(*args, **kwargs):
        if name in ("write", "fsync") or str(args[0]).endswith(".tmp"):
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    return fail


@pytest.mark.parametrize(
    ("call", "code", "error"),
    [
        ("write", errno.ENOSPC, StorageFull),
        ("write", errno.EDQUOT, StorageFull),
        ("replace", errno.EROFS, StorageReadOnly),
        ("fsync", errno.ENOSPC, StorageFull),
    ],
)
def test_disk_failure_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str, code: int, error: type
) -> None:
    target = tmp_path / "file.json"
    atomic_write(target, b"old")
    monkeypatch.setattr(atomic.os, call, _failing(call, code))
    with pytest.raises(error) as caught:
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert caught.value.code in ("storage_full", "storage_read_only")
    assert snapshot(tmp_path) == {"file.json": b"old"}


def test_other_os_errors_are_not_disguised(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "missing" / "file.json", b"x")


def test_read_only_directory(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    atomic_write(folder / "file.json", b"old")
    with immutable(folder):
        with pytest.raises(StorageReadOnly):
            atomic_write(folder / "file.json", b"new")
    assert snapshot(folder) == {"file.json": b"old"}
