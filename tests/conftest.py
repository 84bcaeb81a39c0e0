"""Session-wide test setup: Qt offscreen, no real user settings, fast key derivation where asked.

Qt is forced offscreen before any PySide6 import so UI tests run without a display.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
