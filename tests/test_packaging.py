"""The three distributions as a person installs them: wheels built from a copy of the tree,
installed into a fresh venv outside it, then the safety check, the French translation and the
activities run from the installed package data; and each side's metadata is free of the other's
dependencies.

The venv gets no downloads: the wheels go in with `--no-deps`, and a .pth line lends it the
already-installed dependencies of the interpreter running the tests (that site's own .pth files,
such as an editable install of this tree, are not read through such a line).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DISTRIBUTIONS = {
    "jumelage": ".",
    "jumelage_server": "distributions/jumelage-server",
    "jumelage_protocol": "distributions/jumelage-protocol",
}
SOURCES = ["desktop", "sync_server", "jumelage_protocol", "distributions", "pyproject.toml",
           "README.md"]  # fmt: skip
JUNK = shutil.ignore_patterns("__pycache__", "*.pyc", "build", "*.egg-info")

# Run by the venv's interpreter, from a folder outside the source tree.
PROBE = """
import json, sys
import desktop, sync_server, jumelage_protocol
from PySide6.QtCore import QCoreApplication
from desktop.safety import SafetyChecker
from desktop.services.activities import list_activities
from desktop.ui.i18n import install_language
from sync_server.app import create_app

app = QCoreApplication([])
install_language(app, "fr")
print(json.dumps({
    "files": [m.__file__ for m in (desktop, sync_server, jumelage_protocol)],
    "held": SafetyChecker().check("write me at sam@example.org").action,
    "urgent": SafetyChecker().check("je veux me suicider").action,
    "french": QCoreApplication.translate("Errors", "The server cannot be reached. Check the "
                                         "internet connection."),
    "activities": [a.title for a in list_activities("fr")],
}))
"""


def _requires(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(z.read(name).decode())
    return [r.split(";")[0].strip().lower() for r in meta.get_all("Requires-Dist", [])
            if "extra ==" not in r]  # fmt: skip


def _names(requirements: list[str]) -> set[str]:
    return {r.replace("_", "-").split("[")[0].split(">")[0].split("=")[0].split("!")[0].strip()
            for r in requirements}  # fmt: skip


@pytest.fixture(scope="module")
def wheels(tmp_path_factory) -> dict[str, Path]:
    tree = tmp_path_factory.mktemp("tree")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=JUNK)
        else:
            shutil.copy2(source, tree / name)
    out = tmp_path_factory.mktemp("wheels")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-w", str(out),
         *(str(tree / folder) for folder in DISTRIBUTIONS.values())],
        check=True, cwd=tree, timeout=240,
    )  # fmt: skip
    built = {w.name.split("-")[0]: w for w in out.glob("*.whl")}
    assert set(built) == set(DISTRIBUTIONS)
    return built


@pytest.mark.slow
def test_desktop_wheel_needs_no_server_and_server_wheel_no_qt(wheels):
    desktop = _names(_requires(wheels["jumelage"]))
    server = _names(_requires(wheels["jumelage_server"]))
    protocol = _names(_requires(wheels["jumelage_protocol"]))
    assert "jumelage-protocol" in desktop and "jumelage-protocol" in server
    assert not desktop & {"fastapi", "uvicorn", "psycopg", "starlette", "jumelage-server"}
    assert "pyside6" in desktop and "pyside6" not in server and "jumelage" not in server
    assert "fastapi" in server and "psycopg" in server
    assert protocol == {"pydantic"}
    with zipfile.ZipFile(wheels["jumelage"]) as z:
        names = set(z.namelist())
    assert not any(n.startswith(("sync_server/", "jumelage_protocol/", "tests/")) for n in names)
    for resource in ("i18n/jumelage_fr.qm", "safety/rules_fr.json", "activities/checkins.json"):
        assert f"desktop/resources/{resource}" in names


@pytest.mark.slow
def test_server_wheel_brings_a_websocket_library(wheels):
    """Without one, uvicorn has no WebSocket protocol: no live channel, and
    `sockets.guarded_protocols` cannot subclass it, so the server would not start."""
    server = _names(_requires(wheels["jumelage_server"]))
    assert server & {"websockets", "wsproto"}, server


@pytest.mark.slow
def test_installed_wheels_run_safety_translation_and_activities(wheels, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip())  # fmt: skip
    lent = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_jumelage_test_deps.pth").write_text("\n".join(sorted(lent)) + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--no-index", "--disable-pip-version-check", *map(str, wheels.values())],
        check=True, timeout=120,
    )  # fmt: skip
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    run = subprocess.run([python, "-c", PROBE], cwd=elsewhere, env=env, capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.strip().splitlines()[-1])
    for file in found["files"]:
        assert Path(file).is_relative_to(site), file  # the installed copy, not this tree
    assert found["held"] == "review" and found["urgent"] == "urgent"
    assert found["french"] == "Le serveur est injoignable. Vérifiez la connexion Internet."
    assert len(found["activities"]) >= 20 and all(found["activities"])
