"""Keys the server now serves differently from what this PC pinned, and staff confirming them.

A changed key blocks sealing to that person (`desktop.sync.directory`); the supervision page
lists the changes in plain words and lets a staff member confirm one after checking with
the person (by phone or in person) that they really did get a new account. Plain dataclasses
for the UI; short database work on whichever thread the caller chose (never the UI thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.models.tables import Person
from desktop.sync.directory import confirm_key_change, key_changes
from jumelage_protocol import Role

if TYPE_CHECKING:
    from desktop.services.profiles import Profile


@dataclass(frozen=True)
class ChangedKey:
    person_id: str
    name: str  # the display name this PC knows, or "" if none yet
    role: str  # the pinned role
    new_role: str  # the role the server now serves (the same unless that changed too)


def list_changed_keys(profile: Profile) -> list[ChangedKey]:
    with profile.sessionmaker() as s:
        return [
            ChangedKey(
                c.person_id,
                (p.display_name if (p := s.get(Person, c.person_id)) else ""),
                c.role,
                c.changed_role,
            )
            for c in key_changes(s)
        ]


def confirm_changed_key(profile: Profile, person_id: str) -> None:
    """Staff only: pin the keys now served for `person_id` (sealing to them resumes)."""
    if profile.role != Role.STAFF:
        raise PermissionError("only staff confirm a changed key")
    with profile.sessionmaker.begin() as s:
        confirm_key_change(s, person_id)


__all__ = ["ChangedKey", "confirm_changed_key", "list_changed_keys"]
