"""The staff dashboard page over a real staff profile: rows, sorting, filtering, at-risk
highlighting with reasons, charts, and opening a pair from the keyboard.

The staff profile (`tests/ui/staff_world.py`) is a real SQLCipher file holding three pairs;
the page reads it through the real service, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from desktop.services.dashboard import pair_health, weekly_trend
from desktop.services.pair_detail import support_contacts_due
from desktop.ui import datetime_text, i18n
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.dashboard_page import COLUMNS, DashboardPage
from tests.ui.staff_world import staff  # noqa: F401  (fixture)


@pytest.fixture
def page(qtbot, staff) -> Iterator[DashboardPage]:  # noqa: F811
    page = DashboardPage(lambda lang: pair_health(staff, lang=lang),
                         lambda pair_id: weekly_trend(staff, pair_id=pair_id))  # fmt: skip
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: len(page.rows()) == 3, timeout=30_000)
    yield page
    qtbot.waitUntil(lambda: not page.loading, timeout=30_000)  # before the profile closes


def cell(page: DashboardPage, pair_id: str, column: str) -> str:
    row = page.visible_pair_ids().index(pair_id)
    return page.proxy.index(row, COLUMNS.index(column)).data()


def test_pairs_at_risk_come_first_highlighted_with_their_reasons(qtbot, page, staff):  # noqa: F811
    assert page.visible_pair_ids()[2] == "busy"  # the two at risk first
    assert cell(page, "quiet", "quiet") == "24"
    assert cell(page, "never", "quiet") == "never"
    assert cell(page, "busy", "mentor_week") == "0.8"  # 3 in four weeks
    assert cell(page, "quiet", "risk") == "At risk (1)"
    assert cell(page, "busy", "risk") == "Fine"
    due = support_contacts_due(staff)["busy"]  # a month after matching: no contact logged
    assert cell(page, "busy", "support") == datetime_text.table_day(
        datetime.combine(due, datetime.min.time(), tzinfo=UTC)
    )
    at_risk = page.proxy.index(page.visible_pair_ids().index("quiet"), 0)
    assert at_risk.data(Qt.ItemDataRole.FontRole).bold()
    assert at_risk.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "No contact for 24 days" in at_risk.data(Qt.ItemDataRole.ToolTipRole)
    assert page.summary.text() == "Active pairs: 3 · At risk: 2"
    page.table.selectRow(page.visible_pair_ids().index("quiet"))
    assert "No contact for 24 days (limit: 14)." in page.reasons.text()


def test_sorting_uses_numbers_and_filtering_names_and_risk(qtbot, page):
    page.table.sortByColumn(COLUMNS.index("quiet"), Qt.SortOrder.AscendingOrder)
    assert page.visible_pair_ids() == ["never", "busy", "quiet"]  # "never" (no value) lowest
    page.search.setText("chant")
    assert page.visible_pair_ids() == ["quiet"]
    assert page.summary.text().endswith("Shown: 1")
    page.search.clear()
    page.at_risk_only.setChecked(True)
    assert sorted(page.visible_pair_ids()) == ["never", "quiet"]


def test_charts_show_the_chosen_pair_and_the_program(qtbot, page):
    page.table.selectRow(page.visible_pair_ids().index("busy"))
    qtbot.waitUntil(lambda: bool(page.pair_chart.series()) and bool(page.program_chart.series()),
                    timeout=30_000)  # fmt: skip
    qtbot.waitUntil(lambda: sum(page.pair_chart.series()[0].values) == 3, timeout=30_000)
    mentor, mentee, sessions, ratings = page.program_chart.series()
    assert sum(mentor.values) + sum(mentee.values) == 8  # every pair's messages
    assert "Messages from the mentor" in page.pair_chart.accessibleDescription()
    page.pair_chart.grab()  # paints without error


def test_a_pair_opens_from_the_keyboard(qtbot, page):
    page.table.setFocus()
    page.table.selectRow(0)
    first = page.visible_pair_ids()[0]
    with qtbot.waitSignal(page.pair_opened, timeout=30_000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [first]
    with qtbot.waitSignal(page.pair_opened, timeout=30_000) as again:
        page.open_pair.click()
    assert again.args == [first]
    assert unnamed_focusable(page) == []


def test_french_reasons_and_texts(qtbot, qapp, page):
    i18n.install_language(qapp, "fr")
    qtbot.waitUntil(lambda: "jours" in (cell(page, "quiet", "risk") + str(
        page.proxy.index(page.visible_pair_ids().index("quiet"), 0).data(
            Qt.ItemDataRole.ToolTipRole))), timeout=30_000)  # fmt: skip
    tip = page.proxy.index(page.visible_pair_ids().index("quiet"), 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "Aucun contact depuis 24 jours" in tip
