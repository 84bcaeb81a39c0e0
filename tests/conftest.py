"""Session-wide test setup: Qt offscreen, no real user settings, fast key derivation where asked.

Qt is forced offscreen before any PySide6 import so UI tests run without a display.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pytestqt.qtbot import QtBot  # noqa: E402 - after the platform is chosen

# qtbot's waits give up after 5 s unless told otherwise: on a machine busy with other work
# that fails tests that are right. A wait only bounds a hang, so the default is generous.
HANG_MS = 60_000
for _wait in (QtBot.waitUntil, QtBot.waitSignal, QtBot.waitSignals, QtBot.waitCallback):
    _wait.__kwdefaults__["timeout"] = HANG_MS
