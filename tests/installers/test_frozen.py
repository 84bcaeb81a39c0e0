"""The frozen app (PyInstaller onedir) does what the installers promise, from its own folder.

Slow: one build per session (see conftest). The smoke run makes the demo through a local
server started from the frozen executable (``--run-server``), pulls through the catch-up
helper process (spawn re-entering the executable), signs in, checks a message against the
safety rules, sends one through the server, loads aiortc and exits with 0.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.installers.conftest import run_frozen

pytestmark = [pytest.mark.slow, pytest.mark.timeout(3600)]  # the first one builds the bundle


def test_frozen_app_smoke_test(frozen_bundle, tmp_path):
    data = tmp_path / "data"
    done = run_frozen(frozen_bundle, "--demo", "--data-dir", str(data), "--sign-in", "marc",
                      "--smoke-test", "--language", "fr")  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert "jumelage: smoke test passed" in done.stdout
    assert "Traceback" not in done.stderr
    state = json.loads((data / "server" / "local-server.json").read_text(encoding="utf-8"))
    assert not Path(f"/proc/{state['pid']}").exists() or os.name == "nt"  # stopped at exit


def test_frozen_app_reports_its_version(frozen_bundle):
    done = run_frozen(frozen_bundle, "--version", timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().startswith("jumelage ") and "unknown" not in done.stdout


def test_frozen_server_entry_runs_the_server_cli(frozen_bundle, tmp_path):
    done = run_frozen(frozen_bundle, "--run-server", "init", "--data-dir", str(tmp_path),
                      "--organisation", "o", "--program", "p", "--json", timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert set(json.loads(done.stdout)) >= {"program_id", "invite_code"}


def test_bundle_missing_a_resource_refuses_to_start_naming_it(frozen_bundle, tmp_path):
    rules = next(frozen_bundle.rglob("desktop/resources/safety/rules_fr.json"))
    hidden = rules.with_name("rules_fr.json.hidden")
    rules.rename(hidden)
    try:
        done = run_frozen(frozen_bundle, "--data-dir", str(tmp_path), timeout=300)
    finally:
        hidden.rename(rules)
    assert done.returncode == 3
    assert "safety/rules_fr.json is missing" in done.stderr
    assert "Traceback" not in done.stderr


def test_bundle_leaves_out_what_the_app_does_not_use(frozen_bundle):
    names = {p.name for p in frozen_bundle.rglob("*")}
    assert not any(n.startswith(("QtQml", "QtQuick", "Qt3D", "QtWebEngine")) for n in names)
    assert not any(n.startswith("qtbase_") and not n.startswith(("qtbase_fr", "qtbase_en"))
                   for n in names)  # fmt: skip
    assert "qml" not in {p.name for p in frozen_bundle.rglob("*") if p.is_dir()}
