"""Accessibility helpers: naming controls for screen readers and finding controls left unnamed.

Every window calls `describe()` from its `retranslate()` so accessible names follow the language.
`unnamed_focusable()` and `label_in_name_mismatches()` are what the tests (and a debug check) use
to prove every control is named, and named starting with what it shows (WCAG 2.5.3).
Runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget


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


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader reads, as Qt's accessibility layer reports it."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def _plain(label: str) -> str:
    text = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":…").strip().casefold()


def visible_labels(widget: QWidget) -> list[str]:
    """What a sighted user reads as the control's label: its own text, or its buddy labels'."""
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        return [widget.text()]
    window = widget.window()
    return [
        label.text()
        for label in window.findChildren(QLabel)
        if label.buddy() is widget and label.isVisibleTo(window) and label.text().strip()
    ]


def label_in_name_mismatches(root: QWidget) -> list[tuple[QWidget, str, str]]:
    """WCAG 2.5.3: reachable controls whose accessible name does not start with their visible
    label (speech users say what they see). Returns (control, label, name) for each."""
    found = []
    for widget in focusable_widgets(root):
        labels = visible_labels(widget)
        # Qt on Linux names a combo box by its current value and gives its label by relation
        # (the buddy); elsewhere the accessible name is read: that is what must match
        said = widget.accessibleName() if isinstance(widget, QComboBox) else None
        name = _plain(said if said is not None else accessible_name(widget))
        if labels and not any(name.startswith(_plain(label)) for label in labels):
            found.append((widget, labels[0], accessible_name(widget)))
    return found


def key_names(keys: str) -> str:
    """A shortcut as the interface language writes it ("Ctrl+Maj+R" in French), for texts."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
