"""Access and deletion requests through a real server and real profiles.

An access export of one mentee holds her own words and records, and nobody else's: not her
mentor's messages (counted as withheld), nothing of the other pair. Deleting her erases her
messages on every PC through synced tombstones, keeps her mentor's, and blanks her name.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from sqlalchemy import select

from desktop.models.tables import Message, Person
from desktop.services.messaging import MessagingService
from desktop.services.person_records import (
    PersonRecordsError,
    delete_person,
    person_archive,
    write_archive,
)
from tests.support.fixtures import sync_profile
from tests.support.server import start_server


@pytest.fixture
def world(tmp_path):
    server = start_server(tmp_path)
    scenario = asyncio.run(server.new_program(tmp_path / "pcs", pairs=2))
    yield scenario
    scenario.close()
    server.stop()


def _send(member, pair_id: str, text: str) -> str:
    service = MessagingService.for_profile(member.profile, checker=None)
    return service.send(pair_id, text, confirmed=True).id


async def _sync_all(scenario) -> None:
    for member in scenario.everyone():
        await sync_profile(member.profile)


def test_access_export_holds_her_data_only_and_deletion_erases_her_words(world, tmp_path):
    sc = world
    staff = sc.staff.profile
    mentor, mentee, other = sc.mentors[0], sc.mentees[0], sc.mentors[1]
    pair, other_pair = sc.pairs
    _send(mentor, pair, "Question du mentor: comment va ton projet?")
    asyncio.run(_sync_all(sc))
    hers = _send(mentee, pair, "Réponse de la jeune: très bien merci")
    _send(other, other_pair, "Message d'un autre jumelage")
    asyncio.run(_sync_all(sc))
    asyncio.run(_sync_all(sc))

    mentee_id = mentee.profile.person_id
    with pytest.raises(PersonRecordsError) as refused:
        person_archive(mentor.profile, mentee_id)
    assert refused.value.code == "not_staff"
    archive = person_archive(staff, mentee_id)
    folder = write_archive(archive, tmp_path / "exports")
    text = (folder / "archive.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert [m["text"] for m in data["messages_written"]] == ["Réponse de la jeune: très bien merci"]
    assert data["withheld"]["messages_by_other_people"] == 1
    assert data["person"][0]["id"] == mentee_id
    assert [p["pair_id"] for p in data["pairs"]] == [pair]
    for outsider in ("Question du mentor", "autre jumelage", mentor.display_name,
                     other.display_name, other_pair):  # fmt: skip
        assert outsider not in text

    report = delete_person(staff, mentee_id)
    assert report.messages_erased == 1 and report.kept_held_messages == 0
    asyncio.run(_sync_all(sc))
    for member in (sc.staff, mentor):
        with member.profile.sessionmaker() as s:
            gone = s.get(Message, hers)
            assert gone is not None and gone.deleted and gone.body == ""
            kept = s.scalars(
                select(Message.body).where(Message.author_id == mentor.profile.person_id)
            ).all()
            assert kept == ["Question du mentor: comment va ton projet?"]
            assert s.get(Person, mentee_id).display_name == ""
    assert person_archive(staff, mentee_id).sections["messages_written"] == []
