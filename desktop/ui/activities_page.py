"""The Activities page of a mentor or mentee: the whole library, each with its instructions.

A list of every activity (in the interface language, by category) on the left; the chosen
one's summary, length, steps and questions on the right, with "Suggest to my pair", which posts
it as a card in the pair's conversation through `suggest(card)` (the pair home's own path).
The library is read once per language from the activities service (small JSON files).
Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.dispatch import log_failure
from desktop.ui import i18n
from desktop.ui.accessibility import describe
from desktop.ui.theme import heading

if TYPE_CHECKING:
    from desktop.services.activities import ActivityCard


def library(lang: str) -> list[ActivityCard]:
    """Every activity in `lang`; empty (and logged) if the library cannot be read."""
    from desktop.services.activities import list_activities

    try:
        return list_activities(lang if lang in ("fr", "en") else "en")
    except Exception as exc:  # noqa: BLE001 - a broken library must not break the page
        log_failure(exc, "reading the activity library")
        return []


@lru_cache(maxsize=2)
def _titles(lang: str) -> dict[str, str]:
    return {card.id: card.title for card in library(lang)}


def activity_title(activity_id: str, fallback: str) -> str:
    """An activity's title in the reader's language (the card carries the sender's)."""
    lang = i18n.current_language() or i18n.system_language()
    return _titles(lang).get(activity_id, fallback)


class ActivitiesPage(QWidget):
    """`suggest(card)` posts an activity to the current pair; `can_suggest()` says if one is."""

    def __init__(
        self,
        suggest: Callable[[ActivityCard], None] | None = None,
        can_suggest: Callable[[], bool] = lambda: False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activitiesPage")
        self._suggest, self._can_suggest = suggest, can_suggest
        self.cards: list[ActivityCard] = []
        self.heading = heading()
        self.list = QListWidget()
        self.list.setObjectName("activityList")
        self.list.setWordWrap(True)
        self.title = heading(1.2)
        self.title.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.suggest_button = QPushButton()
        self.suggest_button.clicked.connect(self._suggest_current)
        self.status = QLabel()
        self.status.setWordWrap(True)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addWidget(self.details, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row, 1)
        self.list.currentRowChanged.connect(self._show)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self._update_button()
        super().showEvent(event)

    def current(self) -> ActivityCard | None:
        row = self.list.currentRow()
        return self.cards[row] if 0 <= row < len(self.cards) else None

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Activities"))
        describe(self.list, self.tr("Activities"), self.tr("Things to do together"))
        self.suggest_button.setText(self.tr("&Suggest to my pair"))
        describe(self.suggest_button, self.tr("Suggest to my pair"),
                 self.tr("Post this activity in your pair's conversation"))  # fmt: skip
        keep = self.list.currentRow()
        self.cards = library(i18n.current_language() or i18n.system_language())
        self.list.blockSignals(True)
        self.list.clear()
        for card in self.cards:
            item = QListWidgetItem(card.title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, card.title)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(max(keep, 0) if self.cards else -1)
        self._show(self.list.currentRow())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, _row: int) -> None:
        card = self.current()
        if card is None:
            self.title.setText(self.tr("No activity is available."))
            self.details.setText("")
        else:
            self.title.setText(card.title)
            parts = [card.summary, self.tr("About %1 minutes").replace(
                "%1", str(card.duration_minutes))]  # fmt: skip
            if card.instructions:
                parts += ["", self.tr("How to do it:")]
                parts += [f"{i}. {step}" for i, step in enumerate(card.instructions, 1)]
            if card.questions:
                parts += ["", self.tr("Questions to talk about:")]
                parts += [f"• {q}" for q in card.questions]
            self.details.setText("\n".join(parts))
        self.details.setAccessibleName(self.details.text() or self.title.text())
        self.status.setText("")
        self._update_button()

    def _update_button(self) -> None:
        self.suggest_button.setEnabled(
            self._suggest is not None and self.current() is not None and self._can_suggest()
        )

    def _suggest_current(self) -> None:
        card = self.current()
        if card is None or self._suggest is None or not self._can_suggest():
            return
        self._suggest(card)
        self.status.setText(self.tr("Suggested in your pair's conversation."))
