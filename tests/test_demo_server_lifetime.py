"""The demo's server stops with the app however the app ends (issue 11, defect 12): Ctrl+C (a
SIGINT to the app's process group, as a terminal sends) and `kill -9`, with real processes.
The server is in its own session, so only the closing of the pipe its parent held can stop it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

APP = """
import sys, time
from pathlib import Path
from desktop.controllers.local_server import LocalServer
server = LocalServer(Path(sys.argv[1]))
server.ensure()
print(server.process.pid, flush=True)
time.sleep(600)
"""
BOUND_S = 60.0  # bounds a hang only; the server normally goes at once


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by init) counts as gone
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return True
    return state != "Z"


def start_app(folder: Path) -> tuple[subprocess.Popen[str], int]:
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    app = subprocess.Popen([sys.executable, "-c", APP, str(folder)], stdout=subprocess.PIPE,
                           text=True, env=env, start_new_session=True)  # fmt: skip
    line = app.stdout.readline() if app.stdout else ""
    assert line.strip().isdigit(), "the app did not start its server"
    return app, int(line)


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "kill-9"])
def test_the_server_does_not_outlive_the_app(tmp_path, how):
    app, server_pid = start_app(tmp_path / "server")
    try:
        assert alive(server_pid)
        os.killpg(app.pid, how)  # the app's group: the server is not in it
        app.wait(timeout=BOUND_S)
        deadline = time.monotonic() + BOUND_S
        while alive(server_pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not alive(server_pid), "the demo server outlived the app"
    finally:
        if app.poll() is None:
            app.kill()
        if alive(server_pid):
            os.kill(server_pid, signal.SIGKILL)
