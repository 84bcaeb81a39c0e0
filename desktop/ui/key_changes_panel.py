"""A plain warning on the supervision page when the server serves someone a new key.

Hidden while nothing changed. Lists each person whose keys (or role) changed; "Confirm the
new key" pins the new one once the staff member has checked with that person, and sealing
to them resumes. Reads and the confirmation run off the UI thread (`BackgroundOp`). Runs on
the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.runtime.operations import BackgroundOp, LatestRead
from desktop.ui.accessibility import describe

if TYPE_CHECKING:
    from desktop.services.key_pins import ChangedKey


class KeyChangesPanel(QWidget):
    """`loader()` -> rows with person_id, name, role, new_role; `confirm(person_id)`."""

    def __init__(
        self,
        loader: Callable[[], Sequence[ChangedKey]],
        confirm: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyChanges")
        self._loader, self._confirm = loader, confirm
        self._rows: list[ChangedKey] = []
        self._reads = LatestRead(self)  # the newest answer wins: no stale list after a confirm
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.confirm = QPushButton()
        self.confirm.setEnabled(False)
        self.confirm.clicked.connect(self._confirm_selected)
        self.list.currentRowChanged.connect(
            lambda row: self.confirm.setEnabled(0 <= row < len(self._rows))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.warning, self.list, self.confirm):
            layout.addWidget(widget)
        self.setVisible(False)
        self.retranslate()

    @property
    def loading(self) -> bool:
        return self._reads.loading

    def refresh(self) -> None:
        self._reads.run(self._loader, self._show)

    def rows(self) -> list[ChangedKey]:
        return list(self._rows)

    def _show(self, rows: Sequence[ChangedKey]) -> None:
        self._rows = list(rows)
        self.list.clear()
        for row in self._rows:
            self.list.addItem(self._row_text(row))
        self.list.setCurrentRow(-1)  # confirming needs a deliberate choice of the person
        self.confirm.setEnabled(False)
        self.setVisible(bool(self._rows))

    def _row_text(self, row: ChangedKey) -> str:
        name = row.name or self.tr("Someone not yet named")
        if row.new_role != row.role:
            return (
                self.tr("%1: new key, and the server now says their role is %2")
                .replace("%1", name)
                .replace("%2", row.new_role)
            )
        return self.tr("%1: new key").replace("%1", name)

    def _confirm_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._rows):
            return
        person_id, confirm = self._rows[row].person_id, self._confirm
        self.confirm.setEnabled(False)
        BackgroundOp(lambda _p: confirm(person_id), parent=self).success(
            lambda _r: self.refresh()
        ).run()

    def retranslate(self) -> None:
        self.warning.setText(
            self.tr(
                "Warning: the server now gives other security keys for the people below. "
                "Jumelage will not share a pair's key with them until you confirm. Check with "
                "each person (by phone or in person) that they really set up a new account; "
                "if not, do not confirm and tell your IT person."
            )
        )
        self.confirm.setText(self.tr("&Confirm the new key"))
        describe(self.list, self.tr("People whose security key changed"))
        describe(
            self.confirm,
            self.tr("Confirm the new key"),
            self.tr("Only after checking with this person that they set up a new account."),
        )
        for i, row in enumerate(self._rows):
            self.list.item(i).setText(self._row_text(row))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
