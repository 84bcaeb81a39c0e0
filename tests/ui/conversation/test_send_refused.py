"""Without usable safety rules the pair home refuses to send, in a plain sentence, and keeps
what was typed."""

from __future__ import annotations

import shutil

from desktop.resources import BUNDLED, Resources
from desktop.runtime.events import ChangeEvents
from desktop.ui.conversation.pair_home_page import PairHomePage
from desktop.ui.errors import general_error, message_for_code
from tests.services.conftest import PAIR_ID


def test_broken_rules_show_a_plain_sentence_and_keep_the_text(world, qtbot, tmp_path):
    shutil.copytree(BUNDLED.path("safety"), tmp_path / "safety")
    (tmp_path / "safety" / "lexicon.json").write_text("{ not json", encoding="utf-8")
    events = ChangeEvents()
    service = world.service("mentor", events=events, checker=None, resources=Resources(tmp_path))
    page = PairHomePage(service, events, {"language": "en"})
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading)  # the conversations are read off the UI thread
    page.composer.box.setPlainText("hello there")
    page.composer.send_button.click()
    sentence = message_for_code("safety_rules_unavailable")
    assert sentence != general_error() and "safety rules" in sentence
    assert page.status.text() == sentence
    assert page.composer.box.toPlainText() == "hello there"
    assert service.latest(PAIR_ID, 10) == []
