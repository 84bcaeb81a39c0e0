"""Full-text search inside the encrypted profile: FTS5 index kept by triggers, visibility kept."""

from __future__ import annotations

from sqlalchemy import text

from desktop.models.tables import Message
from desktop.services.search import fts_query, search
from desktop.sync.apply import apply_ops
from desktop.sync.outbox import acknowledge, pending
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


def test_a_bulk_apply_indexes_at_the_end_exactly_as_the_trigger_would(world):
    """First sign-in applies thousands of messages in one transaction with the insert trigger
    set aside (`bulk_indexing`): edits and deletions inside the same transaction, and later
    single inserts once the trigger is back, must index exactly as the trigger path does."""
    from desktop.models.search_index import bulk_indexing
    from desktop.sync.outbox import record_change, record_delete
    from desktop.sync.pull import MESSAGE_ENTITIES
    from tests.services.conftest import _open

    mentor = world.services["mentor"]
    for i in range(300):
        mentor.send(PAIR_ID, f"note {i} kiwi")
    edited = mentor.send(PAIR_ID, "temporary banana")
    gone = mentor.send(PAIR_ID, "vanishing cherry")
    with world.profiles["mentor"].sessionmaker.begin() as s:
        scope, author = f"pair:{PAIR_ID}", world.profiles["mentor"].person_id
        record_change(s, scope=scope, entity="message", entity_id=edited.id, author=author,
                      fields={"body": "permanent apple"})  # fmt: skip
        record_delete(s, scope=scope, entity="message", entity_id=gone.id, author=author)
        envs = pending(s)
        acknowledge(s, [e.op_id for e in envs])
    with world.profiles["mentee"].sessionmaker.begin() as d:  # the bulk path
        with bulk_indexing(d) as inserted:
            applied = apply_ops(d, [_open(d, e) for e in envs])
            inserted.extend(op.entity_id for op in applied if op.entity in MESSAGE_ENTITIES)
        trigger = d.execute(
            text("SELECT count(*) FROM sqlite_master WHERE name = 'message_fts_insert'")
        ).scalar()
    assert trigger == 1  # restored in the same transaction
    with world.profiles["staff"].sessionmaker.begin() as d:  # the trigger path
        apply_ops(d, [_open(d, e) for e in envs])
    mentee, staff = world.services["mentee"], world.services["staff"]
    rows = []
    for role in ("mentee", "staff"):  # the same index, entry for entry
        with world.profiles[role].sessionmaker() as d:
            rows.append(d.execute(text("SELECT count(*) FROM message_fts")).scalar())
    assert rows[0] == rows[1] == 301
    for words, expected in (("kiwi", 300), ("apple", 1), ("banana", 0), ("cherry", 0)):
        assert len(search(mentee, words, limit=1000)) == expected, words
        assert len(search(staff, words, limit=1000)) == expected, words
    mentor.send(PAIR_ID, "after the bulk: mango")  # one by one again, through the trigger
    world.relay("mentor", "mentee")
    assert len(search(mentee, "mango")) == 1


def test_bulk_indexing_reads_only_the_batch_not_every_message(world):
    """Each bulk transaction of a first sign-in must look up its own messages by id. Left to
    the planner (an empty temp table, no statistics), SQLite scanned every stored message
    once per transaction, which made a long first sign-in quadratic."""
    from desktop.models import search_index

    with world.profiles["mentee"].sessionmaker.begin() as s:
        s.execute(text(search_index._UNINDEXED))
        for statement in (search_index._ROWIDS, search_index._INDEX):
            plan = [row[3] for row in s.execute(text("EXPLAIN QUERY PLAN " + statement))]
            scans = [step for step in plan if step.startswith("SCAN")]
            assert scans == ["SCAN u"], plan
