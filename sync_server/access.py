"""Who may read or write which scope: the membership rules, in one place.

Called by request handlers (worker threads) and the live hub. Rules:
`person:<id>` is its owner's alone; `pair:<id>` is read by its mentor, its mentee and its
program's staff, and written by them while the pair is open (staff always);
`program:<id>` is read by its staff and written by its staff and (write-only, for urgent
reports) by its mentors and mentees. Everyone belongs to exactly one organisation, and
every link above stays inside it because people join programs only through that program's
invites.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from jumelage_protocol import Membership, Role, Scope, ScopeKind
from sync_server.errors import Refused
from sync_server.store import Person, Store


@dataclass(frozen=True)
class Access:
    read: bool
    write: bool
    open: bool = True  # False when the scope is a closed pair (a member write is then refused)


NONE = Access(False, False)


log = logging.getLogger("sync_server")


def scope_access(store: Store, person_id: str, scope: str) -> Access:
    try:
        parsed = Scope.parse(scope)
    except ValueError:
        return NONE
    kind, ident = parsed.kind, parsed.id
    if kind is ScopeKind.PERSON:
        return Access(True, True) if ident == person_id else NONE
    with store.read() as conn:
        if kind is ScopeKind.PROGRAM:
            role = store.program_role(conn, person_id, ident)
            if role == Role.STAFF:
                return Access(True, True)
            return Access(False, True) if role in (Role.MENTOR, Role.MENTEE) else NONE
        if kind is ScopeKind.PAIR:
            pair = store.pair(conn, ident)
            if pair is None:
                return NONE
            if person_id in (pair.mentor_id, pair.mentee_id):
                is_open = pair.closed_ms is None
                return Access(True, is_open, open=is_open)
            if store.program_role(conn, person_id, pair.program_id) == Role.STAFF:
                purged = pair.purged_ms is not None  # nothing may come back after a purge
                return Access(True, not purged, open=pair.closed_ms is None)
    return NONE


def memberships(store: Store, person: Person) -> list[Membership]:
    """Every scope the person can read or write, with the role they hold there."""
    programs = store.program_memberships(person.id)
    staff_of = [p for p, role in programs if role == Role.STAFF]
    out = [Membership(scope=Scope.person(person.id), role=person.role)]
    out += [Membership(scope=Scope.program(p), role=role) for p, role in programs]
    for pair in store.pairs_visible_to(person.id, staff_of):
        try:
            scope = Scope.pair(pair.id)
        except ValueError:  # stored by an older server: never a 500 here
            log.warning("left out a pair whose id is outside the id grammar")
            continue
        role: Role
        if person.id == pair.mentor_id:
            role = Role.MENTOR
        elif person.id == pair.mentee_id:
            role = Role.MENTEE
        else:
            role = Role.STAFF
        out.append(Membership(scope=scope, role=role))
    return out


def readable_scopes(store: Store, person: Person) -> list[str]:
    """Scopes whose ops the person may pull (program scopes only for staff)."""
    return [
        m.scope
        for m in memberships(store, person)
        if not (m.scope.kind is ScopeKind.PROGRAM and m.role != Role.STAFF)
    ]


def scope_readers(store: Store, scope: str) -> set[str]:
    """Person ids that may read `scope`: whom the live hub tells about new ops there."""
    parsed = Scope.parse(scope)
    kind, ident = parsed.kind, parsed.id
    if kind is ScopeKind.PERSON:
        return {ident}
    if kind is ScopeKind.PROGRAM:
        return {p.id for p in store.program_people(ident, (Role.STAFF,))}
    with store.read() as conn:
        pair = store.pair(conn, ident)
    if pair is None:
        return set()
    staff = {p.id for p in store.program_people(pair.program_id, (Role.STAFF,))}
    return staff | {pair.mentor_id, pair.mentee_id}


def require_staff(store: Store, person_id: str, program_id: str) -> None:
    """Refuse unless the person is staff of the program (unknown programs look the same)."""
    with store.read() as conn:
        if store.program_role(conn, person_id, program_id) != Role.STAFF:
            raise Refused("not_staff")


def require_write(store: Store, person_id: str, scope: str) -> None:
    access = scope_access(store, person_id, scope)
    if not access.write:
        raise Refused("pair_closed" if access.read and not access.open else "not_member")


def require_read(store: Store, person_id: str, scope: str) -> None:
    if not scope_access(store, person_id, scope).read:
        raise Refused("not_member")
