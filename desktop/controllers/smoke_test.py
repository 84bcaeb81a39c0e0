"""The installed app checking itself: ``jumelage --demo --sign-in NAME --smoke-test``.

Run on an empty data folder, the demo is made through the local server (a child process
started from this executable) with every pull taking the first-sign-in path: the catch-up
helper process (multiprocessing, spawn), which a frozen build must be able to re-enter. After
the sign-in (through the real window controller, database and sync), it checks a phone number
against the safety rules, sends a message and waits until the server has taken it, loads
aiortc and FFmpeg, then quits with 0 and prints ``PASSED``; any failure prints one line and
quits with 1. Installer tests run it from the frozen bundle, the .deb and the MSI, where a
missing module or library would otherwise only show in front of a young person. UI thread.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

if TYPE_CHECKING:
    from desktop.controllers.session import SessionController
    from desktop.services.profiles import Profile

PASSED = "jumelage: smoke test passed"
FLAGGED_TEXT = "Appelle-moi au 514-555-0199"  # a phone number: the rules must hold it
TIMEOUT_S = 90.0
SERVER_HAS_IT = ("sent", "delivered", "read")


class SmokeTest(QObject):
    """Runs once the session controller has signed in; ends the application either way."""

    def __init__(self, controller: SessionController, app: QCoreApplication) -> None:
        super().__init__(app)
        self.controller = controller
        self.app = app
        self.pair_id = ""
        self.message_id = ""
        self.deadline = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._poll)
        self.helper_pulls = 0
        self._route_pulls_through_helper()
        controller.signed_in.connect(self.run)
        controller.sign_in_failed.connect(lambda code: self.fail(f"sign-in failed ({code})"))

    def _route_pulls_through_helper(self) -> None:
        """Every pull of one op or more goes through the catch-up helper; count those that
        brought ops back (a helper that cannot start falls back silently in the engine)."""
        from desktop.sync import engine

        real: Callable[..., Awaitable[int]] = getattr(engine, "catch_up")  # noqa: B009

        async def counted(reopen: object, write: object, maker: object, scope: str, after: int,
                          *rest: object) -> int:  # fmt: skip
            reached = await real(reopen, write, maker, scope, after, *rest)
            if reached > after:
                self.helper_pulls += 1
            return reached

        setattr(engine, "catch_up", counted)  # noqa: B010 - patched for this run only
        setattr(engine, "CATCH_UP_OPS", 1)  # noqa: B010

    def run(self, _profile: Profile) -> None:
        try:
            session = self.controller.session
            if session is None:
                return self.fail("no profile session after the sign-in")
            messaging = session.messaging
            conversations = messaging.conversations()
            if not conversations:
                return self.fail("the signed-in person has no pair")
            self.pair_id = conversations[0].pair_id
            verdict = messaging.check(self.pair_id, FLAGGED_TEXT)
            if verdict.action != "review" or "contact_phone" not in verdict.categories:
                return self.fail(f"safety rules did not flag a phone number ({verdict})")
            self.message_id = messaging.send(self.pair_id, "smoke test").id
        except Exception as exc:  # noqa: BLE001 - the smoke test reports, never hides
            return self.fail(f"{type(exc).__name__}: {exc}")
        self.deadline = time.monotonic() + TIMEOUT_S
        self.timer.start()

    def _poll(self) -> None:
        session = self.controller.session
        if session is None:  # locked meanwhile
            self.timer.stop()
            return self.fail("the profile closed before the message reached the server")
        [item] = session.messaging.messages_by_id(self.pair_id, [self.message_id])
        if item.state in SERVER_HAS_IT:
            self.timer.stop()
            self._finish()
        elif item.state == "failed" or time.monotonic() > self.deadline:
            self.timer.stop()
            self.fail(f"the message did not reach the server (state {item.state})")

    def _finish(self) -> None:
        if not self.helper_pulls:
            return self.fail("no pull went through the catch-up helper (use an empty data dir)")
        try:
            import aiortc
            import av

            if not callable(aiortc.RTCPeerConnection) or "opus" not in av.codecs_available:
                return self.fail("aiortc or its FFmpeg codecs are not usable")
        except Exception as exc:  # noqa: BLE001
            return self.fail(f"aiortc could not be loaded: {type(exc).__name__}: {exc}")
        print(PASSED, flush=True)
        self.app.exit(0)

    def fail(self, reason: str) -> None:
        print(f"jumelage: smoke test FAILED: {reason}", file=sys.stderr, flush=True)
        self.app.exit(1)
