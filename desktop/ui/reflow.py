"""Reflow at large text sizes (WCAG 1.4.4, 1.4.10): `FlowLayout` lines widgets up left to right
and wraps them onto more lines when the width runs out (Qt's FlowLayout example), so a row of
buttons never forces a window wider than the screen; `grow_to_fit` makes a window tall enough
for text that wrapped after it was shown (Qt sizes windows without height-for-width).
Runs on the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt API)
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        """As narrow as the widest single item: everything else can go on another line."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        def placed(widget: QWidget | None) -> bool:
            return widget is None or not widget.isHidden() or (
                widget.sizePolicy().retainSizeWhenHidden())

        return [i for i in self._items if placed(i.widget())]

    def _place(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height, gap = area.x(), area.y(), 0, self.spacing()
        for item in self._visible():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + gap, 0
            if move:
                width = min(hint.width(), area.width())
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += hint.width() + gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


def flow_row(*widgets: QWidget) -> FlowLayout:
    """A `FlowLayout` holding `widgets`, each kept at its preferred width."""
    layout = FlowLayout()
    for widget in widgets:
        policy = widget.sizePolicy()  # keeps retainSizeWhenHidden: such a button holds its room
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        widget.setSizePolicy(policy)
        layout.addWidget(widget)
    return layout


def grow_to_fit(window: QWidget) -> None:
    """Make `window` tall enough for its wrapped text at its current width (never shrinks it)."""
    central = window.centralWidget() if hasattr(window, "centralWidget") else None
    layout = (central or window).layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    extra = window.height() - central.height() if central is not None else 0
    need = layout.totalHeightForWidth((central or window).width()) + extra
    screen = window.screen()
    if screen is not None:
        need = min(need, screen.availableGeometry().height())
    if need > window.height():
        window.resize(window.width(), need)
