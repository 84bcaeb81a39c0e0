"""Full-text search inside the encrypted profile: FTS5 index kept by triggers, visibility kept."""

from __future__ import annotations

from sqlalchemy import text

from desktop.models.tables import Message
from desktop.services.search import fts_query, search
from tests.services.conftest import HELD_TEXT, PAIR_ID


def test_words_are_found_accent_blind_and_by_prefix(world):
    mentor = world.services["mentor"]
    mentor.send(PAIR_ID, "On va au musée samedi ? 🎨")
    mentor.send(PAIR_ID, "Bring your skateboard")
    assert [h.excerpt for h in search(mentor, "musee")] == ["On va au musée samedi ? 🎨"]
    assert [h.author_name for h in search(mentor, "skate")] == ["Alex"]
    assert search(mentor, "piscine") == []


def test_hostile_input_is_only_words(world):
    mentor = world.services["mentor"]
    mentor.send(PAIR_ID, 'he said "hello" NEAR the door')
    for query in ('"', "NEAR(", "*", "hello OR", "'; DROP TABLE messages; --", "   "):
        search(mentor, query)  # never raises
    assert fts_query('"hello" AND x*') == '"hello" "AND" "x"*'
    assert len(search(mentor, '"hello')) == 1


def test_recipient_does_not_find_held_messages(world):
    world.services["mentor"].send(PAIR_ID, HELD_TEXT + " by the river")
    world.relay("mentor", "mentee", "staff")
    assert search(world.services["mentee"], "river") == []
    assert len(search(world.services["mentor"], "river")) == 1
    assert len(search(world.services["staff"], "river")) == 1


def test_index_follows_edits_deletions_and_lives_in_the_database(world):
    mentor = world.services["mentor"]
    m = mentor.send(PAIR_ID, "temporary banana")
    with world.profiles["mentor"].sessionmaker.begin() as s:
        s.get(Message, m.id).body = "permanent apple"
    assert search(mentor, "banana") == [] and len(search(mentor, "apple")) == 1
    with world.profiles["mentor"].sessionmaker.begin() as s:
        row = s.get(Message, m.id)
        row.deleted, row.body = True, ""
    assert search(mentor, "apple") == []
    with world.profiles["mentor"].sessionmaker() as s:
        kind = s.execute(text("SELECT type FROM sqlite_master WHERE name = 'message_fts'")).scalar()
    assert kind == "table"
    path = world.directory.data_dir
    raw = b"".join(p.read_bytes() for p in path.rglob("jumelage.db*") if p.is_file())
    assert b"permanent" not in raw and b"banana" not in raw


def test_released_message_is_found_once_under_its_author(sealed_world):
    world = sealed_world
    held = world.services["mentor"].send(PAIR_ID, HELD_TEXT + " near the river")
    world.relay("mentor", "staff")
    assert search(world.services["mentee"], "river") == []
    world.services["staff"].decide_held(held.id, approve=True)
    world.relay("staff", "mentee", "mentor")
    for role in ("mentee", "mentor", "staff"):
        hits = search(world.services[role], "river")
        assert [h.author_name for h in hits] == ["Alex"]
        assert hits[0].excerpt.endswith("parents near the river")
