"""The staff supervision home: the program's pairs (placeholder until supervision lands).

Runs on the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.ui.pair_list_page import Loader, PairListPage

if TYPE_CHECKING:
    from desktop.services.pairs import PairSummary


class SupervisionHome(PairListPage):
    """Lists every pair of the staff member's program, mentor and mentee."""

    def __init__(self, loader: Loader | None, parent: QWidget | None = None) -> None:
        super().__init__(loader, parent)
        self.setObjectName("supervisionHome")

    def heading_text(self) -> str:
        return self.tr("Supervision")

    def list_name(self) -> str:
        return self.tr("Pairs of the program")

    def empty_text(self) -> str:
        return self.tr(
            "The program has no pairs yet. Once mentors and mentees have joined with their "
            "invite codes and been matched, each pair appears here, and the messages waiting "
            "for your review appear beside them.")  # fmt: skip

    def row_text(self, row: PairSummary) -> str:
        text = self.tr("%1 (mentor) with %2 (mentee)")
        text = text.replace("%1", row.mentor_name or "?").replace("%2", row.mentee_name or "?")
        if getattr(row, "status", "active") != "active":
            text += " " + self.tr("(closed)")
        return text
