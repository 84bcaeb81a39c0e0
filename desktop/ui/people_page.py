"""The staff People page: everyone the program recruits, their state, and their record.

Left, the list (name, role, age, state) with a search box and filters by role and state,
read off the UI thread (`LatestRead`). Right, the selected person's form: Save writes only
the fields changed (two staff editing the same person merge field by field, and the page
says when someone else's changes were kept); a duplicate (same name and date of birth) is
pointed out with an "Add anyway" button, never created silently. Invite sends a one-time
code (needs the server) and shows the letter; Consent records a guardian's answers for a
mentee. Adding and editing
work offline: the records sync later. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.events import ChangeKind
from desktop.runtime.operations import LatestRead
from desktop.services import people
from desktop.services.people import PERSON_KINDS, FormProblems, PeopleError, PersonRow
from desktop.ui import people_text
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.errors import message_for
from desktop.ui.person_form import PersonFormPanel
from desktop.ui.reflow import flow_row
from desktop.ui.theme import heading

RunAsync = Callable[..., object]  # AsyncBridge.run: (coro, on_success=, on_failure=)
COLUMNS = ("name", "kind", "age", "state")


class PeoplePage(QWidget):
    """The program's people; `people_changed` after a save (the Matching page listens)."""

    people_changed = Signal()

    def __init__(
        self,
        profile: Any,
        program_id: str,
        *,
        run_async: RunAsync | None = None,
        program_name: str = "",
        events: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.profile = profile
        self.program_id = program_id
        self.program_name = program_name
        self._run_async = run_async
        self._reads = LatestRead(self)
        self._rows: list[PersonRow] = []
        self._editing: PersonRow | None = None
        self.invite_dialog: Any = None
        self.consent_dialog: Any = None
        self.title = heading()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.state_filter = QComboBox()
        self.kind_filter.addItem("", None)
        for kind in PERSON_KINDS:
            self.kind_filter.addItem("", kind)
        self.state_filter.addItem("", None)
        for state in people.STATES:
            self.state_filter.addItem("", state)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.form = PersonFormPanel()
        self.new_button = QPushButton()
        self.save_button = QPushButton()
        self.invite_button = QPushButton()
        self.consent_button = QPushButton()
        self.add_anyway_button = QPushButton()
        self.add_anyway_button.hide()
        self._duplicate_confirmed = False
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)

        self.search.setMinimumWidth(160)
        filters = flow_row(self.search, self.kind_filter, self.state_filter)  # wraps at 150 %
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.new_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form)
        actions = QHBoxLayout()
        for button in (self.save_button, self.add_anyway_button, self.invite_button,
                       self.consent_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.notice)
        right_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self.refresh)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.state_filter.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.add_anyway_button.clicked.connect(self.add_anyway)
        self.form.edited.connect(self.add_anyway_button.hide)
        self.invite_button.clicked.connect(self.invite)
        self.consent_button.clicked.connect(self.open_consent)
        self._events = events
        if events is not None:
            events.changed.connect(self._on_change)
        self.retranslate()
        self.start_new()

    # --- text ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("People"))
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.kind_filter.setItemText(0, self.tr("All roles"))
        for i, kind in enumerate(PERSON_KINDS, start=1):
            self.kind_filter.setItemText(i, people_text.kinds()[kind])
        self.state_filter.setItemText(0, self.tr("All states"))
        for i, state in enumerate(people.STATES, start=1):
            self.state_filter.setItemText(i, people_text.states()[state])
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Age"), self.tr("State")]
        )
        self.empty.setText(self.tr(
            "Nobody here yet. Add the mentors, mentees and guardians of the program, then "
            "invite them: each gets a one-time code and a letter."))  # fmt: skip
        self.new_button.setText(self.tr("&Add a person"))
        self.save_button.setText(self.tr("&Save"))
        self.invite_button.setText(self.tr("&Invite…"))
        self.consent_button.setText(self.tr("&Consent…"))
        self.add_anyway_button.setText(self.tr("Add &anyway"))
        describe(self.add_anyway_button, self.tr("Add anyway"),
                 self.tr("Add a second person with the same name and date of birth."))  # fmt: skip
        describe(self.search, self.tr("Search by name"))
        describe(self.kind_filter, self.tr("Show role"))
        describe(self.state_filter, self.tr("Show state"))
        describe(self.table, self.tr("People of the program"))
        describe(self.new_button, self.tr("Add a person"))
        describe(self.save_button, self.tr("Save"))
        describe(self.invite_button, self.tr("Invite"),
                 self.tr("A one-time code and a letter to print (needs the server)."))  # fmt: skip
        describe(self.consent_button, self.tr("Consent"),
                 self.tr("The guardian's consent, purpose by purpose."))  # fmt: skip

    # --- list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        profile, program = self.profile, self.program_id
        search = self.search.text()
        kind, state = self.kind_filter.currentData(), self.state_filter.currentData()
        self._reads.run(
            lambda: people.list_people(profile, program, search=search, kind=kind, state=state),
            self._show,
        )

    @property
    def loading(self) -> bool:
        return self._reads.loading

    def rows(self) -> list[PersonRow]:
        return list(self._rows)

    def _show(self, rows: list[PersonRow]) -> None:
        keep = self._editing.id if self._editing is not None else None
        self._rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        kinds, states = people_text.kinds(), people_text.states()
        for i, row in enumerate(rows):
            age = "" if row.age is None else str(row.age)
            cells = (row.display_name, kinds.get(row.kind, row.kind), age,
                     states.get(row.state, row.state))  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(i, column, QTableWidgetItem(text))
            if row.id == keep:
                self.table.selectRow(i)
        self.table.blockSignals(False)
        self.empty.setVisible(not rows)
        if keep is not None:  # the edited person's state may have moved
            self._editing = next((r for r in rows if r.id == keep), self._editing)
            self._fit_buttons()

    def _on_change(self, change: Any) -> None:
        if change.kind == "pair" and change.initiator is not self:
            self.refresh()

    def _selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        row = self._rows[selected[0].row()]
        self._editing = row
        self.form.set_row(row)
        self.notice.clear()
        self._fit_buttons()

    def select(self, record_id: str) -> None:
        for i, row in enumerate(self._rows):
            if row.id == record_id:
                self.table.selectRow(i)

    def _fit_buttons(self) -> None:
        row = self._editing
        self.invite_button.setEnabled(
            row is not None
            and row.kind != "guardian"
            and row.state in ("added", "invited")
            and self._run_async is not None
        )
        self.consent_button.setEnabled(row is not None and row.kind == "mentee")

    # --- editing ------------------------------------------------------------------------

    def start_new(self) -> None:
        self._editing = None
        self.add_anyway_button.hide()
        self.table.clearSelection()
        self.form.set_row(None)
        self.notice.clear()
        self._fit_buttons()

    def save(self) -> None:
        form, problems = self.form.form()
        if form is None:
            self.form.show_problems(problems)
            return
        try:
            if self._editing is None:
                allow = self._duplicate_confirmed
                record_id = people.add_person(self.profile, self.program_id, form,
                                              allow_duplicate=allow)  # fmt: skip
                said = self.tr("%1 was added.").replace("%1", form.display_name.strip())
            else:
                record_id = self._editing.id
                theirs = people.update_person(self.profile, self._editing, form)
                said = self.tr("Saved.")
                if theirs:
                    said += " " + self.tr(
                        "Someone else changed this person meanwhile; both changes were kept, "
                        "field by field.")  # fmt: skip
        except FormProblems as exc:
            self.form.show_problems(exc.problems)
            return
        except PeopleError as exc:
            text = message_for(exc)
            if exc.code == "duplicate_person":  # asked, never created silently
                text += " " + self.tr("If this is someone else, press “Add anyway”.")
                self.add_anyway_button.show()
            self._say(text)
            return
        self._duplicate_confirmed = False
        self.add_anyway_button.hide()
        self.form.clear_problems()
        self._editing = people.get_person(self.profile, record_id)
        self._say(said)
        self._fit_buttons()
        self._changed(record_id)
        self.refresh()

    def _changed(self, record_id: str) -> None:
        """Tell the other screens (and sync, which sends the change now)."""
        self.people_changed.emit()
        if self._events is not None:
            self._events.emit_change(ChangeKind.PAIR, None, [record_id], initiator=self)

    def add_anyway(self) -> None:
        """The staff member confirmed: a second record with the same name and birth date."""
        self._duplicate_confirmed = True
        self.save()

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        announce(self.notice, text)

    # --- invites and consent ------------------------------------------------------------

    def invite(self) -> None:
        row = self._editing
        if row is None or self._run_async is None:
            return
        self.invite_button.setEnabled(False)
        self._say(self.tr("Asking the server for an invite code…"))
        coro: Coroutine[Any, Any, Any] = people.invite_person(self.profile, row.id)
        self._run_async(coro, on_success=self._invited, on_failure=self._invite_failed)

    def _invited(self, invitation: Any) -> None:
        from desktop.ui.invite_dialog import InviteDialog

        self._say(self.tr("Invite ready for %1.").replace("%1", invitation.display_name))
        self.invite_dialog = InviteDialog(invitation, self.program_name, self)
        self.invite_dialog.open()
        self.refresh()

    def _invite_failed(self, exc: BaseException) -> None:
        self._say(message_for(exc))
        self._fit_buttons()

    def open_consent(self) -> None:
        from desktop.ui.consent_dialog import ConsentDialog

        if self._editing is None:
            return
        self.consent_dialog = ConsentDialog(self.profile, self._editing, self)
        record_id = self._editing.id
        self.consent_dialog.changed.connect(lambda: self._changed(record_id))
        self.consent_dialog.open()
