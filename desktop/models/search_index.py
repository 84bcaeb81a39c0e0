"""Bulk indexing for message search: one pass at the end of a large apply, not a trigger per row.

Migration 0003 keeps the FTS5 index in step with `messages` through triggers. For the
thousands of messages a first sign-in applies in one transaction, indexing them in one
statement at the end is cheaper than the insert trigger row by row. Inside `bulk_indexing`
the insert trigger is dropped (in the same transaction, so nobody ever sees it missing),
and at the end the messages named by the caller that have no search row yet are indexed
exactly as the trigger would have, then the trigger is restored from its own stored SQL.
Edits and deletions keep their triggers throughout. Runs on whichever thread owns the session.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

INSERT_TRIGGER = "message_fts_insert"

# CROSS JOIN keeps this batch's ids as the outer loop: left to the planner, an empty temp
# table without statistics made SQLite scan every message on every batch (quadratic).
_UNINDEXED = """
    CREATE TEMP TABLE IF NOT EXISTS bulk_unindexed (id TEXT PRIMARY KEY)
"""
_COLLECT = """
    INSERT OR IGNORE INTO temp.bulk_unindexed(id)
    SELECT m.id FROM json_each(:ids) j JOIN messages m ON m.id = j.value
    WHERE NOT EXISTS (SELECT 1 FROM message_search_rowids r WHERE r.message_id = m.id)
"""
_ROWIDS = """
    INSERT OR IGNORE INTO message_search_rowids(message_id)
    SELECT m.id FROM temp.bulk_unindexed u CROSS JOIN messages m ON m.id = u.id ORDER BY m.hlc
"""
_INDEX = """
    INSERT INTO message_fts(rowid, body)
    SELECT r.n, m.body FROM temp.bulk_unindexed u
    CROSS JOIN messages m ON m.id = u.id
    CROSS JOIN message_search_rowids r ON r.message_id = m.id
    WHERE NOT m.deleted
"""


@contextmanager
def bulk_indexing(session: Session) -> Iterator[list[str]]:
    """Yields a list: append the ids of messages inserted inside; they are indexed on exit."""
    trigger_sql = session.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
        {"name": INSERT_TRIGGER},
    ).scalar()
    inserted: list[str] = []
    if trigger_sql is None:  # a schema without search: nothing to defer
        yield inserted
        return
    session.execute(text(f"DROP TRIGGER {INSERT_TRIGGER}"))
    yield inserted
    if inserted:
        session.execute(text(_UNINDEXED))
        session.execute(text(_COLLECT), {"ids": json.dumps(inserted)})
        session.execute(text(_ROWIDS))
        session.execute(text(_INDEX))
        session.execute(text("DELETE FROM temp.bulk_unindexed"))
    session.execute(text(trigger_sql))
