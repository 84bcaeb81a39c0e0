"""The banner both participants see while a staff member is in their call.

Runs on the UI thread. It lists every staff member present ("Staff: <name> is in this call")
for exactly as long as the calls service reports them present, and hides itself when none
are. It is announced to screen readers as an alert when it appears.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class StaffBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#staffBanner { background: #fff3c4; border: 2px solid #8a6d00; }"
            "#staffBanner QLabel { color: #1f1600; font-weight: bold; }"
        )
        self._present: dict[str, str] = {}
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self.setVisible(False)

    def set_present(self, person_id: str, name: str, present: bool) -> None:
        if present:
            self._present[person_id] = name
        else:
            self._present.pop(person_id, None)
        self.retranslate()

    @property
    def present(self) -> dict[str, str]:
        return dict(self._present)

    def retranslate(self) -> None:
        lines = [
            self.tr("Staff: %1 is in this call").replace("%1", name or self.tr("a staff member"))
            for name in self._present.values()
        ]
        text = "\n".join(lines)
        self.label.setText(text)
        self.setAccessibleName(text)
        self.label.setAccessibleName(text)
        self.setVisible(bool(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
