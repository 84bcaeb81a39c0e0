"""Canadian crisis resources, shown at once when a report or a message suggests self-harm.

The most important window in the app, so it is large, calm and plain: a heading, one short
paragraph, then one card per line (9-8-8, Kids Help Phone, 9-1-1) with what it is for, when it
answers, a button for each way to reach it and its website as a link. A button opens the PC's
phone or texting app (`tel:` / `sms:`) where there is one, and always says the number to use on
a phone. The lines come from the safety package through the messaging service, in the person's
language and one register (French "tu", as Jeunesse, J'écoute and 9-8-8 address young people);
if that fails the same three lines are shown from here, because this dialog is never empty.
Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import describe


@dataclass(frozen=True)
class _Card:
    id: str
    name: str
    description: str
    actions: tuple[str, ...]  # "Call 9-8-8", as shown on its button
    numbers: tuple[str, ...]  # "988", what the button dials or texts
    url: str
    hours: str
    kinds: tuple[str, ...]  # "call" or "text", per action


def _field(resource: Any, name: str) -> Any:
    return resource.get(name) if isinstance(resource, dict) else getattr(resource, name, None)


class CrisisDialog(QDialog):
    """'You are not alone': who to call or text right now, in plain words."""

    def __init__(self, resources: Sequence[Any] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisDialog")
        title = self.tr("Help right now")
        self.setWindowTitle(title)
        describe(self, title)
        self.cards = self._cards(resources)
        self.heading = QLabel(self.tr("You are not alone."))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self.tr(
            "Your program staff have been told. If you are thinking about hurting yourself, or "
            "you are not safe, you can talk to someone right now. It is free and confidential."
        ))  # fmt: skip
        self.intro.setWordWrap(True)
        self.hint = QLabel()  # after a button: the number to use on a phone
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        self.buttons: list[QPushButton] = []
        column = QWidget()
        cards = QVBoxLayout(column)
        cards.setSpacing(12)
        for card in self.cards:
            cards.addWidget(self._card_widget(card))
        if not any(card.id == "911" for card in self.cards):  # never twice
            cards.addWidget(QLabel(self.tr("In an emergency, call 9-1-1.")))
        cards.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the lines' buttons
        scroll.setWidget(column)
        close = QDialogButtonBox()
        reject = QDialogButtonBox.ButtonRole.RejectRole
        self.close_button = close.addButton(self.tr("Close"), reject)
        self.close_button.setAutoDefault(False)  # Enter on a line's button calls, never closes
        describe(self.close_button, self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        layout.addWidget(close)
        self.setMinimumSize(560, 480)
        self.resize(640, 620)  # fits a 1366×768 screen with room for the taskbar
        if self.buttons:
            self.buttons[0].setFocus()

    def text(self) -> str:
        """Everything the dialog says, for tests and for a screen reader's review."""
        parts = [self.heading.text(), self.intro.text()]
        for card in self.cards:
            parts += [card.name, card.description, card.hours, *card.actions, card.url]
        return "\n".join(p for p in parts if p)

    # --- inside ------------------------------------------------------------------------------

    def _card_widget(self, card: _Card) -> QFrame:
        frame = QFrame()
        frame.setObjectName("crisisCard")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        name = QLabel(card.name)
        bold = QFont(name.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        name.setFont(bold)
        name.setWordWrap(True)
        box.addWidget(name)
        for text in (card.description, card.hours):
            if text:
                label = QLabel(text)
                label.setWordWrap(True)
                box.addWidget(label)
        row = QHBoxLayout()
        for action, number, kind in zip(card.actions, card.numbers, card.kinds, strict=False):
            button = QPushButton(action)
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
            button.setAutoDefault(False)
            describe(button, action, f"{card.name}. {card.hours}")
            button.clicked.connect(
                lambda _=False, n=number, a=action, t=kind == "text": self._reach(n, a, t)
            )
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        box.addLayout(row)
        if card.url:
            link = QLabel(f'<a href="{card.url}">{card.url.removeprefix("https://")}</a>')
            link.setOpenExternalLinks(True)
            describe(link, self.tr("Website of %1").replace("%1", card.name))
            box.addWidget(link)
        return frame

    def _reach(self, number: str, action: str, texting: bool) -> None:
        """Open the PC's phone or texting app if it has one; always say what to do on a phone."""
        QDesktopServices.openUrl(QUrl(f"{'sms' if texting else 'tel'}:{number}"))
        self.hint.setText(self.tr("You can also use any phone: %1.").replace("%1", action))
        self.hint.setAccessibleName(self.hint.text())
        self.hint.setVisible(True)

    def _cards(self, resources: Sequence[Any]) -> list[_Card]:
        cards = []
        for r in resources:
            name = str(_field(r, "name") or "")
            if not name:
                continue
            cards.append(_Card(
                id=str(_field(r, "id") or ""), name=name,
                description=str(_field(r, "description") or ""),
                actions=tuple(_field(r, "actions") or ()),
                numbers=tuple(_field(r, "numbers") or ()),
                url=str(_field(r, "url") or ""), hours=str(_field(r, "hours") or ""),
                kinds=tuple(_field(r, "kinds") or ()),
            ))  # fmt: skip
        return cards or self._fallback()

    def _fallback(self) -> list[_Card]:
        """The three national lines, when the safety package could not be read."""
        always = self.tr("24 hours a day, 7 days a week")
        return [
            _Card("988", self.tr("9-8-8: Suicide Crisis Helpline"),
                  self.tr("If you are thinking about suicide, or worried about someone, talk to "
                          "a trained responder. Free and confidential."),
                  (self.tr("Call 9-8-8"), self.tr("Text 9-8-8")), ("988", "988"),
                  "https://988.ca", always, ("call", "text")),
            _Card("kids_help_phone", self.tr("Kids Help Phone"),
                  self.tr("For young people, whatever is going on. Free and confidential."),
                  (self.tr("Call 1-800-668-6868"), self.tr("Text CONNECT to 686868")),
                  ("18006686868", "686868"), self.tr("https://kidshelpphone.ca"), always,
                  ("call", "text")),
            _Card("911", self.tr("Emergency: 9-1-1"),
                  self.tr("If you are in danger right now or someone is hurt, call 9-1-1."),
                  (self.tr("Call 9-1-1"),), ("911",), "", self.tr("Any time"), ("call",)),
        ]  # fmt: skip
