"""The staff Matching page: mentees waiting for a mentor, suggestions with their reasons,
and "Make this pair".

Left, the mentees not yet matched (read off the UI thread). Right, the mentors the
ranking suggests for the chosen mentee, each with why (same language, shared interests,
shared availability, age group gap), and what still blocks the pair (a guardian's consent,
training, a full mentor) as a plain sentence before the button is pressed. Making the pair
needs the server (keys); the result is announced. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.events import ChangeKind
from desktop.runtime.operations import LatestRead
from desktop.services import matching
from desktop.services.matching import MatchSuggestion
from desktop.services.people import PersonRow
from desktop.ui import people_text
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.errors import message_for, message_for_code
from desktop.ui.theme import heading

RunAsync = Callable[..., object]


class MatchingPage(QWidget):
    """Waiting mentees, suggested mentors with reasons, and the match button."""

    def __init__(
        self,
        profile: Any,
        program_id: str,
        *,
        run_async: RunAsync | None = None,
        events: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matchingPage")
        self.profile = profile
        self.program_id = program_id
        self._run_async = run_async
        self._events = events
        self._mentee_reads = LatestRead(self)
        self._suggestion_reads = LatestRead(self)
        self._mentees: list[PersonRow] = []
        self._suggestions: list[MatchSuggestion] = []
        self._blocked: str | None = None
        self.title = heading()
        self.mentees_label = QLabel()
        self.mentees = QListWidget()
        self.suggestions_label = QLabel()
        self.suggestions = QListWidget()
        for view in (self.mentees, self.suggestions):
            view.setWordWrap(True)
            view.setSpacing(4)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mentees_label.setBuddy(self.mentees)
        self.suggestions_label.setBuddy(self.suggestions)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.block = QLabel()
        self.block.setWordWrap(True)
        self.match_button = QPushButton()
        self.match_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.mentees_label, self.mentees, self.empty):
            left_layout.addWidget(widget)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.suggestions_label, self.suggestions, self.block):
            right_layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.match_button)
        row.addStretch(1)
        right_layout.addLayout(row)
        right_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        self.mentees.currentRowChanged.connect(self._mentee_chosen)
        self.suggestions.currentRowChanged.connect(self._suggestion_chosen)
        self.match_button.clicked.connect(self.make_pair)
        if events is not None:
            events.changed.connect(self._on_change)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Matching"))
        self.mentees_label.setText(self.tr("&Mentees waiting for a mentor"))
        self.suggestions_label.setText(self.tr("&Suggested mentors"))
        self.empty.setText(self.tr(
            "No mentee is waiting for a mentor. Add mentees on the People page."))  # fmt: skip
        self.match_button.setText(self.tr("Make this &pair"))
        describe(self.mentees, self.tr("Mentees waiting for a mentor"))
        describe(self.suggestions, self.tr("Suggested mentors"),
                 self.tr("Best first, with the reasons for each."))  # fmt: skip
        describe(self.match_button, self.tr("Make this pair"))

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        profile, program = self.profile, self.program_id
        self._mentee_reads.run(
            lambda: matching.waiting_mentees(profile, program),
            self._show_mentees,
        )

    @property
    def loading(self) -> bool:
        return self._mentee_reads.loading or self._suggestion_reads.loading

    def _on_change(self, change: Any) -> None:
        if change.kind == "pair" and change.initiator is not self:
            self.refresh()

    def _show_mentees(self, rows: list[PersonRow]) -> None:
        current = self.current_mentee()
        self._mentees = rows
        self.mentees.blockSignals(True)
        self.mentees.clear()
        for row in rows:
            self.mentees.addItem(self._mentee_text(row))
        self.mentees.blockSignals(False)
        self.empty.setVisible(not rows)
        keep = next((i for i, r in enumerate(rows) if current and r.id == current.id), 0)
        if rows:
            self.mentees.setCurrentRow(keep)
            self._mentee_chosen(keep)
        else:
            self._show_suggestions([])

    def _mentee_text(self, row: PersonRow) -> str:
        text = row.display_name
        if row.age is not None:
            text += " · " + self.tr("%n year(s)", "", row.age)
        elif row.form.age_band:
            text += " · " + people_text.age_band(row.form.age_band)
        return text + " · " + people_text.languages().get(row.form.language, "")

    def current_mentee(self) -> PersonRow | None:
        row = self.mentees.currentRow()
        return self._mentees[row] if 0 <= row < len(self._mentees) else None

    def _mentee_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._mentees):
            return
        mentee = self._mentees[row]
        profile, program = self.profile, self.program_id
        self._suggestion_reads.run(
            lambda: matching.suggestions_for(profile, program, mentee.id), self._show_suggestions
        )

    def _show_suggestions(self, suggestions: list[MatchSuggestion]) -> None:
        self._suggestions = suggestions
        self.suggestions.clear()
        for suggestion in suggestions:
            item = QListWidgetItem(self.suggestion_text(suggestion))
            self.suggestions.addItem(item)
        if suggestions:
            self.suggestions.setCurrentRow(0)
        else:
            self.block.setText(self.tr(
                "No mentor can take this mentee now: every mentor is full, or has training "
                "left.") if self._mentees else "")  # fmt: skip
            self.match_button.setEnabled(False)

    def suggestion_text(self, s: MatchSuggestion) -> str:
        """The mentor's name and the reasons, in plain words."""
        reasons = []
        if s.same_language:
            reasons.append(self.tr("same language: %1").replace(
                "%1", people_text.languages().get(s.mentor.form.language, "")))  # fmt: skip
        if s.interests:
            words = [people_text.interests()[i] for i in s.interests]
            reasons.append(self.tr("shares: %1").replace("%1", ", ".join(words)))
        if s.availability:
            words = [people_text.availability()[a] for a in s.availability]
            reasons.append(self.tr("both free: %1").replace("%1", ", ".join(words)))
        reasons.append(self.tr("same age group") if s.band_distance == 0 else
                       self.tr("age group %n step(s) away", "", s.band_distance))  # fmt: skip
        return s.mentor.display_name + "\n" + " · ".join(reasons)

    def _suggestion_chosen(self, row: int) -> None:
        mentee = self.current_mentee()
        if mentee is None or not 0 <= row < len(self._suggestions):
            self.match_button.setEnabled(False)
            return
        mentor = self._suggestions[row].mentor
        self._blocked = matching.match_problem(self.profile, self.program_id, mentor, mentee)
        self.block.setText(message_for_code(self._blocked) if self._blocked else "")
        self.match_button.setEnabled(self._blocked is None and self._run_async is not None)

    # --- matching -----------------------------------------------------------------------

    def make_pair(self) -> None:
        mentee = self.current_mentee()
        row = self.suggestions.currentRow()
        if mentee is None or not 0 <= row < len(self._suggestions) or self._run_async is None:
            return
        mentor = self._suggestions[row].mentor
        self.match_button.setEnabled(False)
        self._say(self.tr("Making the pair…"))
        names = (mentor.display_name, mentee.display_name)
        self._run_async(
            matching.make_match(self.profile, self.program_id, mentor.id, mentee.id),
            on_success=lambda pair_id: self._matched(pair_id, *names),
            on_failure=self._failed,
        )

    def _matched(self, pair_id: str, mentor: str, mentee: str) -> None:
        said = self.tr("%1 and %2 are now a pair. They will find a welcome activity in their "
                       "conversation.")  # fmt: skip
        self._say(said.replace("%1", mentor).replace("%2", mentee))
        if self._events is not None:
            self._events.emit_change(ChangeKind.PAIR, None, [pair_id], initiator=self)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._say(message_for(exc))
        self._suggestion_chosen(self.suggestions.currentRow())

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)
