"""Status messages reach screen readers (WCAG 4.1.3): every announcement goes through
`desktop.ui.announce`, which sends a real `QAccessibleAnnouncementEvent`; the test listens there
(PySide6 does not expose `QAccessible.installUpdateHandler`)."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible

from desktop.runtime.events import ChangeEvents
from desktop.services.messaging import MessagingError
from desktop.ui import announce
from desktop.ui.conversation.held_messages import HeldMessagesList
from desktop.ui.conversation.pair_home_page import PairHomePage
from desktop.ui.sync_indicator import SyncIndicator
from tests.services.conftest import HELD_TEXT, PAIR_ID


class Heard:
    def __init__(self) -> None:
        self.said: list[tuple[QObject, str, bool]] = []
        self.remove = announce.add_listener(lambda s, t, a: self.said.append((s, t, a)))

    def texts(self) -> list[str]:
        return [t for _, t, _ in self.said]


def make_page(qtbot, world, role: str) -> PairHomePage:
    events = ChangeEvents()
    page = PairHomePage(world.service(role, events=events), events, {"language": "en"})
    page._events = events
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.loading)
    return page


def test_the_installed_qt_has_announcement_events(qapp):
    # the fallback (a live region) exists for older Qt; this build must use the real event
    assert hasattr(QtGui, "QAccessibleAnnouncementEvent")
    label = QtGui.QAccessibleAnnouncementEvent(qapp, "x")
    assert label.message() == "x"


def test_a_new_message_from_the_other_person_is_announced(world, qtbot):
    page = make_page(qtbot, world, "mentee")
    heard = Heard()
    try:
        world.services["mentor"].send(PAIR_ID, "Bonjour Sam")
        world.relay("mentor", "mentee")
        page.model.refresh()
        said = [(s, t, a) for s, t, a in heard.said if "Bonjour Sam" in t]
        assert len(said) == 1
        source, text, assertive = said[0]
        assert source is page.view and "Alex, " in text and not assertive
        assert QAccessible.queryAccessibleInterface(source) is not None
    finally:
        heard.remove()


def test_a_send_failure_is_announced(world, qtbot):
    page = make_page(qtbot, world, "mentor")
    page.composer.box.setPlainText(HELD_TEXT)
    heard = Heard()
    try:
        page.composer.send_button.click()
        assert ("Your message is waiting for review by program staff. Staff review held "
                "messages within 24 h.") in heard.texts()  # the program's target time
        world.relay("mentor", "staff")
        held = HeldMessagesList(world.service("staff"))
        qtbot.addWidget(held)
        qtbot.waitUntil(lambda: not held.loading and held.list.count() == 1)
        held.list.setCurrentRow(0)
        held.dismiss_button.click()
        held.confirm_box.accept()  # dismissing asks first
        qtbot.waitUntil(lambda: held.list.count() == 0)
        world.relay("staff", "mentor")
        page.model.refresh()
        assert "Not sent: program staff did not approve it. Select it and press Retry." in (
            heard.texts()
        )
        page._show_error(MessagingError("pair_closed"))
        assert heard.said[-1][1:] == ("This pair is closed: no new messages can be sent.", True)
    finally:
        heard.remove()


def test_a_wrong_passphrase_is_announced_once(qtbot, make_person, make_controller):
    person = make_person()
    controller = make_controller()
    window = controller.sign_in_window
    heard = Heard()
    try:
        window.username.setText(person.username)
        window.passphrase.setText("not my passphrase")
        with qtbot.waitSignal(controller.sign_in_failed, timeout=60_000):
            window.sign_in.click()
        wrong = "The username or passphrase is not right. Check them and try again."
        assert [(t, a) for s, t, a in heard.said if s is window.message] == [
            ("Opening your profile…", False),
            (wrong, True),
        ]
        # tied to its field: the passphrase is described by the error, the label points to it
        assert window.passphrase.accessibleDescription() == wrong
        assert window.message.buddy() is window.passphrase
        assert window.message.accessibleName() == wrong
    finally:
        heard.remove()


def test_sync_status_is_announced_once_it_settles(qtbot):
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    heard = Heard()

    class View:
        def __init__(self, state: str) -> None:
            self.state, self.done, self.total, self.pending, self.error_code = state, 0, 0, 0, None

    try:
        for _ in range(5):  # the offline status flapping every few seconds
            indicator.show_status(View("offline"))
            indicator.show_status(View("synced"))
        assert heard.said == []  # nothing said while it flaps
        indicator.show_status(View("offline"))
        indicator._announcer.flush()  # the quiet period ends (no sleeping in tests)
        assert heard.texts() == [indicator.text()] and "Offline" in indicator.text()
        indicator._announcer.flush()
        indicator.show_status(View("offline"))
        indicator._announcer.flush()
        assert len(heard.said) == 1  # the same status is not said twice
    finally:
        heard.remove()
