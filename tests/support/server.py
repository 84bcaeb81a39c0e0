"""Start a REAL sync server process on a free loopback port for integration tests.

Runs in the test's own thread: `start_server` spawns `python -m sync_server serve`, waits
until `/v1/residency` answers, and hands back a `RunningServer` that can stop, kill -9,
restart on the same port and database, and run the `init` / `invite` CLI against that
database. Nothing here fakes the server: it is the same entry point operators run.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from desktop.services.sync_scenario import Scenario, build_program

REPO_ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 30.0


def free_port() -> int:
    """A loopback port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def write_config(path: Path, values: dict) -> None:
    """Write a (two-level) config dict as TOML without needing tomli-w at test time."""
    lines: list[str] = []
    tables: list[tuple[str, dict]] = []
    for key, value in values.items():
        if isinstance(value, dict):
            tables.append((key, value))
        else:
            lines.append(f"{key} = {_toml_value(value)}")
    for name, table in tables:
        lines.append(f"\n[{name}]")
        for key, value in table.items():
            lines.append(f"{key} = {_toml_value(value)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _merge(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


# Cheap Argon2 for the server's auth-key hash so tests stay quick, and room for the many
# enrolments and sign-ins of one test from one address; production keeps its defaults.
TEST_LIMITS: dict = {
    "prelogin_per_minute_per_address": 100_000,
    "enrol_per_minute_per_address": 100_000,
}
TEST_CONFIG: dict = {
    "auth_hash": {"memory_kib": 8192, "time_cost": 1, "parallelism": 1},
    "limits": TEST_LIMITS,
}


@dataclass
class RunningServer:
    """A live `jumelage-server serve` process and what is needed to talk to it or restart it."""

    base_url: str
    data_dir: Path
    database_url: str | None
    process: subprocess.Popen | None
    port: int = 0
    config_path: Path | None = None
    log_path: Path | None = None
    authority: Path | None = None  # for HTTPS: the CA file the harness trusts (tests only)
    _log: object = field(default=None, repr=False)

    @property
    def ws_url(self) -> str:
        return self.base_url.replace("http", "ws", 1) + "/v1/live"

    def _cli_target(self) -> list[str]:
        if self.config_path is not None:
            return ["--config", str(self.config_path)]
        return ["--data-dir", str(self.data_dir)]

    def _spawn(self) -> None:
        cmd = [sys.executable, "-m", "sync_server", "serve", *self._cli_target()]
        cmd += ["--data-dir", str(self.data_dir)] if self.config_path else []
        cmd += ["--host", "127.0.0.1", "--port", str(self.port)]
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()/kill()
        self.process = subprocess.Popen(
            cmd, cwd=REPO_ROOT, env=_env(), stdout=self._log, stderr=subprocess.STDOUT
        )
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}:\n{self.log()}")
            try:
                verify = (
                    ssl.create_default_context(cafile=self.authority) if self.authority else True
                )
                probe = httpx.get(self.base_url + "/v1/residency", timeout=1.0, verify=verify)
                if probe.status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        self.kill()
        raise RuntimeError(f"server did not answer within {START_TIMEOUT_S} s:\n{self.log()}")

    def log(self) -> str:
        """The server's own output (it never logs message content), for failure reports."""
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
        except OSError:
            return ""

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def stop(self) -> None:
        """Graceful stop (SIGTERM), then SIGKILL if it lingers."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._close_log()

    def kill(self) -> None:
        """kill -9: no chance to finish a transaction or flush anything."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._close_log()

    def restart(self) -> None:
        """Stop (if running) and start again on the same port, config and database."""
        self.stop()
        self._spawn()

    def cli(self, *args: str) -> str:
        """Run a `jumelage-server` subcommand against this server's database; return stdout."""
        cmd = [sys.executable, "-m", "sync_server", args[0], *self._cli_target(), *args[1:]]
        done = subprocess.run(
            cmd, cwd=REPO_ROOT, env=_env(), capture_output=True, text=True, timeout=60
        )
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:1])} failed ({done.returncode}): {done.stderr}")
        return done.stdout

    def init_program(self, organisation: str = "Test org", program: str = "Test program") -> dict:
        """Create an organisation, a program and a first staff invite; returns the ids + code."""
        out = self.cli("init", "--organisation", organisation, "--program", program, "--json")
        return json.loads(out)

    async def new_program(self, root: Path, *, pairs: int = 1, **names: str) -> Scenario:
        """`init` a program here (`names`: organisation, program) and build it through the
        app: staff, `pairs` mentors and mentees paired, everyone synced once (fast KDF)."""
        ids = self.init_program(**names)
        return await build_program(
            self.base_url,
            root,
            program_id=ids["program_id"],
            staff_invite=ids["invite_code"],
            pairs=pairs,
            fast_kdf=True,
        )

    def invite(self, program_id: str, role: str) -> str:
        """Another one-time invite code for `program_id` and `role`."""
        out = self.cli("invite", "--program", program_id, "--role", role, "--json")
        return json.loads(out)["invite_code"]


def start_server(
    tmp_path: Path,
    *,
    database_url: str | None = None,
    config_overrides: dict | None = None,
    authority: Path | None = None,
) -> RunningServer:
    """Start a real server process on a free loopback port and wait until it answers.

    With `tls` certificate paths in the overrides it serves HTTPS, and the readiness probe
    trusts `authority` (the CA that signed the certificate).

    With neither a database URL nor overrides beyond the test defaults, the server still
    gets a config file (for cheap Argon2); the database is SQLite under `tmp_path/server`.
    """
    data_dir = Path(tmp_path) / "server"
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    config = _merge(TEST_CONFIG, config_overrides or {})
    config.setdefault("data_dir", str(data_dir))
    if database_url:
        config["database_url"] = database_url
    config_path = data_dir / "config.toml"
    write_config(config_path, config)
    scheme = "https" if config.get("tls", {}).get("certificate") else "http"
    server = RunningServer(
        base_url=f"{scheme}://127.0.0.1:{port}",
        data_dir=data_dir,
        database_url=database_url,
        process=None,
        port=port,
        config_path=config_path,
        log_path=data_dir / "server.log",
        authority=authority,
    )
    server._spawn()
    return server
