"""The Training page, the survey band and form, and staff's Training and Surveys pages, driven
as a person would (real widgets offscreen, real profiles, a real server between them).
"""

from __future__ import annotations

import asyncio
import json
import shutil
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.models.timestamps import utcnow
from desktop.resources import BUNDLED
from desktop.services.surveys import submit_survey, surveys_due
from desktop.services.training import TrainingError, complete_module, progress
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.errors import message_for
from desktop.ui.survey_dialog import SurveyPrompt
from desktop.ui.surveys_page import surveys_page_for
from desktop.ui.training_overview_page import training_overview_for
from desktop.ui.training_page import TrainingPage, training_page_for
from tests.support.fixtures import database_url, server, sync_profile  # noqa: F401


@pytest.fixture
def program(server, tmp_path):  # noqa: F811
    sc = asyncio.run(server.new_program(tmp_path / "pcs"))
    yield sc
    sc.close()


def sync(*members) -> None:
    for member in members:
        asyncio.run(sync_profile(member.profile))


def test_a_mentor_finishes_a_module_and_staff_see_it(program, qtbot):
    mentor, staff = program.mentors[0], program.staff
    page = training_page_for(mentor.profile)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    assert unnamed_focusable(page) == []
    assert page.overview.text() == (
        "Required modules done: 0 of 8. They must all be done before you are matched."
    )

    row = next(i for i, m in enumerate(page.modules) if len(m.module.quiz) >= 2)
    page.list.setCurrentRow(row)
    module = page.modules[row].module
    assert module.sections[0].heading in page.text.toPlainText()
    assert page.done_button.text() == "&Check my answers"

    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Please answer question 1."
    right = [q.answer for q in module.quiz]
    wrong = [(right[0] + 1) % len(module.quiz[0].choices), *right[1:]]
    page.choose(wrong)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("Not quite.")
    assert module.quiz[0].why in page.status.text()
    assert not any(p.done for p in progress(mentor.profile, "en"))

    page.choose(right)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == f"Well done: \u201c{module.title}\u201d is done."
    assert page.list.item(row).text().startswith("✓ ")
    assert page.list.item(row).data(Qt.ItemDataRole.AccessibleTextRole).endswith(", done")
    assert not page.done_button.isEnabled()
    assert page.overview.text().startswith("Required modules done: 1 of 8.")

    sync(mentor, staff)
    overview = training_overview_for(staff.profile)
    qtbot.addWidget(overview)
    overview.show()
    rows = {
        overview.table.item(r, 0).text(): [overview.table.item(r, c).text() for c in (1, 2, 3)]
        for r in range(overview.table.rowCount())
    }
    assert rows[mentor.display_name] == ["Mentor", "1 of 8", "Not yet"]
    assert rows[program.mentees[0].display_name] == ["Mentee", "0 of 3", "Not yet"]
    assert unnamed_focusable(overview) == []


def test_broken_training_files_show_a_sentence_not_half_a_course(program, qtbot, tmp_path):
    broken = tmp_path / "training"
    shutil.copytree(BUNDLED.path("training"), broken)
    path = broken / "mentee-welcome.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["fr"]
    path.write_text(json.dumps(data), encoding="utf-8")
    mentee = program.mentees[0]
    page = TrainingPage(
        lambda lang: progress(mentee.profile, lang, folder=broken),
        lambda module_id, answers: complete_module(
            mentee.profile, module_id, answers, folder=broken
        ),
    )
    qtbot.addWidget(page)
    page.show()
    assert page.overview.text() == message_for(TrainingError("training_invalid"))
    assert page.list.count() == 0 and not page.done_button.isVisible()


def test_a_due_survey_is_answered_from_the_band_and_summarised_for_staff(program, qtbot, tmp_path):
    mentee, mentor, staff = program.mentees[0], program.mentors[0], program.staff
    later = utcnow() + timedelta(days=91)  # the mid-point survey is due 90 days after matching
    prompt = SurveyPrompt(
        lambda: surveys_due(mentee.profile, "en", now=later),
        lambda survey, pair_id, answers: submit_survey(mentee.profile, survey, pair_id, answers),
        mentee.profile.role,
    )
    qtbot.addWidget(prompt)
    prompt.refresh()
    prompt.show()
    assert prompt.isVisible() and "\u201cMid-point survey\u201d" in prompt.text.text()

    qtbot.mouseClick(prompt.button, Qt.MouseButton.LeftButton)
    dialog = prompt.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=30_000)
    assert unnamed_focusable(dialog) == []
    asked = [box.question.id for box in dialog.boxes]
    assert "encouraged" in asked and "supported" not in asked  # the mentor's question is not hers
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Please answer question 1 before sending."
    answers = {
        "satisfaction": 4,
        "frequency": 1,
        "encouraged": 5,
        "need_help": False,
        "comment": "Tout va bien",
    }
    for box in dialog.boxes:
        box.choose(answers[box.question.id])
    with qtbot.waitSignal(prompt.answered, timeout=30_000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible()  # answered: nothing more is due

    sync(mentee, mentor, staff)
    page = surveys_page_for(staff.profile)
    qtbot.addWidget(page)
    page.show()
    page.chooser.setCurrentIndex(page.chooser.findData("midpoint"))
    assert page.summary.text() == "People who answered: 1."
    cells = {
        page.table.item(r, 0).text(): [page.table.item(r, c).text() for c in (1, 2, 3)]
        for r in range(page.table.rowCount())
    }
    satisfaction = cells["Overall, I enjoy the exchanges with the person I am matched with."]
    assert satisfaction[:2] == ["1", "4.0"] and "4: 1" in satisfaction[2]
    assert cells["Would you like the team to contact you about your match?"][2] == "Yes: 0 · No: 1"
    assert cells["Anything else to tell us?"][2] == "Written answers are not summarised."
    assert "Tout va bien" not in json.dumps(cells, ensure_ascii=False)
    assert unnamed_focusable(page) == []

    out = tmp_path / "export.csv"
    page.ask_path = lambda: out
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Results saved in export.csv."
    assert "need_help" in out.read_text(encoding="utf-8")
    assert "Tout va bien" not in out.read_text(encoding="utf-8")
