"""The pair detail page with real profiles and real widgets: opening a pair records exactly one
reading (and the pair receives its date), refreshing records nothing, notes and contacts go
to staff only, an overdue support contact is shown, and no key means no reading."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import delete

from desktop.models.audit_tables import AuditLogEntry
from desktop.models.tables import Pair
from desktop.services.audit import list_audit_events, verify_chain
from desktop.services.pairs import list_program_pairs
from desktop.ui.audit_page import AuditPage
from desktop.ui.pair_detail_page import PairDetailPage
from desktop.ui.supervision_page import SupervisionPage
from tests.services.conftest import PAIR_ID, PROGRAM_ID

WAIT_MS = 30_000


def make_page(qtbot, world) -> PairDetailPage:
    staff = world.profiles["staff"]
    page = PairDetailPage(staff, world.services["staff"], lambda: list_program_pairs(staff))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.chooser.count() == 1 and not page.loading, timeout=WAIT_MS)
    return page


def reads(world) -> list[str]:
    events = list_audit_events(world.profiles["staff"], PROGRAM_ID)
    return [e.action for e in events if e.action == "conversation_read"]


def test_opening_records_one_reading_and_the_pair_gets_its_date(qtbot, sealed_world):
    world = sealed_world
    world.services["mentor"].send(PAIR_ID, "Bonjour Sam!")
    world.relay("mentor", "staff")
    page = make_page(qtbot, world)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    assert page.pair_id == PAIR_ID and page.model.rowCount() == 1
    assert reads(world) == ["conversation_read"]
    page.refresh()  # sync news, the page shown again: no new reading
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    assert reads(world) == ["conversation_read"]
    assert "Alex" in page.summary.text() and "Next support contact due" in page.reminder.text()

    assert world.services["mentee"].last_staff_review(PAIR_ID) is None
    world.relay("staff", "mentee", "mentor")
    assert world.services["mentee"].last_staff_review(PAIR_ID) is not None


def test_notes_and_contacts_are_saved_and_audited(qtbot, sealed_world):
    world = sealed_world
    page = make_page(qtbot, world)
    assert page.show_pair(PAIR_ID)
    page.note_edit.setPlainText("Appeler la mère de Sam jeudi.")
    qtbot.mouseClick(page.add_note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading and page.notes.count() == 1, timeout=WAIT_MS)
    assert "Appeler la mère de Sam jeudi." in page.notes.item(0).text()
    page.contact_with.setCurrentIndex(page.contact_with.findData("family"))
    qtbot.mouseClick(page.log_contact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading and "family" in page.contacts.item(0).text(),
                    timeout=WAIT_MS)  # fmt: skip
    actions = [e.action for e in list_audit_events(world.profiles["staff"], PROGRAM_ID)]
    assert sorted(actions) == ["conversation_read", "note_added", "support_contact_logged"]
    assert verify_chain(world.profiles["staff"], PROGRAM_ID).state == "intact"
    for detail in (e.detail for e in list_audit_events(world.profiles["staff"], PROGRAM_ID)):
        assert "Appeler" not in str(detail)  # the log says what was done, not the note


def test_an_overdue_support_contact_is_shown(qtbot, sealed_world):
    world = sealed_world
    with world.profiles["staff"].sessionmaker.begin() as s:
        s.get(Pair, PAIR_ID).matched_at = datetime.now(UTC) - timedelta(days=45)
    page = make_page(qtbot, world)
    assert page.show_pair(PAIR_ID)
    qtbot.waitUntil(lambda: not page.loading and "overdue" in page.reminder.text(),
                    timeout=WAIT_MS)  # fmt: skip


def test_without_the_program_key_nothing_is_read(qtbot, world):
    page = make_page(qtbot, world)  # this staff PC holds no program key yet
    assert not page.show_pair(PAIR_ID)
    assert page.pair_id is None and page.model.rowCount() == 0
    assert "Ask a colleague on the program staff to grant you access" in page.status.text()
    assert not page.tabs.isEnabled()


def test_supervision_open_pair_button_and_enter_ask_for_the_pair(qtbot, sealed_world):
    staff = sealed_world.profiles["staff"]
    page = SupervisionPage(lambda: list_program_pairs(staff), sealed_world.services["staff"])
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: len(page.pairs.rows()) == 1, timeout=WAIT_MS)
    assert not page.open_pair.isEnabled()
    page.pairs.list.setCurrentRow(0)
    with qtbot.waitSignal(page.pair_open_requested, timeout=WAIT_MS) as asked:
        qtbot.mouseClick(page.open_pair, Qt.MouseButton.LeftButton)
    assert asked.args == [PAIR_ID]
    page.pairs.list.setFocus()
    with qtbot.waitSignal(page.pair_open_requested, timeout=WAIT_MS) as asked:
        qtbot.keyClick(page.pairs.list, Qt.Key.Key_Return)
    assert asked.args == [PAIR_ID]


def test_audit_page_shows_events_and_a_broken_chain(qtbot, sealed_world):
    world = sealed_world
    detail = make_page(qtbot, world)
    assert detail.show_pair(PAIR_ID) and detail.show_pair(PAIR_ID)  # two openings, two reads
    page = AuditPage(world.profiles["staff"])
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading and page.table.rowCount() == 2, timeout=WAIT_MS)
    assert "intact" in page.state.text()
    assert page.table.item(0, 2).text() == "Read the conversation"
    assert page.table.item(0, 3).text() == "Alex with Sam"
    with world.profiles["staff"].sessionmaker.begin() as s:  # the first of the two goes
        s.execute(delete(AuditLogEntry).where(AuditLogEntry.seq == 1))
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading and "not intact" in page.state.text(),
                    timeout=WAIT_MS)  # fmt: skip
    assert "missing" in page.state.text()
