"""The sync indicator of the status bar: synced, offline, syncing n of m, or stopped and why.

It shows a `SyncStatusView` (from `services.sync_status`) as one short sentence in the
person's language, with the same sentence as accessible name so a screen reader says what a
sighted person reads. Error codes become plain sentences through `ui.errors`. Changes from
others that this PC set aside (quarantined) are counted in the sentence and listed by reason
in the tooltip and accessible description. Runs on the UI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.announce import Debounced
from desktop.ui.errors import message_for_code


class SyncIndicator(QLabel):
    """A label whose text and accessible name follow the sync state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._view: Any = None
        self._local_only = True
        self._announcer = Debounced(self)
        self.render()

    def set_local_only(self) -> None:
        """This profile has no server: everything stays on this computer."""
        self._local_only, self._view = True, None
        self.render()

    def show_status(self, view: Any) -> None:
        """`view` is a `SyncStatusView` (state, done, total, pending, error_code)."""
        self._local_only, self._view = False, view
        self.render()

    def state(self) -> str:
        return "local" if self._local_only else getattr(self._view, "state", "idle")

    def text_for(self, view: Any) -> str:
        state = view.state
        if state == "synced":
            if view.error_code == "clock_skew":  # sync goes on; the clock needs a person
                return self.tr(
                    "Synced, but this computer's clock is off: set the correct date and time"
                )
            set_aside = sum(n for _, n in getattr(view, "set_aside", ()))
            if set_aside:
                return self.tr("Synced; %n change(s) from others set aside", "", set_aside)
            if view.pending:
                return self.tr("Synced; %n change(s) still to send", "", view.pending)
            return self.tr("Synced")
        if state == "syncing":
            if view.total:
                return (
                    self.tr("Syncing %1 of %2")
                    .replace("%1", str(view.done))
                    .replace("%2", str(view.total))
                )
            return self.tr("Syncing…")
        if state == "offline":
            return self.tr("Offline: your changes are kept and will be sent when the server "
                           "can be reached")  # fmt: skip
        if state == "error":
            return self.tr("Sync stopped: %1").replace("%1", message_for_code(view.error_code))
        return self.tr("Connecting to the server…")

    def reason_for(self, reason: str) -> str:
        """Why a change was set aside, as people can read it."""
        reasons = {
            "not_allowed": self.tr("written by someone not allowed to make that change"),
            "invalid_value": self.tr("holding a value this app does not accept"),
            "bad_id": self.tr("about something that does not fit where it was sent"),
            "refused_by_database": self.tr("refused by this computer's database"),
        }
        return reasons.get(reason, self.tr("not valid"))

    def problems_for(self, view: Any) -> str:
        """The set-aside changes by reason, one line each (empty when there are none)."""
        return "\n".join(
            self.tr("%n change(s) %1", "", n).replace("%1", self.reason_for(reason))
            for reason, n in getattr(view, "set_aside", ())
        )

    def render(self) -> None:
        if self._local_only:
            text, problems = self.tr("Working on this computer only"), ""
        else:
            text, problems = self.text_for(self._view), self.problems_for(self._view)
        self.setText(text)
        self.setWordWrap(len(text) > 60)
        self.setAccessibleName(text)
        self.setAccessibleDescription(problems or self.tr("Sync status"))
        self.setToolTip(f"{text}\n{problems}" if problems else text)
        if self.state() != "syncing":  # progress counts would flood; the outcome is said
            self._announcer.set_status(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        super().changeEvent(event)
