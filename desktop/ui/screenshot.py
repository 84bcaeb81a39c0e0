"""Screenshots: render a window to a PNG, for the README and for tests that look at windows.

`grab()` renders the widget itself, so it works offscreen and under Xvfb alike and never
captures other people's windows. Runs on the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def save_png(widget: QWidget, path: str | Path) -> Path:
    """Render `widget` (with its children) into a PNG file; raises OSError when it cannot save."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(target), "PNG"):
        raise OSError(f"could not write screenshot to {target}")
    return target


def current_window() -> QWidget | None:
    """The window a person would be looking at: the active one, else the last visible one."""
    active = QApplication.activeWindow()
    if active is not None:
        return active
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    return shown[-1] if shown else None
