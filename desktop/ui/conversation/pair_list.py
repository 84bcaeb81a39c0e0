"""The list of my pairs: the other person, unread count and next scheduled session.

A small list model over `ConversationSummary` rows, re-read when a message or meeting of one
of the pairs changes. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QListView, QWidget

from desktop.services.messaging import ConversationSummary
from desktop.ui.conversation.display_text import one_line

Index = QModelIndex | QPersistentModelIndex
SUMMARY_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class PairListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationSummary] = []

    def set_rows(self, rows: Sequence[ConversationSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def summary(self, row: int) -> ConversationSummary:
        return self._rows[row]

    def row_of(self, pair_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.pair_id == pair_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(row)
        if role == SUMMARY_ROLE:
            return row
        return None

    def describe(self, row: ConversationSummary) -> str:
        parts = [one_line(row.other_name) or self.tr("(name not known yet)")]
        if row.status != "active":
            parts.append(self.tr("closed"))
        if row.unread:
            parts.append(self.tr("%n unread", "", row.unread))
        if row.next_session is not None:
            parts.append(self.tr("next session %1").replace("%1", when_text(row.next_session)))
        return "\n".join([parts[0], " — ".join(parts[1:])]) if len(parts) > 1 else parts[0]


def when_text(moment: datetime) -> str:
    """'vendredi 27 novembre, 20 h 00' / 'Friday, November 27, 8:00 PM' in the UI language."""
    local = moment.astimezone()
    locale = QLocale()
    pattern = "dddd d MMMM" if locale.language() == QLocale.Language.French else "dddd, MMMM d"
    day = locale.toString(QDate(local.year, local.month, local.day), pattern)
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{day}, {clock}"


class PairList(QListView):
    """Keyboard-navigable list of pairs; the page listens to its current index."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair_model = PairListModel(self)
        self.setModel(self.pair_model)
        self.setObjectName("pairList")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWordWrap(True)  # long names and dates wrap instead of scrolling sideways
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)

    def current_pair_id(self) -> str | None:
        index = self.currentIndex()
        return self.pair_model.summary(index.row()).pair_id if index.isValid() else None
