"""The Screening page with a real staff profile and server: checks, in-place refusals, exports.

Staff choose a mentor, record a police check whose expiry comes before the check (refused in
place, what was typed kept), correct it, and see the mentor's state; then export the
mentor's data (JSON and a PDF summary) and nobody else's.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from PySide6.QtCore import QDate

from desktop.services.screening import list_mentor_screening
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.screening_page import ScreeningPage
from tests.support.fixtures import sync_profile
from tests.support.server import start_server

WAIT_MS = 60_000


@pytest.fixture
def program(tmp_path):
    server = start_server(tmp_path)
    scenario = asyncio.run(server.new_program(tmp_path / "pcs", pairs=1))

    async def sync_all() -> None:
        for member in scenario.everyone():
            await sync_profile(member.profile)

    asyncio.run(sync_all())  # staff learn the mentor's name from the pair
    yield scenario
    scenario.close()
    server.stop()


def test_record_a_check_and_export_a_mentor(qtbot, program, tmp_path):
    staff, mentor = program.staff.profile, program.mentors[0]
    page = ScreeningPage(staff)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=WAIT_MS)
    assert mentor.display_name in page.list.item(0).text()
    assert not page.record.isEnabled()
    page.list.setCurrentRow(0)
    page.record.click()
    dialog = page.check_dialog
    assert unnamed_focusable(dialog) == [] and unnamed_focusable(page) == []
    dialog.kind.setCurrentIndex(dialog.kind.findData("police"))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("cleared"))
    today = QDate.currentDate()
    dialog.done_on.setDate(today.addDays(-10))
    dialog.expires_on.setDate(today.addDays(-20))
    dialog.note.setText("Vérification du SPVM")
    dialog.confirm.click()
    assert dialog.error.isVisible() and "after the date" in dialog.error.text()
    assert dialog.note.text() == "Vérification du SPVM"
    dialog.expires_on.setDate(today.addDays(10))
    dialog.confirm.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = list_mentor_screening(staff)
    assert row.state == "expiring" and row.police_expires_on is not None
    qtbot.waitUntil(lambda: "expires on" in page.list.item(0).text(), timeout=WAIT_MS)
    assert "1 police check" in page.note.text()

    page.list.setCurrentRow(0)
    page.requests.export_to(tmp_path / "exports")
    qtbot.waitUntil(lambda: hasattr(page.requests, "last_export"), timeout=WAIT_MS)
    folder = page.requests.last_export
    data = json.loads((folder / "archive.json").read_text(encoding="utf-8"))
    assert data["person_id"] == mentor.profile.person_id
    assert [c["note"] for c in data["screening_checks"]] == ["Vérification du SPVM"]
    assert (folder / "summary.pdf").read_bytes().startswith(b"%PDF")
    assert program.mentees[0].display_name not in json.dumps(data, ensure_ascii=False)
