"""The page registry: a new screen is one `PageSpec`; roles pick pages by the registry alone, and
the main window's navigation titles come from it, translated at runtime."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import PAGES, PageContext, PageSpec, build_pages, specs_for


def test_each_role_gets_its_pages_from_the_registry():
    members = ["pairs", "sessions", "activities", "training", "settings"]
    assert [s.key for s in specs_for("mentor")] == members
    assert [s.key for s in specs_for("mentee")] == members
    assert [s.key for s in specs_for("staff")] == [
        "dashboard", "review", "supervision", "pair_detail", "people", "matching", "screening",
        "training_overview", "surveys", "reports", "safety_rules", "audit", "settings",
    ]
    assert len({s.key for s in PAGES}) == len(PAGES)  # keys are unique


def test_a_new_page_is_one_entry_and_sees_the_pages_built_before_it(qtbot):
    seen: dict[str, object] = {}

    def groups(ctx: PageContext, built) -> QLabel:
        seen.update(built)
        return QLabel(f"groups of {ctx.profile}")

    registry = (
        PageSpec("first", "First", frozenset({"staff"}), lambda _c, _b: QLabel("first")),
        PageSpec("groups", "Group spaces", frozenset({"staff"}), groups),
        PageSpec("hidden", "Mentor only", frozenset({"mentor"}), lambda _c, _b: QLabel("x")),
    )
    context = PageContext(profile="p-1", settings={}, events=None, messaging=None,
                          scheduling=None)  # fmt: skip
    pages = build_pages(context, "staff", registry)
    assert [spec.key for spec, _w in pages] == ["first", "groups"]
    assert list(seen) == ["first"] and pages[1][1].text() == "groups of p-1"

    window = MainWindow(display_name="Nadia", role="staff", pages=pages)
    qtbot.addWidget(window)
    assert window.page_keys() == ["first", "groups"]
    assert [window.nav.item(i).text() for i in range(2)] == ["First", "Group spaces"]


def test_titles_are_retranslated_from_the_registry(qtbot, qapp):
    spec = next(s for s in PAGES if s.key == "settings")
    window = MainWindow(display_name="Nadia", role="staff",
                        pages=[(spec, QLabel())])  # fmt: skip
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Settings"
    try:
        i18n.install_language(qapp, "fr")
        assert window.nav.item(0).text() == "Paramètres"
    finally:
        i18n.install_language(qapp, "en")
    assert window.nav.item(0).text() == "Settings"
