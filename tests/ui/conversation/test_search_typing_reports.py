"""Search (Ctrl+F, Enter jumps), "is typing…", the staff's report list, names and French."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from desktop.runtime.events import ChangeEvents
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.conversation.held_messages import HeldMessagesList
from desktop.ui.conversation.message_model import PAGE_SIZE
from desktop.ui.conversation.pair_home_page import PairHomePage
from desktop.ui.conversation.typing_indicator import TypingIndicator
from tests.services.conftest import PAIR_ID, URGENT_TEXT
from tests.support.french import in_french


def make_page(qtbot, world, role: str, **kwargs) -> PairHomePage:
    events = ChangeEvents()
    page = PairHomePage(world.service(role, events=events), events, {"language": "en"}, **kwargs)
    page._events = events
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.loading)  # the conversations are read off the UI thread
    return page


def test_ctrl_f_search_and_enter_jumps_to_an_old_message(world, qtbot):
    mentor = world.services["mentor"]
    target = mentor.send(PAIR_ID, "le musée des beaux-arts samedi").id
    for i in range(PAGE_SIZE * 3):
        mentor.send(PAIR_ID, f"filler {i}")
    page = make_page(qtbot, world, "mentor")
    assert page.model.row_of(target) < 0  # far outside the newest page
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.focusWidget() is page.search.box
    qtbot.keyClicks(page.search.box, "musee")
    qtbot.waitUntil(lambda: page.search.results.count() == 1 and not page.search.searching)
    assert "musée" in page.search.results.item(0).text()
    assert page.search.summary.text() == "1 message found"  # real plural forms in English too
    # The row wraps (name and time, then the excerpt) instead of being clipped (issue 11).
    row = page.search.results.item(0).text()
    assert page.search.results.wordWrap() and row.count("\n") == 1
    assert not re.search(r"\d{4}-\d{2}-\d{2}", row)  # no ISO date
    qtbot.keyClick(page.search.box, Qt.Key.Key_Return)
    current = page.view.current_message()
    assert current is not None and current.id == target
    assert page.view.visualRect(page.view.currentIndex()).intersects(page.view.viewport().rect())
    assert page.model.has_newer  # scrolling down pages back in towards the newest
    qtbot.keyClicks(page.search.box, "zzz")
    qtbot.waitUntil(lambda: page.search.summary.text() == "No message found.")
    assert unnamed_focusable(page) == []


def test_typing_indicator_names_the_other_person_and_clears(world, qtbot):
    page = make_page(qtbot, world, "mentor")
    page.typing.on_typing(PAIR_ID, "e1", True)
    assert page.typing.text() == "Sam is typing…"
    assert page.typing.accessibleName() == "Sam is typing…"
    page.typing.on_typing("another-pair", "x", True)
    assert page.typing.text() == "Sam is typing…"  # other conversations do not show here
    page.typing.on_typing(PAIR_ID, "e1", False)
    assert page.typing.text() == "" and not page.typing.is_showing()
    short = TypingIndicator()
    qtbot.addWidget(short)
    short._clear.setInterval(50)
    short.set_pair(PAIR_ID)
    short.on_typing(PAIR_ID, "e1", True)
    assert short.is_showing()
    qtbot.waitUntil(lambda: not short.is_showing(), timeout=60_000)  # a lost "stopped"


class _Recorder:
    """Stands in for the TypingRelay's sender side only (no network in a widget test)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, bool]] = []

    def send(self, pair_id: str, typing: bool) -> None:
        self.sent.append((pair_id, typing))

    def subscribe(self, _listener):
        return lambda: None


def test_typing_is_sent_throttled_and_stopped_on_send(world, qtbot):
    relay = _Recorder()
    page = make_page(qtbot, world, "mentor", typing=relay)
    qtbot.keyClicks(page.composer.box, "hello")
    assert relay.sent == [(PAIR_ID, True)]  # five keys, one signal
    page.composer.send_button.click()
    assert relay.sent[-1] == (PAIR_ID, False)


def test_staff_list_puts_urgent_reports_first(world, qtbot):
    mentee = world.services["mentee"]
    mentee.send(PAIR_ID, URGENT_TEXT)
    world.relay("mentee", "staff")
    held = HeldMessagesList(world.service("staff"))
    qtbot.addWidget(held)
    qtbot.waitUntil(lambda: not held.loading)
    held.show()
    assert held.reports.isVisible() and held.reports.count() == 1
    assert held.reports.item(0).text().startswith("Possible self-harm. Urgent report by Sam")
    layout = held.layout()
    assert layout.indexOf(held.reports) < layout.indexOf(held.list)
    assert unnamed_focusable(held) == []


def test_french_ui_for_search_typing_and_reports(world, qtbot, qapp):
    with in_french(qapp):
        page = make_page(qtbot, world, "mentor")
        assert page.search.box.placeholderText() == "Chercher (Ctrl+F)"
        assert page.search.box.accessibleName() == "Chercher dans mes conversations"
        page.typing.on_typing(PAIR_ID, "e1", True)
        assert page.typing.text() == "Sam est en train d’écrire…"
        world.services["mentee"].report(PAIR_ID, None)
        world.relay("mentee", "staff")
        held = HeldMessagesList(world.service("staff"))
        qtbot.addWidget(held)
        qtbot.waitUntil(lambda: not held.loading)
        assert held.reports_title.text() == "Signalements urgents"
        assert "toute la conversation" in held.reports.item(0).text()
        assert not re.search(r"\d{4}-\d{2}-\d{2}", held.reports.item(0).text())  # no ISO date
