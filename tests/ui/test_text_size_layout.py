"""Resize text (WCAG 1.4.4, issue 11 defect 8): at 150 % and 200 % text, in French and English,
every window fits a 1366×768 screen and no widget gets less room than it needs (its minimum
size hint, or the height its wrapped text needs). Headings follow a live text-size change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.ui import i18n, theme
from desktop.ui.conversation.crisis_dialog import CrisisDialog

SCREEN = QSize(1366, 768)


def clipped(root: QWidget) -> list[str]:
    """Visible widgets narrower than their minimum, or wrapped labels shorter than their text."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.objectName().startswith("qt_"):
            continue  # Qt's inner parts (a spin box's line edit) follow their owner
        hint = w.minimumSizeHint()
        if hint.isValid() and w.width() + 1 < hint.width():
            found.append(f"{type(w).__name__} {w.objectName()} {w.width()}<{hint.width()}")
        if isinstance(w, QLabel) and w.wordWrap() and w.text():
            need = w.heightForWidth(w.width())
            if need > w.height() + 1:
                found.append(f"label '{w.text()[:30]}' {w.height()}<{need}")
    return found


def crushed_rows(view) -> list[str]:
    """Words of a list's rows wider than the list: the delegate would cut them."""
    metrics, width = view.fontMetrics(), view.viewport().width() - 2 * view.spacing() - 8
    model = view.model()
    words = [w for r in range(model.rowCount()) for w in str(model.index(r, 0).data()).split()]
    return [f"'{w}' cut" for w in words if metrics.horizontalAdvance(w) > width]


def fit(qtbot, window: QWidget, *, maximised: bool = False) -> list[str]:
    """Show `window` as a window manager would on 1366×768 (a main window maximised); what
    does not fit, or is clipped."""
    window.show()
    qtbot.waitExposed(window)
    window.layout().activate()
    hint = window.minimumSizeHint()
    problems = []
    if hint.width() > SCREEN.width() or hint.height() > SCREEN.height():
        problems.append(f"needs {hint.width()}×{hint.height()}")
    size = SCREEN if maximised else window.sizeHint().expandedTo(hint).boundedTo(SCREEN)
    window.resize(size)
    window.layout().activate()
    QApplication.processEvents()
    return problems + clipped(window)


@pytest.fixture(params=[(1.5, "fr"), (2.0, "fr"), (1.5, "en"), (2.0, "en")],
                ids=lambda p: f"{int(p[0] * 100)}%-{p[1]}")  # fmt: skip
def text(request, qapp):
    scale, lang = request.param
    i18n.install_language(qapp, lang)
    theme.apply_theme(qapp, text_scale=scale)
    return request.param


def test_sign_in_and_dialogs_reflow(qtbot, make_controller, network, text):
    controller = make_controller(network=network)
    controller.sign_in_window.set_remember(allowed=False, code="keyring_unavailable")
    controller.sign_in_window.show()  # at the size it opens with, before any maximising
    qtbot.waitExposed(controller.sign_in_window)
    figures = {"sign-in as opened": clipped(controller.sign_in_window)}
    figures |= {"sign-in": fit(qtbot, controller.sign_in_window, maximised=True)}
    create = controller.open_create_profile()
    figures["create profile"] = fit(qtbot, create)
    create.reject()
    join = controller.open_join()
    qtbot.waitUntil(lambda: bool(join.residency_text.text()))  # the server's answer is shown
    figures["join"] = fit(qtbot, join)
    join.reject()
    crisis = CrisisDialog([])
    qtbot.addWidget(crisis)
    figures["crisis"] = fit(qtbot, crisis)
    assert {k: v for k, v in figures.items() if v} == {}


@pytest.mark.parametrize("username", ["lea", "marc", "sophie"])
def test_main_windows_reflow(qtbot, demo, make_controller, sign_in, text, username):
    controller = make_controller()
    sign_in(controller, username, demo[username].passphrase)
    window = controller.main_window
    qtbot.addWidget(window)
    figures = {}
    for key in window.page_keys():
        window.show_page(key)
        page = window.pages[key]
        if getattr(page, "sessions", None) is not None:
            qtbot.waitUntil(page.sessions.isVisible)
        figures[key] = fit(qtbot, window, maximised=True)
        if key == "pairs" and page.pairs.isVisibleTo(window):  # rows not crushed to "proc…"
            figures[key] += crushed_rows(page.pairs)
            window.resize(1000, 680)  # the size the app opens at
            QApplication.processEvents()
            figures[key] += [f"{p} at 1000×680" for p in crushed_rows(page.pairs)]
            window.resize(SCREEN)
        if key == "settings":
            bar = page.scroll.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                figures[key].append("horizontal scrolling")
        if key == "sessions" and page.sessions is not None:
            dialog = page.sessions.open_plan_dialog()
            figures["plan dialog"] = fit(qtbot, dialog)
            dialog.reject()
    assert {k: v for k, v in figures.items() if v} == {}


def test_headings_follow_a_live_text_size_change(qtbot, qapp):
    heading = theme.heading(1.4)
    qtbot.addWidget(heading)
    body = QLabel("body")
    qtbot.addWidget(body)
    for scale in (1.0, 2.0, 1.5):
        theme.apply_theme(qapp, text_scale=scale)
        assert heading.font().pointSizeF() == pytest.approx(qapp.font().pointSizeF() * 1.4)
        assert heading.font().pointSizeF() > body.font().pointSizeF()
