"""The staff supervision page: the program's pairs beside the messages held for review.

Composes the pair list (`SupervisionHome`, read off the UI thread) and the messaging
`HeldMessagesList`; both refresh themselves from `ChangeEvents` when sync brings news.
Runs on the UI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.ui.conversation.held_messages import HeldMessagesList
from desktop.ui.pair_list_page import Loader
from desktop.ui.supervision_home import SupervisionHome


class SupervisionPage(QWidget):
    """Pairs on the left, held messages on the right."""

    def __init__(
        self, loader: Loader, messaging: Any, *, events: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supervisionPage")
        self.pairs = SupervisionHome(loader)
        self.held = HeldMessagesList(messaging, events)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pairs)
        splitter.addWidget(self.held)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 380])
        for view in (self.pairs.list, self.held.list):  # long rows wrap instead of clipping
            view.setWordWrap(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        if events is not None:
            events.changed.connect(self._on_change)

    def refresh(self) -> None:
        self.pairs.refresh()

    def _on_change(self, change: Any) -> None:
        if change.kind == "pair" or (change.kind == "message" and not change.ids):
            self.pairs.refresh()
