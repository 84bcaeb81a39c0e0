"""The MSI source (wixl) gives a per-machine, upgradable package whose public properties reach
a managed install and land where ``desktop.policy`` reads them, with the types it expects.

Built here from a stand-in bundle (two small files): what is checked is the MSI's tables, not
the app inside, which the frozen tests and the Windows CI job cover.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.policy import REGISTRY_KEY, SETTINGS

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installers" / "windows" / "build_msi.sh"
PROPERTIES = {
    "SERVER_URL": "server_url",
    "ORGANISATION": "organisation",
    "SHARED_PC": "shared_pc",
    "IDLE_LOCK_MINUTES": "idle_lock_minutes",
    "DISABLE_UPDATES": "disable_updates",
}

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("wixl", "wixl-heat", "msibuild", "msidump")),
    reason="msitools (wixl) is not installed",
)


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> dict[str, list[list[str]]]:
    tmp = tmp_path_factory.mktemp("msi")
    bundle = tmp / "bundle"
    (bundle / "_internal" / "desktop").mkdir(parents=True)
    (bundle / "jumelage.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "desktop" / "x.pyc").write_bytes(b"stand-in")
    msi = tmp / "jumelage.msi"
    done = subprocess.run(["sh", str(BUILD), str(bundle), str(msi)], capture_output=True,
                          text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    dump = tmp / "dump"
    dump.mkdir()
    subprocess.run(["msidump", str(msi)], cwd=dump, check=True, capture_output=True)
    return {
        p.stem: [line.split("\t") for line in p.read_text(errors="replace").splitlines()[3:]]
        for p in dump.glob("*.idt")
    }


def _property(tables, name: str) -> str:
    return next(row[1] for row in tables["Property"] if row[0] == name)


def test_per_machine_and_major_upgrade(tables):
    assert _property(tables, "ALLUSERS") == "1"
    upgrade_codes = {row[0] for row in tables["Upgrade"]}
    assert upgrade_codes == {"{7C0E5B2A-3D4F-4E8B-9A61-2B5C8D7E1F30}"}
    assert {row[-1] for row in tables["Upgrade"]} >= {"WIX_UPGRADE_DETECTED"}


def test_public_properties_are_secure(tables):
    secure = set(_property(tables, "SecureCustomProperties").split(";"))
    assert set(PROPERTIES) <= secure
    assert "WIX_UPGRADE_DETECTED" in secure  # what wixl's MajorUpgrade needs stays


def test_each_property_writes_the_policy_value_the_app_reads(tables):
    registry = {row[3]: row for row in tables["Registry"] if row[2] == REGISTRY_KEY}
    components = {row[0]: row for row in tables["Component"]}
    assert set(registry) == set(PROPERTIES.values())
    for prop, key in PROPERTIES.items():
        _id, root, _key, _name, value, component = registry[key]
        assert root == "2"  # HKEY_LOCAL_MACHINE
        declared = SETTINGS[key].schema.get("type")
        is_dword = declared in ("boolean", "integer")
        # '#' makes a REG_DWORD, which desktop.policy turns into a boolean or an integer
        assert value == ("#" if is_dword else "") + f"[{prop}]", key
        # written only when the admin gave the property (an empty value would fail the
        # schema), and removed with the product whatever the properties are then
        assert components[component][4] == f'{prop} OR REMOVE~="ALL"'
        assert int(components[component][3]) & 256  # 64-bit component: the 64-bit registry view


def test_uninstall_touches_no_profile(tables):
    """Only the program folder and the policy values are the MSI's: no RemoveFile or custom
    action reaches %LOCALAPPDATA%, where profiles live."""
    assert tables.get("RemoveFile", []) == []
    assert not any("LocalAppData" in "\t".join(row) for row in tables.get("Directory", []))
