"""The `jumelage` entry point as a whole process: the demo made through its own local server (a
child process stopped at exit, reused by the next run), printed accounts, screenshots of the
sign-in window and of a signed-in main window, and the start-up benchmark's quit switch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.app import parse_args

ROOT = Path(__file__).resolve().parents[1]


def run_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop.app", *args],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """One demo organisation for the module (made with real Argon2id: a few seconds)."""
    tmp_path = tmp_path_factory.mktemp("app")
    data, shot = tmp_path / "demo", tmp_path / "sign-in.png"
    done = run_app("--demo", "--data-dir", str(data), "--language", "fr",
                   "--screenshot", str(shot), "--quit-after", "0")  # fmt: skip
    return data, shot, done


def test_demo_prints_accounts_and_screenshots_sign_in_then_main_window(tmp_path, demo_run):
    data, shot, done = demo_run
    assert done.returncode == 0, done.stderr[-2000:]
    assert "sophie" in done.stdout and "marc-demo" in done.stdout
    image = QImage(str(shot))
    assert not image.isNull() and (image.width(), image.height()) == (760, 560)
    assert (data / "profiles").is_dir()
    assert "Traceback" not in done.stderr
    # The demo went through a local server whose address is in the demo's own settings...
    assert (data / "server" / "jumelage-server.db").exists()
    state = json.loads((data / "server" / "local-server.json").read_text())
    settings = json.loads((data / "settings.json").read_text())
    assert settings["server_url"] == f"http://127.0.0.1:{state['port']}"
    # ...a child of the app, stopped when the app ended.
    assert not Path(f"/proc/{state['pid']}").exists()
    people = sorted(p.name for p in (data / "profiles").iterdir())
    assert len(people) == 5

    main = tmp_path / "main.png"
    done = run_app("--demo", "--data-dir", str(data), "--sign-in", "marc",
                   "--screenshot", str(main), "--quit-after", "0")  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    image = QImage(str(main))
    assert (image.width(), image.height()) == (1000, 680)  # the main window, not the sign-in
    # The second run reused the demo: same people, same server database.
    assert sorted(p.name for p in (data / "profiles").iterdir()) == people


def test_sign_in_aid_with_a_wrong_passphrase_stays_on_sign_in(tmp_path, demo_run):
    data = demo_run[0]
    shot = tmp_path / "after.png"
    done = run_app("--demo", "--data-dir", str(data), "--sign-in", "marc",
                   "--screenshot", str(shot), "--quit-after", "0",
                   env={"JUMELAGE_DEMO_PASSPHRASE": "not the one"})  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (760, 560)


def test_quit_when_shown_exits_cleanly(tmp_path):
    done = run_app("--data-dir", str(tmp_path), "--quit-when-shown")
    assert done.returncode == 0, done.stderr[-2000:]
    assert not (tmp_path / "profiles").exists()  # starting writes no profile


def test_arguments():
    args = parse_args(["--demo", "--language", "en", "--quit-after", "1.5", "--sign-in", "lea"])
    assert args.demo and args.language == "en" and args.quit_after == 1.5 and args.sign_in == "lea"


def test_the_data_folder_is_not_doubled(qapp, tmp_path, monkeypatch):
    """Issue 11, defect 12: the demo lived in `…/Jumelage/Jumelage/demo`."""
    from PySide6.QtCore import QStandardPaths

    from desktop.app import default_data_dir

    doubled = tmp_path / "share" / "Jumelage" / "Jumelage"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(doubled))
    assert default_data_dir() == tmp_path / "share" / "Jumelage"
    doubled.mkdir(parents=True)  # made by an earlier version: its profiles stay where they are
    assert default_data_dir() == doubled
