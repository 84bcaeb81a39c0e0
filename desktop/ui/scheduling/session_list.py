"""A pair's sessions: upcoming ones (plan, join, move, cancel) and past ones with their outcomes.

Self-contained: built with a `SchedulingService`, the pair id and, optionally, the app's
`ChangeEvents` (a meeting synced in from the other person refreshes the list). A QTimer
re-evaluates the Join button (live from 10 minutes before the start until the planned end)
with the service's clock, and moves sessions that ended to the past list. Join does not start
a call itself: it emits `join_requested(meeting_id)` for whoever owns calls. The calendar
export writes an .ics with no names in it and says that the file is not encrypted. Runs on the
UI thread; the service calls are small indexed reads and single-transaction writes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.events import Change, ChangeEvents, ChangeKind
from desktop.services.scheduling import SchedulingError, SchedulingService, SessionInfo
from desktop.ui.accessibility import describe, set_tab_order
from desktop.ui.i18n import current_language
from desktop.ui.scheduling.outcome_dialog import OutcomeDialog
from desktop.ui.scheduling.schedule_dialog import PlanRequest, ScheduleDialog
from desktop.ui.scheduling.texts import error_text, export_note, local_zone, session_line
from jumelage_protocol import Scope

TICK_MS = 15_000


def calendar_default_path() -> Path:
    """Where the .ics save dialog opens: the person's Documents, never the program's folder
    (a bare file name made the dialog start in the current directory)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / "jumelage.ics"


class SessionListWidget(QWidget):
    """Upcoming and past sessions of one pair, with the actions that apply to the selection."""

    join_requested = Signal(str)  # meeting id

    def __init__(
        self,
        service: SchedulingService,
        pair_id: str,
        *,
        events: ChangeEvents | None = None,
        zone: tzinfo | None = None,
        language: Callable[[], str | None] = current_language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionList")
        self._service = service
        self._pair_id = pair_id
        self._zone = zone or local_zone()
        self._language = language
        self._sessions: dict[str, SessionInfo] = {}
        self._upcoming: list[SessionInfo] = []
        self._past: list[SessionInfo] = []
        self._current: SessionInfo | None = None
        self.dialog: ScheduleDialog | OutcomeDialog | None = None

        self.title = QLabel()
        self.title.setObjectName("sessionListTitle")
        self.upcoming_label, self.past_label = QLabel(), QLabel()
        self.upcoming_list, self.past_list = QListWidget(), QListWidget()
        self.upcoming_label.setBuddy(self.upcoming_list)
        self.past_label.setBuddy(self.past_list)
        self.plan_button = QPushButton()
        self.join_button = QPushButton()
        self.move_button = QPushButton()
        self.cancel_button = QPushButton()
        self.outcome_button = QPushButton()
        self.export_button = QPushButton()
        self.status = QLabel()
        self.status.setObjectName("sessionStatus")
        self.status.setWordWrap(True)

        buttons = QGridLayout()
        actions = (self.plan_button, self.join_button, self.move_button, self.cancel_button,
                   self.outcome_button, self.export_button)  # fmt: skip
        for i, button in enumerate(actions):
            buttons.addWidget(button, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.upcoming_label)
        layout.addWidget(self.upcoming_list, 2)
        layout.addWidget(self.past_label)
        layout.addWidget(self.past_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        set_tab_order(self.upcoming_list, self.past_list, self.plan_button, self.join_button,
                      self.move_button, self.cancel_button, self.outcome_button,
                      self.export_button)  # fmt: skip

        self.upcoming_list.currentItemChanged.connect(lambda item: self._select(item, True))
        self.past_list.currentItemChanged.connect(lambda item: self._select(item, False))
        self.plan_button.clicked.connect(self.open_plan_dialog)
        self.join_button.clicked.connect(self._join)
        self.move_button.clicked.connect(self.open_move_dialog)
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.outcome_button.clicked.connect(self.open_outcome_dialog)
        self.export_button.clicked.connect(self.export_calendar)
        if events is not None:
            events.changed.connect(self._on_change)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.retranslate()
        self.reload()

    # --- reading ------------------------------------------------------------------------------

    @property
    def pair_id(self) -> str:
        return self._pair_id

    def selected(self) -> SessionInfo | None:
        return self._current

    def reload(self) -> None:
        """Read the pair's sessions again and show them."""
        self._upcoming = self._service.upcoming(self._pair_id)
        self._past = self._service.past(self._pair_id)
        self._render()

    def _render(self) -> None:
        keep = self._current.meeting_id if self._current else None
        self._sessions = {s.meeting_id: s for s in (*self._upcoming, *self._past)}
        self._current = None
        for widget, rows, with_outcome in ((self.upcoming_list, self._upcoming, False),
                                           (self.past_list, self._past, True)):  # fmt: skip
            widget.blockSignals(True)
            widget.clear()
            for session in rows:
                text = session_line(session, self._zone, with_outcome=with_outcome)
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, session.meeting_id)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                widget.addItem(item)
                if session.meeting_id == keep:
                    widget.setCurrentItem(item)
                    self._current = session
            if not rows:
                widget.addItem(self._placeholder(with_outcome))
            widget.blockSignals(False)
        if self._current is None and self._upcoming:
            self.upcoming_list.setCurrentRow(0)  # the next session: Join is one key away
        self.refresh_actions()

    def _placeholder(self, past: bool) -> QListWidgetItem:
        text = self.tr("No past session yet.") if past else self.tr("No session planned.")
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # information: drawn as text, not disabled
        return item

    def _select(self, item: QListWidgetItem | None, upcoming: bool) -> None:
        meeting_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if meeting_id is None:
            return
        other = self.past_list if upcoming else self.upcoming_list
        other.blockSignals(True)
        other.setCurrentRow(-1)
        other.blockSignals(False)
        self._current = self._sessions.get(meeting_id)
        self.refresh_actions()

    def refresh_actions(self) -> None:
        """Enable what applies to the selection now (called by the timer, too)."""
        current, now = self._current, self._service.clock()
        open_ = current is not None and current.outcome is None
        started = current is not None and current.starts_at <= now
        self.join_button.setEnabled(current is not None and self._service.can_join(current))
        self.move_button.setEnabled(open_ and not started)
        self.cancel_button.setEnabled(open_ and not started)
        self.outcome_button.setEnabled(current is not None and started)
        self.export_button.setEnabled(
            any(s.ends_at > now and s.outcome != "cancelled" for s in self._sessions.values())
        )

    def _tick(self) -> None:
        if not self._service.profile.is_open:  # locked: this screen is about to go
            self.timer.stop()
            return
        now = self._service.clock()
        if any(self.upcoming_list.item(i).data(Qt.ItemDataRole.UserRole) in self._ended(now)
               for i in range(self.upcoming_list.count())):  # fmt: skip
            self.reload()
        else:
            self.refresh_actions()

    def _ended(self, now: datetime) -> set[str]:
        return {i for i, s in self._sessions.items() if s.ends_at <= now}

    def _on_change(self, change: Change) -> None:
        mine = change.scope is None or (
            self._pair_id is not None and change.scope == Scope.pair(self._pair_id)
        )
        if change.kind in (ChangeKind.MEETING, ChangeKind.PAIR) and mine:
            self.reload()

    # --- actions ------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def _plan(self, request: PlanRequest) -> None:
        made = self._service.plan(
            pair_id=self._pair_id,
            starts_at=request.starts_at,
            duration_minutes=request.duration_minutes,
            kind=request.kind,
            recurrence=request.recurrence,
            count=request.count if request.recurrence else None,
        )
        self._current = made[0]
        self.reload()
        self._say(self.tr("%n session(s) planned.", "", len(made)))

    def open_plan_dialog(self) -> ScheduleDialog:
        self.dialog = ScheduleDialog(self._plan, now=self._service.clock(), zone=self._zone,
                                     parent=self)  # fmt: skip
        self._return_focus(self.dialog, self.plan_button)
        self.dialog.open()
        return self.dialog

    def open_move_dialog(self) -> ScheduleDialog | None:
        session = self._current
        if session is None:
            return None

        def move(request: PlanRequest) -> None:
            moved = self._service.reschedule(
                session.meeting_id, starts_at=request.starts_at,
                duration_minutes=request.duration_minutes, kind=request.kind,
            )  # fmt: skip
            self._current = moved
            self.reload()
            self._say(self.tr("Session moved."))

        self.dialog = ScheduleDialog(move, now=self._service.clock(), zone=self._zone,
                                     session=session, parent=self)  # fmt: skip
        self._return_focus(self.dialog, self.move_button)
        self.dialog.open()
        return self.dialog

    def open_outcome_dialog(self) -> OutcomeDialog | None:
        session = self._current
        if session is None:
            return None

        def record(outcome: str, minutes: int | None) -> None:
            self._service.record_outcome(session.meeting_id, outcome, minutes)
            self.reload()
            self._say(self.tr("Outcome saved."))

        self.dialog = OutcomeDialog(session, record, zone=self._zone, parent=self)
        self._return_focus(self.dialog, self.outcome_button)
        self.dialog.open()
        return self.dialog

    def _return_focus(self, dialog: QDialog, button: QPushButton) -> None:
        """WCAG 2.4.3: when a dialog closes (Esc included), focus goes back to what opened it,
        or to the list when that button is now off (an outcome recorded moves the session)."""

        def back(_result: int) -> None:
            lists = (self.upcoming_list, self.past_list)
            target = (
                button
                if button.isEnabled()
                else next((w for w in lists if w.currentItem() is not None), self.upcoming_list)
            )
            target.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(back)

    def cancel_selected(self, whole_series: bool | None = None) -> None:
        """Cancel the selected session; for a series, ask whether the later ones go too."""
        session = self._current
        if session is None:
            return
        if whole_series is None:
            whole_series = session.series_id is not None and self._ask_whole_series()
            if whole_series is None:
                return
        try:
            done = self._service.cancel(session.meeting_id, whole_series=whole_series)
        except SchedulingError as exc:
            self._say(error_text(exc.code))
            self.reload()
            return
        self.reload()
        self._say(self.tr("%n session(s) cancelled.", "", len(done)))

    def _ask_whole_series(self) -> bool | None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel a session"),
                          self.tr("This session repeats. Cancel the later sessions too?"),
                          parent=self)  # fmt: skip
        only = box.addButton(self.tr("Only this one"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(
            self.tr("This one and the later ones"), QMessageBox.ButtonRole.YesRole
        )
        box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is later else False if clicked is only else None

    def _join(self) -> None:
        session = self._current
        if session is not None and self._service.can_join(session):
            self.join_requested.emit(session.meeting_id)

    def calendar_bytes(self) -> bytes:
        """The .ics of this pair's coming sessions, in the interface language."""
        lang = self._language() or "en"
        return self._service.export_ics(self._service.upcoming(self._pair_id), lang=lang)

    def export_calendar(self) -> None:
        """Tell the person what leaves the encrypted store, then ask where to save."""
        if QMessageBox.information(
            self, self.tr("Export to a calendar"), export_note(),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        ) != QMessageBox.StandardButton.Ok:  # fmt: skip
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the calendar file"), str(calendar_default_path()),
            self.tr("Calendar files (*.ics)"),
        )  # fmt: skip
        if path:
            self.write_calendar(Path(path))

    def write_calendar(self, path: Path) -> bool:
        try:
            path.write_bytes(self.calendar_bytes())
        except OSError:
            self._say(self.tr("The calendar file could not be saved there. Choose another place."))
            return False
        self._say(self.tr("Calendar file saved.") + " " + export_note())
        return True

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sessions"))
        self.upcoming_label.setText(self.tr("&Upcoming sessions"))
        self.past_label.setText(self.tr("Pa&st sessions"))
        describe(self.upcoming_list, self.tr("Upcoming sessions"))
        describe(self.past_list, self.tr("Past sessions"), self.tr("With their outcomes"))
        for button, text, description in (
            (self.plan_button, self.tr("&Plan a session"),
             self.tr("Choose a date, a time and whether it repeats")),
            (self.join_button, self.tr("&Join"),
             self.tr("Available from 10 minutes before the start")),
            (self.move_button, self.tr("&Move"),
             self.tr("Change the date or time of the selected session")),
            (self.cancel_button, self.tr("&Cancel session"),
             self.tr("The other person sees it as cancelled")),
            (self.outcome_button, self.tr("Record &outcome"), self.tr("Held, missed or cancelled")),
            (self.export_button, self.tr("&Export to calendar"), export_note()),
        ):  # fmt: skip
            button.setText(text)
            describe(button, text.replace("&", ""), description)  # the name starts as it shows

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._render()  # from memory: the profile may already be locked
        super().changeEvent(event)
