"""Every window and dialog walked through Qt's accessibility layer (`QAccessible`), in English
and French: no reachable control without a name, every name starting with its visible label
(WCAG 2.5.3), top-level roles right (a frame, a dialog). The figures are printed per window
(`pytest -s`) for docs/accessibility.md."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from desktop.ui import i18n
from desktop.ui.accessibility import (
    accessible_name,
    focusable_widgets,
    label_in_name_mismatches,
    unnamed_focusable,
)
from desktop.ui.conversation.crisis_dialog import CrisisDialog

Role = QAccessible.Role


def audit(name: str, root: QWidget, figures: dict) -> None:
    unnamed = unnamed_focusable(root)
    mismatched = label_in_name_mismatches(root)
    figures[name] = (len(focusable_widgets(root)), len(unnamed), len(mismatched))
    problems = [(type(w).__name__, w.objectName()) for w in unnamed]
    problems += [(label, said) for _w, label, said in mismatched]
    if name.startswith("fr"):  # key names in the interface's language ("Maj", not "Shift")
        described = [root, *root.findChildren(QWidget)]
        problems += [w.accessibleDescription() for w in described
                     if "Shift" in w.accessibleDescription()]  # fmt: skip
    if problems:
        figures.setdefault("problems", []).append((name, problems))


def check(figures: dict) -> None:
    print(figures)
    assert figures.get("problems", []) == []


def role(widget: QWidget) -> Role:
    return QAccessible.queryAccessibleInterface(widget).role()


def walk_main_window(qtbot, window, lang: str, figures: dict) -> None:
    assert role(window) == Role.Window
    for key in window.page_keys():
        window.show_page(key)
        page = window.pages[key]
        if getattr(page, "sessions", None) is not None:  # a layout shows a new child later
            qtbot.waitUntil(page.sessions.isVisible)
        audit(f"{lang} main/{key}", window, figures)
        sessions = getattr(page, "sessions", None)
        if key == "sessions" and sessions is not None:
            dialog = sessions.open_plan_dialog()
            assert role(dialog) == Role.Dialog
            audit(f"{lang} plan dialog", dialog, figures)
            dialog.reject()
            if sessions.upcoming_list.count():
                sessions.upcoming_list.setCurrentRow(0)
                outcome = sessions.open_outcome_dialog()
                if outcome is not None:
                    audit(f"{lang} outcome dialog", outcome, figures)
                    outcome.reject()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sign_in_and_its_dialogs(qtbot, qapp, make_controller, network, lang):
    figures: dict = {}
    i18n.install_language(qapp, lang)
    controller = make_controller(network=network)
    window = controller.sign_in_window
    window.show()
    assert role(window) == Role.Window  # a frame: its title is announced
    audit(f"{lang} sign-in", window, figures)
    create = controller.open_create_profile()
    assert role(create) == Role.Dialog
    audit(f"{lang} create profile", create, figures)
    create.reject()
    join = controller.open_join()
    audit(f"{lang} join", join, figures)
    join.reject()
    crisis = CrisisDialog([])
    qtbot.addWidget(crisis)
    crisis.show()
    assert role(crisis) == Role.Dialog
    audit(f"{lang} crisis dialog", crisis, figures)
    check(figures)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("username", ["lea", "marc", "sophie"])
def test_main_windows(qtbot, qapp, demo, make_controller, sign_in, username, lang):
    figures: dict = {}
    i18n.install_language(qapp, lang)
    controller = make_controller()
    account = demo[username]
    sign_in(controller, account.username, account.passphrase)
    window = controller.main_window
    qtbot.addWidget(window)
    window.show()
    walk_main_window(qtbot, window, lang, figures)
    check(figures)


def test_the_walk_finds_a_name_that_does_not_start_with_its_label(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    button = QPushButton("Cancel")
    QVBoxLayout(root).addWidget(button)
    qtbot.addWidget(root)
    button.setAccessibleName("Close without saving")
    assert [(w, label) for w, label, _ in label_in_name_mismatches(root)] == [(button, "Cancel")]
    button.setAccessibleName("Cancel: close without saving")
    assert label_in_name_mismatches(root) == [] and accessible_name(button).startswith("Cancel")
