"""The weekly check-in prompt above a conversation: how did this week go, 1 to 5, skippable.

Shown while this week's check-in for the open pair is due on this PC. Young mentees pick a
face (each face button also says its words, for screen readers and for anyone unsure of a
face); mentors pick a number with the same words. "Not now" hides it until next week.
After sending, it says plainly who sees the answer (program staff only, never the other
member) and, when this PC knew an earlier answer for the week, that the new one replaced it.
Writes through `services.checkins.CheckInService`. Runs on the UI thread.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.errors import message_for
from jumelage_protocol import CodedError

FACES = ("😞", "🙁", "😐", "🙂", "😄")


class CheckInPrompt(QFrame):
    """This week's check-in for one pair; `answered(rating)` once sent."""

    answered = Signal(int)

    def __init__(self, service: Any, *, faces: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInPrompt")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._service = service
        self._faces = faces
        self._pair_id: str | None = None
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.ratings = QButtonGroup(self)
        self.rating_buttons = [QPushButton() for _ in range(5)]
        row = QHBoxLayout()
        for value, button in enumerate(self.rating_buttons, start=1):
            button.setCheckable(True)
            self.ratings.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        self.met = QCheckBox()
        self.comment = QLineEdit()
        self.comment.setMaxLength(500)
        self.send = QPushButton()
        self.send.setEnabled(False)
        self.skip = QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.met, 1)
        actions.addWidget(self.send)
        actions.addWidget(self.skip)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.comment)
        layout.addLayout(actions)
        self.outside = QLabel()  # shown after answering, when the form is gone
        self.outside.setWordWrap(True)
        self.outside.setVisible(False)
        self.ratings.idToggled.connect(
            lambda *_: self.send.setEnabled(self.ratings.checkedId() > 0))  # fmt: skip
        self.send.clicked.connect(self.submit)
        self.skip.clicked.connect(self.not_now)
        self.retranslate()
        self.setVisible(False)

    def set_pair(self, pair_id: str | None, now: datetime | None = None) -> None:
        """Show the prompt for `pair_id` if its check-in is due this week on this PC."""
        self._pair_id = pair_id
        self.comment.clear()
        self.met.setChecked(False)
        self.ratings.setExclusive(False)
        for button in self.rating_buttons:
            button.setChecked(False)
        self.ratings.setExclusive(True)
        self.send.setEnabled(False)
        due = pair_id is not None and self._service.due(pair_id, now or datetime.now(UTC))
        self.setVisible(due)

    def submit(self) -> None:
        rating = self.ratings.checkedId()
        if self._pair_id is None or rating < 1:
            return
        try:
            answer = self._service.answer(self._pair_id, rating=rating, met=self.met.isChecked(),
                                          comment=self.comment.text())  # fmt: skip
        except CodedError as exc:  # a refusal becomes a plain sentence
            text = message_for(exc)
            self.question.setText(text)
            announce(self.question, text, assertive=True)
            return
        text = self.tr("Thank you. Only program staff see your answer, never the other person.")
        if answer.replaced:
            text += " " + self.tr("It replaces the answer you gave earlier this week.")
        text += " " + self.tr("If you answer again, on this computer or another, the last "
                              "answer counts.")  # fmt: skip
        self.outside.setText(text)
        self.setVisible(False)
        self.outside.setVisible(True)
        announce(self.outside, text)
        self.answered.emit(rating)

    def not_now(self) -> None:
        if self._pair_id is not None:
            self._service.skip(self._pair_id, datetime.now(UTC))
        self.setVisible(False)
        announce(self, self.tr("Check-in skipped until next week."))

    def retranslate(self) -> None:
        self.question.setText(self.tr("Weekly check-in: how did it go together this week? "
                                      "Only program staff see your answer."))  # fmt: skip
        words = [self.tr("Not well at all"), self.tr("Not very well"), self.tr("Okay"),
                 self.tr("Well"), self.tr("Very well")]  # fmt: skip
        for value, (button, word) in enumerate(zip(self.rating_buttons, words, strict=True), 1):
            button.setText(f"{FACES[value - 1]} {word}" if self._faces else f"{value} · {word}")
            describe(button, f"{value} – {word}" if not self._faces else word)
        self.met.setText(self.tr("We met or talked this week"))
        describe(self.met, self.tr("We met or talked this week"))
        self.comment.setPlaceholderText(self.tr("Anything to add? (optional)"))
        describe(self.comment, self.tr("Anything to add? (optional)"))
        self.send.setText(self.tr("Send check-in"))
        describe(self.send, self.tr("Send check-in"))
        self.skip.setText(self.tr("Not now"))
        describe(self.skip, self.tr("Not now"), self.tr("Hides the check-in until next week."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
