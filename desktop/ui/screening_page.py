"""The staff "Screening" page: the program's mentors and where their checks stand.

Each row says a mentor's state (checks missing, screened, police check expiring within the
reminder period, or expired) and when the police check runs out; mentors needing attention
come first, and a line above the list counts them. When a police check has expired, the
page asks the service to pause that mentor's active pairs (if the program says so).
"Record a check…" opens `CheckDialog` for the chosen mentor; the access and deletion request
buttons act on them too (`PersonRecordsActions`). Rows are read off the UI thread
(`PairListPage`'s `LatestRead`). Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from desktop.runtime.operations import BackgroundOp
from desktop.services.screening import (
    MentorScreening,
    list_mentor_screening,
    pause_expired,
    record_check,
)
from desktop.ui import datetime_text
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.check_dialog import CheckDialog
from desktop.ui.errors import message_for
from desktop.ui.pair_list_page import Loader, PairListPage
from desktop.ui.person_records_actions import PersonRecordsActions


class ScreeningPage(PairListPage):
    """Mentors and their screening; the actions act on the chosen mentor."""

    def __init__(self, profile: Any, loader: Loader | None = None, *,
                 nudge: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        self._profile = profile
        self._nudge = nudge or (lambda: None)  # the sync engine's: push what was recorded
        super().__init__(loader or (lambda: list_mentor_screening(profile)), parent)
        self.setObjectName("screeningPage")
        self.record = QPushButton()
        self.record.setEnabled(False)
        self.record.clicked.connect(self._open_check)
        self.requests = PersonRecordsActions(profile, self._chosen_person, self)
        self.list.currentRowChanged.connect(self._chosen_changed)
        layout = self.layout()
        assert layout is not None  # PairListPage made it
        layout.addWidget(self.record)
        layout.addWidget(self.requests)
        self.retranslate()

    def heading_text(self) -> str:
        return self.tr("Screening")

    def list_name(self) -> str:
        return self.tr("Mentors and their screening")

    def empty_text(self) -> str:
        return self.tr("No mentor has joined the program yet. Once mentors join with their "
                       "invite codes, record their reference checks, police check and "
                       "interview here.")  # fmt: skip

    def row_text(self, row: MentorScreening) -> str:
        name = row.name or "?"
        expires = row.police_expires_on
        if expires is not None and row.state in ("expiring", "expired"):
            text = (self.tr("police check expired on %1") if row.state == "expired"
                    else self.tr("police check expires on %1"))  # fmt: skip
            return f"{name} — {text.replace('%1', datetime_text.day(expires))}"
        text = f"{name} — " + (self.tr("screened") if row.state == "screened"
                               else self.tr("checks missing"))  # fmt: skip
        if expires is not None:
            until = self.tr("police check valid until %1")
            text += " · " + until.replace("%1", datetime_text.day(expires))
        return text

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "record"):
            return  # the base class calls this before the buttons exist
        self.record.setText(self.tr("&Record a check…"))
        describe(
            self.record,
            self.tr("Record a check"),
            self.tr("A reference check, police check or interview of the chosen mentor."),
        )

    def _render(self) -> None:
        super()._render()
        urgent = sum(1 for r in self._rows if r.state in ("expiring", "expired"))
        if urgent:
            self.note.setText(self.tr("%n police check(s) to renew soon.", "", urgent))
            self.note.setVisible(True)

    def _show(self, rows: Sequence[Any]) -> None:
        super()._show(rows)
        if any(r.state == "expired" for r in rows):  # the program may pause their pairs
            profile = self._profile
            (BackgroundOp(lambda _p: pause_expired(profile), parent=self)
                .success(self._paused).failure(self._pause_failed).run())  # fmt: skip

    def _paused(self, pair_ids: list[str]) -> None:
        if pair_ids:
            text = self.tr("%n pair(s) paused: their mentor's police check has expired.", "",
                           len(pair_ids))  # fmt: skip
            self.note.setText(text)
            self.note.setVisible(True)
            announce(self, text)

    def _pause_failed(self, exc: BaseException) -> None:
        self.note.setText(message_for(exc))
        self.note.setVisible(True)

    def _chosen(self) -> MentorScreening | None:
        row, rows = self.list.currentRow(), self._rows
        return rows[row] if 0 <= row < len(rows) else None

    def _chosen_person(self) -> tuple[str, str] | None:
        chosen = self._chosen()
        return None if chosen is None else (chosen.mentor_id, chosen.name)

    def _chosen_changed(self, _row: int) -> None:
        chosen = self._chosen() is not None
        self.record.setEnabled(chosen)
        self.requests.set_person_chosen(chosen)

    def _open_check(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        profile, mentor_id = self._profile, chosen.mentor_id

        def record(kind: str, outcome: str, done_on: date, expires_on: date | None,
                   note: str) -> str:  # fmt: skip
            return record_check(profile, mentor_id=mentor_id, kind=kind, outcome=outcome,
                                done_on=done_on, expires_on=expires_on, note=note)  # fmt: skip

        self.check_dialog = CheckDialog(chosen.name, record, parent=self)
        self.check_dialog.accepted.connect(self._nudge)
        self.check_dialog.accepted.connect(self.refresh)
        self.check_dialog.open()
