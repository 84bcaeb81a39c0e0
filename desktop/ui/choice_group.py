"""One question with its choices as radio buttons whose text wraps (quizzes and surveys).

A QRadioButton's own text never wraps, and a QGroupBox title neither: at 150 % text in French
a long choice pushed the page wider than the screen. Here each button carries the choice as
its accessible name and a word-wrapped label beside it shows the text; clicking the label
chooses it too. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import describe


class _ChoiceLabel(QLabel):
    """The visible, wrapping text of one radio button; a click on it chooses the button."""

    def __init__(self, text: str, button: QRadioButton) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self.button.click()
        super().mouseReleaseEvent(event)


class ChoiceGroup(QFrame):
    """`question` as a wrapping label, then one radio button per choice; `checked()` is the
    chosen index (-1: none), `choose(i)` picks one, `buttons` are the radio buttons."""

    def __init__(
        self, question: str, choices: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(question)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        column = QVBoxLayout(self)
        column.addWidget(self.question)
        for index, choice in enumerate(choices):
            button = QRadioButton()
            describe(button, choice, question)
            self.group.addButton(button, index)
            self.buttons.append(button)
            row = QHBoxLayout()
            row.addWidget(button, 0)
            row.addWidget(_ChoiceLabel(choice, button), 1)
            column.addLayout(row)

    def checked(self) -> int:
        return self.group.checkedId()

    def choose(self, index: int) -> None:
        self.buttons[index].setChecked(True)
