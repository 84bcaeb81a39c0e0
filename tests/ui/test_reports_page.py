"""The Reports page over a real staff profile: the report on screen, and exports that warn
first, write a real CSV or PDF (Qt's PDF writer) and are recorded only once written.

The warning and the file dialog are the real Qt dialogs, answered as a person would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.services.reports import build_report, record_export, to_csv
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.reports_page import ReportsPage
from tests.ui.staff_world import staff  # noqa: F401  (fixture)


@pytest.fixture
def recorded() -> list[str]:
    return []


@pytest.fixture
def page(qtbot, staff, recorded) -> Iterator[ReportsPage]:  # noqa: F811
    def record(report, fmt: str) -> object:
        recorded.append(fmt)
        return record_export(staff, report, fmt)

    page = ReportsPage(lambda lang: build_report(staff, lang=lang), to_csv, record)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)
    yield page
    qtbot.waitUntil(lambda: not page.loading, timeout=30_000)


def answer_warning(qtbot, page: ReportsPage, export: bool) -> None:
    box = page.findChild(QMessageBox, "exportWarning")
    qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=30_000)
    assert "anyone who can open the file can read it" in box.text()
    wanted = "Export anyway" if export else "Cancel"
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == wanted]
    button.click()


def save_as(qtbot, page: ReportsPage, path: Path) -> None:
    qtbot.waitUntil(lambda: page.findChild(QFileDialog, "exportFile") is not None, timeout=30_000)
    dialog = page.findChild(QFileDialog, "exportFile")
    dialog.selectFile(str(path))
    dialog.accept()


def test_the_report_shows_every_section(page):
    text = page.view.toPlainText()
    for title in ("Program report: Programme", "Members", "Matches", "Contact by week", "Sessions",
                  "Check-ins", "Flags and reports", "Pairs at risk over time"):  # fmt: skip
        assert title in text
    assert "Chantal" in text and "No contact for 24 days" in text
    assert unnamed_focusable(page) == []


def test_a_pdf_export_warns_then_writes_and_is_recorded(qtbot, page, recorded, tmp_path):
    target = tmp_path / "rapport.pdf"
    with qtbot.waitSignal(page.exported, timeout=30_000):
        page.export_pdf.click()
        answer_warning(qtbot, page, export=True)
        save_as(qtbot, page, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert recorded == ["pdf"]
    assert "rapport.pdf" in page.status.text()


def test_a_csv_export_holds_the_tables(qtbot, page, recorded, tmp_path):
    target = tmp_path / "rapport.csv"
    with qtbot.waitSignal(page.exported, timeout=30_000):
        page.export_csv.click()
        answer_warning(qtbot, page, export=True)
        save_as(qtbot, page, target)
    text = target.read_text(encoding="utf-8-sig")
    assert "Matches" in text and "Chantal" in text
    assert recorded == ["csv"]


def test_cancelling_the_warning_writes_and_records_nothing(qtbot, page, recorded, tmp_path):
    page.export_csv.click()
    answer_warning(qtbot, page, export=False)
    qtbot.wait(50)  # turns of the event loop: no file dialog follows
    assert page.findChild(QFileDialog, "exportFile") is None
    assert recorded == [] and list(tmp_path.glob("*.csv")) == []
