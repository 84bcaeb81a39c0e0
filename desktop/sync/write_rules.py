"""Who may write what: the checks every replica makes before an op touches its tables.

An op applies only if its id fits its scope, its values are ones the table accepts (choices
matching the CHECKs, decoders, JSON only in JSON columns), and its signed author holds a
grant (`kinds.Grant`) for those fields in that scope kind, with roles taken from the
server's directory, never from synced data. Used by `apply.Applier` on the thread that holds
the database writer, inside the caller's transaction; the answers for one page are cached.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.sync_tables import DirectoryEntry
from desktop.models.tables import Person
from desktop.sync.kinds import EntitySpec, Grant, json_columns
from desktop.sync.ops import TOMBSTONE, PlainOp
from jumelage_protocol import Role

VerdictKey = tuple[str, str, str, bool, bool]  # kind, scope, author, is creator, is owner
_CONTAINERS = (dict, list)  # only JSON columns take these


@dataclass(frozen=True, slots=True)
class _Verdict:
    """What one author may do with one kind in one scope (as creator, owner or neither):
    delete or not, the fields granted outright (None: all), and the grants that allow the
    `role` field only when it is the author's own role."""

    delete: bool
    fields: frozenset[str] | None
    role_grants: tuple[Grant, ...]


class WriteRules:
    """The write checks for one transaction; `local` for this PC's own changes."""

    def __init__(self, session: Session, *, local: bool) -> None:
        self.s = session
        self.local = local
        self._roles: dict[str, str | None] = {}
        self._verdicts: dict[VerdictKey, _Verdict] = {}

    def role(self, person_id: str) -> str | None:
        """The role the directory (the server's enrolment) gives a person, never a synced
        one. A local op's author is this profile, whose own row the server's enrolment
        answer wrote, and who may not be in the directory before its first sync. Asked per
        author (a page has one or two), not per directory (a program has hundreds)."""
        if person_id in self._roles:
            return self._roles[person_id]
        role = self.s.scalar(
            select(DirectoryEntry.role).where(DirectoryEntry.person_id == person_id)
        )
        if role is None and self.local:
            me = self.s.get(Person, person_id)
            role = me.role if me is not None else None
        self._roles[person_id] = role
        return role

    def refusal(
        self, spec: EntitySpec, op: PlainOp, creator: str | None, *, decode: bool = True
    ) -> str | None:
        """Why this op must not apply (None: it may). `creator`: an append row's author.
        `decode`: also try the decoders (the bulk path decodes once, when it inserts).
        Runs for every op of a first sign-in (100,000 or more), hence the plain loops."""
        if spec.id_columns and not spec.fits(op.entity_id, op.scope_id):
            return "bad_id"
        if op.entity != TOMBSTONE:
            choices, decoders, known = spec.choices, spec.decode, spec.fields
            for name, value in op.fields.items():
                if name not in known:
                    continue  # kept for a later version, checked then
                if name in choices and value not in choices[name]:
                    return "invalid_value"
                if isinstance(value, _CONTAINERS) and name not in json_columns(spec.model):
                    return "invalid_value"
                if decode and value is not None and name in decoders:
                    try:
                        decoders[name](value)
                    except (TypeError, ValueError, OverflowError, OSError):
                        return "invalid_value"
        if not self.permitted(spec, op, creator):
            return "not_allowed"
        return None

    def permitted(self, spec: EntitySpec, op: PlainOp, creator: str | None) -> bool:
        owner = spec.owner_of(op.entity_id) if spec.owner_column else None
        key = (spec.name, op.scope, op.author, creator == op.author, owner == op.author)
        verdict = self._verdicts.get(key)
        if verdict is None:  # the same few answers for a whole page: worked out once
            scope_kind = op.scope_kind
            grants: list[Grant] = []
            for g in sorted(spec.writers, key=lambda g: g.who == "staff"):  # lookups last
                if any(_everything(held) for held in grants):
                    break  # no need to ask the directory
                if scope_kind in g.scopes and self._qualifies(g, spec, op, creator):
                    grants.append(g)
            verdict = self._verdicts[key] = _verdict(grants)
        if op.entity == TOMBSTONE:
            return verdict.delete
        if verdict.fields is None:
            return True  # the common case: a grant of every field
        # fields granted only as one's own role; unknown ones are checked once this version
        # knows them
        rest = (op.fields.keys() & spec.fields) - verdict.fields
        return all(
            any(
                (g.fields is None or name in g.fields)
                and not (name == "role" and op.fields[name] != self.role(op.author))
                for g in verdict.role_grants
            )
            for name in rest
        )

    def _qualifies(self, g: Grant, spec: EntitySpec, op: PlainOp, creator: str | None) -> bool:
        if g.who == "member":
            return True  # the server let the author write this scope
        if g.who == "staff":
            return self.role(op.author) == Role.STAFF
        if g.who == "owner":
            return spec.owner_of(op.entity_id) == op.author
        return creator is not None and creator == op.author


def _everything(g: Grant) -> bool:
    """A grant of every field, deletion included: no other grant can add to it."""
    return g.fields is None and g.delete and not g.own_role


def _verdict(grants: list[Grant]) -> _Verdict:
    plain = [g for g in grants if not g.own_role]
    fields: frozenset[str] | None = frozenset()
    for g in plain:
        fields = None if g.fields is None or fields is None else fields | g.fields
    return _Verdict(
        delete=any(g.delete for g in grants),
        fields=fields,
        role_grants=tuple(g for g in grants if g.own_role),
    )
