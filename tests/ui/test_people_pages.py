"""The People and Matching pages against a real server, driven through their widgets.

Staff type people into the form (impossible ages refused in place, what was typed kept, a
duplicate pointed out, never created silently), invite them (the code shown once, the letter
saved as a one-page PDF), the invited enrol with the codes on their own PCs, a guardian's
consent is recorded in the consent dialog, and the Matching page suggests the mentor with
its reasons, refuses the pair while consent is missing, then makes it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from sqlalchemy import select

from desktop.models.tables import Pair
from desktop.runtime.loop import AsyncBridge
from desktop.services import consent, people
from desktop.services.accounts import enrol
from desktop.services.profiles import ProfileDirectory
from desktop.ui.matching_page import MatchingPage
from desktop.ui.people_page import PeoplePage
from desktop.vault.kdf import KdfParams
from tests.support.fixtures import sync_profile
from tests.support.server import start_server
from tests.support.training import finish_required_training

WAIT = 60_000
TODAY = date.today()


def years_ago(years: int) -> str:
    return TODAY.replace(year=TODAY.year - years, day=min(TODAY.day, 28)).isoformat()


@pytest.fixture
def program(tmp_path, network):
    """A real server and its program's first staff member (no pairs yet)."""
    server = start_server(tmp_path / "srv")
    scenario = network.submit(server.new_program(tmp_path / "pcs", pairs=0)).result(120)
    yield server, scenario
    scenario.close()
    server.stop()


def run(network, coro):
    return network.submit(coro).result(120)


def fill(page: PeoplePage, *, kind: str, name: str, born: str = "", band: str | None = None,
         interests=(), slots=(), guardian: str = "") -> None:  # fmt: skip
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData(kind))
    form.name.setText(name)
    form.birth_date.setText(born)
    form.age_band.setCurrentIndex(form.age_band.findData(band) if band else 0)
    for code, box in form.interests.items():
        box.setChecked(code in interests)
    for code, box in form.availability.items():
        box.setChecked(code in slots)
    form.guardian_name.setText(guardian)


def shown(page, qtbot) -> None:
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)


def test_the_form_validates_in_place_keeps_what_was_typed_and_warns_of_duplicates(
    qtbot, program, network
):
    _server, sc = program
    page = PeoplePage(sc.staff.profile, sc.program_id, run_async=AsyncBridge(network).run)
    qtbot.addWidget(page)
    page.show()
    fill(page, kind="mentee", name="Zoé Lavoie", born=years_ago(3), guardian="Anne Lavoie")
    page.save_button.click()
    assert page.form.errors["birth_date"].isVisible()
    assert "between 6 and 25" in page.form.errors["birth_date"].text()
    assert page.form.name.text() == "Zoé Lavoie"  # what was typed stays
    assert people.list_people(sc.staff.profile, sc.program_id) == []

    page.form.birth_date.setText("2014-02-30")
    page.save_button.click()
    assert "year-month-day" in page.form.errors["birth_date"].text()

    page.form.birth_date.setText(years_ago(10))
    page.form.guardian_name.clear()
    page.save_button.click()
    assert page.form.errors["guardian_name"].isVisible()
    assert not page.form.errors["birth_date"].isVisible()

    page.form.guardian_name.setText("Anne Lavoie")
    page.save_button.click()
    assert "Zoé Lavoie was added." in page.notice.text()
    qtbot.waitUntil(lambda: [r.display_name for r in page.rows()] == ["Zoé Lavoie"], timeout=WAIT)
    assert page.table.item(0, 3).text() == "Added"

    page.start_new()
    fill(page, kind="mentee", name="zoé  lavoie", born=years_ago(10), guardian="Anne Lavoie")
    page.save_button.click()
    assert "same name and date of birth" in page.notice.text()
    assert page.add_anyway_button.isVisible()
    assert len(people.list_people(sc.staff.profile, sc.program_id)) == 1
    page.add_anyway_button.click()
    assert len(people.list_people(sc.staff.profile, sc.program_id)) == 2

    page.search.setText("nobody")
    qtbot.waitUntil(lambda: page.rows() == [] and page.empty.isVisible(), timeout=WAIT)


def test_invite_enrol_consent_then_match_through_the_pages(qtbot, program, network, tmp_path):
    server, sc = program
    staff = sc.staff.profile
    bridge = AsyncBridge(network)
    page = PeoplePage(staff, sc.program_id, run_async=bridge.run, program_name="Programme test")
    qtbot.addWidget(page)
    page.show()
    fill(page, kind="mentor", name="Maude Tremblay", band="10-12",
         interests=("science", "music"), slots=("weekday_evening",))  # fmt: skip
    page.save_button.click()
    page.start_new()
    fill(page, kind="mentee", name="Léo Gagnon", born=years_ago(12), guardian="Julie Gagnon",
         interests=("science", "music"), slots=("weekday_evening",))  # fmt: skip
    page.save_button.click()
    qtbot.waitUntil(lambda: len(page.rows()) == 2, timeout=WAIT)

    codes: dict[str, str] = {}
    for name in ("Maude Tremblay", "Léo Gagnon"):
        shown(page, qtbot)
        page.select(next(r.id for r in page.rows() if r.display_name == name))
        assert page.invite_button.isEnabled()
        page.invite_button.click()
        qtbot.waitUntil(lambda: page.invite_dialog is not None and page.invite_dialog.isVisible(),
                        timeout=WAIT)  # fmt: skip
        dialog = page.invite_dialog
        codes[name] = dialog.code.text()
        if name == "Léo Gagnon":
            pdf = tmp_path / "letter.pdf"
            dialog.save_pdf(pdf)
            doc = QPdfDocument()
            doc.load(str(pdf))
            assert doc.pageCount() == 1
            dialog.copy_button.click()
            assert QGuiApplication.clipboard().text() == codes[name]
        dialog.close()
        page.invite_dialog = None
    shown(page, qtbot)
    assert {r.state for r in page.rows()} == {"invited"}

    joined = []
    for name, username in (("Maude Tremblay", "maude"), ("Léo Gagnon", "leo")):
        directory = ProfileDirectory(tmp_path / username,
                                     kdf_params_factory=KdfParams.fast_for_tests)  # fmt: skip
        joined.append(run(network, enrol(directory, server.base_url, codes[name], username,
                                         f"correct horse {username}", name,
                                         kdf_params=KdfParams.fast_for_tests())))  # fmt: skip
    finish_required_training(joined[0])  # the mentor may be matched once trained
    for profile in (*joined, staff):
        run(network, sync_profile(profile))
    shown(page, qtbot)
    assert {r.state for r in page.rows()} == {"enrolled"}

    matching = MatchingPage(staff, sc.program_id, run_async=bridge.run)
    qtbot.addWidget(matching)
    matching.show()
    shown(matching, qtbot)
    qtbot.waitUntil(lambda: matching.suggestions.count() == 1, timeout=WAIT)
    text = matching.suggestions.item(0).text()
    assert text.startswith("Maude Tremblay\n")
    assert "same language: Français" in text and "shares: Science, Music" in text
    assert "both free: Weekday evenings" in text and "same age group" in text
    assert not matching.match_button.isEnabled()
    assert "age of consent" in matching.block.text()

    mentee_id = next(r.id for r in page.rows() if r.display_name == "Léo Gagnon")
    page.select(mentee_id)
    page.consent_button.click()
    dialog = page.consent_dialog
    assert dialog.guardian.text() == "Julie Gagnon"
    for purpose in ("messaging", "supervision"):
        dialog.purposes[purpose].setChecked(True)
    dialog.record_button.click()
    assert dialog.status.text() == "Consent recorded."
    assert "Given by Julie Gagnon" in dialog.current["messaging"].text()
    assert dialog.current["surveys"].text() == "Not asked yet"
    dialog.close()

    matching.refresh()  # the People page tells it in the app (people_changed)
    qtbot.waitUntil(lambda: not matching.loading and matching.match_button.isEnabled(),
                    timeout=WAIT)  # fmt: skip
    matching.match_button.click()
    qtbot.waitUntil(lambda: "are now a pair" in matching.status.text(), timeout=WAIT)
    with staff.sessionmaker() as s:
        pairs = s.scalars(select(Pair)).all()
    assert [(p.mentor_id, p.mentee_id, p.status) for p in pairs] == [
        (joined[0].person_id, joined[1].person_id, "active")
    ]
    qtbot.waitUntil(lambda: not matching.loading and matching.mentees.count() == 0, timeout=WAIT)
    shown(page, qtbot)
    assert {r.state for r in page.rows()} == {"matched"}
    mentee = people.get_person(staff, mentee_id)
    assert consent.missing_for_matching(staff, sc.program_id, mentee) == ()
    for profile in joined:
        profile.close()


def test_withdrawing_consent_pauses_the_pair(qtbot, program, network, tmp_path):
    server, sc = program
    staff = sc.staff.profile
    mentor_id = people.add_person(staff, sc.program_id, people.PersonForm(
        kind="mentor", display_name="Maude Tremblay"))  # fmt: skip
    mentee_id = people.add_person(staff, sc.program_id, people.PersonForm(
        kind="mentee", display_name="Léo Gagnon", birth_date=date.fromisoformat(years_ago(12)),
        guardian_name="Julie Gagnon"))  # fmt: skip
    joined = []
    for record_id, username, name in ((mentor_id, "maude", "Maude Tremblay"),
                                      (mentee_id, "leo", "Léo Gagnon")):  # fmt: skip
        code = run(network, people.invite_person(staff, record_id)).code
        directory = ProfileDirectory(tmp_path / username,
                                     kdf_params_factory=KdfParams.fast_for_tests)  # fmt: skip
        joined.append(run(network, enrol(directory, server.base_url, code, username,
                                         f"correct horse {username}", name,
                                         kdf_params=KdfParams.fast_for_tests())))  # fmt: skip
    finish_required_training(joined[0])  # the mentor may be matched once trained
    for profile in (*joined, staff):
        run(network, sync_profile(profile))
    consent.record_consent(staff, mentee_id, ["messaging", "supervision"],
                           guardian_name="Julie Gagnon", method="paper")  # fmt: skip
    from desktop.services.matching import make_match

    pair_id = run(network, make_match(staff, sc.program_id, mentor_id, mentee_id))
    page = PeoplePage(staff, sc.program_id)
    qtbot.addWidget(page)
    shown(page, qtbot)
    page.select(mentee_id)
    page.consent_button.click()
    dialog = page.consent_dialog
    dialog.purposes["messaging"].setChecked(True)
    dialog.withdraw_button.click()
    assert "paused" in dialog.status.text()
    with staff.sessionmaker() as s:
        assert s.get(Pair, pair_id).status == "paused"
    for profile in joined:
        profile.close()


def test_pdf_letter_is_one_page_in_each_language(qtbot, tmp_path: Path):
    from desktop.services.people import Invitation
    from desktop.ui.invite_letter import letter_html, save_pdf

    for lang, words in (("fr", "Code d'invitation"), ("en", "Invite code")):
        invitation = Invitation(
            "AB12-CD34/ffee", "Léo <Gagnon>", lang, "mentee", "https://x.example"
        )
        html = letter_html(invitation, "Programme & co")
        assert words in html and "Léo &lt;Gagnon&gt;" in html and "Programme &amp; co" in html
        save_pdf(invitation, "Programme", tmp_path / f"{lang}.pdf")
        doc = QPdfDocument()
        doc.load(str(tmp_path / f"{lang}.pdf"))
        assert doc.pageCount() == 1


def test_every_control_of_the_new_screens_is_named_as_it_reads(qtbot, program, network):
    from desktop.services import rules
    from desktop.services.people import Invitation
    from desktop.ui.accessibility import label_in_name_mismatches, unnamed_focusable
    from desktop.ui.consent_dialog import ConsentDialog
    from desktop.ui.invite_dialog import InviteDialog
    from desktop.ui.rules_dialog import RulesDialog

    _server, sc = program
    staff = sc.staff.profile
    record_id = people.add_person(staff, sc.program_id, people.PersonForm(
        kind="mentee", display_name="Léo Gagnon", birth_date=date.fromisoformat(years_ago(12)),
        guardian_name="Julie Gagnon"))  # fmt: skip
    page = PeoplePage(staff, sc.program_id, run_async=AsyncBridge(network).run)
    matching = MatchingPage(staff, sc.program_id, run_async=AsyncBridge(network).run)
    invitation = Invitation("AB12-CD34/ff", "Léo Gagnon", "fr", "mentee", "https://x.example")
    screens = [page, matching, InviteDialog(invitation, "Programme"),
               ConsentDialog(staff, people.get_person(staff, record_id)),
               RulesDialog(staff, rules.rules_text("en"))]  # fmt: skip
    for screen in screens:
        qtbot.addWidget(screen)
        screen.show()
    for view in (page, matching):
        shown(view, qtbot)
    page.select(record_id)
    for screen in screens:
        assert unnamed_focusable(screen) == [], type(screen).__name__
        assert label_in_name_mismatches(screen) == [], type(screen).__name__


def test_people_are_added_offline_and_an_invite_says_the_server_is_unreachable(
    qtbot, program, network
):
    server, sc = program
    server.stop()  # the server is gone: the form still works, the invite cannot
    page = PeoplePage(sc.staff.profile, sc.program_id, run_async=AsyncBridge(network).run)
    qtbot.addWidget(page)
    page.show()
    fill(page, kind="mentor", name="Maude Tremblay", band="10-12")
    page.save_button.click()
    qtbot.waitUntil(lambda: [r.display_name for r in page.rows()] == ["Maude Tremblay"],
                    timeout=WAIT)  # fmt: skip
    page.select(page.rows()[0].id)
    page.invite_button.click()
    qtbot.waitUntil(lambda: page.invite_button.isEnabled(), timeout=WAIT)
    assert "server" in page.notice.text().lower() and "Traceback" not in page.notice.text()
    assert page.invite_dialog is None
    assert page.rows()[0].state == "added"
