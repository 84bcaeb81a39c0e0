"""The staff dashboard: every active pair in one sortable, filterable table, pairs at risk
highlighted with their reasons in words, and weekly trends for the chosen pair and the program.

Rows come from `services.dashboard.pair_health` (figures computed in SQL), read off the UI
thread (`LatestRead`); the page only formats them. Sorting uses each cell's raw value (the
`SORT_ROLE`), so "12" sorts after "9" and empty cells sort together. Activating a row (double
click, Enter) or "Open this pair" emits `pair_opened(pair_id)`; the pair detail page listens
when it exists. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.dispatch import log_failure
from desktop.runtime.operations import LatestRead
from desktop.ui import datetime_text, i18n
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.theme import attention_background, heading
from desktop.ui.trend_chart import Series, TrendChart

SORT_ROLE = Qt.ItemDataRole.UserRole
PAIR_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("mentor", "mentee", "matched", "quiet", "mentor_week", "mentee_week", "reply",
           "sessions", "minutes", "checkin", "flags", "support", "risk")  # fmt: skip
Index = QModelIndex | QPersistentModelIndex


def _number(value: float | None, decimals: int = 0) -> str:
    return "—" if value is None else QLocale().toString(float(value), "f", decimals)


class PairHealthModel(QAbstractTableModel):
    """The rows (`PairHealth`) as a table; texts come from the page (`texts`)."""

    def __init__(self, texts: DashboardPage) -> None:
        super().__init__(texts)
        self._texts = texts
        self.rows: list[Any] = []
        self._bold = QFont()
        self._attention = attention_background(QGuiApplication.palette())

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._bold = QFont(QGuiApplication.font())  # looked up once per reset, not per cell
        self._bold.setBold(True)
        self._attention = attention_background(QGuiApplication.palette())
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts.column_titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._texts.column_descriptions()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts.cell_text(row, column)
        if role == SORT_ROLE:
            return _sort_value(row, column)
        if role == PAIR_ID_ROLE:
            return row.pair_id
        if role == Qt.ItemDataRole.ToolTipRole and row.risks:
            return "\n".join(note.text for note in row.risks)
        if role == Qt.ItemDataRole.BackgroundRole and row.risks:
            return self._attention
        if role == Qt.ItemDataRole.FontRole and row.risks:
            return self._bold
        return None


_SORT_VALUES: dict[str, Callable[[Any], Any]] = {
    "mentor": lambda r: r.mentor_name.casefold(),
    "mentee": lambda r: r.mentee_name.casefold(),
    "matched": lambda r: r.matched_at.timestamp(),
    "quiet": lambda r: r.days_since_contact,
    "mentor_week": lambda r: r.mentor_per_week,
    "mentee_week": lambda r: r.mentee_per_week,
    "reply": lambda r: r.median_reply_hours,
    "sessions": lambda r: r.sessions_held / r.sessions_planned if r.sessions_planned else None,
    "minutes": lambda r: r.call_minutes_this_month,
    "checkin": lambda r: r.last_checkin_rating,
    "flags": lambda r: r.open_flags,
    "support": lambda r: r.next_support_due.timestamp() if r.next_support_due else None,
    "risk": lambda r: len(r.risks),
}


def _sort_value(row: Any, column: str) -> Any:
    """The raw value a column sorts by (numbers as numbers; an empty cell sorts lowest)."""
    value = _SORT_VALUES[column](row)
    return -1e18 if value is None else value


class PairFilter(QSortFilterProxyModel):
    """Rows whose mentor or mentee name contains the typed text; at-risk rows only if asked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = ""
        self.at_risk_only = False
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str, at_risk_only: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
        self.text, self.at_risk_only = text.strip().casefold(), at_risk_only
        if hasattr(self, "beginFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:  # noqa: N802 (Qt API)
        model = self.sourceModel()
        assert isinstance(model, PairHealthModel)
        row = model.rows[source_row]
        if self.at_risk_only and not row.risks:
            return False
        names = f"{row.mentor_name} {row.mentee_name}".casefold()
        return not self.text or self.text in names


class DashboardPage(QWidget):
    """Every pair at a glance; `pair_opened(pair_id)` when staff open one."""

    pair_opened = Signal(str)

    def __init__(
        self,
        load_rows: Callable[[str], Sequence[Any]],
        load_trend: Callable[[str | None], Sequence[Any]],
        *,
        events: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._load_rows = load_rows
        self._load_trend = load_trend
        self._reads = LatestRead(self)
        self._trend_reads = LatestRead(self)
        self._program_reads = LatestRead(self)
        self._state = "loading"
        self.heading = heading()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.at_risk_only = QCheckBox()
        self.open_pair = QPushButton()
        self.open_pair.setEnabled(False)
        self.model = PairHealthModel(self)
        self.proxy = PairFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("risk"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(40)  # widths from the first rows, not all 500
        self.table.horizontalHeader().setStretchLastSection(True)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        selectable = Qt.TextInteractionFlag
        self.reasons.setTextInteractionFlags(selectable.TextSelectableByKeyboard
                                             | selectable.TextSelectableByMouse)  # fmt: skip
        self.pair_chart = TrendChart()
        self.program_chart = TrendChart()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.at_risk_only)
        filters.addWidget(self.open_pair)
        charts = QHBoxLayout()
        charts.addWidget(self.pair_chart, 1)
        charts.addWidget(self.program_chart, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.reasons)
        lower_layout.addLayout(charts, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self._filter)
        self.at_risk_only.toggled.connect(self._filter)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.open_pair.clicked.connect(self._open_current)
        if events is not None:
            events.changed.connect(self._on_change)
        self.retranslate()

    # --- data -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload every row and the program's trend (when shown, and when sync brings news)."""
        lang = i18n.current_language() or "en"
        self._reads.run(lambda: self._load_rows(lang), self._show, self._failed)
        self._program_reads.run(lambda: self._load_trend(None), self._show_program,
                                self._chart_failed)  # fmt: skip

    def rows(self) -> list[Any]:
        return list(self.model.rows)

    @property
    def loading(self) -> bool:
        """True while a read is out (tests wait for it before closing the profile)."""
        return any(r.loading for r in (self._reads, self._trend_reads, self._program_reads))

    def visible_pair_ids(self) -> list[str]:
        """The pair ids in the order shown (after filter and sort)."""
        return [self.proxy.index(r, 0).data(PAIR_ID_ROLE) for r in range(self.proxy.rowCount())]

    def current_pair_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(PAIR_ID_ROLE) if index.isValid() else None

    def _show(self, rows: Sequence[Any]) -> None:
        chosen = self.current_pair_id()
        self._state = "ready"
        self.model.set_rows(rows)
        self._render_summary()
        ids = self.visible_pair_ids()
        if ids:
            self.table.selectRow(ids.index(chosen) if chosen in ids else 0)
        self._chosen()

    def _failed(self, _exc: BaseException) -> None:
        self._state = "failed"
        self.model.set_rows([])
        self._render_summary()

    def _chart_failed(self, exc: BaseException) -> None:
        """A chart stays empty (logged; the table still works), e.g. read while locking."""
        log_failure(exc, "a dashboard chart")

    def _show_program(self, points: Sequence[Any]) -> None:
        self.program_chart.show_trend(self.tr("Whole program, by week"), *self._series(points))

    def _show_pair(self, points: Sequence[Any]) -> None:
        self.pair_chart.show_trend(self.tr("This pair, by week"), *self._series(points))

    def _series(self, points: Sequence[Any]) -> tuple[list[str], list[Series]]:
        labels = [datetime_text.week_label(p.week_start) for p in points]
        series = [
            Series(self.tr("Messages from the mentor"), [p.mentor_messages for p in points]),
            Series(self.tr("Messages from the mentee"), [p.mentee_messages for p in points]),
            Series(self.tr("Sessions held"), [p.sessions_held for p in points]),
            Series(self.tr("Check-in rating (1 to 5)"), [p.average_rating for p in points]),
        ]
        return labels, series

    # --- reactions ----------------------------------------------------------------------

    def _filter(self) -> None:
        self.proxy.set_filter(self.search.text(), self.at_risk_only.isChecked())
        self._render_summary()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._chosen()

    def _chosen(self, *_args: object) -> None:
        pair_id = self.current_pair_id()
        self.open_pair.setEnabled(pair_id is not None)
        row = next((r for r in self.model.rows if r.pair_id == pair_id), None)
        if row is None:
            self.reasons.setText("")
            self.pair_chart.show_trend(self.tr("This pair, by week"), [], [])
            return
        names = self.tr("%1 (mentor) with %2 (mentee)").replace("%1", row.mentor_name or "?")
        names = names.replace("%2", row.mentee_name or "?")
        if row.risks:
            lines = "".join(f"<li>{_escape(note.text)}</li>" for note in row.risks)
            because = _escape(self.tr("at risk, because:"))
            text = f"<b>{_escape(names)}</b>: {because}<ul>{lines}</ul>"
        else:
            text = f"<b>{_escape(names)}</b>: {_escape(self.tr('nothing needs attention.'))}"
        self.reasons.setText(text)
        self._trend_reads.run(lambda: self._load_trend(pair_id), self._show_pair,
                              self._chart_failed)  # fmt: skip

    def _activated(self, index: QModelIndex) -> None:
        pair_id = index.data(PAIR_ID_ROLE)
        if pair_id:
            self.pair_opened.emit(pair_id)

    def _open_current(self) -> None:
        pair_id = self.current_pair_id()
        if pair_id:
            self.pair_opened.emit(pair_id)

    def _on_change(self, change: Any) -> None:
        if change.kind in ("pair", "message", "meeting", "report") and not change.initiator:
            self.refresh()

    # --- texts --------------------------------------------------------------------------

    def column_titles(self) -> list[str]:
        """Short titles for the table's header (the full ones are `column_descriptions`)."""
        return [self.tr("Mentor"), self.tr("Mentee"), self.tr("Matched"),
                self.tr("Quiet days"), self.tr("Mentor/wk"), self.tr("Mentee/wk"),
                self.tr("Reply"), self.tr("Sessions"), self.tr("Call min."),
                self.tr("Check-in"), self.tr("Flags"), self.tr("Support due"),
                self.tr("Attention")]  # fmt: skip

    def column_descriptions(self) -> list[str]:
        return [self.tr("Mentor"), self.tr("Mentee"), self.tr("Matched"),
                self.tr("Days since contact"), self.tr("Mentor messages a week"),
                self.tr("Mentee messages a week"), self.tr("Median reply time, slower side"),
                self.tr("Sessions held of planned, last 4 weeks"),
                self.tr("Call minutes this month"), self.tr("Last check-in"),
                self.tr("Open flags"), self.tr("Next support contact"),
                self.tr("Attention")]  # fmt: skip

    def cell_text(self, row: Any, column: str) -> str:
        if column == "mentor":
            return str(row.mentor_name or "?")
        if column == "mentee":
            return str(row.mentee_name or "?")
        if column == "matched":
            return datetime_text.table_day(row.matched_at)
        if column == "quiet":
            quiet = row.days_since_contact
            return self.tr("never") if quiet is None else _number(quiet)
        if column in ("mentor_week", "mentee_week"):
            per_week = row.mentor_per_week if column == "mentor_week" else row.mentee_per_week
            return _number(per_week, 1)
        if column == "reply":
            hours = row.median_reply_hours
            return "—" if hours is None else self.tr("%1 h").replace("%1", _number(hours))
        if column == "sessions":
            return self.tr("%1 of %2").replace("%1", str(row.sessions_held)).replace(
                "%2", str(row.sessions_planned))  # fmt: skip
        if column == "minutes":
            return str(row.call_minutes_this_month)
        if column == "checkin":
            rating = row.last_checkin_rating
            return "—" if rating is None else self.tr("%1 out of 5").replace("%1", str(rating))
        if column == "flags":
            return str(row.open_flags)
        if column == "support":
            due = row.next_support_due
            return "—" if due is None else datetime_text.table_day(due)  # none for a closed pair
        return self.tr("At risk (%1)").replace("%1", str(len(row.risks))) if row.risks else self.tr(
            "Fine")  # fmt: skip

    def _render_summary(self) -> None:
        from desktop.ui.errors import general_error

        rows = self.model.rows
        if self._state == "loading":
            text = self.tr("Loading…")
        elif self._state == "failed":
            text = general_error()
        elif not rows:
            text = self.tr("No active pairs yet. Each pair appears here once it is matched.")
        else:
            risky = sum(1 for r in rows if r.risks)
            text = self.tr("Active pairs: %1").replace("%1", str(len(rows))) + " · " + self.tr(
                "At risk: %1").replace("%1", str(risky))  # fmt: skip
            shown = self.proxy.rowCount()
            if shown != len(rows):
                text += " · " + self.tr("Shown: %1").replace("%1", str(shown))
        if text != self.summary.text():
            self.summary.setText(text)
            if self._state != "loading":
                announce(self.summary, text)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Dashboard"))
        self.search.setPlaceholderText(self.tr("Filter by mentor or mentee name"))
        describe(self.search, self.tr("Filter by mentor or mentee name"))
        self.at_risk_only.setText(self.tr("Only pairs &at risk"))
        describe(self.at_risk_only, self.tr("Only pairs at risk"))
        self.open_pair.setText(self.tr("&Open this pair"))
        describe(self.open_pair, self.tr("Open this pair"), self.tr(
            "Shows the chosen pair's page. Enter or a double click does the same."))  # fmt: skip
        describe(self.table, self.tr("Pairs of my programs"), self.tr(
            "Sort by clicking a column title. Pairs at risk are in bold."))  # fmt: skip
        describe(self.reasons, self.tr("Why this pair needs attention"))
        describe(self.pair_chart, self.tr("This pair, by week"))
        describe(self.program_chart, self.tr("Whole program, by week"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._render_summary()
        self.refresh_texts()

    def refresh_texts(self) -> None:
        """Rows carry reasons in the language they were read in: read them again."""
        if self._state == "ready":
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
