"""Closing a match from the Supervision page: a real staff profile, a real server, real widgets.

Staff pick a pair, open "Close this match…", submit without saying whether to match the
mentee again (the form says so in place and keeps what was typed), choose, and close: the
pair is closed on this PC with its reason, and the button turns off for it.
"""

from __future__ import annotations

import asyncio

import pytest

from desktop.services.closing import closure_of
from desktop.services.messaging.service import MessagingService
from desktop.services.pairs import list_program_pairs
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.closing_dialog import closer_for
from desktop.ui.supervision_page import SupervisionPage
from tests.support.server import start_server

WAIT_MS = 60_000


@pytest.fixture
def program(tmp_path):
    server = start_server(tmp_path)
    scenario = asyncio.run(server.new_program(tmp_path / "pcs", pairs=1))
    yield scenario
    scenario.close()
    server.stop()


def test_staff_close_a_match_from_the_supervision_page(qtbot, program):
    staff = program.staff.profile
    pair_id = program.pairs[0]
    page = SupervisionPage(lambda: list_program_pairs(staff), MessagingService.for_profile(staff),
                           close_match=closer_for(staff))  # fmt: skip
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.pairs.list.count() == 1, timeout=WAIT_MS)
    assert not page.close_match.isEnabled()
    page.pairs.list.setCurrentRow(0)
    assert page.close_match.isEnabled() and page.close_match.accessibleName()
    page.close_match.click()
    dialog = page.closing
    assert unnamed_focusable(dialog) == []
    dialog.reason.setCurrentIndex(dialog.reason.findData("moved_away"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("early"))
    dialog.note.setPlainText("Déménagement à Gatineau")
    dialog.confirm.click()
    assert dialog.error.isVisible() and "matched again" in dialog.error.text()
    assert dialog.note.toPlainText() == "Déménagement à Gatineau"  # kept
    assert closure_of(staff, pair_id) is None
    dialog.rematch_yes.setChecked(True)
    dialog.confirm.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=WAIT_MS)
    summary = closure_of(staff, pair_id)
    assert summary is not None
    assert (summary.kind, summary.reason, summary.rematch) == ("early", "moved_away", True)
    assert summary.note == "Déménagement à Gatineau"
    qtbot.waitUntil(lambda: page.pairs.list.count() == 1
                    and "closed" in page.pairs.list.item(0).text(), timeout=WAIT_MS)  # fmt: skip
    page.pairs.list.setCurrentRow(0)
    assert not page.close_match.isEnabled()
