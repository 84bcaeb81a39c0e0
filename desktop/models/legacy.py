"""Synced values written before format 2, in today's shape: one pure function, `upgrade_fields`.

Before format 2, three ideas travelled packed into strings: a meeting's series inside its id
(`<series id>.<nn>`), a staff release of a held message as a body prefix
(`RELEASE_MARK<held id>:<author id>\\n<text>`, its sealed original set to state "delivered"),
and activity cards and their "done" marks as message-body prefixes. Ops in that shape stay in
the server's log and keep coming from PCs not yet upgraded, so every opened op goes through
`desktop.sync.legacy.upgrade` (which calls this) before it is applied, and migration 0004
converts the rows a profile had already stored with the same function. It lives in `models`
because migrations may not import `sync`. Nothing else in the app knows the old shape. Pure;
any thread.
"""

from __future__ import annotations

import re
from typing import Any

ACTIVITY_MARK = "\u2063activity:"  # "<activity id>\n<title>"
DONE_MARK = "\u2063activity-done:"  # "<card message id>"
RELEASE_MARK = "\u2063released:"  # "<held id>:<author id>\n<text>"
MARK_START = "\u2063"  # every old mark starts with this invisible separator
OLD_RELEASED_STATE = "delivered"  # a held original once released, before "released" existed
SERIES_ID = re.compile(r"^(?P<series>[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})\.\d{2,}$")


Shape = tuple[str, str, dict[str, Any]]  # entity, entity id, fields


def upgrade_fields(entity: str, entity_id: str, fields: dict[str, Any]) -> Shape | None:
    """`(entity, entity_id, fields)` in today's shape, or None when nothing is old."""
    if entity == "message":  # the hot path (first sign-in applies ~100,000): one compare
        body = fields.get("body")
        if isinstance(body, str) and body[:1] == MARK_START:
            return _message(entity_id, fields, body)
        return None
    if entity == "meeting":
        return _meeting(entity_id, fields)
    if entity == "held_message" and fields.get("state") == OLD_RELEASED_STATE:
        return entity, entity_id, {**fields, "state": "released"}
    return None


def series_of(meeting_id: str) -> str | None:
    """The series an old-shape occurrence id names (`<uuid>.<nn>`), else None."""
    match = SERIES_ID.match(meeting_id)
    return match["series"] if match else None


def _meeting(entity_id: str, fields: dict[str, Any]) -> Shape | None:
    series = series_of(entity_id)
    if series is None or "series_id" in fields:
        return None
    return "meeting", entity_id, {**fields, "series_id": series}


def _message(entity_id: str, fields: dict[str, Any], body: str) -> Shape | None:
    if body.startswith(DONE_MARK):
        card_id = body[len(DONE_MARK) :]
        return "activity_mark", card_id, {"done": True}
    if body.startswith(ACTIVITY_MARK):
        activity_id, _, title = body[len(ACTIVITY_MARK) :].partition("\n")
        return "message", entity_id, {**fields, "body": title, "activity_id": activity_id}
    if body.startswith(RELEASE_MARK):
        head, _, text = body[len(RELEASE_MARK) :].partition("\n")
        held_id, _, author = head.partition(":")
        new = {**fields, "body": text, "release_of": held_id, "release_author_id": author}
        return "message", entity_id, new
    return None
