"""The composition root: arguments, QApplication, policy and settings, language, the network loop,
the session controller and the first window. `jumelage` (and `python -m desktop.app`) runs `main`.

Start-up is kept lean: only Qt and the UI are imported before the sign-in window shows; the
profile services (SQLAlchemy, SQLCipher, crypto) load behind it, and the network loop starts
once the window is up. Runs on the UI (main) thread.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.resources import BUNDLED, Resources

if TYPE_CHECKING:  # imported for real inside main(), to keep start-up lean
    from PySide6.QtWidgets import QApplication

    from desktop.controllers.session import SessionController
    from desktop.policy import Policy
    from desktop.runtime.collector import UiThreadCollector
    from desktop.runtime.loop import NetworkLoop

SIGN_IN_PASSPHRASE_ENV = "JUMELAGE_DEMO_PASSPHRASE"
SHOWN_MARKER = "jumelage: first window shown"
EXIT_MISSING_RESOURCE = 3


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jumelage", description="Jumelage mentoring app")
    parser.add_argument("--version", action="version", version=f"jumelage {_version()}")
    parser.add_argument(
        "--demo", action="store_true", help="start with a demo organisation and print its accounts"
    )
    parser.add_argument("--data-dir", type=Path, help="where profiles are kept")
    parser.add_argument("--policy", type=Path, help="an admin policy file to use")
    parser.add_argument("--language", choices=("fr", "en"), help="language of the interface")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="save the current window as a PNG (with --quit-after)",
    )
    parser.add_argument(
        "--quit-after",
        type=float,
        metavar="SECONDS",
        help="quit after this many seconds (after the screenshot, if any)",
    )
    parser.add_argument(
        "--quit-when-shown",
        action="store_true",
        help="quit as soon as the first window is shown (start-up benchmark)",
    )
    parser.add_argument(
        "--sign-in",
        metavar="USERNAME",
        help="demo/screenshot aid: sign in as USERNAME at start, with the demo "
        f"account's passphrase or the one in ${SIGN_IN_PASSPHRASE_ENV}",
    )
    parser.add_argument(
        "--show-join",
        action="store_true",
        help="demo/screenshot aid: open the 'Join with an invite code' dialog at start",
    )
    # Installer tests: after --sign-in, check rules, send through the server, load aiortc, quit.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)  # fmt: skip


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("jumelage")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "unknown"


def default_data_dir() -> Path:
    """The per-user data folder: `…/Jumelage`, not Qt's `<organisation>/<application>`, which
    is `…/Jumelage/Jumelage` since both names are ours. A folder made there by an earlier
    version keeps being used, so nobody's profiles move."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    if not location:
        return Path.home() / ".jumelage"
    path = Path(location)
    if path.name == path.parent.name and not path.exists():
        return path.parent
    return path


def main(argv: list[str] | None = None, resources: Resources = BUNDLED) -> int:
    multiprocessing.freeze_support()  # in a frozen build, the catch-up helper starts here
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Jumelage")
    app.setOrganizationName("Jumelage")
    app.setApplicationDisplayName("Jumelage")

    from desktop.controllers.session import SessionController
    from desktop.policy import Settings, load_policy
    from desktop.runtime.collector import UiThreadCollector
    from desktop.runtime.loop import NetworkLoop
    from desktop.ui import i18n
    from desktop.ui.error_dialog import install_error_handling

    # --policy adds to the machine's policy; it can never lift a lock the administrator set.
    policy = load_policy(extra=[args.policy] if args.policy else ())
    data_dir = args.data_dir or _policy_data_dir(policy) or default_data_dir()
    if args.demo and args.data_dir is None:
        data_dir = default_data_dir() / "demo"
    data_dir = Path(data_dir).expanduser()
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(policy, data_dir / "settings.json")

    i18n.install_language(app, args.language or i18n.choose_language(settings.get("language")))
    if missing := resources.missing():
        _refuse_to_start(missing[0])
        return EXIT_MISSING_RESOURCE
    _log_policy_problems(policy)
    install_error_handling()
    collector = UiThreadCollector(app)  # widgets are only ever freed on the UI thread
    collector.start()
    loop = NetworkLoop()  # started once the first window is up
    controller = SessionController(
        settings=settings, data_dir=data_dir, policy_problems=list(policy.problems),
        demo=args.demo, network=loop,
    )  # fmt: skip
    controller.apply_look()
    if args.smoke_test:  # before start(): the demo it makes is part of the test
        from desktop.controllers.smoke_test import SmokeTest

        SmokeTest(controller, app)
    controller.start()

    if args.quit_when_shown:
        QTimer.singleShot(0, lambda: _shown_and_quit(app))
        return _finish(app, controller, None, collector)

    loop.start()
    if args.demo:
        controller.ready.connect(lambda: _print_demo_accounts(controller.demo_accounts))
    if args.sign_in:
        controller.ready.connect(lambda: _auto_sign_in(controller, args.sign_in))
    elif args.show_join:
        controller.ready.connect(controller.open_join)
    if args.quit_after is not None or args.screenshot is not None:
        # The clock starts once the app has settled (ready, and signed in when asked), so a
        # screenshot shows the window asked for however slow the machine is.
        ms = int((args.quit_after if args.quit_after is not None else 3.0) * 1000)
        settled = (
            [controller.signed_in, controller.sign_in_failed]
            if args.sign_in
            else [controller.ready]
        )
        for signal in settled:
            signal.connect(
                lambda *_: QTimer.singleShot(ms, lambda: _screenshot_and_quit(app, args.screenshot))
            )
    return _finish(app, controller, loop, collector)


def _refuse_to_start(name: str) -> None:
    """A damaged installation: say which file is missing, in words, never with a traceback."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    text = QCoreApplication.translate(
        "Startup",
        "Jumelage cannot start: the file {name} is missing from this installation. "
        "Reinstall Jumelage or ask your administrator.",
    ).format(name=name)
    logging.getLogger("jumelage").error("missing resource: %s", name)
    print(text, file=sys.stderr, flush=True)
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Jumelage", text)


def _log_policy_problems(policy: Policy) -> None:
    """Each refused policy value, for the administrator (the settings page shows them too)."""
    log = logging.getLogger("jumelage.policy")
    for problem in policy.problems:
        log.warning("%s The safest values are used instead.", problem.message)


def _policy_data_dir(policy: Policy) -> Path | None:
    from desktop.policy import Settings

    value = Settings(policy, None).get("data_dir")  # policy and defaults only
    return Path(value) if value else None


def _finish(
    app: QApplication,
    controller: SessionController,
    loop: NetworkLoop | None,
    collector: UiThreadCollector,
) -> int:
    from desktop.runtime.operations import wait_for_background_ops

    code = app.exec()
    controller.shutdown()  # sync ends, the database closes, the demo server stops
    wait_for_background_ops(5)
    if loop is not None:
        loop.stop()
    collector.stop()
    return int(code)


def _shown_and_quit(app: QApplication) -> None:
    print(SHOWN_MARKER, flush=True)  # benchmarks/bench_startup.py times the process to this line
    app.quit()


def _print_demo_accounts(accounts: list[Any]) -> None:
    print("Demo accounts (username / passphrase / role):")
    for account in accounts:
        print(f"  {account.username:<16} {account.passphrase:<32} {account.role}")
    sys.stdout.flush()


def _auto_sign_in(controller: SessionController, username: str) -> None:
    passphrase = os.environ.get(SIGN_IN_PASSPHRASE_ENV) or next(
        (a.passphrase for a in controller.demo_accounts if a.username == username),
        "",
    )
    if not passphrase:
        print(f"--sign-in: no passphrase for {username}; set ${SIGN_IN_PASSPHRASE_ENV}",
              file=sys.stderr)  # fmt: skip
        return
    controller.sign_in(username, passphrase)


def _screenshot_and_quit(app: QApplication, path: Path | None) -> None:
    from desktop.ui.screenshot import current_window, save_png

    if path is not None:
        window = current_window()
        if window is None:
            print("--screenshot: no window to capture", file=sys.stderr)
        else:
            print(f"screenshot saved to {save_png(window, path)}")
    app.quit()


if __name__ == "__main__":
    raise SystemExit(main())
