"""Answering a survey: the prompt a mentor or mentee sees when one is due, and its form.

`SurveyPrompt` is a band shown above the member's home (and the Training page) only while a
survey is due; its button opens `SurveyDialog`, one question after another in a scrolling
form (radio buttons for scales, yes/no and choices, a text box for free text). What was
chosen stays when an answer is refused; the reason is a plain sentence next to the button.
Answers are sealed to the program's staff by the surveys service. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.dispatch import log_failure
from desktop.services.surveys import SCALE, AnswerValue, DueSurvey, Survey, SurveyQuestion
from desktop.ui import i18n
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.choice_group import ChoiceGroup
from desktop.ui.errors import message_for
from desktop.ui.reflow import flow_row
from desktop.ui.theme import heading
from jumelage_protocol import error_code


def language() -> str:
    return i18n.current_language() or i18n.system_language()


class QuestionBox(QFrame):
    """One question and its control; `value()` is the answer given (None: none yet)."""

    def __init__(self, question: SurveyQuestion, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.setAccessibleName(question.text)
        title = f"{number}. {question.text}"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choices: ChoiceGroup | None = None
        self.text_box: QPlainTextEdit | None = None
        self.values: list[AnswerValue] = []
        if question.kind == "text":
            label = QLabel(title)
            label.setWordWrap(True)
            self.text_box = QPlainTextEdit()
            self.text_box.setTabChangesFocus(True)
            self.text_box.setMaximumHeight(110)
            label.setBuddy(self.text_box)
            optional = self.tr("Optional") if not question.required else ""
            describe(self.text_box, question.text, optional)
            layout.addWidget(label)
            layout.addWidget(self.text_box)
            return
        options: list[tuple[str, AnswerValue]] = []
        if question.kind == "scale":
            ends = {SCALE[0]: question.low, SCALE[1]: question.high}
            for n in range(SCALE[0], SCALE[1] + 1):
                options.append((f"{n} – {ends[n]}" if ends.get(n) else str(n), n))
        elif question.kind == "yes_no":
            options = [(self.tr("Yes"), True), (self.tr("No"), False)]
        else:
            options = [(choice, i) for i, choice in enumerate(question.choices)]
        self.values = [value for _label, value in options]
        self.choices = ChoiceGroup(title, [label for label, _value in options])
        layout.addWidget(self.choices)

    def value(self) -> AnswerValue | None:
        if self.text_box is not None:
            return self.text_box.toPlainText()
        assert self.choices is not None
        chosen = self.choices.checked()
        return self.values[chosen] if chosen >= 0 else None

    def choose(self, value: AnswerValue) -> None:
        """Give an answer as a person would (tests and keyboard helpers)."""
        if self.text_box is not None:
            self.text_box.setPlainText(str(value))
            return
        assert self.choices is not None
        for index, candidate in enumerate(self.values):
            if type(candidate) is type(value) and candidate == value:
                self.choices.choose(index)

    def first_control(self) -> QWidget:
        if self.text_box is not None:
            return self.text_box
        assert self.choices is not None
        return self.choices.buttons[0]


class SurveyDialog(QDialog):
    """The form of one due survey; `submit(survey, pair_id, answers)` records it (raises a
    coded error to refuse). Accepted once recorded."""

    def __init__(
        self,
        survey: Survey,
        role: str,
        pair_id: str | None,
        submit: Callable[[Survey, str | None, dict[str, AnswerValue]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("surveyDialog")
        self.survey, self.pair_id, self._submit = survey, pair_id, submit
        self.setWindowTitle(survey.title)
        self.heading = heading(1.2)
        self.heading.setText(survey.title)
        self.intro = QLabel(survey.intro)
        self.intro.setWordWrap(True)
        self.boxes = [QuestionBox(q, i, self) for i, q in enumerate(survey.questions_for(role), 1)]
        form = QWidget()
        column = QVBoxLayout(form)
        for box in self.boxes:
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.send_button = QPushButton(self.tr("&Send my answers"))
        describe(
            self.send_button,
            self.tr("Send my answers"),
            self.tr("Only the program team will see your answers"),
        )
        self.later_button = QPushButton(self.tr("&Later"))
        describe(self.later_button, self.tr("Later"), self.tr("Close and answer another time"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(flow_row(self.send_button, self.later_button))
        self.resize(640, 620)

    def answers(self) -> dict[str, AnswerValue]:
        given = {box.question.id: box.value() for box in self.boxes}
        return {k: v for k, v in given.items() if v is not None}

    def send(self) -> None:
        missing = [box for box in self.boxes if box.question.required and box.value() in (None, "")]
        if missing:
            self._refuse(
                self.tr("Please answer question %1 before sending.").replace(
                    "%1", str(self.boxes.index(missing[0]) + 1)
                ),
                missing[0],
            )
            return
        try:
            self._submit(self.survey, self.pair_id, self.answers())
        except Exception as exc:  # noqa: BLE001 - a refusal is shown, the form kept
            if error_code(exc) is None:
                log_failure(exc, "sending survey answers")
            self._refuse(message_for(exc), None)
            return
        announce(self, self.tr("Thank you: your answers were sent to the program team."))
        self.accept()

    def _refuse(self, sentence: str, box: QuestionBox | None) -> None:
        self.status.setText(sentence)
        announce(self.status, sentence, assertive=True)
        if box is not None:
            box.first_control().setFocus()


class SurveyPrompt(QFrame):
    """A band saying a survey is waiting, hidden when none is. `due()` lists (DueSurvey,
    Survey) pairs; `submit` records answers; `answered` is emitted once one was sent."""

    answered = Signal()

    def __init__(
        self,
        due: Callable[[], list[tuple[DueSurvey, Survey]]],
        submit: Callable[[Survey, str | None, dict[str, AnswerValue]], object],
        role: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("surveyPrompt")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._due, self._submit, self._role = due, submit, role
        self.current: tuple[DueSurvey, Survey] | None = None
        self.dialog: SurveyDialog | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.open_survey)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def refresh_when_shown(self, widget: QWidget) -> None:
        """Look again each time `widget` (the page this band sits on) is shown."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show:
            self.refresh()
        return False

    def refresh(self) -> None:
        self.button.setText(self.tr("&Answer the survey"))
        try:
            waiting = self._due()
        except Exception as exc:  # noqa: BLE001 - a broken survey file hides the prompt
            log_failure(exc, "listing due surveys")
            waiting = []
        self.current = waiting[0] if waiting else None
        if self.current is None:
            self.setVisible(False)
            return
        due, survey = self.current
        if due.reminder:
            sentence = self.tr(
                "Reminder: the program team is waiting for your answers to "
                "\u201c%1\u201d. It takes about five minutes."
            )
        else:
            sentence = self.tr(
                "The program team would like your answers to \u201c%1\u201d. "
                "It takes about five minutes."
            )
        self.text.setText(sentence.replace("%1", survey.title))
        describe(self.button, self.tr("Answer the survey"), survey.title)
        self.setVisible(True)

    def open_survey(self) -> None:
        if self.current is None:
            return
        due, survey = self.current
        self.dialog = SurveyDialog(survey, self._role, due.pair_id, self._submit, self)
        self.dialog.accepted.connect(self._sent)
        self.dialog.open()

    def _sent(self) -> None:
        self.refresh()
        self.answered.emit()


def prompt_for(profile: Any) -> SurveyPrompt:
    """The survey prompt of a signed-in mentor or mentee, over the surveys service."""
    from desktop.services.surveys import submit_survey, surveys_due

    return SurveyPrompt(
        lambda: surveys_due(profile, language()),
        lambda survey, pair_id, answers: submit_survey(profile, survey, pair_id, answers),
        profile.role,
    )
