"""The MSI under Wine's msiexec: silent install, a major upgrade with every public property,
the registry values equal to the inputs, and an uninstall that leaves only people's data.

Wine is not Windows (the CI job runs the real msiexec), but it runs the MSI's own tables:
sequences, component conditions, registry and upgrade logic. The MSI holds a stand-in bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installers" / "windows" / "build_msi.sh"
WINE = shutil.which("wine64") or shutil.which("wine") or "/usr/lib/wine/wine64"
POLICY_KEY = r"HKLM\SOFTWARE\Policies\Jumelage"
INPUTS = {
    "SERVER_URL": ("server_url", "REG_SZ", "https://sync.example.ca"),
    "ORGANISATION": ("organisation", "REG_SZ", "Bibliotheque de Laval"),
    "SHARED_PC": ("shared_pc", "REG_DWORD", "0x1"),
    "IDLE_LOCK_MINUTES": ("idle_lock_minutes", "REG_DWORD", "0x5"),
    "DISABLE_UPDATES": ("disable_updates", "REG_DWORD", "0x1"),
}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),
    pytest.mark.skipif(
        not (Path(WINE).exists() and shutil.which("wixl") and shutil.which("msibuild")),
        reason="needs Wine (apt-get install --no-install-recommends wine64) and wixl",
    ),
]


class Wine:
    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = {**os.environ, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all",
                    "DISPLAY": ""}  # fmt: skip

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([WINE, *args], env=self.env, capture_output=True, text=True,
                              timeout=600, errors="replace")  # fmt: skip

    def msiexec(self, *args: str) -> None:
        done = self.run("msiexec", *args, "/qn")
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]

    def values(self, key: str) -> dict[str, tuple[str, str]]:
        """``{name: (type, data)}`` of a registry key; empty when the key does not exist."""
        done = self.run("reg", "query", key)
        rows = [line.split(None, 2) for line in done.stdout.replace("\r", "").splitlines()]
        return {r[0]: (r[1], r[2]) for r in rows if len(r) == 3 and r[1].startswith("REG_")}

    def program_files(self) -> list[Path]:
        folder = self.prefix / "drive_c" / "Program Files" / "Jumelage"
        return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []

    def installed_products(self) -> int:
        """How many products named Jumelage Windows lists in Programs and Features."""
        key = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall"
        listing = self.run("reg", "query", key, "/s").stdout
        return sum(line.split() == ["DisplayName", "REG_SZ", "Jumelage"]
                   for line in listing.splitlines())  # fmt: skip


@pytest.fixture(scope="module")
def msis(tmp_path_factory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("msi-wine")
    bundle = tmp / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "jumelage.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    first, upgrade = tmp / "jumelage.msi", tmp / "upgrade.msi"
    for msi, version in ((first, "0.1.0"), (upgrade, "0.1.999")):
        env = {**os.environ, "MSI_VERSION": version}
        done = subprocess.run(["sh", str(BUILD), str(bundle), str(msi)], capture_output=True,
                              text=True, timeout=300, env=env)  # fmt: skip
        assert done.returncode == 0, done.stderr[-2000:]
    return first, upgrade


def test_install_upgrade_with_properties_and_uninstall(msis, tmp_path):
    first, upgrade = msis
    wine = Wine(tmp_path / "prefix")
    assert wine.run("wineboot", "--init").returncode == 0

    wine.msiexec("/i", f"Z:{first}")
    assert {p.name for p in wine.program_files()} >= {"jumelage.exe", "base_library.zip"}
    assert wine.values(POLICY_KEY) == {}  # no property given: no policy written
    assert wine.installed_products() == 1

    profile = tmp_path / "prefix" / "drive_c" / "users" / os.environ.get("USER", "root")
    data = profile / "AppData" / "Local" / "Jumelage" / "Jumelage" / "profiles" / "p1"
    data.mkdir(parents=True)
    (data / "jumelage.db").write_bytes(b"a person's encrypted profile")

    wine.msiexec("/i", f"Z:{upgrade}", *(f"{prop}={value[2]}" if value[1] == "REG_SZ" else
                                         f"{prop}={int(value[2], 16)}"
                                         for prop, value in INPUTS.items()))  # fmt: skip
    assert wine.values(POLICY_KEY) == {name: (kind, data) for name, kind, data in INPUTS.values()}
    assert wine.installed_products() == 1  # the upgrade replaced the first version

    wine.msiexec("/x", f"Z:{upgrade}")
    assert wine.program_files() == []
    assert wine.values(POLICY_KEY) == {}
    assert wine.installed_products() == 0
    assert (data / "jumelage.db").read_bytes() == b"a person's encrypted profile"
