"""The Training page of a mentor or mentee: short modules to read, a quiz where it helps.

The modules of the person's role are listed on the left with what is done; the chosen one's
text reads on the right (a text browser: headings, keyboard scrolling, a screen reader reads
it as a document), then its quiz, one group of choices per question, and one button: "Check my
answers" (or "Mark as read" without a quiz). A wrong answer shows why, and nothing is
recorded until every answer is right. A due survey shows as a band on top. Broken training
files show a plain sentence instead of half a course (the service fails closed). Runs on the
UI thread; the reads are a few small rows and files.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.dispatch import log_failure
from desktop.services.training import ModuleProgress, QuizResult
from desktop.ui import datetime_text, i18n
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.choice_group import ChoiceGroup
from desktop.ui.errors import message_for
from desktop.ui.theme import heading
from jumelage_protocol import error_code

Load = Callable[[str], list[ModuleProgress]]
Complete = Callable[[str, list[int]], QuizResult]


def language() -> str:
    return i18n.current_language() or i18n.system_language()


class TrainingPage(QWidget):
    """`load(lang)` lists the person's modules with progress; `complete(module_id, answers)`
    records one (if its quiz is right); `prompt`: the survey band, if any."""

    def __init__(
        self,
        load: Load,
        complete: Complete,
        *,
        prompt: QWidget | None = None,
        on_show: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPage")
        self._load, self._complete, self._on_show = load, complete, on_show
        self.modules: list[ModuleProgress] = []
        self._shown: tuple[str, str, bool] | None = None
        self.quiz_groups: list[ChoiceGroup] = []
        self.heading = heading()
        self.overview = QLabel()
        self.overview.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("trainingList")
        self.list.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("trainingText")
        self.text.setOpenLinks(False)
        self.quiz = QGroupBox()
        self.quiz_layout = QVBoxLayout(self.quiz)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.finish_current)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("trainingStatus")
        quiz_scroll = QScrollArea()
        quiz_scroll.setWidgetResizable(True)
        quiz_scroll.setWidget(self.quiz)
        quiz_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quiz_scroll = quiz_scroll
        right = QVBoxLayout()
        right.addWidget(self.text, 3)
        right.addWidget(quiz_scroll, 2)
        right.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addLayout(right, 5)
        layout = QVBoxLayout(self)
        if prompt is not None:
            layout.addWidget(prompt)
        self.prompt = prompt
        layout.addWidget(self.heading)
        layout.addWidget(self.overview)
        layout.addLayout(row, 1)
        self.list.currentRowChanged.connect(self._show)
        self.retranslate()

    # --- data ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the modules and progress again (the page is shown, or the language changed)."""
        if self._on_show is not None:
            try:
                self._on_show()
            except Exception as exc:  # noqa: BLE001 - sharing later is fine, the page goes on
                log_failure(exc, "sharing training progress")
        if self.prompt is not None and hasattr(self.prompt, "refresh"):
            self.prompt.refresh()
        shown = self.current()
        keep = shown.module.id if shown is not None else None
        try:
            self.modules = self._load(language())
            problem = ""
        except Exception as exc:  # noqa: BLE001 - shown as a sentence, never half a course
            if error_code(exc) is None:
                log_failure(exc, "reading the training modules")
            self.modules, problem = [], message_for(exc)
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.modules:
            state = self.tr("done") if entry.done else self.tr("to do")
            item = QListWidgetItem(f"{'✓ ' if entry.done else ''}{entry.module.title}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{entry.module.title}, {state}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [m.module.id for m in self.modules]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self._overview(problem)
        self._show(self.list.currentRow())

    def current(self) -> ModuleProgress | None:
        row = self.list.currentRow()
        return self.modules[row] if 0 <= row < len(self.modules) else None

    # --- showing ---------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Training"))
        describe(
            self.list,
            self.tr("Training modules"),
            self.tr("Short modules to prepare you for your match"),
        )
        describe(self.text, self.tr("Module text"))
        self.refresh()

    def _overview(self, problem: str) -> None:
        if problem:
            self.overview.setText(problem)
            return
        required = [m for m in self.modules if m.module.required]
        done = sum(m.done for m in required)
        if required and done == len(required):
            text = self.tr(
                "You have finished every required module. You can reread them at any time."
            )
        else:
            text = (
                self.tr(
                    "Required modules done: %1 of %2. They must all be done before you are matched."
                )
                .replace("%1", str(done))
                .replace("%2", str(len(required)))
            )
        self.overview.setText(text)

    def _show(self, _row: int) -> None:
        entry = self.current()
        shown = None if entry is None else (entry.module.id, entry.module.title, entry.done)
        if shown is not None and shown == self._shown:
            return  # the same module, as it was: keep the choices made and the layout settled
        self._shown = shown
        self._clear_quiz()
        self.status.setText("")
        if entry is None:
            self.text.setHtml("")
            self.quiz_scroll.setVisible(False)
            self.done_button.setVisible(False)
            return
        module = entry.module
        parts = [
            f"<h2>{html.escape(module.title)}</h2>",
            f"<p><i>{html.escape(module.summary)}</i></p>",
            "<p>"
            + html.escape(self.tr("About %1 minutes").replace("%1", str(module.minutes)))
            + "</p>",
        ]
        for section in module.sections:
            parts.append(f"<h3>{html.escape(section.heading)}</h3>")
            parts += [f"<p>{html.escape(p)}</p>" for p in section.paragraphs]
        self.text.setHtml("".join(parts))
        self.quiz_scroll.setVisible(bool(module.quiz))
        self.quiz.setTitle(self.tr("Check what you learned"))
        for number, question in enumerate(module.quiz, 1):
            choices = ChoiceGroup(f"{number}. {question.question}", question.choices)
            self.quiz_layout.addWidget(choices)
            self.quiz_groups.append(choices)
        self.done_button.setVisible(True)
        if entry.done and entry.completed_at is not None:
            self.done_button.setEnabled(False)
            self.done_button.setText(self.tr("Done"))
            self.status.setText(
                self.tr("Done on %1.").replace("%1", datetime_text.day(entry.completed_at))
            )
        else:
            self.done_button.setEnabled(True)
            self.done_button.setText(
                self.tr("&Check my answers") if module.quiz else self.tr("&Mark as read")
            )
        describe(self.done_button, self.done_button.text().replace("&", ""), module.title)

    def _clear_quiz(self) -> None:
        self.quiz_groups = []
        while self.quiz_layout.count():
            item = self.quiz_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # hidden now: deleteLater waits for the event loop
                widget.hide()
                widget.deleteLater()

    # --- finishing -------------------------------------------------------------------

    def answers(self) -> list[int]:
        return [group.checked() for group in self.quiz_groups]

    def choose(self, answers: list[int]) -> None:
        """Tick these choices (one index per question), as a person would."""
        for group, index in zip(self.quiz_groups, answers, strict=True):
            group.choose(index)

    def finish_current(self) -> None:
        entry = self.current()
        if entry is None or entry.done:
            return
        answers = self.answers()
        if -1 in answers:
            self._say(
                self.tr("Please answer question %1.").replace("%1", str(answers.index(-1) + 1)),
                assertive=True,
            )
            self.quiz_groups[answers.index(-1)].buttons[0].setFocus()
            return
        try:
            result = self._complete(entry.module.id, answers)
        except Exception as exc:  # noqa: BLE001 - a plain sentence, the choices kept
            if error_code(exc) is None:
                log_failure(exc, "recording a training module")
            self._say(message_for(exc), assertive=True)
            return
        if not result.passed:
            lines = [self.tr("Not quite. Read the explanation and try again.")]
            for index in result.wrong:
                lines.append(
                    self.tr("Question %1: %2")
                    .replace("%1", str(index + 1))
                    .replace("%2", entry.module.quiz[index].why)
                )
            self._say("\n".join(lines), assertive=True)
            return
        title = entry.module.title
        self.refresh()
        self._say(self.tr("Well done: \u201c%1\u201d is done.").replace("%1", title))

    def _say(self, text: str, *, assertive: bool = False) -> None:
        self.status.setText(text)
        announce(self.status, text, assertive=assertive)


def training_page_for(profile: Any) -> TrainingPage:
    """The Training page of a signed-in mentor or mentee, over the training service."""
    from desktop.services.training import complete_module, progress, share_pending
    from desktop.ui.survey_dialog import prompt_for

    return TrainingPage(
        lambda lang: progress(profile, lang),
        lambda module_id, answers: complete_module(profile, module_id, answers),
        prompt=prompt_for(profile),
        on_show=lambda: share_pending(profile),
    )
