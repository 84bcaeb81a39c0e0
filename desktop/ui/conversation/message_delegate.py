"""Painting one message: day separator, author and local time, wrapped text, state line.

Sizes are measured once per (message, width, font) and cached under a key that costs no
text or date work, so relaying out a window of hundreds of rows after a page comes in stays
a few milliseconds and only the new rows are measured. Emoji are painted by Qt's font fallback
(colour emoji fonts where the system has them). Runs on the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.services.messaging import MessageItem

if TYPE_CHECKING:
    from desktop.ui.conversation.message_model import MessageListModel

MARGIN = 8
PADDING = 6
GAP = 2
MAX_BUBBLE_FRACTION = 0.8
WRAP = Qt.TextFlag.TextWordWrap  # words stay whole; TextWrapAnywhere would split "échecs"

Index = QModelIndex | QPersistentModelIndex


def _model(index: Index) -> MessageListModel:
    """The model this delegate paints (it is only ever set on a `MessageListModel` view)."""
    return cast("MessageListModel", index.model())


class MessageDelegate(QStyledItemDelegate):
    """Bubbles: mine on the right, the other person's on the left, activity cards framed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[object, ...], QSize] = {}

    def clear_cache(self) -> None:
        """Forget measured sizes (after a font, width or language change)."""
        self._sizes.clear()

    # --- layout --------------------------------------------------------------------------

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        body = QFont(option.font)
        head = QFont(option.font)
        head.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.85))
        return body, head, small

    def _texts(self, index: Index) -> tuple[MessageItem, str, str, str, str]:
        # Straight to the model: no QVariant round trips (and none of PySide's None ones).
        model = _model(index)
        row = index.row()
        item: MessageItem = model.item(row)
        day = model.day_break(row)
        day_text = model.day_text(day) if day is not None else ""
        header = f"{item.author_name} · {model.time_text(item.created_at)}"
        return item, day_text, header, model.body_text(item), model.state_text(item)

    def _bubble_width(self, option: QStyleOptionViewItem) -> int:
        return max(120, int((option.rect.width() - 2 * MARGIN) * MAX_BUBBLE_FRACTION))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        model, row = _model(index), index.row()
        item: MessageItem = model.item(row)
        width = option.rect.width()
        # A cheap key: no text, date or font-metric work for rows measured before.
        key = (item.id, item.state, item.deleted, item.activity, model.has_day_break(row),
               width, option.font.pointSizeF(), option.font.family())  # fmt: skip
        cached = self._sizes.get(key)
        if cached is not None:
            return cached
        item, day_text, header, body, state = self._texts(index)
        body_font, head_font, small_font = self._fonts(option)
        inner = self._bubble_width(option) - 2 * PADDING
        height = MARGIN
        if day_text:
            height += QFontMetrics(small_font).height() + 2 * GAP + MARGIN
        height += QFontMetrics(head_font).height() + GAP
        body_rect = QFontMetrics(body_font).boundingRect(QRect(0, 0, inner, 100_000), WRAP, body)
        height += body_rect.height() + 2 * PADDING
        if state:
            small_rect = QFontMetrics(small_font).boundingRect(
                QRect(0, 0, inner, 10_000), WRAP, state
            )
            height += small_rect.height() + GAP
        size = QSize(width, height + MARGIN)
        if len(self._sizes) > 20_000:
            self._sizes.clear()
        self._sizes[key] = size
        return size

    # --- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item, day_text, header, body, state = self._texts(index)
        body_font, head_font, small_font = self._fonts(option)
        pal: QPalette = option.palette
        rect = option.rect.adjusted(MARGIN, 0, -MARGIN, 0)
        painter.save()
        y = rect.top() + MARGIN
        if day_text:
            painter.setFont(small_font)
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            h = QFontMetrics(small_font).height()
            painter.drawText(QRect(rect.left(), y, rect.width(), h),
                             Qt.AlignmentFlag.AlignHCenter, day_text)  # fmt: skip
            y += h + 2 * GAP + MARGIN
        bubble_w = self._bubble_width(option)
        inner = bubble_w - 2 * PADDING
        body_h = QFontMetrics(body_font).boundingRect(QRect(0, 0, inner, 100_000), WRAP, body)
        head_h = QFontMetrics(head_font).height()
        left = rect.right() - bubble_w if item.mine else rect.left()
        bubble = QRect(left, y, bubble_w, head_h + GAP + body_h.height() + 2 * PADDING)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QPalette.ColorRole.AlternateBase if item.mine else QPalette.ColorRole.Base
        painter.setBrush(pal.color(fill))
        border = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid
        pen = painter.pen()
        pen.setColor(pal.color(border))
        pen.setWidth(3 if selected or item.activity is not None else 1)
        painter.setPen(pen)
        painter.drawRoundedRect(bubble, 8, 8)
        text_pen = pal.color(QPalette.ColorRole.Text)
        painter.setPen(text_pen)
        painter.setFont(head_font)
        x = bubble.left() + PADDING
        painter.drawText(QRect(x, bubble.top() + PADDING, inner, head_h),
                         Qt.TextFlag.TextSingleLine, header)  # fmt: skip
        if item.body is None or item.deleted:
            body_font.setItalic(True)
        painter.setFont(body_font)
        painter.drawText(QRect(x, bubble.top() + PADDING + head_h + GAP, inner,
                               body_h.height()), WRAP, body)  # fmt: skip
        if state:
            painter.setFont(small_font)
            painter.setPen(text_pen)  # full contrast: the state matters
            painter.drawText(QRect(left + PADDING, bubble.bottom() + GAP, inner, 10_000),
                             WRAP | Qt.AlignmentFlag.AlignRight, state)  # fmt: skip
        painter.restore()
