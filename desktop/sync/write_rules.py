"""Who may write what: the checks every replica makes before an op touches its tables.

An op applies only if its id fits its scope, its values are ones the table accepts (choices
matching the CHECKs, decoders, JSON only in JSON columns), and its signed author holds a
grant (`kinds.Grant`) for those fields in that scope kind, with roles taken from the
server's directory, never from synced data. Used by `apply.Applier` on the thread that holds
the database writer, inside the caller's transaction; the answers for one page are cached.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.sync_tables import DirectoryEntry
from desktop.models.tables import Person
from desktop.sync.kinds import EntitySpec, Grant, json_columns
from desktop.sync.ops import TOMBSTONE, PlainOp
from jumelage_protocol import Role

GrantKey = tuple[str, str, str, bool, bool]  # kind, scope kind, author, is creator, is owner


class WriteRules:
    """The write checks for one transaction; `local` for this PC's own changes."""

    def __init__(self, session: Session, *, local: bool) -> None:
        self.s = session
        self.local = local
        self._roles: dict[str, str] | None = None
        self._grants: dict[GrantKey, list[Grant]] = {}

    def role(self, person_id: str) -> str | None:
        """The role the directory (the server's enrolment) gives a person, never a synced
        one. A local op's author is this profile, whose own row the server's enrolment
        answer wrote, and who may not be in the directory before its first sync."""
        if self._roles is None:
            rows = self.s.execute(select(DirectoryEntry.person_id, DirectoryEntry.role))
            self._roles = {p: r for p, r in rows}
        role = self._roles.get(person_id)
        if role is None and self.local:
            me = self.s.get(Person, person_id)
            role = me.role if me is not None else None
        return role

    def refusal(
        self, spec: EntitySpec, op: PlainOp, creator: str | None, *, decode: bool = True
    ) -> str | None:
        """Why this op must not apply (None: it may). `creator`: an append row's author.
        `decode`: also try the decoders (the bulk path decodes once, when it inserts)."""
        if not spec.fits(op.entity_id, op.scope_id):
            return "bad_id"
        if op.entity != TOMBSTONE:
            for name, value in op.fields.items():
                if name in spec.fields and not self._valid(spec, name, value, decode):
                    return "invalid_value"
        if not self.permitted(spec, op, creator):
            return "not_allowed"
        return None

    def _valid(self, spec: EntitySpec, name: str, value: object, decode: bool) -> bool:
        if name in spec.choices and value not in spec.choices[name]:
            return False
        if isinstance(value, dict | list) and name not in json_columns(spec.model):
            return False
        if decode and name in spec.decode and value is not None:
            try:
                spec.decode[name](value)
            except (TypeError, ValueError, OverflowError, OSError):
                return False
        return True

    def permitted(self, spec: EntitySpec, op: PlainOp, creator: str | None) -> bool:
        scope_kind = op.scope_kind
        owner = spec.owner_of(op.entity_id) if spec.owner_column else None
        key = (spec.name, scope_kind, op.author, creator == op.author, owner == op.author)
        grants = self._grants.get(key)
        if grants is None:  # the same few answers for a whole page: worked out once
            grants = self._grants[key] = [
                g
                for g in spec.writers
                if scope_kind in g.scopes and self._qualifies(g, spec, op, creator)
            ]
        if op.entity == TOMBSTONE:
            return any(g.delete for g in grants)
        if any(g.fields is None and not g.own_role for g in grants):
            return True  # the common case: a grant of every field
        return all(
            any(
                (g.fields is None or name in g.fields)
                and not (g.own_role and name == "role" and value != self.role(op.author))
                for g in grants
            )
            for name, value in op.fields.items()
            if name in spec.fields  # unknown fields are checked once this version knows them
        )

    def _qualifies(self, g: Grant, spec: EntitySpec, op: PlainOp, creator: str | None) -> bool:
        if g.who == "member":
            return True  # the server let the author write this scope
        if g.who == "staff":
            return self.role(op.author) == Role.STAFF
        if g.who == "owner":
            return spec.owner_of(op.entity_id) == op.author
        return creator is not None and creator == op.author
