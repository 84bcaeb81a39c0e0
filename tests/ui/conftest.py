"""Fixtures for the sign-in / main-window tests: real policy files, real encrypted profiles in
tmp_path (fast Argon2id parameters), a session controller started and ready.

Only the edge of the machine is replaced: an in-memory keyring where the OS has none, and a
frozen clock for the sign-in throttle (so a countdown never depends on how fast the test runs).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring.backend
import pytest
from PySide6.QtWidgets import QApplication

from desktop.controllers.session import SessionController
from desktop.policy import Settings, load_policy
from desktop.services.profiles import ProfileDirectory
from desktop.ui import i18n, theme
from desktop.vault.kdf import KdfParams
from desktop.vault.throttle import SignInThrottle

PASSPHRASE = "correct horse battery staple"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Stands in for the OS password store on a machine that has none."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        import keyring.errors

        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@dataclass
class Person:
    username: str
    display_name: str
    role: str
    person_id: str


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Every test starts (and ends) in English at normal size, whatever the machine's locale."""
    i18n.install_language(qapp, "en")
    theme.apply_theme(qapp)
    yield
    i18n.install_language(qapp, "en")
    theme.apply_theme(qapp)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def make_settings(tmp_path: Path, data_dir: Path) -> Callable[..., Settings]:
    """Settings from a real policy file: `make_settings(shared_pc=True)` locks those values."""

    def make(**managed: Any) -> Settings:
        policy_file = tmp_path / "policy.json"
        policy_file.write_text(json.dumps({"managed": managed}), encoding="utf-8")
        policy = load_policy([policy_file])
        assert not policy.problems, policy.problems
        return Settings(policy, data_dir / "settings.json")

    return make


@pytest.fixture
def make_person(data_dir: Path) -> Callable[..., Person]:
    def make(username: str = "amelie", role: str = "mentor", name: str = "Amélie") -> Person:
        directory = ProfileDirectory(data_dir, kdf_params_factory=KdfParams.fast_for_tests)
        profile = directory.create(
            username=username, passphrase=PASSPHRASE, display_name=name, role=role
        )
        person = Person(username, name, role, profile.person_id)
        profile.close()
        return person

    return make


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def make_controller(
    qtbot: Any,
    data_dir: Path,
    make_settings: Callable[..., Settings],
    memory_keyring: MemoryKeyring,
) -> Iterator[Callable[..., SessionController]]:
    made: list[SessionController] = []

    def make(settings: Settings | None = None, **kwargs: Any) -> SessionController:
        kwargs.setdefault("keyring_backend", memory_keyring)
        kwargs.setdefault("throttle", SignInThrottle(clock=lambda: 1000.0))
        controller = SessionController(
            settings=settings or make_settings(),
            data_dir=data_dir,
            kdf_params_factory=KdfParams.fast_for_tests,
            **kwargs,
        )
        made.append(controller)
        qtbot.addWidget(controller.sign_in_window)
        with qtbot.waitSignal(controller.ready, timeout=60_000):
            controller.start()
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        if controller.main_window is not None:
            controller.main_window.close()
            controller.main_window.deleteLater()


@pytest.fixture
def sign_in(qtbot: Any) -> Callable[[SessionController, str, str], None]:
    """Type into the real fields and click Sign in, then wait for the main window."""

    def run(controller: SessionController, username: str, passphrase: str = PASSPHRASE) -> None:
        window = controller.sign_in_window
        window.username.setText(username)
        window.passphrase.setText(passphrase)
        with qtbot.waitSignal(controller.signed_in, timeout=60_000):
            window.sign_in.click()
        # pages read their lists off the UI thread: wait until they show them
        pages = list(controller.main_window.pages.values()) if controller.main_window else []
        qtbot.waitUntil(lambda: not any(getattr(p, "loading", False) for p in pages))

    return run


# --- a real server, the demo made through it, and the app's network loop -------------------


@dataclass
class DemoWorld:
    """The demo organisation built once per module through a real server (fast Argon2id)."""

    server: Any  # tests.support.server.RunningServer
    template: Path  # the demo data dir, copied into each test's own data dir
    accounts: dict[str, Any]


@pytest.fixture(scope="module")
def demo_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoWorld]:
    from desktop.services.demo import create_demo
    from tests.support.server import start_server

    root = tmp_path_factory.mktemp("demo-world")
    server = start_server(root)
    template = root / "demo"

    def init() -> tuple[str, str]:
        made = server.init_program()
        return made["program_id"], made["invite_code"]

    try:
        accounts = create_demo(template, server_url=server.base_url, init_program=init,
                               kdf_params_factory=KdfParams.fast_for_tests)  # fmt: skip
        yield DemoWorld(server, template, {a.username: a for a in accounts})
    finally:
        server.stop()


@pytest.fixture
def demo(demo_world: DemoWorld, data_dir: Path) -> dict[str, Any]:
    """This test's own copy of the demo profiles (all synced with the module's server)."""
    import shutil

    shutil.copytree(demo_world.template, data_dir, dirs_exist_ok=True)
    return demo_world.accounts


@pytest.fixture
def network() -> Iterator[Any]:
    from desktop.runtime.loop import NetworkLoop

    loop = NetworkLoop(name="test-network")
    loop.start()
    yield loop
    loop.stop(timeout=3)
