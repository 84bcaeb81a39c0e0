"""Accessibility helpers: naming controls for screen readers and finding controls left unnamed.

Every window calls `describe()` from its `retranslate()` so accessible names follow the language.
`unnamed_focusable()` is what the tests (and a debug check) use to prove every control is named.
Runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def describe(widget: QWidget, name: str, description: str = "") -> None:
    """Give a control its accessible name (and description), and the same text as tooltip."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    if description:
        widget.setToolTip(description)
    # Qt's own inner parts (a spin box's line edit) take the focus: they carry the name too.
    for part in widget.findChildren(QWidget):
        if part.objectName().startswith("qt_") and part.focusPolicy() & Qt.FocusPolicy.TabFocus:
            part.setAccessibleName(name)
            part.setAccessibleDescription(description)


def focusable_widgets(root: QWidget) -> list[QWidget]:
    """Widgets under `root` (root included) a keyboard user can reach with Tab."""
    found = [root, *root.findChildren(QWidget)]
    return [
        w
        for w in found
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and (w is root or w.isVisibleTo(root))
    ]


def unnamed_focusable(root: QWidget) -> list[QWidget]:
    """Reachable controls whose accessible name is empty: each is an accessibility bug."""
    return [w for w in focusable_widgets(root) if not w.accessibleName().strip()]


def set_tab_order(*widgets: QWidget) -> None:
    """Chain the Tab order through `widgets` in the given order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
