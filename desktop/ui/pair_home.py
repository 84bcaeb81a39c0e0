"""The pair home of a mentor or mentee: their pairs (placeholder until messaging and calls land).

Runs on the UI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.ui.pair_list_page import Loader, PairListPage


class PairHome(PairListPage):
    """Lists the person's pairs, each named by the other person in it."""

    def __init__(self, role: str, loader: Loader | None, parent: QWidget | None = None) -> None:
        self._role = role
        super().__init__(loader, parent)
        self.setObjectName("pairHome")

    def heading_text(self) -> str:
        return self.tr("My pairs")

    def list_name(self) -> str:
        return self.tr("My pairs")

    def empty_text(self) -> str:
        return self.tr("You have no pair yet. Your program staff will let you know when you do.")

    def row_text(self, row: Any) -> str:
        other = row.mentee_name if self._role == "mentor" else row.mentor_name
        text = self.tr("With %1").replace("%1", other or self.tr("(name not known yet)"))
        if getattr(row, "program_name", ""):
            text += " — " + row.program_name
        if getattr(row, "status", "active") != "active":
            text += " " + self.tr("(closed)")
        return text
