"""The frozen bundle, built once per test session (PyInstaller, onedir) under pytest's tmp dir.

A bundle already built (CI builds it once for every job) is used as is when
``JUMELAGE_FROZEN_BUNDLE`` names its folder. Without PyInstaller the frozen tests are skipped.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installers" / "pyinstaller" / "jumelage.spec"
SERVER_SPEC = ROOT / "installers" / "pyinstaller" / "jumelage-server.spec"
BUNDLE_ENV = "JUMELAGE_FROZEN_BUNDLE"
SERVER_BUNDLE_ENV = "JUMELAGE_SERVER_BUNDLE"
EXE = "jumelage.exe" if sys.platform == "win32" else "jumelage"


@pytest.fixture(scope="session")
def frozen_bundle(tmp_path_factory) -> Path:
    """The folder holding the frozen ``jumelage`` executable and its ``_internal``."""
    return _bundle(tmp_path_factory, BUNDLE_ENV, SPEC, "jumelage")


@pytest.fixture(scope="session")
def server_bundle(tmp_path_factory) -> Path:
    """The frozen ``jumelage-server`` folder (no Qt), for the server package."""
    return _bundle(tmp_path_factory, SERVER_BUNDLE_ENV, SERVER_SPEC, "jumelage-server")


def _bundle(tmp_path_factory, env: str, spec: Path, name: str) -> Path:
    given = os.environ.get(env)
    if given:
        return Path(given).resolve()
    if not _importable("PyInstaller"):
        pytest.skip("PyInstaller is not installed (pip install -e .[dev])")
    work = tmp_path_factory.mktemp(f"pyinstaller-{name}")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(spec)],
        cwd=ROOT, capture_output=True, text=True, timeout=3600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]
    return work / "dist" / name


def _importable(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def run_frozen(bundle: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run the frozen app offscreen, with no policy or settings of the machine's user."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
    env.pop("PYTHONPATH", None)  # the bundle must find everything inside itself
    return subprocess.run([str(bundle / EXE), *args], env=env, capture_output=True, text=True,
                          timeout=timeout)  # fmt: skip
