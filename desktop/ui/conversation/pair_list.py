"""The list of my pairs: the other person, unread count and next scheduled session.

A small list model over `ConversationSummary` rows, re-read when a message or meeting of one
of the pairs changes. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QListView, QWidget

from desktop.services.messaging import ConversationSummary
from desktop.ui.conversation.display_text import one_line
from desktop.ui.datetime_text import day_and_clock

Index = QModelIndex | QPersistentModelIndex
SUMMARY_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class PairListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(row)
        if role == SUMMARY_ROLE:
            return row
        return None

    def relabel(self) -> None:
        """The language changed: views redraw every row and re-measure."""
        self.layoutChanged.emit()

    def describe(self, row: ConversationSummary) -> str:
        parts = [one_line(row.other_name) or self.tr("(name not known yet)")]
        if row.status == "paused":
            parts.append(self.tr("paused by staff"))
        elif row.status != "active":
            parts.append(self.tr("closed"))
        if row.unread:
            parts.append(self.tr("%n unread", "", row.unread))
        if row.next_session is not None:
            when = day_and_clock(row.next_session, year=False)
            parts.append(self.tr("next session %1").replace("%1", when))
        return "\n".join([parts[0], " — ".join(parts[1:])]) if len(parts) > 1 else parts[0]


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
