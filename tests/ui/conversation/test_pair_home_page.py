"""The pair home on real profiles: paging model, held messages, reports, drafts, access, input."""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.runtime.events import ChangeEvents
from desktop.safety import SafetyChecker
from desktop.services.messaging import MAX_MESSAGE_CHARS, MessageItem
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.conversation.crisis_dialog import CrisisDialog
from desktop.ui.conversation.display_text import neutralise
from desktop.ui.conversation.held_messages import HeldMessagesList
from desktop.ui.conversation.message_model import PAGE_SIZE, MessageListModel, Roles
from desktop.ui.conversation.pair_home_page import PairHomePage
from tests.services.conftest import HELD_TEXT, PAIR_ID, URGENT_TEXT
from tests.support.french import in_french


def make_page(qtbot, world, role: str, **service) -> PairHomePage:
    events = ChangeEvents()
    page = PairHomePage(world.service(role, events=events, **service), events, {"language": "en"})
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
    assert page.report_dialog.isVisible() and "report was sent" not in page.status.text()
    page.report_dialog.send_button.click()  # no reason chosen: never required
    assert "report was sent" in page.status.text()
    assert page.crisis_dialog.isVisible()
    fallback = CrisisDialog([])
    qtbot.addWidget(fallback)
    assert "988" in fallback.text() and "686868" in fallback.text()


def reports_seen_by_staff(world):
    world.relay("mentee", "staff")
    return world.service("staff").reports()


def test_report_conversation_asks_first_and_takes_an_optional_reason(world, qtbot):
    """Issue 11, defect 4: a report was sent at once, with no confirmation and no reason."""
    world.services["mentor"].send(PAIR_ID, "Hi Sam!")
    world.relay("mentor", "mentee")
    page = make_page(qtbot, world, "mentee")
    page.report_conversation_button.click()
    dialog = page.report_dialog
    assert dialog.isVisible() and dialog.reason() == "" and dialog.note_text() == ""
    assert unnamed_focusable(dialog) == []
    dialog.cancel_button.click()
    assert reports_seen_by_staff(world) == [] and "report" not in page.status.text()
    page.report_conversation_button.click()
    dialog = page.report_dialog
    dialog.choices["uncomfortable"].click()
    dialog.choices["other"].click()  # one reason at most
    dialog.choices["other"].click()  # and a second click takes it back: none is fine
    assert dialog.reason() == ""
    dialog.choices["uncomfortable"].click()
    dialog.note.setPlainText("  He asked where I live.  ")
    dialog.send_button.click()
    assert "report was sent" in page.status.text() and page.crisis_dialog is None
    (report,) = reports_seen_by_staff(world)
    assert report.reason == "uncomfortable" and report.note == "He asked where I live."
    assert report.message_id is None and not report.self_harm
    held = HeldMessagesList(world.service("staff"))
    qtbot.addWidget(held)
    qtbot.waitUntil(lambda: not held.loading)
    text = held.reports.item(0).text()
    assert "reason: something made them uncomfortable" in text
    assert "in their words: “He asked where I live.”" in text


def test_a_report_saying_unsafe_opens_the_crisis_resources(world, qtbot):
    page = make_page(qtbot, world, "mentee")
    page.report_conversation_button.click()
    page.report_dialog.choices["unsafe"].click()
    page.report_dialog.send_button.click()
    assert page.crisis_dialog.isVisible()
    page.crisis_dialog.close()
    (report,) = reports_seen_by_staff(world)
    assert report.reason == "unsafe" and not report.self_harm


def test_contact_details_are_held_without_a_send_anyway(world, qtbot):
    page = make_page(qtbot, world, "mentor")
    page.composer.box.setPlainText("my email is sam@example.org")
    page.composer.send_button.click()
    assert page.nudge_box is None and page.model.rowCount() == 1
    assert page.model.item(0).state == "held"
    assert "waiting for review" in page.status.text()


def test_nudge_asks_before_sending_when_a_program_nudges(world, qtbot):
    nudging = SafetyChecker(overrides={"contact_email": "nudge"})
    page = make_page(qtbot, world, "mentee", checker=nudging)
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
    with in_french(qapp):
        page = make_page(qtbot, world, "mentee")
        assert page.report_message_button.text() == "Signaler le message"
        assert page.composer.send_button.text() == "Envoyer"
        assert "L’équipe du programme peut lire" in page.notice.text()
        assert "988" in CrisisDialog([]).text() and "PARLER" in CrisisDialog([]).text()
        assert "jeunessejecoute.ca" in CrisisDialog([]).text()


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


def test_a_live_switch_to_french_reaches_times_already_on_screen(world, qtbot, qapp):
    """Issue 11, defect 5: times stayed in English 12-hour time after switching to French."""
    world.services["mentor"].send(PAIR_ID, "Bonjour!")
    page = make_page(qtbot, world, "mentor")
    index = page.model.index(page.model.rowCount() - 1)
    assert index.data(Roles.TIME_TEXT)[-4:] in ("a.m.", "p.m.")
    relaid: list[bool] = []
    page.model.layoutChanged.connect(lambda *_: relaid.append(True))  # the view re-measures
    with in_french(qapp):
        assert relaid
        assert re.fullmatch(r"\d{1,2}\s?h\s?\d{2}", index.data(Roles.TIME_TEXT))
        assert "L’équipe du programme peut lire" in page.notice.text()
        accessible = index.data(Qt.ItemDataRole.AccessibleTextRole)
        assert "a.m." not in accessible and "p.m." not in accessible


def test_dismissing_a_held_message_asks_first_and_keeps_a_note(world, qtbot):
    """Issue 11, defect 11: Dismiss acted at once, with no confirmation and no note."""
    from sqlalchemy import select

    from desktop.models.tables import AuditEvent

    world.services["mentor"].send(PAIR_ID, HELD_TEXT)
    world.relay("mentor", "staff")
    held = HeldMessagesList(world.service("staff"))
    qtbot.addWidget(held)
    qtbot.waitUntil(lambda: not held.loading)
    held.list.setCurrentRow(0)
    held.dismiss_button.click()
    assert held.confirm_box.isVisible() and held.list.count() == 1
    assert unnamed_focusable(held.confirm_box) == []
    held.confirm_box.reject()  # "Keep it waiting": nothing decided
    assert held.list.count() == 1
    held.dismiss_button.click()
    held.confirm_box.setTextValue("Asked for a phone number; spoke with the mentor.")
    held.confirm_box.accept()
    qtbot.waitUntil(lambda: held.list.count() == 0)
    with world.profiles["staff"].sessionmaker() as s:
        (event,) = s.scalars(select(AuditEvent).where(AuditEvent.action == "message_dismissed"))
    assert event.detail["note"] == "Asked for a phone number; spoke with the mentor."


def test_activities_all_offered_with_instructions_and_titled_in_the_readers_language(
    world, qtbot, qapp
):
    """Issue 11, defect 9: 20 of 21 offered, no instructions, the sender's language, an empty
    Activities page, and a row that jumped when "Mark activity done" appeared."""
    from desktop.services.activities import list_activities
    from desktop.ui.activities_page import ActivitiesPage

    library = list_activities("en")
    assert len(library) == 22  # 21, and the thank-you a pair gets when its match closes
    home = make_page(qtbot, world, "mentor")
    home._fill_activities()
    assert len(home.activity_menu.actions()) == len(library)
    assert home.done_button.sizePolicy().retainSizeWhenHidden()

    page = ActivitiesPage(home.suggest_activity, lambda: home.pairs.current_pair_id() is not None)
    qtbot.addWidget(page)
    page.show()
    assert page.list.count() == len(library) and unnamed_focusable(page) == []
    card = page.current()
    assert card.instructions and "How to do it:" in page.details.text()
    assert f"1. {card.instructions[0]}" in page.details.text()
    assert page.suggest_button.isEnabled()
    page.suggest_button.click()
    newest = home.model.item(home.model.rowCount() - 1)
    assert newest.activity is not None and newest.activity.activity_id == card.id

    world.relay("mentor", "mentee")
    french = {c.id: c.title for c in list_activities("fr")}[card.id]
    with in_french(qapp):
        mentee = make_page(qtbot, world, "mentee")
        last = mentee.model.item(mentee.model.rowCount() - 1)
        assert french in mentee.model.body_text(last) and card.title not in (
            mentee.model.body_text(last))  # fmt: skip
        assert page.list.item(0).text() in {c.title for c in list_activities("fr")}


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
