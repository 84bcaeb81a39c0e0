"""The main window shell: navigation by role, the pages, Lock (Ctrl+L) and Sign out, a status bar.

Which pages a role gets, and their titles, come from the page registry (`ui.pages`). The
window holds no secrets itself: pages come from the profile's session, and the
controller destroys the whole window on lock. The status bar shows the sync indicator (right)
and reminders (left).
Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import describe, set_tab_order
from desktop.ui.pages import PageSpec
from desktop.ui.sync_indicator import SyncIndicator

Page = tuple[PageSpec, QWidget]


class MainWindow(QMainWindow):
    """Built per signed-in person; `lock_requested` / `sign_out_requested` go to the controller."""

    lock_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, *, display_name: str, role: str, pages: list[Page],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.role = role
        self._display_name = display_name
        self.pages = {spec.key: page for spec, page in pages}
        self._specs = {spec.key: spec for spec, _page in pages}

        self.who = QLabel()
        self.who.setWordWrap(True)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(200)
        self.nav.setSpacing(4)
        self.stack = QStackedWidget()
        for spec, page in pages:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._show_page)
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lock")
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("signOut")
        self.lock_button.clicked.connect(self.lock_requested)
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        side = QVBoxLayout()
        side.addWidget(self.who)
        side.addWidget(self.nav, 1)
        side.addWidget(self.lock_button)
        side.addWidget(self.sign_out_button)
        body = QWidget()
        row = QHBoxLayout(body)
        row.addLayout(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.account_menu = self.menuBar().addMenu("")
        self.account_menu.addAction(self.lock_action)
        self.account_menu.addAction(self.sign_out_action)
        self.addAction(self.lock_action)

        self.sync_indicator = SyncIndicator()
        self.statusBar().addPermanentWidget(self.sync_indicator)

        set_tab_order(self.nav, self.stack, self.lock_button, self.sign_out_button)
        self.resize(1000, 680)
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.nav.setFocus()

    def page_keys(self) -> list[str]:
        return list(self.pages)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    def current_key(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    def retranslate(self) -> None:
        roles = {"staff": self.tr("program staff"), "mentor": self.tr("mentor"),
                 "mentee": self.tr("mentee")}  # fmt: skip
        self.setWindowTitle(self._display_name)  # the system adds "— Jumelage" itself
        self.who.setText(
            self.tr("Signed in as %1 (%2)")
            .replace("%1", self._display_name)
            .replace("%2", roles.get(self.role, self.role))
        )
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            item.setText(self._specs[item.data(Qt.ItemDataRole.UserRole)].translated_title())
        self.account_menu.setTitle(self.tr("&Account"))
        self.lock_action.setText(self.tr("&Lock"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.lock_button.setText(self.tr("Lock (Ctrl+L)"))
        self.sign_out_button.setText(self.tr("Sign out"))
        describe(self.nav, self.tr("Sections"))
        describe(self.stack, self.tr("Section content"))
        describe(self.lock_button, self.lock_button.text(),
                 self.tr("Close your profile now; your passphrase opens it again."))  # fmt: skip
        describe(self.sign_out_button, self.tr("Sign out"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        refresh: Callable[[], None] | None = getattr(self.stack.widget(row), "refresh", None)
        if refresh is not None:
            refresh()
