"""The macOS pieces agree with each other and with what the app reads: the configuration
profile's payload domain is the managed-preferences file the app opens, and the app bundle's
identifier; every key the profile sets is a setting the app knows."""

from __future__ import annotations

import plistlib
import re
import sys
from pathlib import Path

from desktop.policy import SETTINGS, load_policy, system_policy_sources

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "installers" / "policy" / "ca.jumelage.desktop.mobileconfig"


def _payload() -> dict:
    [payload] = plistlib.loads(PROFILE.read_bytes())["PayloadContent"]
    return payload


def test_profile_domain_is_the_file_the_app_reads_and_the_bundle_id(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    labels = [label for label, _ in system_policy_sources()]
    domain = _payload()["PayloadType"]
    assert f"/Library/Managed Preferences/{domain}.plist" in labels
    spec = (ROOT / "installers" / "pyinstaller" / "jumelage.spec").read_text()
    assert re.search(r'bundle_identifier="([^"]+)"', spec).group(1) == domain
    assert (
        "--identifier ca.jumelage.desktop" in (ROOT / "installers/macos/build_pkg.sh").read_text()
    )


def test_every_profile_key_is_a_setting_and_is_applied(tmp_path):
    payload = _payload()
    managed = {k for k in payload if not k.startswith("Payload") and k != "recommended"}
    assert managed and managed <= set(SETTINGS)
    assert set(payload["recommended"]) <= set(SETTINGS)
    prefs = tmp_path / "ca.jumelage.desktop.plist"  # what macOS writes from the profile
    prefs.write_bytes(plistlib.dumps(payload))
    policy = load_policy([prefs])
    assert policy.problems == []
    assert set(policy.managed) == managed
    assert policy.recommended == payload["recommended"]
