"""Precedence managed > user > recommended > default, and locked settings with their reason."""

from __future__ import annotations

import pytest

from desktop.policy import DEFAULTS, SETTINGS, SettingLocked, Settings, load_policy

# (managed, user, recommended, expected, locked) for idle_lock_minutes
MATRIX = [
    (None, None, None, DEFAULTS["idle_lock_minutes"], False),
    (None, None, 30, 30, False),
    (None, 20, 30, 20, False),
    (None, 20, None, 20, False),
    (15, 20, 30, 15, True),
    (15, None, 30, 15, True),
    (15, None, None, 15, True),
    (15, 20, None, 15, True),
]


@pytest.mark.parametrize(("managed", "user", "recommended", "expected", "locked"), MATRIX)
def test_precedence_matrix(write_policy, tmp_path, managed, user, recommended, expected, locked):
    document = {"managed": {}, "recommended": {}}
    if managed is not None:
        document["managed"]["idle_lock_minutes"] = managed
    if recommended is not None:
        document["recommended"]["idle_lock_minutes"] = recommended
    policy = load_policy([write_policy(document)])
    assert policy.problems == []

    user_file = tmp_path / "user" / "settings.json"
    if user is not None:
        Settings(load_policy([]), user_file).set("idle_lock_minutes", user)
    settings = Settings(policy, user_file)

    assert settings.get("idle_lock_minutes") == expected
    assert settings.is_locked("idle_lock_minutes") is locked


def test_defaults_without_any_policy():
    settings = Settings(load_policy([]))
    assert settings.as_dict() == DEFAULTS
    assert set(DEFAULTS) == set(SETTINGS)
    assert not any(settings.is_locked(k) for k in SETTINGS)
    assert settings.lock_reason("server_url") is None


def test_managed_setting_is_locked_with_reason_naming_the_file(write_policy):
    path = write_policy({"managed": {"shared_pc": True, "video": "audio"}})
    settings = Settings(load_policy([path]))
    assert settings.get("video") == "audio"
    assert settings.is_locked("video")
    assert settings.lock_reason("video") == (f"Set by your organisation's administrator ({path})")
    with pytest.raises(SettingLocked) as info:
        settings.set("video", "auto")
    assert info.value.code == "settings.locked" and info.value.key == "video"
    assert settings.get("video") == "audio"


def test_recommended_setting_is_a_changeable_default(write_policy, tmp_path):
    path = write_policy({"recommended": {"language": "fr", "text_scale": 1.5}})
    settings = Settings(load_policy([path]), tmp_path / "settings.json")
    assert settings.get("language") == "fr"
    assert not settings.is_locked("language")
    settings.set("language", "en")
    assert settings.get("language") == "en"
    settings.reset("language")
    assert settings.get("language") == "fr"


def test_first_source_wins_and_later_sources_fill_gaps(write_policy):
    first = write_policy({"managed": {"video": "low"}}, "a.json")
    second = write_policy({"managed": {"video": "off", "high_contrast": True}}, "b.json")
    policy = load_policy([first, second])
    settings = Settings(policy)
    assert settings.get("video") == "low"
    assert settings.get("high_contrast") is True
    assert str(first) in settings.lock_reason("video")
    assert str(second) in settings.lock_reason("high_contrast")


def test_user_choice_kept_under_a_lock_comes_back_when_lock_lifts(write_policy, tmp_path):
    user_file = tmp_path / "settings.json"
    Settings(load_policy([]), user_file).set("high_contrast", True)
    locked = Settings(load_policy([write_policy({"managed": {"high_contrast": False}})]), user_file)
    assert locked.get("high_contrast") is False
    assert Settings(load_policy([]), user_file).get("high_contrast") is True
