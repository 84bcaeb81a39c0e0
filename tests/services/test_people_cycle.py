"""People, consent and matching against a real server: invite → enrol → consent → match.

Staff add a mentor and a 12-year-old mentee, invite both, and the two enrol with the codes on
their own PCs (real profiles, real server on loopback). The mentee cannot be matched until
a guardian's consent is recorded; then the pair is made with its keys, and the mentee's PC
receives the welcome activity card. Forms refuse impossible ages and warn about duplicates.
"""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from sqlalchemy import select

from desktop.models.tables import Message, Pair
from desktop.services import consent, people
from desktop.services.accounts import enrol
from desktop.services.matching import MatchRefused, make_match, suggestions_for
from desktop.services.people import FormProblems, PeopleError, PersonForm
from desktop.services.profiles import ProfileDirectory
from desktop.vault.kdf import KdfParams
from tests.support.fixtures import sync_profile
from tests.support.training import finish_required_training
from tests.support.server import start_server

TODAY = date.today()


def years_ago(years: int) -> date:
    return TODAY.replace(year=TODAY.year - years, day=min(TODAY.day, 28))


MENTOR = PersonForm(kind="mentor", display_name="Maude Tremblay", language="fr",
                    age_band="10-12", interests=("science", "music", "sports"),
                    availability=("weekday_evening",))  # fmt: skip
MENTEE = PersonForm(kind="mentee", display_name="Léo Gagnon", language="fr",
                    birth_date=years_ago(12), interests=("science", "music"),
                    availability=("weekday_evening", "weekend_morning"),
                    guardian_name="Julie Gagnon", guardian_contact="514-555-0199")  # fmt: skip
OTHER = PersonForm(kind="mentor", display_name="Sam Wilson", language="en", age_band="18-25",
                   interests=("cooking",), availability=("weekend_afternoon",))  # fmt: skip


@pytest.fixture
def server(tmp_path):
    running = start_server(tmp_path / "srv")
    yield running
    running.stop()


async def join(server, root, code: str, username: str, name: str):
    directory = ProfileDirectory(root / username, kdf_params_factory=KdfParams.fast_for_tests)
    return await enrol(directory, server.base_url, code, username, f"correct horse {username}",
                       name, kdf_params=KdfParams.fast_for_tests())  # fmt: skip


def state_of(staff, program_id: str, record_id: str) -> str:
    return next(r.state for r in people.list_people(staff, program_id) if r.id == record_id)


def test_invite_enrol_consent_match(server, tmp_path):
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs", pairs=0)
        staff, program = sc.staff.profile, sc.program_id
        mentor_id = people.add_person(staff, program, MENTOR)
        mentee_id = people.add_person(staff, program, MENTEE)
        other_id = people.add_person(staff, program, OTHER)
        assert state_of(staff, program, mentee_id) == "added"

        letters = {rid: await people.invite_person(staff, rid) for rid in (mentor_id, mentee_id)}
        assert letters[mentee_id].language == "fr" and letters[mentee_id].code
        assert letters[mentee_id].server_url == server.base_url
        assert state_of(staff, program, mentee_id) == "invited"

        mentor = await join(server, tmp_path, letters[mentor_id].code, "maude", "Maude Tremblay")
        mentee = await join(server, tmp_path, letters[mentee_id].code, "leo", "Léo Gagnon")
        for p in (mentor, mentee, staff):  # they introduce themselves to staff: linked by name
            await sync_profile(p)
        assert state_of(staff, program, mentor_id) == "enrolled"
        assert state_of(staff, program, mentee_id) == "enrolled"

        # An enrolled mentor is suggested once trained (the mentor not enrolled yet already is).
        assert [s.mentor.id for s in suggestions_for(staff, program, mentee_id)] == [other_id]
        finish_required_training(mentor)
        for p in (mentor, staff):
            await sync_profile(p)

        best, other = suggestions_for(staff, program, mentee_id)
        assert best.mentor.id == mentor_id and best.same_language
        assert not other.same_language and other.interests == () and best.score > other.score
        assert best.interests == ("science", "music") or set(best.interests) == {"science", "music"}
        assert best.availability == ("weekday_evening",)

        with pytest.raises(MatchRefused) as refused:
            await make_match(staff, program, mentor_id, mentee_id)
        assert refused.value.code == "consent_missing"
        assert consent.missing_for_matching(
            staff, program, people.get_person(staff, mentee_id)
        ) == ("messaging", "supervision")

        consent.record_consent(staff, mentee_id, ["messaging", "supervision", "video"],
                               guardian_name="Julie Gagnon", method="paper")  # fmt: skip
        given = consent.answers(staff, mentee_id)
        assert {p for p, a in given.items() if a.granted} == {"messaging", "supervision", "video"}
        assert "surveys" not in given

        pair_id = await make_match(staff, program, mentor_id, mentee_id)
        assert state_of(staff, program, mentee_id) == "matched"
        assert state_of(staff, program, mentor_id) == "matched"
        assert state_of(staff, program, other_id) == "added"  # the pair is not everyone's
        with pytest.raises(MatchRefused) as refused:  # one mentee per mentor by default
            await make_match(staff, program, mentor_id, mentee_id)
        assert refused.value.code == "mentor_full"

        await sync_profile(staff)
        await sync_profile(mentee)
        with mentee.sessionmaker() as s:
            pair = s.get(Pair, pair_id)
            cards = s.scalars(select(Message).where(Message.pair_id == pair_id)).all()
        assert pair is not None and pair.status == "active"
        assert [(c.activity_id, c.body) for c in cards] == [
            ("goals-first-agreement", "Notre entente de jumelage")
        ]
        for p in (mentor, mentee):
            p.close()
        sc.close()

    asyncio.run(scenario())


def test_forms_refuse_impossible_ages_and_warn_about_duplicates(server, tmp_path):
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs", pairs=0)
        staff, program = sc.staff.profile, sc.program_id
        for years, code in ((3, "mentee_age_impossible"), (90, "mentee_age_impossible")):
            with pytest.raises(FormProblems) as bad:
                people.add_person(staff, program, PersonForm(
                    kind="mentee", display_name="Zoé", birth_date=years_ago(years),
                    guardian_name="Parent"))  # fmt: skip
            assert bad.value.problems == {"birth_date": code}
        with pytest.raises(FormProblems) as bad:
            people.add_person(staff, program, PersonForm(kind="mentee", display_name=" ",
                                                         birth_date=years_ago(10)))  # fmt: skip
        assert bad.value.problems == {"display_name": "name_required",
                                      "guardian_name": "guardian_required"}  # fmt: skip
        people.add_person(staff, program, MENTEE)
        twin = PersonForm(**{**MENTEE.__dict__, "display_name": "  léo   GAGNON "})
        with pytest.raises(PeopleError) as dup:
            people.add_person(staff, program, twin)
        assert dup.value.code == "duplicate_person"
        people.add_person(staff, program, twin, allow_duplicate=True)
        assert len(people.list_people(staff, program, search="gagnon")) == 2
        assert len(people.list_people(staff, program, search="LÉO")) == 2
        assert people.list_people(staff, program, kind="mentor") == []
        sc.close()

    asyncio.run(scenario())


def test_two_staff_editing_offline_merge_field_by_field(server, tmp_path):
    async def scenario():
        sc = await server.new_program(tmp_path / "pcs", pairs=0)
        first, program = sc.staff.profile, sc.program_id
        record_id = people.add_person(first, program, MENTEE)
        colleague_id = people.add_person(first, program, PersonForm(
            kind="staff", display_name="Nadia Roy", language="fr"))  # fmt: skip
        code = (await people.invite_person(first, colleague_id)).code
        second = await join(server, tmp_path, code, "nadia", "Nadia Roy")
        for p in (first, second, first, second):  # the staff key reaches her, then the records
            await sync_profile(p)
        assert people.get_person(second, record_id) == people.get_person(first, record_id)

        seen_first, seen_second = (people.get_person(p, record_id) for p in (first, second))
        people.update_person(first, seen_first, people.with_form(seen_first, language="en"))
        people.update_person(second, seen_second, people.with_form(
            seen_second, interests=("science", "music", "reading")))  # fmt: skip
        for p in (first, second, first):
            await sync_profile(p)
        merged = [people.get_person(p, record_id).form for p in (first, second)]
        assert merged[0] == merged[1]
        assert merged[0].language == "en" and set(merged[0].interests) == {
            "science", "music", "reading"}  # fmt: skip

        # An edit made from a stale form keeps the other's fields and says which they were.
        theirs = people.update_person(second, seen_second, people.with_form(
            seen_second, guardian_contact="450-555-0101"))  # fmt: skip
        assert set(theirs) == {"language", "interests"}
        assert people.get_person(second, record_id).form.language == "en"
        second.close()
        sc.close()

    asyncio.run(scenario())


def test_an_invited_record_links_to_one_account_by_name_never_to_a_guess(server, tmp_path):
    from desktop.models.tables import Person

    async def scenario():
        sc = await server.new_program(tmp_path / "pcs", pairs=0)
        staff, program = sc.staff.profile, sc.program_id
        record_id = people.add_person(staff, program, MENTEE)
        with staff.sessionmaker.begin() as s:  # as sync leaves a member's introduction
            s.add(Person(id="acct1", role="mentee", display_name="Léo Gagnon"))
        assert state_of(staff, program, record_id) == "added"  # not invited: no link by name
        people.mark_invited(staff, record_id)
        assert people.get_person(staff, record_id).account_id == "acct1"
        with staff.sessionmaker.begin() as s:  # someone else claims the same name
            s.add(Person(id="acct2", role="mentee", display_name="Léo Gagnon"))
        assert state_of(staff, program, record_id) == "invited"
        people.set_account(staff, record_id, "acct2")  # staff decide
        assert state_of(staff, program, record_id) == "enrolled"
        sc.close()

    asyncio.run(scenario())
