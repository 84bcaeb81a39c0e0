"""The weekly check-in prompt over a real mentee profile: faces, sending, skipping, and the
plain sentences it says (who sees the answer; why it cannot be sent yet)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desktop.models.dashboard_tables import CheckIn
from desktop.models.tables import Pair, Person, Program
from desktop.services.checkins import CheckInService
from desktop.services.profiles import Profile, ProfileDirectory
from desktop.sync.keystore import put_staff_public
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.conversation.checkin_prompt import CheckInPrompt
from desktop.vault.kdf import KdfParams
from desktop.vault.keys import new_staff_key, staff_public


def mentee_profile(root, *, staff_key: bool) -> Profile:
    directory = ProfileDirectory(root, kdf_params_factory=KdfParams.fast_for_tests)
    profile = directory.create(username="lea", passphrase="correct horse battery staple",
                               display_name="Léa", role="mentee", person_id="e1",
                               program_id="prog")  # fmt: skip
    with profile.sessionmaker.begin() as s:
        s.add(Program(id="prog", organisation_id="org", name="Programme", policies={}))
        s.add(Person(id="m1", role="mentor", display_name="Marc", program_id="prog"))
        s.add(Pair(id="p1", program_id="prog", mentor_id="m1", mentee_id="e1"))
        if staff_key:  # as sync leaves it on a member's PC: the staff key's public half
            put_staff_public(s, "prog", 1, staff_public(bytes(new_staff_key())))
    return profile


@pytest.fixture
def lea(tmp_path) -> Iterator[Profile]:
    profile = mentee_profile(tmp_path / "pc", staff_key=True)
    yield profile
    profile.close()


def prompt_for(qtbot, profile: Profile) -> CheckInPrompt:
    prompt = CheckInPrompt(CheckInService(profile), faces=True)
    qtbot.addWidget(prompt)
    prompt.set_pair("p1")
    return prompt


def test_a_mentee_answers_with_a_face_and_is_told_who_sees_it(qtbot, lea):
    prompt = prompt_for(qtbot, lea)
    assert not prompt.isHidden()  # due this week
    assert prompt.rating_buttons[1].text() == "🙁 Not very well"
    assert not prompt.send.isEnabled()
    prompt.rating_buttons[1].click()
    prompt.met.setChecked(True)
    prompt.comment.setText("On n'a pas pu se voir")
    with qtbot.waitSignal(prompt.answered, timeout=30_000) as sent:
        prompt.send.click()
    assert sent.args == [2]
    assert prompt.isHidden()
    assert "Only program staff see your answer" in prompt.outside.text()
    assert "the last answer counts" in prompt.outside.text()
    with lea.sessionmaker() as s:
        (row,) = s.scalars(select(CheckIn))
        assert (row.rating, row.met, row.comment) == (2, True, "On n'a pas pu se voir")
    prompt.set_pair("p1")  # answered this week: not asked again
    assert prompt.isHidden()
    assert unnamed_focusable(prompt) == []


def test_not_now_hides_it_for_the_week(qtbot, lea):
    prompt = prompt_for(qtbot, lea)
    prompt.skip.click()
    assert prompt.isHidden()
    prompt.set_pair("p1")
    assert prompt.isHidden()


def test_before_the_first_sync_it_says_why_in_words(qtbot, tmp_path):
    profile = mentee_profile(tmp_path / "new-pc", staff_key=False)
    try:
        prompt = prompt_for(qtbot, profile)
        prompt.rating_buttons[3].click()
        prompt.send.click()
        assert "once this computer has synced" in prompt.question.text()
        assert not prompt.isHidden()
    finally:
        profile.close()
