"""The person's own settings file: round trip, only known keys, atomic writes, bad input refused."""

from __future__ import annotations

import errno
import json
import os

import pytest

from desktop.policy import (
    DEFAULTS,
    InvalidSettingValue,
    Settings,
    UnknownSetting,
    load_policy,
)
from desktop.vault.errors import StorageReadOnly


def test_round_trip_keeps_only_chosen_known_keys(tmp_path):
    user_file = tmp_path / "conf" / "settings.json"
    settings = Settings(load_policy([]), user_file)
    settings.set("language", "fr")
    settings.set("text_scale", 1.5)
    settings.set("idle_lock_minutes", 30)

    reread = Settings(load_policy([]), user_file)
    assert reread.get("language") == "fr"
    assert reread.get("text_scale") == 1.5
    assert reread.get("idle_lock_minutes") == 30
    stored = json.loads(user_file.read_text(encoding="utf-8"))
    assert stored == {"idle_lock_minutes": 30, "language": "fr", "text_scale": 1.5}
    assert list(tmp_path.joinpath("conf").iterdir()) == [user_file]  # no temp file left


def test_unknown_keys_and_bad_values_in_file_are_ignored(tmp_path):
    user_file = tmp_path / "settings.json"
    user_file.write_text(
        json.dumps({"video": "low", "video_quality": "max", "idle_lock_minutes": 0, "name": "Zoé"}),
        encoding="utf-8",
    )
    settings = Settings(load_policy([]), user_file)
    assert settings.get("video") == "low"
    assert settings.get("idle_lock_minutes") == DEFAULTS["idle_lock_minutes"]
    settings.set("high_contrast", True)
    assert json.loads(user_file.read_text(encoding="utf-8")) == {
        "high_contrast": True,
        "video": "low",
    }


def test_corrupt_user_file_means_no_choices(tmp_path):
    user_file = tmp_path / "settings.json"
    user_file.write_text("{oops", encoding="utf-8")
    assert Settings(load_policy([]), user_file).as_dict() == DEFAULTS


def test_bad_value_is_refused_and_nothing_is_written(tmp_path):
    user_file = tmp_path / "settings.json"
    settings = Settings(load_policy([]), user_file)
    settings.set("video", "audio")
    before = user_file.read_bytes()
    for key, value in [("idle_lock_minutes", 0), ("video", "hd"), ("shared_pc", "yes")]:
        with pytest.raises(InvalidSettingValue) as info:
            settings.set(key, value)
        assert info.value.code == "settings.invalid_value" and info.value.key == key
    assert user_file.read_bytes() == before
    assert settings.get("video") == "audio"


def test_unknown_key_is_refused(tmp_path):
    settings = Settings(load_policy([]), tmp_path / "settings.json")
    with pytest.raises(UnknownSetting):
        settings.set("favourite_colour", "blue")
    with pytest.raises(UnknownSetting):
        settings.get("favourite_colour")
    assert not (tmp_path / "settings.json").exists()


def test_settings_without_user_file_stay_in_memory(tmp_path):
    settings = Settings(load_policy([]))
    settings.set("high_contrast", True)
    assert settings.get("high_contrast") is True
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_disk_is_a_plain_error_and_keeps_the_old_file(tmp_path, monkeypatch):
    user_file = tmp_path / "settings.json"
    settings = Settings(load_policy([]), user_file)
    settings.set("text_scale", 1.5)
    before = user_file.read_bytes()

    def read_only(*_args):  # the disk turned read-only between two saves (the OS edge)
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", read_only)
    with pytest.raises(StorageReadOnly):
        settings.set("text_scale", 2.0)
    monkeypatch.undo()
    assert user_file.read_bytes() == before
    assert list(tmp_path.iterdir()) == [user_file]  # the temporary file is gone
    assert Settings(load_policy([]), user_file).get("text_scale") == 1.5
