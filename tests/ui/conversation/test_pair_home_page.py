"""The pair home on real profiles: paging model, held messages, reports, drafts, access, input."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.runtime.events import ChangeEvents
from desktop.services.messaging import MAX_MESSAGE_CHARS, MessageItem
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.conversation.crisis_dialog import CrisisDialog
from desktop.ui.conversation.display_text import neutralise
from desktop.ui.conversation.held_messages import HeldMessagesList
from desktop.ui.conversation.message_model import PAGE_SIZE, MessageListModel, Roles
from desktop.ui.conversation.pair_home_page import PairHomePage
from tests.services.conftest import HELD_TEXT, PAIR_ID, URGENT_TEXT


def make_page(qtbot, world, role: str) -> PairHomePage:
    events = ChangeEvents()
    page = PairHomePage(world.service(role, events=events), events, {"language": "en"})
    page._events = events  # keep the bus alive as long as the page
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    qtbot.waitUntil(lambda: not page.loading)  # the conversations are read off the UI thread
    return page


def test_model_pages_in_hlc_order(world, qtbot):
    mentor = world.services["mentor"]
    total = PAGE_SIZE * 2 + 5
    ids = [mentor.send(PAIR_ID, f"n°{i}").id for i in range(total)]
    model = MessageListModel(mentor)
    model.set_pair(PAIR_ID)
    assert model.rowCount() == PAGE_SIZE and model.has_older
    assert [model.item(r).id for r in range(PAGE_SIZE)] == ids[-PAGE_SIZE:]
    assert model.fetch_older() == PAGE_SIZE
    assert model.fetch_older() == 5 and not model.has_older
    assert [model.item(r).id for r in range(total)] == ids
    text = model.index(total - 1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("Alex, ") and f": n°{total - 1}" in text
    assert model.index(0).data(Roles.DAY_BREAK) is not None


def test_view_fetches_older_when_scrolled_to_top(world, qtbot):
    mentor = world.services["mentor"]
    for i in range(PAGE_SIZE + 10):
        mentor.send(PAIR_ID, f"line {i}")
    page = make_page(qtbot, world, "mentor")
    assert page.model.rowCount() == PAGE_SIZE
    bar = page.view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0  # opens at the newest
    bar.setValue(0)
    assert page.model.rowCount() == PAGE_SIZE + 10
    assert bar.value() > 0  # the rows that were on screen stay on screen


def test_held_message_invisible_to_recipient_waiting_for_sender(world, qtbot):
    mentor_page = make_page(qtbot, world, "mentor")
    mentor_page.composer.box.setPlainText(HELD_TEXT)
    mentor_page.composer.send_button.click()
    last = mentor_page.model.index(mentor_page.model.rowCount() - 1)
    assert last.data(Roles.STATE_TEXT) == "Waiting for review by program staff"
    assert "waiting for review" in mentor_page.status.text()
    world.services["mentor"].send(PAIR_ID, "see you Tuesday")
    world.relay("mentor", "mentee", "staff")
    mentee_page = make_page(qtbot, world, "mentee")
    bodies = [mentee_page.model.index(r).data() for r in range(mentee_page.model.rowCount())]
    assert bodies == ["see you Tuesday"]
    held = HeldMessagesList(world.service("staff"))
    qtbot.addWidget(held)
    qtbot.waitUntil(lambda: not held.loading)
    assert held.list.count() == 1 and held.approve_button.isEnabled()
    held.approve_button.click()
    qtbot.waitUntil(lambda: held.list.count() == 0)
    world.relay("staff", "mentee")
    mentee_page.model.refresh()
    assert mentee_page.model.rowCount() == 2
    assert unnamed_focusable(held) == []


def test_report_self_harm_message_shows_crisis_resources(world, qtbot):
    world.services["mentor"].send(PAIR_ID, "Hi Sam!")
    world.relay("mentor", "mentee")
    page = make_page(qtbot, world, "mentee")
    page.composer.box.setPlainText(URGENT_TEXT)
    qtbot.keyClick(page.composer.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.crisis_dialog, CrisisDialog) and page.crisis_dialog.isVisible()
    assert "9-8-8" in page.crisis_dialog.text()  # the real Canadian resources, in English
    page.crisis_dialog.close()
    page.view.setFocus()
    page.view.select_message(page.model.item(1).id)
    qtbot.keyClick(
        page.view,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "report was sent" in page.status.text()
    assert page.crisis_dialog.isVisible()
    fallback = CrisisDialog([])
    qtbot.addWidget(fallback)
    assert "988" in fallback.text() and "686868" in fallback.text()


def test_nudge_asks_before_sending_contact_details(world, qtbot):
    page = make_page(qtbot, world, "mentee")
    page.composer.box.setPlainText("my email is sam@example.org")
    page.composer.send_button.click()
    assert page.nudge_box is not None and page.model.rowCount() == 0
    assert "contact details" in page.nudge_box.text()
    page.nudge_box.button(QMessageBox.StandardButton.Yes).click()
    assert page.model.rowCount() == 1 and page.composer.text() == ""


def test_draft_survives_lock(world, qtbot):
    page = make_page(qtbot, world, "mentee")
    qtbot.keyClicks(page.composer.box, "pas fini")
    qtbot.waitUntil(lambda: not page.composer.has_pending_draft(), timeout=30_000)
    page.composer.box.insertPlainText(" 🙂")
    page.flush_draft()  # what the shell calls on lock
    page.close()
    world.reopen("mentee")
    again = make_page(qtbot, world, "mentee")
    assert again.composer.text() == "pas fini 🙂"


def test_every_control_has_an_accessible_name(world, qtbot):
    world.services["mentor"].post_activity(PAIR_ID, "walk", "Go for a walk")
    page = make_page(qtbot, world, "mentor")
    page.view.select_message(page.model.item(0).id)
    assert page.done_button.isVisible()
    assert unnamed_focusable(page) == []
    page.done_button.click()
    assert page.model.item(0).activity.done and not page.done_button.isVisible()


def test_composer_input_rules(world, qtbot):
    page = make_page(qtbot, world, "mentor")
    composer = page.composer
    composer.box.setPlainText("   \n ")
    assert not composer.send_button.isEnabled()
    composer.request_send()
    assert page.model.rowCount() == 0
    composer.box.setPlainText("a" * (MAX_MESSAGE_CHARS + 3))
    assert not composer.send_button.isEnabled()
    assert "remove 3" in composer.count.text() and len(composer.text()) == MAX_MESSAGE_CHARS + 3
    composer.box.clear()
    rich = QMimeData()
    rich.setHtml("<b>bold</b> <a href='http://x'>link</a>")
    rich.setText("bold link")
    composer.box.insertFromMimeData(rich)
    assert composer.text() == "bold link"
    assert "font-weight:700" not in composer.box.document().toHtml()  # no bold kept
    qtbot.keyClick(composer.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.model.item(0).body == "bold link"


def test_hostile_and_unreadable_text_is_shown_safely(world, qtbot):
    assert neutralise("abc\u202edef\x1b[2J") == "abc\ufffddef\ufffd[2J"
    assert neutralise("👩‍👩‍👧 ok\n") == "👩‍👩‍👧 ok\n"
    model = MessageListModel(world.services["mentor"])
    lost = MessageItem("x", PAIR_ID, "e1", "Sam", "0000000000001-00000-a",
                       datetime.now(UTC), "sent", False, None)  # fmt: skip
    assert model.body_text(lost) == "This message could not be read."
    world.services["mentor"].send(PAIR_ID, "evil \u202etxt.exe")
    model.set_pair(PAIR_ID)
    assert "\u202e" not in model.index(0).data()


def test_french_strings_exist(world, qtbot, qapp):
    from desktop.ui import i18n

    i18n.install_language(qapp, "fr")
    try:
        page = make_page(qtbot, world, "mentee")
        assert page.report_message_button.text() == "Signaler le message"
        assert page.composer.send_button.text() == "Envoyer"
        assert "L’équipe du programme peut lire" in page.notice.text()
        assert "988" in CrisisDialog([]).text() and "PARLER" in CrisisDialog([]).text()
    finally:
        i18n.install_language(qapp, "en")


class ThreadRecorder:
    """A messaging service that notes on which thread each list read runs (a real one below)."""

    def __init__(self, service, names=("conversations", "reports", "held_messages")) -> None:
        self._service, self._names, self.threads = service, names, []

    def __getattr__(self, name):
        attr = getattr(self._service, name)
        if name not in self._names:
            return attr

        def recorded(*args, **kwargs):
            self.threads.append((name, threading.current_thread() is threading.main_thread()))
            return attr(*args, **kwargs)

        return recorded


def test_lists_that_can_grow_are_read_off_the_ui_thread(world, qtbot):
    events = ChangeEvents()
    mentor = ThreadRecorder(world.service("mentor", events=events))
    page = PairHomePage(mentor, events, {"language": "en"})
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)
    assert page.pairs.pair_model.rowCount() == 1
    staff = ThreadRecorder(world.service("staff"))
    held = HeldMessagesList(staff)
    qtbot.addWidget(held)
    qtbot.waitUntil(lambda: not held.loading)
    reads = mentor.threads + staff.threads
    assert {name for name, _ in reads} == {"conversations", "reports", "held_messages"}
    assert not any(on_ui_thread for _name, on_ui_thread in reads), reads


def test_unreadable_crisis_resources_still_open_the_dialog_and_are_logged(world, qtbot, caplog):
    page = make_page(qtbot, world, "mentee")

    secret = "Sam " + "Tremblay"  # a message that must not reach the log

    def broken(_lang):
        raise OSError(secret)

    page._service.crisis_resources = broken
    with caplog.at_level("ERROR", logger="jumelage.runtime"):
        page._show_crisis()
    assert page.crisis_dialog.isVisible() and "988" in page.crisis_dialog.text()
    page.crisis_dialog.close()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "crisis resources" in logged and "OSError" in logged
    assert "Sam Tremblay" not in logged


def test_the_page_shows_its_own_send_once_and_others_changes_too(world, qtbot):
    """The change notice of a send names the page as initiator: it does not read it again."""
    page = make_page(qtbot, world, "mentee")
    inserted, updated = [], []
    page.model.rowsInserted.connect(lambda *args: inserted.append(args))
    page.model.dataChanged.connect(lambda *args: updated.append(args))
    page.composer.box.setPlainText("hello from the page")
    page.composer.send_button.click()
    assert page.model.rowCount() == 1
    assert (len(inserted), len(updated)) == (1, 0)  # read once, not read and merged again
    page._service.send(PAIR_ID, "sent by another screen")  # no initiator: this page refreshes
    assert page.model.rowCount() == 2 and len(inserted) == 2
