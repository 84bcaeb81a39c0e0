"""Where policy comes from: env var and extra paths below the machine's policy, plist, registry."""

from __future__ import annotations

import os
import plistlib

import desktop.policy as policy_module
from desktop.policy import (
    REG_DWORD,
    REG_EXPAND_SZ,
    REG_SZ,
    REGISTRY_KEY,
    Settings,
    load_policy,
    registry_document,
)


def test_env_var_adds_policy_files(write_policy, monkeypatch):
    a = write_policy({"managed": {"video": "low"}}, "a.json")
    b = write_policy({"recommended": {"language": "en"}}, "b.json")
    monkeypatch.setenv(policy_module.ENV_VAR, f"{a}{os.pathsep}{b}")
    settings = Settings(load_policy())
    assert settings.get("video") == "low" and settings.is_locked("video")
    assert settings.get("language") == "en"


def test_extra_path_and_env_var_cannot_lift_the_machine_policy(write_policy, monkeypatch):
    system = write_policy({"managed": {"allow_remember_passphrase": False}}, "system.json")
    env_file = write_policy({"managed": {"allow_remember_passphrase": True}}, "env.json")
    cli_file = write_policy(
        {"managed": {"allow_remember_passphrase": True, "high_contrast": True}}, "cli.json"
    )
    monkeypatch.setattr(
        policy_module, "system_policy_sources", lambda: policy_module.policy_file_sources([system])
    )
    monkeypatch.setenv(policy_module.ENV_VAR, str(env_file))
    policy = load_policy(extra=[cli_file])
    settings = Settings(policy)
    assert settings.get("allow_remember_passphrase") is False
    assert str(system) in settings.lock_reason("allow_remember_passphrase")
    assert settings.get("high_contrast") is True  # extra files may still add settings
    assert policy.sources == [str(system), str(env_file), str(cli_file)]


def test_explicit_paths_ignore_the_env_var(write_policy, monkeypatch):
    env_file = write_policy({"managed": {"video": "off"}}, "env.json")
    monkeypatch.setenv(policy_module.ENV_VAR, str(env_file))
    assert Settings(load_policy([])).get("video") == "auto"


def test_macos_managed_preferences_plist(tmp_path):
    path = tmp_path / "ca.jumelage.desktop.plist"
    path.write_bytes(
        plistlib.dumps(
            {"shared_pc": True, "idle_lock_minutes": 3, "recommended": {"text_scale": 1.25}}
        )
    )
    policy = load_policy([path])
    assert policy.problems == []
    settings = Settings(policy)
    assert settings.get("idle_lock_minutes") == 3 and settings.is_locked("idle_lock_minutes")
    assert settings.get("text_scale") == 1.25 and not settings.is_locked("text_scale")


def test_broken_plist_is_a_problem(tmp_path):
    path = tmp_path / "ca.jumelage.desktop.plist"
    path.write_bytes(b"<plist><dict><key>shared_pc</key>")
    [problem] = load_policy([path]).problems
    assert str(path) in problem.message


def test_registry_values_are_converted_by_setting_type(monkeypatch):
    hive = {
        REGISTRY_KEY: [
            ("shared_pc", 1, REG_DWORD),
            ("idle_lock_minutes", 7, REG_DWORD),
            ("data_dir", r"%JUMELAGE_TEST_ROOT%\profiles", REG_EXPAND_SZ),
            ("language", "", REG_SZ),
        ],
        REGISTRY_KEY + r"\Recommended": [("text_scale", "1,5", REG_SZ), ("video", "audio", REG_SZ)],
    }
    monkeypatch.setenv("JUMELAGE_TEST_ROOT", "D:")
    document = registry_document(lambda subkey: iter(hive.get(subkey, [])))
    assert document == {
        "managed": {
            "shared_pc": True,
            "idle_lock_minutes": 7,
            "data_dir": r"D:\profiles",
            "language": None,
        },
        "recommended": {"text_scale": 1.5, "video": "audio"},
    }
    policy = policy_module.merge_policy([("HKLM", lambda: document)])
    assert policy.problems == []


def test_registry_bad_value_is_named_by_key():
    hive = {REGISTRY_KEY: [("shared_pc", 2, REG_DWORD)]}
    document = registry_document(lambda subkey: iter(hive.get(subkey, [])))
    policy = policy_module.merge_policy([(policy_module.REGISTRY_LABEL, lambda: document)])
    [problem] = policy.problems
    assert problem.key == "shared_pc"
    assert problem.message.startswith("In HKLM\\SOFTWARE\\Policies\\Jumelage, managed.shared_pc")


def test_empty_registry_is_no_policy():
    assert registry_document(lambda subkey: iter(())) is None
