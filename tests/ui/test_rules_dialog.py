"""The program's rules at first sign-in: read, ticked, accepted with the text's version; a
new version asks again; declining is heard (the session signs out on it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop.services import rules
from desktop.ui.rules_dialog import ask_if_needed
from tests.support.server import start_server


@pytest.fixture
def member(tmp_path, network):
    server = start_server(tmp_path / "srv")
    scenario = network.submit(server.new_program(tmp_path / "pcs", pairs=1)).result(120)
    yield scenario.mentees[0].profile
    scenario.close()
    server.stop()


def test_rules_are_accepted_once_per_version(qtbot, member, tmp_path: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ask_if_needed(member, "fr", parent)
    assert dialog is not None and dialog.isVisible()
    assert "avis de surveillance" in dialog.body.toPlainText()
    assert not dialog.accept_button.isEnabled()
    dialog.agree.click()
    assert dialog.accept_button.isEnabled()
    dialog.accept_button.click()
    assert rules.accepted_version(member) == rules.rules_text("fr").version == 1
    assert ask_if_needed(member, "en", parent) is None

    newer = tmp_path / "rules"
    newer.mkdir()
    (newer / "en.md").write_text("<!-- version: 2 -->\n# Rules\n\nBe kind.\n", encoding="utf-8")
    assert rules.needs_acceptance(member, "en", newer)
    (newer / "fr.md").write_text("# Règles sans version\n", encoding="utf-8")
    with pytest.raises(rules.RulesError):
        rules.rules_text("fr", newer)


def test_declining_the_rules_is_heard(qtbot, member):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ask_if_needed(member, "en", parent)
    assert dialog is not None and "monitoring notice" in dialog.body.toPlainText()
    with qtbot.waitSignal(dialog.declined, timeout=30_000):
        dialog.decline_button.click()
    assert rules.accepted_version(member) is None
