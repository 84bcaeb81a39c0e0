"""Canadian crisis resources, shown at once when a report or a message suggests self-harm.

The lines come from the safety package through the messaging service; if that fails for any
reason the two national lines are shown from here, because this dialog must never be empty.
Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.accessibility import describe


def _field(resource: Any, *names: str) -> str:
    for name in names:
        value = resource.get(name) if isinstance(resource, dict) else getattr(resource, name, None)
        if value:
            return str(value)
    return ""


class CrisisDialog(QDialog):
    """'You are not alone': who to call or text right now, in plain words."""

    def __init__(self, resources: Sequence[Any] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisDialog")
        self.setWindowTitle(self.tr("Help is available now"))
        intro = QLabel(self.tr(
            "Your report was sent to your program staff. If you are thinking about hurting "
            "yourself, or you are not safe, you can talk to someone right now, for free, "
            "at any hour:"
        ))  # fmt: skip
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.lines: list[QLabel] = []
        for text in self._lines(resources):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            label.setFrameShape(QLabel.Shape.StyledPanel)  # the style rings it when focused
            label.setMargin(6)
            describe(label, text)
            layout.addWidget(label)
            self.lines.append(label)
        emergency = QLabel(self.tr("In an emergency, call 911."))
        layout.addWidget(emergency)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe(buttons.button(QDialogButtonBox.StandardButton.Close), self.tr("Close"))
        layout.addWidget(buttons)
        describe(self, self.tr("Help is available now"))

    def text(self) -> str:
        return "\n".join(label.text() for label in self.lines)

    def _lines(self, resources: Sequence[Any]) -> list[str]:
        lines = []
        for r in resources:
            name = _field(r, "name", "title")
            how = _field(r, "how", "contact", "details")
            if not how:
                phone, text = _field(r, "phone", "call"), _field(r, "text", "sms")
                how = " — ".join(
                    p
                    for p in (
                        phone and self.tr("call %1").replace("%1", phone),
                        text and self.tr("text %1").replace("%1", text),
                    )
                    if p
                )
            if name:
                lines.append(f"{name}: {how}" if how else name)
        if not lines:
            lines = [
                self.tr("9-8-8 Suicide Crisis Helpline: call or text 988"),
                self.tr("Kids Help Phone: call 1-800-668-6868 or text CONNECT to 686868"),
            ]
        return lines
