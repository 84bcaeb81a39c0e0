"""Session-wide test setup: Qt offscreen, no real user settings, fast key derivation where asked.

Qt is forced offscreen before any PySide6 import so UI tests run without a display. No test
passes or fails on how fast the machine is: qtbot's waits and hypothesis's timing checks are
set here to bound a hang only.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from hypothesis import HealthCheck, settings  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402 - after the platform is chosen

# qtbot's waits give up after 5 s unless told otherwise: on a machine busy with other work
# that fails tests that are right. A wait only bounds a hang, so the default is generous.
HANG_MS = 60_000
for _wait in (QtBot.waitUntil, QtBot.waitSignal, QtBot.waitSignals, QtBot.waitCallback):
    _wait.__kwdefaults__["timeout"] = HANG_MS

# Hypothesis times each example (200 ms deadline) and fails a test whose data comes slowly
# (the too_slow health check): both depend on the machine's load, never on the code's
# correctness. Tests that set their own settings keep them; these fill in the rest.
settings.register_profile("jumelage", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("jumelage")
