"""Search within my conversations: FTS5 inside the profile's encrypted database.

The index (`message_fts`, contentless, kept in step by triggers: migration 0003) lives in the
same SQLCipher file as the messages, so no word of a message reaches the disk in clear.
People type words, not FTS syntax: each word becomes a quoted term, the last one a prefix,
so quotes, stars or `NEAR` in the input can never make the query fail. Results obey the same
visibility as the conversation (a recipient never finds a held message). No Qt; run it on a
background operation (a query over tens of thousands of messages stays well under a second).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text

from desktop.services.messaging import RELEASED, MessagingService
from jumelage_protocol import Role

MAX_RESULTS = 200
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    message_id: str
    pair_id: str
    author_name: str
    created_at: datetime
    excerpt: str
    hlc: str


def fts_query(words: str) -> str | None:
    """A safe FTS5 query: every word quoted, the last one a prefix; None when nothing to find."""
    terms = _WORD.findall(words)
    if not terms:
        return None
    quoted = [f'"{t}"' for t in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def excerpt(body: str, words: str, width: int = 120) -> str:
    """A window of the text around the first word found (the index keeps no copy to cut from)."""
    flat = " ".join(body.split())
    low = flat.casefold()
    positions = [low.find(w.casefold()) for w in _WORD.findall(words)]
    found = [p for p in positions if p >= 0]
    start = max(0, min(found) - width // 3) if found else 0
    piece = flat[start : start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(flat) else "")


def search(service: MessagingService, words: str, *, pair_id: str | None = None,
           limit: int = MAX_RESULTS) -> list[SearchHit]:  # fmt: skip
    """Messages of my conversations (or of `pair_id`) matching `words`, newest first."""
    query = fts_query(words)
    if query is None:
        return []
    visible = "AND m.state != :released" if service.role == Role.STAFF else (
        "AND (m.author_id = :me OR m.state NOT IN ('held', 'failed', :released))"
    )  # fmt: skip
    members = "" if service.role == Role.STAFF else (
        "AND m.pair_id IN (SELECT id FROM pairs WHERE mentor_id = :me OR mentee_id = :me)"
    )  # fmt: skip
    only_pair = "AND m.pair_id = :pair" if pair_id else ""
    sql = text(f"""
        SELECT m.id, m.pair_id, coalesce(p.display_name, '?'), m.created_at, m.body, m.hlc,
               coalesce(d.role = 'staff', 0), m.release_of, coalesce(rp.display_name, '?')
        FROM message_fts f
        JOIN message_search_rowids r ON r.n = f.rowid
        JOIN messages m ON m.id = r.message_id
        LEFT JOIN people p ON p.id = m.author_id
        LEFT JOIN people rp ON rp.id = m.release_author_id
        LEFT JOIN sync_directory d ON d.person_id = m.author_id
        WHERE message_fts MATCH :q AND NOT m.deleted {visible} {members} {only_pair}
        ORDER BY m.hlc DESC LIMIT :limit
    """)  # noqa: S608 - the f-string only joins fixed fragments; values are bound
    params = {"q": query, "me": service.person_id, "pair": pair_id, "limit": limit,
              "released": RELEASED}  # fmt: skip
    with service.open_session() as s:
        rows = s.execute(sql, params).all()
    # held originals whose staff-released copy is listed (the copy shows under their author)
    released = {release_of for *_, by_staff, release_of, _a in rows if by_staff and release_of}
    hits = []
    for mid, pid, name, created, body, hlc, by_staff, release_of, author in rows:
        if mid in released:
            continue
        if by_staff and release_of:
            name = author
        when = created if isinstance(created, datetime) else datetime.fromisoformat(str(created))
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        hits.append(SearchHit(mid, pid, name, when, excerpt(body, words), hlc))
    return hits
