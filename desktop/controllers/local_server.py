"""A `jumelage-server` child process on this PC, for the demo: embedded defaults, loopback only.

`LocalServer(folder).ensure()` reuses a server already answering for this folder (a second
`jumelage --demo` on the same data dir), or starts `jumelage-server serve` (the command from
`desktop.server_command`, so a frozen build works too) on the port it used last time
(profiles remember their server's address) or on a free one, and waits until `/v1/residency`
answers. Only a server this object started is stopped by `stop()`. The folder
holds the server's SQLite database (ids and ciphertext only), its log and `local-server.json`
(port and process id, nothing personal). No Qt; `ensure()` blocks for up to a few seconds, so
run it off the UI thread (the session controller does, in its start-up BackgroundOp).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.server_command import server_command
from jumelage_protocol import CodedError

if TYPE_CHECKING:  # the demo is made off the UI thread, when asked for
    from desktop.services.demo import DemoAccount
    from desktop.vault.kdf import KdfParams

log = logging.getLogger("jumelage.local_server")

STATE_FILE = "local-server.json"
DATABASE_FILE = "jumelage-server.db"  # the server's embedded default name (sync_server.config)
START_TIMEOUT_S = 30.0


class LocalServerError(CodedError, RuntimeError):
    """The demo server could not be started; `code` is translated by the UI."""

    code = "local_server_failed"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _answers(url: str) -> bool:
    import httpx

    try:
        return httpx.get(url + "/v1/residency", timeout=1.0, trust_env=False).status_code == 200
    except httpx.HTTPError:
        return False


class LocalServer:
    """One folder's demo server: reused when running, else started as our child."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def database_exists(self) -> bool:
        return (self.folder / DATABASE_FILE).exists()

    @property
    def owned(self) -> bool:
        """Whether this object started the server (and so stops it)."""
        return self.process is not None

    def ensure(self) -> str:
        """The URL of a running server for this folder; starts one when none answers."""
        self.folder.mkdir(parents=True, exist_ok=True)
        last = self._read_state()
        if last and _answers(f"http://127.0.0.1:{last}"):
            self.port = last
            return self.url
        self.port = last if last and _port_free(last) else _free_port()
        self._start()
        return self.url

    def _read_state(self) -> int | None:
        try:
            port = json.loads((self.folder / STATE_FILE).read_text(encoding="utf-8"))["port"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return port if isinstance(port, int) and 0 < port < 65536 else None

    def _start(self) -> None:
        cmd = server_command("serve", "--data-dir", str(self.folder),
                             "--host", "127.0.0.1", "--port", str(self.port),
                             "--stop-with-parent")  # fmt: skip
        root = str(Path(__file__).resolve().parents[2])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            filter(None, [root, os.environ.get("PYTHONPATH")]))}  # fmt: skip
        with open(self.folder / "server.log", "ab") as out:
            self.process = subprocess.Popen(
                cmd, stdout=out, stderr=subprocess.STDOUT, env=env,
                start_new_session=True,  # Ctrl+C in the terminal reaches the app, which stops us
                stdin=subprocess.PIPE,  # held open by us: when we end, it closes and it stops
            )  # fmt: skip
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.process = None
                raise LocalServerError(detail="the demo server exited at start")
            if _answers(self.url):
                state = {"port": self.port, "pid": self.process.pid}
                (self.folder / STATE_FILE).write_text(json.dumps(state), encoding="utf-8")
                return
            time.sleep(0.05)
        self.stop()
        raise LocalServerError(detail="the demo server did not answer in time")

    def init_program(self) -> tuple[str, str]:
        """A new organisation and program on this server: (program id, first staff invite)."""
        cmd = server_command("init", "--data-dir", str(self.folder),
                             "--organisation", "demo", "--program", "demo", "--json")  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0:
            raise LocalServerError(detail="the demo program could not be made")
        made = json.loads(done.stdout)
        return made["program_id"], made["invite_code"]

    def stop(self) -> None:
        """Stop the server if we started it (SIGTERM, then kill if it lingers)."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        if process.stdin is not None:
            process.stdin.close()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def prepare_demo(
    data_dir: Path, *, kdf_params_factory: Callable[[], KdfParams]
) -> tuple[LocalServer, list[DemoAccount]]:
    """Start (or reuse) the demo's server in `data_dir/server`, then make the demo through it."""
    from desktop.services.demo import create_demo

    server = LocalServer(Path(data_dir) / "server")
    fresh = not server.database_exists  # a new server database means a new demo
    url = server.ensure()
    accounts = create_demo(
        data_dir,
        server_url=url,
        init_program=server.init_program,
        fresh_server=fresh,
        kdf_params_factory=kdf_params_factory,
    )
    return server, list(accounts)
