"""The directory of public keys, pinned on first sight: a server cannot swap them unseen.

Each person's X25519 and Ed25519 public keys and role are kept as first served. Keys never
change in Jumelage (a passphrase change re-wraps the same keys), so a different answer from
the server later is either an attack or an account rebuilt by an administrator: the new
values wait in `changed_*`, signatures are still checked against the pinned keys, and
nothing is sealed to that person (`key_changed`) until a staff member who has checked with
them confirms the change. Database work only, in the caller's session or a short one of its
own; called on the network loop or the database writer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.sync_tables import DirectoryEntry
from desktop.sync.errors import SyncError
from desktop.sync.ops import b64d
from jumelage_protocol import PersonDirectoryEntry


@dataclass(frozen=True)
class KeyChange:
    """A person whose keys or role the server now serves differently from what is pinned."""

    person_id: str
    role: str
    changed_role: str


def pin(session: Session, person_id: str, role: str, box_public: bytes, sign_public: bytes) -> bool:
    """Pin on first sight; True when the served values differ from the pinned ones."""
    row = session.get(DirectoryEntry, person_id)
    if row is None:
        session.add(
            DirectoryEntry(
                person_id=person_id, role=role, box_public=box_public, sign_public=sign_public
            )
        )
        return False
    same = (row.role, row.box_public, row.sign_public) == (role, box_public, sign_public)
    if same:
        row.changed_role = row.changed_box_public = row.changed_sign_public = None
    else:
        row.changed_role, row.changed_box_public = role, box_public
        row.changed_sign_public = sign_public
    return not same


def pin_entries(session: Session, entries: Iterable[PersonDirectoryEntry]) -> set[str]:
    """Pin `PersonDirectoryEntry`s from the server; returns the ids that changed."""
    return {
        e.person_id
        for e in entries
        if pin(session, e.person_id, e.role, b64d(e.box_public), b64d(e.sign_public))
    }


def pinned_boxes(
    session: Session, entries: Iterable[PersonDirectoryEntry]
) -> tuple[dict[str, bytes], list[str]]:
    """Pin `entries`; returns the pinned X25519 keys of the unchanged ones, and the changed ids."""
    entries = list(entries)
    pin_entries(session, entries)
    rows = [r for e in entries if (r := session.get(DirectoryEntry, e.person_id)) is not None]
    changed = sorted(r.person_id for r in rows if r.changed_box_public is not None)
    return {r.person_id: r.box_public for r in rows if r.changed_box_public is None}, changed


def sealing_keys(
    maker: sessionmaker[Session], entries: Iterable[PersonDirectoryEntry]
) -> dict[str, bytes]:
    """Pinned X25519 keys of `entries`, to seal to; `key_changed` if any of them changed."""
    with maker.begin() as s:
        boxes, changed = pinned_boxes(s, entries)
    if changed:
        raise SyncError("key_changed", f"the server serves new keys for {len(changed)} person(s)")
    return boxes


def key_changes(session: Session) -> list[KeyChange]:
    rows = session.scalars(
        select(DirectoryEntry)
        .where(DirectoryEntry.changed_box_public.is_not(None))
        .order_by(DirectoryEntry.person_id)
    )
    return [KeyChange(r.person_id, r.role, r.changed_role or r.role) for r in rows]


def confirm_key_change(session: Session, person_id: str) -> None:
    """Staff checked with the person: the keys now served become the pinned ones."""
    row = session.get(DirectoryEntry, person_id)
    if row is None or row.changed_box_public is None or row.changed_sign_public is None:
        return
    row.role = row.changed_role or row.role
    row.box_public, row.sign_public = row.changed_box_public, row.changed_sign_public
    row.changed_role = row.changed_box_public = row.changed_sign_public = None


__all__ = [
    "KeyChange",
    "confirm_key_change",
    "key_changes",
    "pin",
    "pin_entries",
    "pinned_boxes",
    "sealing_keys",
]
