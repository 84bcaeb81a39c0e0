"""The Linux packages: built with dpkg-deb from the frozen bundles, checked by lintian,
installed, run and removed on this machine (root only: it really installs them).

Removing keeps what is people's: the desktop's profiles live in their homes and the server's
database in /var/lib/jumelage-server; neither package touches them on removal.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installers" / "linux"))
import build_deb  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(3600),  # builds the bundles when none is given
    pytest.mark.skipif(
        not (shutil.which("dpkg-deb") and shutil.which("lintian")),
        reason="needs dpkg-deb and lintian (apt-get install lintian)",
    ),
]
needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="installing a .deb needs root")


def _run(*cmd: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=1200, **kw)
    if check:
        assert done.returncode == 0, f"{cmd}: {done.stdout[-2000:]}{done.stderr[-2000:]}"
    return done


def _lintian(deb: Path) -> list[str]:
    """Errors and warnings lintian still reports (the package's overrides applied)."""
    done = _run("lintian", "--tag-display-limit", "0", str(deb), check=False)
    return [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:")]


@pytest.fixture(scope="module")
def desktop_deb(frozen_bundle, tmp_path_factory) -> Path:
    return build_deb.build("desktop", frozen_bundle, tmp_path_factory.mktemp("deb"), fast=True)


@pytest.fixture(scope="module")
def server_deb(server_bundle, tmp_path_factory) -> Path:
    return build_deb.build("server", server_bundle, tmp_path_factory.mktemp("deb"), fast=True)


def test_desktop_package_layout_and_lintian(desktop_deb):
    files = _run("dpkg-deb", "--contents", str(desktop_deb)).stdout
    for path in ("./opt/jumelage/jumelage", "./usr/bin/jumelage",
                 "./usr/share/applications/jumelage.desktop",
                 "./usr/share/icons/hicolor/scalable/apps/jumelage.svg",
                 "./etc/jumelage/policy.example.json", "./opt/jumelage/LICENSES.md"):  # fmt: skip
        assert path in files, path
    assert _lintian(desktop_deb) == []


@needs_root
def test_desktop_package_installs_runs_and_removes(desktop_deb):
    _run("dpkg", "-i", str(desktop_deb))
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = _run("/usr/bin/jumelage", "--version", env=env)
        assert done.stdout.startswith("jumelage ")
        assert Path("/etc/jumelage").is_dir()
    finally:
        _run("dpkg", "--purge", "jumelage")
    assert not Path("/opt/jumelage").exists() and not Path("/usr/bin/jumelage").exists()


def test_server_package_layout_and_lintian(server_deb):
    files = _run("dpkg-deb", "--contents", str(server_deb)).stdout
    for path in ("./opt/jumelage-server/jumelage-server", "./usr/bin/jumelage-server",
                 "./usr/lib/systemd/system/jumelage-server.service",
                 "./etc/jumelage-server/config.toml"):  # fmt: skip
        assert path in files, path
    assert _lintian(server_deb) == []
    if shutil.which("systemd-analyze"):
        unit = ROOT / "installers" / "linux" / "jumelage-server.service"
        done = _run("systemd-analyze", "verify", str(unit), check=False)
        assert "Unknown" not in done.stderr and "Invalid" not in done.stderr, done.stderr


@needs_root
def test_server_package_installs_as_its_own_user_and_keeps_the_database(server_deb):
    _run("dpkg", "-i", str(server_deb))
    try:
        user = pwd.getpwnam("jumelage")
        assert user.pw_uid < 1000 and user.pw_shell.endswith("nologin")  # a system user
        state = Path("/var/lib/jumelage-server")
        assert state.stat().st_uid == user.pw_uid and state.stat().st_mode & 0o007 == 0
        # what the unit runs, as that user: the schema is created in the state directory
        _run("runuser", "-u", "jumelage", "--", "/usr/bin/jumelage-server", "migrate",
             "--config", "/etc/jumelage-server/config.toml")  # fmt: skip
        assert (state / "jumelage-server.db").exists()
    finally:
        _run("dpkg", "--purge", "jumelage-server")
    assert not Path("/opt/jumelage-server").exists()
    assert (Path("/var/lib/jumelage-server") / "jumelage-server.db").exists()  # data is kept
    shutil.rmtree("/var/lib/jumelage-server")
