"""A policy source that cannot be used: a plain problem naming file and key, and safest values."""

from __future__ import annotations

import pytest

from desktop.policy import DEFAULTS, SettingLocked, Settings, load_policy

SAFEST = {
    "shared_pc": True,
    "allow_remember_passphrase": False,
    "require_canadian_hosting": True,
    "idle_lock_minutes": 5,
}


def assert_safest(settings: Settings) -> None:
    for key, value in SAFEST.items():
        assert settings.get(key) == value, key
        assert settings.is_locked(key), key
        assert "safest value" in settings.lock_reason(key)


def test_invalid_json_names_the_file_and_falls_back(write_policy):
    path = write_policy('{"managed": {"shared_pc": false,, }}')
    policy = load_policy([path])
    [problem] = policy.problems
    assert problem.source == str(path)
    assert problem.key is None
    assert problem.code == "policy.bad_json"
    assert str(path) in problem.message and "line 1" in problem.message
    assert policy.fallback
    assert_safest(Settings(policy))


def test_schema_violation_names_the_key(write_policy):
    path = write_policy({"managed": {"idle_lock_minutes": 0, "video": "auto"}})
    policy = load_policy([path])
    [problem] = policy.problems
    assert problem.key == "idle_lock_minutes"
    assert problem.code == "policy.invalid_value"
    assert problem.message == (
        f"In {path}, managed.idle_lock_minutes must be between 1 and 240 (found 0)."
    )
    settings = Settings(policy)
    # A file that fails validation contributes nothing, not even its valid keys.
    assert settings.get("video") == DEFAULTS["video"] and not settings.is_locked("video")
    assert_safest(settings)


@pytest.mark.parametrize(
    ("document", "key", "fragment"),
    [
        ({"managed": {"shared_pc": "yes"}}, "shared_pc", "must be true or false"),
        ({"recommended": {"video": "4k"}}, "video", 'one of "auto", "low", "audio", "off"'),
        ({"managed": {"server_url": "ftp://x"}}, "server_url", "starting with https://"),
        ({"managed": {"server_url": "http://sync.example.ca"}}, "server_url", "https://"),
        ({"managed": {"server_url": "http://127.0.0.1.evil.ca"}}, "server_url", "https://"),
        ({"managed": {"text_scale": 3}}, "text_scale", "between 1.0 and 2.0"),
        ({"managed": {"idle_lock": 5}}, "idle_lock", "managed.idle_lock is not a setting"),
        ({"locked": {}}, "locked", "locked is not a section"),
    ],
)
def test_each_kind_of_mistake_is_explained(write_policy, document, key, fragment):
    path = write_policy(document)
    [problem] = load_policy([path]).problems
    assert problem.key == key
    assert fragment in problem.message
    assert problem.message.startswith(f"In {path}, ")


def test_unreadable_file_is_a_problem(tmp_path):
    path = tmp_path / "policy.json"
    path.mkdir()  # a folder where the file should be: reading fails even as root
    policy = load_policy([path])
    [problem] = policy.problems
    assert problem.code == "policy.unreadable"
    assert "could not be read" in problem.message and str(path) in problem.message
    assert_safest(Settings(policy))


def test_non_utf8_file_is_a_problem(tmp_path):
    path = tmp_path / "policy.json"
    path.write_bytes(b'{"managed": {"organisation": "\xe9cole"}}')
    [problem] = load_policy([path]).problems
    assert "UTF-8" in problem.message


def test_missing_file_is_no_problem(tmp_path):
    policy = load_policy([tmp_path / "absent.json"])
    assert policy.problems == [] and not policy.fallback
    assert Settings(policy).as_dict() == DEFAULTS


def test_fallback_keeps_a_lower_idle_lock_and_wipe_setting(write_policy):
    good = write_policy(
        {"managed": {"idle_lock_minutes": 2}, "recommended": {"wipe_on_signout": True}},
        "good.json",
    )
    bad = write_policy("not json", "bad.json")
    policy = load_policy([good, bad])
    settings = Settings(policy)
    assert settings.get("idle_lock_minutes") == 2
    assert settings.get("wipe_on_signout") is True
    assert not settings.is_locked("wipe_on_signout")
    assert str(bad) in settings.lock_reason("shared_pc")


def test_fallback_overrides_a_valid_source_and_cannot_be_unlocked(write_policy, tmp_path):
    good = write_policy({"managed": {"allow_remember_passphrase": True}}, "good.json")
    bad = write_policy({"managed": {"shared_pc": 1}}, "bad.json")
    settings = Settings(load_policy([good, bad]), tmp_path / "settings.json")
    assert settings.get("allow_remember_passphrase") is False
    with pytest.raises(SettingLocked):
        settings.set("allow_remember_passphrase", True)
    assert not (tmp_path / "settings.json").exists()


def test_every_mistake_in_a_file_is_listed(write_policy):
    path = write_policy(
        {"managed": {"colour": "red", "size": 2, "video": "hd"}, "recommended": {"shared_pc": 0}}
    )
    problems = load_policy([path]).problems
    assert sorted(p.key for p in problems) == ["colour", "shared_pc", "size", "video"]
    assert all(p.source == str(path) for p in problems)


@pytest.mark.parametrize(
    "url", ["https://sync.example.ca", "https://sync.example.ca:8443/x", "http://127.0.0.1:8765",
            "http://localhost:9000/", "http://[::1]:8750"],
)  # fmt: skip
def test_https_or_this_computer_is_accepted(write_policy, url):
    policy = load_policy([write_policy({"managed": {"server_url": url}})])
    assert policy.problems == [] and Settings(policy).get("server_url") == url


def test_refused_values_are_logged_for_the_administrator(write_policy, tmp_path, caplog):
    """The app logs each refused value with the key named (and starts on the safe values)."""
    from desktop.app import _log_policy_problems

    path = write_policy({"managed": {"server_url": "http://sync.example.ca",
                                     "idle_lock_minutes": -5}})  # fmt: skip
    policy = load_policy([path])
    with caplog.at_level("WARNING", logger="jumelage.policy"):
        _log_policy_problems(policy)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "managed.server_url must be a web address starting with https://" in logged
    assert "managed.idle_lock_minutes must be between 1 and 240 (found -5)" in logged
    assert "safest values are used" in logged
    settings = Settings(policy)
    assert settings.get("server_url") == DEFAULTS["server_url"]
    assert settings.get("idle_lock_minutes") == 5 and settings.is_locked("idle_lock_minutes")
