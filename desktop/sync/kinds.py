"""Synced entity kinds as data: how each maps onto a table, merges, and who may write it.

An `EntitySpec` says everything `apply.py` needs about one kind, including its `writers`:
every replica checks them when it applies a remote op, so a validly signed op that its
author was not allowed to write changes nothing anywhere. A `Registry` is the set of kinds
one app version knows; it is built once, from one list (`entities.builtin_registry()`), and
handed to the profile's session factory at start-up (`apply.use_registry`), so what a replica
knows never depends on import order. No Qt, no database access.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, cast

from sqlalchemy import JSON, Table

from desktop.models.tables import Base
from jumelage_protocol import ScopeKind

Who = Literal["staff", "member", "owner", "author"]


@dataclass(frozen=True)
class Grant:
    """`who` may set `fields` (None: all of them) in scopes of the kinds in `scopes`.

    `staff`: the author is staff in the directory (roles the server assigned, not synced
    ones). `member`: anyone the server let write the scope (it checks membership). `owner`:
    the entity is about the author (`EntitySpec.owner_column`). `author`: the creator of an
    append row (its creating op always qualifies). `delete`: may also tombstone it.
    `own_role`: a `role` value must be the author's own role in the directory (people
    introduce themselves, but only staff may give anyone a role).
    """

    who: Who
    scopes: frozenset[ScopeKind]
    fields: frozenset[str] | None = None
    delete: bool = False
    own_role: bool = False


def grant(
    who: Who,
    *scopes: ScopeKind,
    fields: Iterable[str] | None = None,
    delete: bool = False,
    own_role: bool = False,
) -> Grant:
    return Grant(
        who, frozenset(scopes), None if fields is None else frozenset(fields), delete, own_role
    )


@dataclass(frozen=True)
class EntitySpec:
    """How one entity kind maps onto a table, merges, and who may write it.

    `fields`: what an op may set; a field this version does not know is kept for after an
    upgrade (see `apply.py`). `scope_column`: filled from the scope id (e.g. pair_id).
    `author_column` and `hlc_column`: filled from the creating op (append only).
    `local_defaults` and `remote_defaults`: per-replica columns (e.g. delivery state), not
    merged. `erase_on_delete`: columns blanked by a tombstone when the table keeps deleted
    rows (`deleted_column`); otherwise deleted rows are removed. `edit_column`: set True once
    a later op changed a field. `id_columns`: for a table keyed by several columns, the
    entity id is their values joined by ":" in this order (e.g. a read marker's
    "<pair id>:<person id>"); a part named like `scope_column` must equal the scope's id.
    `owner_column`: the key column naming the person a row is about (for `owner` grants).
    `choices`: the values a field may take (the table's CHECK constraints), refused before
    anything is stored. `writers`: who may write what, and where (see `Grant`).
    """

    name: str
    model: type[Base]
    kind: Literal["append", "lww"]
    fields: frozenset[str]
    writers: tuple[Grant, ...]
    required: frozenset[str] = frozenset()
    id_column: str = "id"
    scope_column: str | None = None
    author_column: str | None = None
    hlc_column: str | None = None
    deleted_column: str | None = None
    edit_column: str | None = None
    erase_on_delete: dict[str, Any] = field(default_factory=dict)
    local_defaults: dict[str, Any] = field(default_factory=dict)
    remote_defaults: dict[str, Any] = field(default_factory=dict)
    decode: dict[str, Callable[[Any], Any]] = field(default_factory=dict)
    id_columns: tuple[str, ...] = ()
    owner_column: str | None = None
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def key_of(self, entity_id: str) -> dict[str, str] | None:
        """Primary-key columns and values for an entity id (None if it does not fit)."""
        if not self.id_columns:
            return {self.id_column: entity_id}
        parts = entity_id.split(":")
        if len(parts) != len(self.id_columns) or not all(parts):
            return None
        return dict(zip(self.id_columns, parts, strict=True))

    def owner_of(self, entity_id: str) -> str | None:
        key = self.key_of(entity_id) or {}
        return key.get(self.owner_column) if self.owner_column else None

    def fits(self, entity_id: str, scope_id: str) -> bool:
        """False for an entity id that does not fit the key or contradicts its scope."""
        if not self.id_columns:
            return True  # one id column: any id fits
        key = self.key_of(entity_id)
        if key is None:
            return False
        return self.scope_column not in key or key[self.scope_column] == scope_id


class Registry:
    """The entity kinds one app version knows, by name; immutable once built."""

    def __init__(self, specs: Iterable[EntitySpec]) -> None:
        self._specs: dict[str, EntitySpec] = {}
        for spec in specs:
            if spec.name in self._specs:
                raise ValueError(f"entity kind registered twice: {spec.name}")
            self._specs[spec.name] = spec

    def get(self, name: str) -> EntitySpec | None:
        return self._specs.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def __iter__(self) -> Iterator[EntitySpec]:
        return iter(self._specs.values())

    def with_kinds(self, *specs: EntitySpec) -> Registry:
        """A registry with these kinds added (a plug-in's, or a test's)."""
        return Registry([*self, *specs])

    def without(self, *names: str) -> Registry:
        """A registry without these kinds (an older app version, in tests)."""
        return Registry(s for s in self if s.name not in names)


def table_of(model: type[Base]) -> Table:
    """The one Table a model maps (declarative types `__table__` as any FromClause)."""
    return cast(Table, model.__table__)


@cache
def json_columns(model: type[Base]) -> frozenset[str]:
    """The model's JSON columns: the only ones a list or a dict may go into."""
    return frozenset(c.name for c in table_of(model).columns if isinstance(c.type, JSON))
