"""Writes that cannot half-happen, and the mapping of storage OSErrors to vault errors.

A file is written as a temporary file in the same directory (mode 0600), fsynced, then
renamed over the target with `os.replace` and the directory fsynced, so a crash, a full
disk or a read-only disk leaves either the old file or the new one, never a torn one.
Runs on the caller's thread (a background operation, never the UI thread for slow work).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from desktop.vault.errors import StorageFull, StorageReadOnly

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Turn a full or read-only disk into `StorageFull` / `StorageReadOnly`."""
    try:
        yield
    except OSError as exc:
        if exc.errno in _FULL:
            raise StorageFull() from exc
        if exc.errno in _READ_ONLY:
            raise StorageReadOnly() from exc
        raise


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable; a no-op where directories cannot be opened (Windows)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def make_private_dir(path: Path) -> None:
    """Create a directory (and parents) readable by its owner only."""
    with storage_errors():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` all at once; on failure the old file is left as it was."""
    with storage_errors():
        tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        fsync_dir(path.parent)
