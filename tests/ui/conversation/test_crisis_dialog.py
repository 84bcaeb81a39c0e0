"""The crisis dialog (issue 11, defect 3): large, one card per line and 9-1-1 once, numbers as
buttons that open the phone or texting app, no text cursor, one register per language."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from desktop.safety import crisis
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.conversation.crisis_dialog import CrisisDialog
from tests.support.french import in_french


class Opened(QObject):
    """Stands in for the PC's phone and texting apps (the edge of the machine)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def shown(qtbot, resources) -> CrisisDialog:
    dialog = CrisisDialog(resources)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_large_each_line_once_and_numbers_are_buttons(qtbot):
    opened = Opened()
    for scheme in ("tel", "sms"):
        QDesktopServices.setUrlHandler(scheme, opened, "open")
    try:
        dialog = shown(qtbot, crisis.resources("en"))
        assert dialog.width() >= 560 and dialog.height() >= 480
        assert dialog.width() <= 1366 and dialog.height() <= 700  # fits the small screen
        assert [c.id for c in dialog.cards] == ["988", "kids_help_phone", "911"]
        assert not [w for w in dialog.findChildren(QLabel) if "In an emergency" in w.text()]
        assert [b.text() for b in dialog.buttons] == [
            "Call 9-8-8", "Text 9-8-8", "Call 1-800-668-6868", "Text CONNECT to 686868",
            "Call 9-1-1"]  # fmt: skip
        cursor = Qt.TextInteractionFlag.TextSelectableByKeyboard
        assert not [w for w in dialog.findChildren(QLabel) if w.textInteractionFlags() & cursor]
        assert unnamed_focusable(dialog) == []
        dialog.buttons[0].click()
        dialog.buttons[3].click()
        assert opened.urls == ["tel:988", "sms:686868"]
        assert dialog.hint.text() == "You can also use any phone: Text CONNECT to 686868."
    finally:
        for scheme in ("tel", "sms"):
            QDesktopServices.unsetUrlHandler(scheme)


def test_the_fallback_has_the_same_three_lines(qtbot):
    dialog = shown(qtbot, [])
    assert [c.id for c in dialog.cards] == ["988", "kids_help_phone", "911"]
    assert "988" in dialog.text() and "686868" in dialog.text()
    assert [c.kinds for c in dialog.cards] == [("call", "text"), ("call", "text"), ("call",)]


def test_french_speaks_to_the_young_person_as_tu_throughout(qtbot, qapp):
    with in_french(qapp):
        for dialog in (shown(qtbot, crisis.resources("fr")), shown(qtbot, [])):
            text = dialog.text()
            assert "PARLER au 686868" in text and "CONNECT" not in text
            assert not re.search(r"\b(vous|votre|vos)\b", text, re.IGNORECASE), text
            assert re.search(r"\b(tu|ton|ta|te|t’|t')", text)
            assert dialog.windowTitle() == "De l’aide tout de suite"
