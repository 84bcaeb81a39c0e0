"""The conversation as a Qt item model: the newest page first, older pages fetched on demand.

Only the rows the person has scrolled through are held (a page of `PAGE_SIZE` at a time), so a
conversation of tens of thousands of messages opens in the time of one small query. Rows are
`MessageItem`s from the messaging service, in HLC order. Changes announced on the event bus
are merged in by position (a message from a peer who was offline may sort before the newest
one). Scrolling back stays smooth: the page before the oldest row is read on a worker
(`prefetch_older`) while the person is still reading, so reaching the top only inserts rows
(one `beginInsertRows`); each row's local day is computed once, when it arrives, so the
delegate's size and paint calls do no date arithmetic. Runs on the UI thread; the service
reads are small indexed queries.
"""

from __future__ import annotations

import bisect
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.runtime.operations import BackgroundOp
from desktop.services.messaging import MessageItem, MessagingService
from desktop.ui import datetime_text
from desktop.ui.activities_page import activity_title
from desktop.ui.conversation.display_text import neutralise, one_line

PAGE_SIZE = 60
MAX_ROWS = 6 * PAGE_SIZE  # the window held; layout cost stays flat however far one scrolls

Index = QModelIndex | QPersistentModelIndex


class Roles:
    """Custom data roles the delegate and the views read."""

    ITEM = int(Qt.ItemDataRole.UserRole) + 1  # the MessageItem
    DAY_BREAK = ITEM + 1  # the local date (QDate-free `date`) when this row starts a new day
    TIME_TEXT = ITEM + 2  # local time, as the locale writes it
    STATE_TEXT = ITEM + 3  # translated state line ("Sent", "Waiting for review", ...)


def _key(item: MessageItem) -> tuple[str, str]:
    return (item.hlc, item.id)


def _day(item: MessageItem) -> date:
    return item.created_at.astimezone().date()


class MessageListModel(QAbstractListModel):
    """A window over one pair's messages; `fetch_older()` grows it towards the past.

    `status_to_announce` carries what a screen reader should say when a message arrives live
    or one of ours changes state (sent, read, not sent); pages fetched while scrolling say nothing.
    """

    status_to_announce = Signal(str)

    def __init__(self, service: MessagingService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._pair_id: str | None = None
        self._rows: list[MessageItem] = []
        self._keys: list[tuple[str, str]] = []
        self._days: list[date] = []  # local day of each row, computed once
        self._has_older = False
        self._has_newer = False
        self._prefetched: tuple[tuple[str, str], list[MessageItem]] | None = None
        self._prefetching: tuple[str, str] | None = None
        self._generation = 0  # bumped by set_pair: late prefetches of another window are dropped

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.body_text(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(item, index.row())
        if role == Roles.ITEM:
            return item
        if role == Roles.DAY_BREAK:
            return self.day_break(index.row())
        if role == Roles.TIME_TEXT:
            return self.time_text(item.created_at)
        if role == Roles.STATE_TEXT:
            return self.state_text(item)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- loading -------------------------------------------------------------------------

    @property
    def pair_id(self) -> str | None:
        return self._pair_id

    @property
    def has_older(self) -> bool:
        return self._has_older

    @property
    def has_newer(self) -> bool:
        """True when the window was moved back in time and newer pages are not held."""
        return self._has_newer

    def item(self, row: int) -> MessageItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, message_id: str) -> int:
        for row, item in enumerate(self._rows):
            if item.id == message_id:
                return row
        return -1

    def set_pair(self, pair_id: str | None) -> None:
        """Show another conversation: one reset, holding only its newest page."""
        rows = self._service.latest(pair_id, PAGE_SIZE) if pair_id else []
        self._reset(pair_id, rows, has_older=len(rows) >= PAGE_SIZE, has_newer=False)

    def open_around(self, pair_id: str, message_id: str) -> int:
        """Hold a window centred on one message (a search hit); returns its row or -1."""
        found = self._service.messages_by_id(pair_id, [message_id])
        found = [m for m in found if m.id == message_id]
        if not found:
            return -1
        key, half = _key(found[0]), PAGE_SIZE // 2
        before = self._service.older(pair_id, key, half)
        after = self._service.newer(pair_id, key, half)
        self._reset(pair_id, [*before, found[0], *after], has_older=len(before) >= half,
                    has_newer=len(after) >= half)  # fmt: skip
        return len(before)

    def _reset(
        self, pair_id: str | None, rows: list[MessageItem], *, has_older: bool, has_newer: bool
    ) -> None:
        self.beginResetModel()
        self._generation += 1
        self._prefetched = self._prefetching = None
        self._pair_id = pair_id
        self._rows = list(rows)
        self._keys = [_key(r) for r in self._rows]
        self._days = [_day(r) for r in self._rows]
        self._has_older = has_older
        self._has_newer = has_newer
        self.endResetModel()

    @property
    def prefetching(self) -> bool:
        return self._prefetching is not None

    def prefetch_older(self) -> None:
        """Read the page before the oldest row on a worker, ready for `fetch_older`."""
        if not self._pair_id or not self._has_older or not self._rows:
            return
        key = self._keys[0]
        done = self._prefetched is not None and self._prefetched[0] == key
        if done or self._prefetching == key:
            return
        self._prefetching = key
        pair_id, service, generation = self._pair_id, self._service, self._generation

        def arrived(rows: list[MessageItem]) -> None:
            if generation == self._generation and self._prefetching == key:
                self._prefetching = None
                self._prefetched = (key, rows)

        def failed(_exc: BaseException) -> None:
            if generation == self._generation:
                self._prefetching = None  # the next scroll reads it directly

        BackgroundOp(lambda _p: service.older(pair_id, key, PAGE_SIZE), parent=self).success(
            arrived
        ).failure(failed).run()

    def fetch_older(self) -> int:
        """Prepend the page before the oldest loaded row; returns how many rows came in."""
        if not self._pair_id or not self._has_older or not self._rows:
            return 0
        key = self._keys[0]
        if self._prefetched is not None and self._prefetched[0] == key:
            older = self._prefetched[1]
        else:
            older = self._service.older(self._pair_id, key, PAGE_SIZE)
        self._prefetched = None
        self._has_older = len(older) >= PAGE_SIZE
        if not older:
            return 0
        self.beginInsertRows(QModelIndex(), 0, len(older) - 1)
        self._rows[0:0] = older
        self._keys[0:0] = [_key(r) for r in older]
        self._days[0:0] = [_day(r) for r in older]
        self.endInsertRows()
        first_old = self.index(len(older))  # its day break may have disappeared
        self.dataChanged.emit(first_old, first_old)
        if len(self._rows) > MAX_ROWS:
            self._drop(MAX_ROWS, len(self._rows))
            self._has_newer = True
        return len(older)

    def fetch_newer(self) -> int:
        """Append the page after the newest held row (after scrolling back down)."""
        if not self._pair_id or not self._has_newer or not self._rows:
            return 0
        newer = self._service.newer(self._pair_id, _key(self._rows[-1]), PAGE_SIZE)
        self._has_newer = len(newer) >= PAGE_SIZE
        if newer:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(newer) - 1)
            self._rows.extend(newer)
            self._keys.extend(_key(r) for r in newer)
            self._days.extend(_day(r) for r in newer)
            self.endInsertRows()
        if len(self._rows) > MAX_ROWS:
            self._drop(0, len(self._rows) - MAX_ROWS)
            self._has_older = True
        return len(newer)

    def _drop(self, first: int, end: int) -> None:
        self.beginRemoveRows(QModelIndex(), first, end - 1)
        del self._rows[first:end]
        del self._keys[first:end]
        del self._days[first:end]
        self.endRemoveRows()

    def refresh(self, ids: list[str] | tuple[str, ...] | None = None) -> None:
        """Merge changes: new rows go to their HLC position, known rows are updated in place.

        With `ids`, only those messages are read; without, everything newer than the oldest
        loaded row (plus the loaded rows themselves) is read again.
        """
        if not self._pair_id:
            return
        self._prefetched = None  # a late message may belong to that page
        if ids:
            fresh = self._service.messages_by_id(self._pair_id, list(ids))
            visible = {m.id for m in fresh}
            gone = [i for i in ids if i not in visible]
        else:
            since = _key(self._rows[0]) if self._rows and self._has_older else None
            fresh = self._service.since(self._pair_id, since)
            if self._has_newer and self._rows:
                fresh = [m for m in fresh if _key(m) <= self._keys[-1]]
            visible = {m.id for m in fresh}
            gone = [r.id for r in self._rows if r.id not in visible]
        for message_id in gone:  # e.g. a message put on hold becomes invisible to its reader
            row = self.row_of(message_id)
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                del self._keys[row]
                del self._days[row]
                self.endRemoveRows()
        for item in sorted(fresh, key=_key):
            self._merge_one(item)

    def _merge_one(self, item: MessageItem) -> None:
        key = _key(item)
        pos = bisect.bisect_left(self._keys, key)
        if pos < len(self._keys) and self._keys[pos] == key:
            before = self.state_text(self._rows[pos])
            self._rows[pos] = item
            self._days[pos] = _day(item)
            idx = self.index(pos)
            self.dataChanged.emit(idx, idx)
            if self.state_text(item) != before:
                self.status_to_announce.emit(self.state_text(item))
            return
        if (pos == 0 and self._has_older) or (pos == len(self._keys) and self._has_newer):
            return  # outside the window: it will arrive with its page
        self.beginInsertRows(QModelIndex(), pos, pos)
        self._rows.insert(pos, item)
        self._keys.insert(pos, key)
        self._days.insert(pos, _day(item))
        self.endInsertRows()
        self.status_to_announce.emit(
            self.state_text(item) if item.mine else self.accessible_text(item, pos)
        )
        if pos + 1 < len(self._rows):
            nxt = self.index(pos + 1)
            self.dataChanged.emit(nxt, nxt)

    # --- text ----------------------------------------------------------------------------

    def body_text(self, item: MessageItem) -> str:
        if item.deleted:
            return self.tr("This message was deleted.")
        if item.body is None:
            return self.tr("This message could not be read.")
        if item.activity is not None:
            title = neutralise(activity_title(item.activity.activity_id, item.activity.title))
            if item.activity.done:
                return self.tr("Activity: %1 (done)").replace("%1", title)
            return self.tr("Activity: %1").replace("%1", title)
        return neutralise(item.body)

    def relabel(self) -> None:
        """The language changed: views redraw every row (times, days, states) and re-measure."""
        self.layoutChanged.emit()

    def time_text(self, when: datetime) -> str:
        return datetime_text.clock(when)

    def day_text(self, when: datetime | date) -> str:
        return datetime_text.day(when)

    def state_text(self, item: MessageItem) -> str:
        """What the author sees under their own message; nothing under others' messages."""
        if not item.mine:
            return ""
        state = item.state
        if state == "pending":
            return self.tr("Waiting to be sent (offline)")
        if state == "sent":
            return self.tr("Sent")
        if state == "delivered":
            return self.tr("Delivered")
        if state == "read":
            return self.tr("Read")
        if state == "held":
            return self.tr("Waiting for review by program staff")
        if state == "failed":
            return self.tr("Not sent: %1. Select it and press Retry.").replace(
                "%1", self.failure_text(item.failure)
            )
        return ""

    def failure_text(self, code: str | None) -> str:
        if code == "dismissed_by_staff":
            return self.tr("program staff did not approve it")
        if code == "too_long":
            return self.tr("the message is too long")
        if code == "rejected":
            return self.tr("the server refused it")
        return self.tr("the connection failed")

    def accessible_text(self, item: MessageItem, row: int) -> str:
        """'Alex, 14:32: text' — what a screen reader says for the row."""
        text = self.tr("%1, %2: %3")
        text = text.replace("%1", neutralise(item.author_name))
        text = text.replace("%2", self.time_text(item.created_at))
        text = text.replace("%3", one_line(self.body_text(item), 500))
        day = self.day_break(row)
        if day is not None:
            text = self.day_text(item.created_at) + ". " + text
        state = self.state_text(item)
        return f"{text} ({state})" if state else text

    def day_break(self, row: int) -> date | None:
        """The local date if this row is the first of its day among the loaded rows."""
        day = self._days[row]
        return day if row == 0 or day != self._days[row - 1] else None

    def has_day_break(self, row: int) -> bool:
        return row == 0 or self._days[row] != self._days[row - 1]
