"""profile.json and install.json: nothing personal in clear, damaged or newer files untouched."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.vault.errors import (
    InstallFileCorrupt,
    InvalidProfileId,
    ProfileCorrupt,
    ProfileFromNewerVersion,
)
from desktop.vault.kdf import KdfParams
from desktop.vault.profile_file import (
    PROFILE_FILE,
    InstallSalt,
    ProfileFile,
    check_person_id,
    normalise_username,
)


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "profiles" / "p-1"
    folder.mkdir(parents=True)
    digest = InstallSalt(tmp_path).digest("Léa", create=True)
    ProfileFile("p-1", digest, KdfParams.fast_for_tests(), os.urandom(72)).write(folder)
    return folder


def test_round_trip_holds_no_username(tmp_path: Path, profile_dir: Path) -> None:
    read = ProfileFile.read(profile_dir)
    assert read.person_id == "p-1"
    assert read.username_digest == InstallSalt(tmp_path).digest("léa")
    raw = (profile_dir / PROFILE_FILE).read_bytes()
    assert b"l\xc3\xa9a" not in raw.lower() and b"lea" not in raw.lower()
    assert set(json.loads(raw)) == {
        "format_version",
        "person_id",
        "username_digest",
        "kdf",
        "wrapped_key",
    }


def test_install_salt_is_made_once(tmp_path: Path) -> None:
    assert InstallSalt(tmp_path).digest("x") is None
    first = InstallSalt(tmp_path).digest("x", create=True)
    raw = (tmp_path / "install.json").read_bytes()
    assert InstallSalt(tmp_path).digest("x", create=True) == first
    assert (tmp_path / "install.json").read_bytes() == raw
    # A different install gives a different digest for the same name.
    other = tmp_path / "other"
    other.mkdir()
    assert InstallSalt(other).digest("x", create=True) != first


def test_username_normalisation() -> None:
    assert normalise_username("  LÉA ") == normalise_username("le\u0301a") == "léa"
    assert normalise_username("Marc") != normalise_username("Marco")


@pytest.mark.parametrize("bad", ["../x", "a/b", "", "x" * 65, "a.b", "é"])
def test_person_ids_cannot_escape(bad: str) -> None:
    with pytest.raises(InvalidProfileId):
        check_person_id(bad)


def _mutations(raw: bytes) -> list[bytes]:
    data = json.loads(raw)
    return [
        raw[: len(raw) // 2],
        b"",
        b"\xff\xfe garbage",
        b"[]",
        json.dumps({**data, "format_version": "1"}).encode(),
        json.dumps({**data, "format_version": 0}).encode(),
        json.dumps({**data, "person_id": "someone-else"}).encode(),
        json.dumps({**data, "wrapped_key": "!!"}).encode(),
        json.dumps({**data, "username_digest": "abc"}).encode(),
        json.dumps({k: v for k, v in data.items() if k != "kdf"}).encode(),
        json.dumps({**data, "kdf": {**data["kdf"], "passes": 0}}).encode(),
        b" " * 70_000,
    ]


def test_damaged_files_are_refused_and_untouched(profile_dir: Path) -> None:
    path = profile_dir / PROFILE_FILE
    for damaged in _mutations(path.read_bytes()):
        path.write_bytes(damaged)
        with pytest.raises(ProfileCorrupt) as caught:
            ProfileFile.read(profile_dir)
        assert caught.value.code == "profile_corrupt"
        assert path.read_bytes() == damaged


def test_newer_format_is_refused_and_byte_identical(profile_dir: Path) -> None:
    path = profile_dir / PROFILE_FILE
    newer = json.dumps({**json.loads(path.read_bytes()), "format_version": 2, "x": 1}).encode()
    path.write_bytes(newer)
    with pytest.raises(ProfileFromNewerVersion) as caught:
        ProfileFile.read(profile_dir)
    assert caught.value.code == "profile_newer"
    assert path.read_bytes() == newer
    digest, version = ProfileFile.peek(profile_dir)
    assert version == 2 and digest is not None


def test_damaged_install_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "install.json").write_bytes(b'{"format_version": 1, "install_salt": "AA"}')
    with pytest.raises(InstallFileCorrupt):
        InstallSalt(tmp_path).digest("x", create=True)
    assert (tmp_path / "install.json").read_bytes().endswith(b'"AA"}')
