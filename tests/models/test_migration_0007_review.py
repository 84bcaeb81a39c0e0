"""Migration 0007_review on a real SQLCipher profile: a pair with messages, meetings and a
draft upgrades without losing a row (its cascading children survive the widened CHECK), the
status then takes "paused" but nothing else new, and the downgrade puts everything back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from desktop.models import migrate
from desktop.models.engine import close_engine, open_engine
from desktop.models.migrate import current_revision, head_revision


def _to(revision: str, engine: Engine, *, down: bool = False) -> None:
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)


@pytest.fixture
def engine_at_0006(db_path, key) -> Iterator[Engine]:
    engine = open_engine(db_path, key, create=True)
    _to("0006", engine)
    yield engine
    close_engine(engine)


def _children(engine: Engine) -> tuple[int, int, int]:
    with engine.connect() as conn:
        return tuple(conn.execute(text(  # type: ignore[return-value]
            "SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM meetings), "
            "(SELECT count(*) FROM drafts)")).one())  # fmt: skip


def test_pairs_keep_their_children_and_take_paused(engine_at_0006: Engine) -> None:
    engine = engine_at_0006
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO pairs (id, program_id, mentor_id, mentee_id, status, matched_at) "
                "VALUES ('p1', 'prog', 'm1', 'e1', 'active', '2026-01-05 10:00:00')"
            )
        )
        for n in range(3):
            conn.execute(
                text(
                    "INSERT INTO messages (id, pair_id, author_id, body, hlc, created_at, state, "
                    "edited, deleted) VALUES (:id, 'p1', 'm1', 'Salut', :h, '2026-01-05 10:00:00', "
                    "'sent', 0, 0)"
                ),
                {"id": f"m{n}", "h": f"{n:020d}"},
            )
        conn.execute(
            text(
                "INSERT INTO meetings (id, pair_id, starts_at, duration_minutes, kind) "
                "VALUES ('s1', 'p1', '2026-01-09 16:00:00', 60, 'video')"
            )
        )
        conn.execute(text("INSERT INTO drafts (pair_id, body, updated_at) "
                          "VALUES ('p1', 'brouillon', '2026-01-05 10:00:00')"))  # fmt: skip
    _to("head", engine)
    assert current_revision(engine) == head_revision()
    assert _children(engine) == (3, 1, 1)
    with engine.begin() as conn:
        conn.execute(text("UPDATE pairs SET status = 'paused', pause_reason = 'staff_review'"))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE pairs SET status = 'frozen'"))
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []

    _to("0006", engine, down=True)
    assert _children(engine) == (3, 1, 1)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT status FROM pairs")).scalar_one() == "active"
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(pairs)"))}
    assert "pause_reason" not in columns
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE pairs SET status = 'paused'"))
