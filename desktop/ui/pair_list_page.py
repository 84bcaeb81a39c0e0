"""A page listing pairs: the pair home of a mentor or mentee, and the staff supervision list.

Rows come from a loader (a services function reading the profile's database) that the page runs
off the UI thread (`LatestRead`); results for a page already closed, or of an older refresh,
are dropped. The page
only formats what comes back. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.runtime.operations import LatestRead
from desktop.ui.accessibility import describe
from desktop.ui.theme import heading

Loader = Callable[[], Sequence[Any]]


class PairListPage(QWidget):
    """Base for the two pair lists; subclasses say what the texts are and how a row reads."""

    def __init__(self, loader: Loader | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._reads = LatestRead(self)
        self._rows: list[Any] = []
        self._state = "loading"
        self.heading = heading()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        self.retranslate()

    # Texts, overridden by subclasses.
    def heading_text(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def row_text(self, row: Any) -> str:
        raise NotImplementedError

    def list_name(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload the rows (called when shown and when synced changes arrive)."""
        if self._loader is None:
            self._show([])
            return
        self._state = "loading"
        self._render()
        self._reads.run(self._loader, self._show, self._failed)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.heading.setText(self.heading_text())
        describe(self.list, self.list_name())
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, rows: Sequence[Any]) -> None:
        self._rows, self._state = list(rows), "ready"
        self._render()

    def _failed(self, _exc: BaseException) -> None:
        self._rows, self._state = [], "failed"
        self._render()

    def _render(self) -> None:
        from desktop.ui.errors import general_error

        self.list.clear()
        for row in self._rows:
            self.list.addItem(self.row_text(row))
        self.list.setVisible(bool(self._rows))
        note = {
            "loading": self.tr("Loading…"),
            "failed": general_error(),
            "ready": "" if self._rows else self.empty_text(),
        }[self._state]
        self.note.setText(note)
        self.note.setVisible(bool(note))
