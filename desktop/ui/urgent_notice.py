"""Telling a signed-in staff member that an urgent item arrived, even on another page.

A desktop notification through the system tray when the desktop has one, and in the app a
banner on the review page and the same sentence in the main window's status bar (seen on
every page), which a screen reader hears at once. The text never holds a
name or a word of the message: a notification shows on a possibly shared screen. UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from desktop.ui.accessibility import describe
from desktop.ui.announce import announce


class UrgentNotice(QLabel):
    """The banner; `show_urgent(count)` also raises the desktop notification when it can."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgentBanner")
        self.setWordWrap(True)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setVisible(False)
        self._tray: QSystemTrayIcon | None = None

    def show_urgent(self, count: int) -> None:
        text = self.tr("New urgent items in the review queue: %1.").replace(
            "%1", QLocale().toString(count))
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self._tray is None:
                icon = QApplication.windowIcon()
                if icon.isNull():
                    icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                self._tray = QSystemTrayIcon(icon, self)
                self._tray.show()
            self._tray.showMessage(self.tr("Jumelage: urgent"), text,
                                   QSystemTrayIcon.MessageIcon.Warning)  # fmt: skip
        self.setText(text)
        describe(self, text)
        self.setVisible(True)
        window = self.window()
        if isinstance(window, QMainWindow):  # seen on every page, until another message
            window.statusBar().showMessage(text)
        announce(self, text, assertive=True)

    def clear(self) -> None:  # noqa: D102 - QLabel's: the banner also hides
        super().clear()
        self.setVisible(False)
