"""The demo server's command line, from source and from a frozen build."""

from __future__ import annotations

import subprocess
import sys

from desktop.server_command import RUN_SERVER, server_command


def test_from_source_runs_the_server_module():
    command = server_command("--help")
    assert command == [sys.executable, "-m", "sync_server", "--help"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "jumelage-server" in done.stdout


def test_frozen_runs_its_own_executable_with_the_hidden_switch(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/jumelage/jumelage")
    assert server_command("serve", "--port", "1") == [
        "/opt/jumelage/jumelage",
        RUN_SERVER,
        "serve",
        "--port",
        "1",
    ]
