"""Migration 0004 on a real SQLCipher profile holding old-shape rows: series packed in meeting
ids, activity cards and "done" marks as body prefixes, a staff release as a body prefix with
its original in state "delivered". After it the services read the new fields, search still
finds (and only finds) the words people wrote, and the state column takes "released"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import migrate
from desktop.models.legacy import ACTIVITY_MARK, DONE_MARK, RELEASE_MARK
from desktop.models.migrate import current_revision
from desktop.services import scheduling
from desktop.services.messaging import MessagingService
from desktop.services.search import search
from desktop.sync.keystore import put_scope_key

SERIES = "0b5e3c1a-8d2f-4e6b-9a7c-112233445566"
SINGLE = "7f0e2d4c-1b3a-4c5d-8e9f-00aa11bb22cc"
START = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)


@dataclass(frozen=True)
class _Profile:
    sessionmaker: sessionmaker[Session]
    person_id: str
    role: str


def _at(revision: str, engine: Engine) -> None:
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def _old_rows(engine: Engine) -> None:
    ins = [
        ("INSERT INTO people (id, role, display_name, created_at, updated_at) VALUES "
         "('m1', 'mentor', 'Alex', :t, :t), ('e1', 'mentee', 'Sam', :t, :t), "
         "('s1', 'staff', 'Coord', :t, :t)", {}),
        ("INSERT INTO pairs (id, program_id, mentor_id, mentee_id, status, matched_at) VALUES "
         "('p1', 'prog', 'm1', 'e1', 'active', :t)", {}),
        ("INSERT INTO sync_directory (person_id, role, box_public, sign_public) VALUES "
         "('s1', 'staff', x'00', x'00')", {}),
    ]  # fmt: skip
    for n in (1, 2, 3):
        ins.append((
            "INSERT INTO meetings (id, pair_id, starts_at, duration_minutes, kind, recurrence) "
            "VALUES (:id, 'p1', :s, 60, 'video', 'FREQ=WEEKLY;INTERVAL=1;COUNT=3')",
            {"id": f"{SERIES}.{n:02d}", "s": START + timedelta(weeks=n - 1)},
        ))  # fmt: skip
    ins.append(("INSERT INTO meetings (id, pair_id, starts_at, duration_minutes, kind) "
                "VALUES (:id, 'p1', :s, 30, 'in_person')", {"id": SINGLE, "s": START}))  # fmt: skip
    messages = [  # id, author, body, state, hlc
        ("c1", "m1", f"{ACTIVITY_MARK}museum\nVisiter le musée", "sent", "0001"),
        ("h1", "m1", "mon numéro secret", "delivered", "0002"),  # a released original
        ("r1", "s1", f"{RELEASE_MARK}h1:m1\nmon numéro secret", "sent", "0003"),
        ("d1", "e1", f"{DONE_MARK}c1", "sent", "0004"),
        ("t1", "e1", "merci pour la visite", "sent", "0005"),
    ]
    for mid, author, body, state, hlc in messages:
        ins.append((
            "INSERT INTO messages (id, pair_id, author_id, body, hlc, created_at, state, edited, "
            "deleted) VALUES (:id, 'p1', :a, :b, :h, :t, :st, 0, 0)",
            {"id": mid, "a": author, "b": body, "h": hlc, "st": state},
        ))  # fmt: skip
    with engine.begin() as conn:
        for sql, params in ins:
            conn.execute(text(sql), {"t": START - timedelta(days=10), **params})


def test_old_rows_are_converted_and_read_through_the_services(engine_at_0003: Engine) -> None:
    engine = engine_at_0003
    _old_rows(engine)
    assert migrate.upgrade(engine) is True
    assert current_revision(engine) == "0004"
    maker = sessionmaker(engine, expire_on_commit=False)

    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, series_id FROM meetings ORDER BY id")).all()
        assert dict(rows) == {f"{SERIES}.0{n}": SERIES for n in (1, 2, 3)} | {SINGLE: None}
        messages = {r[0]: r[1:] for r in conn.execute(text(
            "SELECT id, body, state, release_of, release_author_id, activity_id FROM messages"))}
        assert messages == {
            "c1": ("Visiter le musée", "sent", None, None, "museum"),
            "h1": ("mon numéro secret", "released", None, None, None),
            "r1": ("mon numéro secret", "sent", "h1", "m1", None),
            "t1": ("merci pour la visite", "sent", None, None, None),
        }  # fmt: skip
        marks = conn.execute(text("SELECT card_id, pair_id, done FROM activity_marks")).all()
        assert marks == [("c1", "p1", 1)]
        triggers = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='trigger'"))
        assert triggers.scalar() == 3

    mentee = MessagingService(maker, "e1", "mentee", checker=None)
    got = mentee.latest("p1", 10)
    assert [(m.id, m.body, m.author_name) for m in got] == [
        ("c1", "Visiter le musée", "Alex"),
        ("r1", "mon numéro secret", "Alex"),
        ("t1", "merci pour la visite", "Sam"),
    ]
    assert got[0].activity is not None and got[0].activity.done
    mentor = MessagingService(maker, "m1", "mentor", checker=None)
    assert [(m.id, m.mine) for m in mentor.latest("p1", 10)][1] == ("r1", True)
    assert mentor.conversations()[0].unread == 1  # Sam's thanks; my released words are not news

    # search: the words people wrote, never the marks, the released original once
    assert [h.message_id for h in search(mentee, "musee")] == ["c1"]
    assert search(mentee, "museum") == [] and search(mentee, "activity") == []
    assert [(h.message_id, h.author_name) for h in search(mentee, "secret")] == [("r1", "Alex")]
    staff = MessagingService(maker, "s1", "staff", checker=None)
    assert [h.message_id for h in search(staff, "secret")] == ["r1"]

    # the old series still cancels as one
    with maker.begin() as s:
        put_scope_key(s, "pair:p1", 1, bytes(range(32)))
    profile = _Profile(maker, "m1", "mentor")
    service = scheduling.SchedulingService(profile)
    assert service.session(f"{SERIES}.02").series_id == SERIES
    cancelled = service.cancel(f"{SERIES}.02", whole_series=True)
    assert [c.meeting_id for c in cancelled] == [f"{SERIES}.02", f"{SERIES}.03"]
    assert service.session(f"{SERIES}.01").outcome is None
    assert service.session(SINGLE).series_id is None

    with pytest.raises(IntegrityError), maker.begin() as s:
        s.execute(text("UPDATE messages SET state = 'bogus' WHERE id = 't1'"))


def test_new_series_share_a_field_not_an_id(engine_at_0003: Engine) -> None:
    migrate.upgrade(engine_at_0003)
    maker = sessionmaker(engine_at_0003, expire_on_commit=False)
    with maker.begin() as s:
        s.execute(text("INSERT INTO pairs (id, program_id, mentor_id, mentee_id, status, "
                       "matched_at) VALUES ('p1', 'prog', 'm1', 'e1', 'active', :t)"),
                  {"t": START})  # fmt: skip
        put_scope_key(s, "pair:p1", 1, bytes(range(32)))
    service = scheduling.SchedulingService(_Profile(maker, "m1", "mentor"))
    made = service.plan(pair_id="p1", starts_at=START, duration_minutes=45, kind="video",
                        recurrence="weekly", count=3)  # fmt: skip
    assert len({s.series_id for s in made}) == 1 and made[0].series_id is not None
    assert not any("." in s.meeting_id for s in made)
    moved = service.reschedule(made[1].meeting_id, starts_at=START + timedelta(days=8))
    assert moved.series_id == made[0].series_id
    assert len(service.cancel(made[0].meeting_id, whole_series=True)) == 3


@pytest.fixture
def engine_at_0003(db_path, key):
    from desktop.models.engine import close_engine, open_engine

    engine = open_engine(db_path, key, create=True)
    _at("0003", engine)
    yield engine
    close_engine(engine)


def test_downgrade_and_upgrade_again_keep_search_working(engine_at_0003: Engine) -> None:
    migrate.upgrade(engine_at_0003)
    config = migrate._config()
    with engine_at_0003.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
    assert current_revision(engine_at_0003) == "0003"
    assert migrate.upgrade(engine_at_0003) is True
    _old_rows(engine_at_0003)  # written after the migration: the triggers index them
    maker = sessionmaker(engine_at_0003, expire_on_commit=False)
    staff = MessagingService(maker, "s1", "staff", checker=None)
    assert [h.message_id for h in search(staff, "merci")] == ["t1"]
