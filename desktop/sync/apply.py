"""Materialise ops into the profile's tables: the merge rules every replica shares.

Entities register an `EntitySpec`. "append" entities (messages) are created once by the op
whose id is the entity id and ordered by HLC; later ops on the same id edit fields. "lww"
entities (meetings, profiles, ...) merge last-writer-wins per field by `(hlc, author)`, with
the winning clock (and, until the row exists, the value) in `sync_field_clocks`. A
"tombstone" op deletes its target for good. Every op id is recorded, so replays are no-ops;
the result depends only on the set of ops, never on their order. Runs on the thread that
holds the database writer, inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop.models.sync_tables import AppliedOp, DirectoryEntry, FieldClock
from desktop.sync.legacy import upgrade
from desktop.sync.ops import TOMBSTONE, PlainOp

DELETED = "__deleted__"
ORPHAN = "__orphan__:"


@dataclass(frozen=True)
class EntitySpec:
    """How one entity kind maps onto a table and merges.

    `fields`: what an op may set (anything else is ignored, so a newer client's extra field
    does no harm). `scope_column`: filled from the scope id (e.g. pair_id). `author_column`
    and `hlc_column`: filled from the creating op (append only). `local_defaults` and
    `remote_defaults`: per-replica columns (e.g. delivery state), not merged.
    `erase_on_delete`: columns blanked by a tombstone when the table keeps deleted rows
    (`deleted_column`); otherwise deleted rows are removed. `edit_column`: set True once a
    later op changed a field. `only_author`: edits and tombstones by anyone but the creator
    (or staff) are ignored (append only). `id_columns`: for a table keyed by several columns,
    the entity id is their values joined by ":" in this order (e.g. a read marker's
    "<pair id>:<person id>"); a part named like `scope_column` must equal the scope's id.
    `owner_column`: one of `id_columns` that must equal the op's author (only the person
    a row is about may write it).
    """

    name: str
    model: type
    kind: Literal["append", "lww"]
    fields: frozenset[str]
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
    only_author: bool = False
    decode: dict[str, Callable[[Any], Any]] = field(default_factory=dict)
    id_columns: tuple[str, ...] = ()
    owner_column: str | None = None

    def key_of(self, entity_id: str) -> dict[str, str] | None:
        """Primary-key columns and values for an entity id (None if it does not fit)."""
        if not self.id_columns:
            return {self.id_column: entity_id}
        parts = entity_id.split(":")
        if len(parts) != len(self.id_columns) or not all(parts):
            return None
        return dict(zip(self.id_columns, parts, strict=True))

    def accepts(self, op: PlainOp) -> bool:
        """False for an op whose id contradicts its scope or whose author may not write it."""
        if not self.id_columns:
            return True
        key = self.key_of(op.entity_id)
        if key is None:
            return False
        if self.scope_column in key and key[self.scope_column] != op.scope_id:
            return False
        return self.owner_column is None or key.get(self.owner_column) == op.author


_REGISTRY: dict[str, EntitySpec] = {}


def register(spec: EntitySpec) -> EntitySpec:
    """Add (or replace) an entity kind; other packages register theirs at import."""
    _REGISTRY[spec.name] = spec
    return spec


def spec_for(entity: str) -> EntitySpec | None:
    if not _REGISTRY:
        import desktop.sync.entities  # noqa: F401 - registers the built-in kinds

    return _REGISTRY.get(entity)


def _clock(hlc: str, author: str) -> tuple[str, str]:
    return (hlc, author)


class Applier:
    """Applies ops for one profile; `local` marks changes made on this PC (outbox side)."""

    def __init__(self, session: Session, *, local: bool = False) -> None:
        self.s = session
        self.local = local
        self._staff: set[str] | None = None

    # --- public -------------------------------------------------------------------------

    def apply(self, ops: Sequence[PlainOp]) -> list[PlainOp]:
        """Apply the ops not seen before (old-shape ones upgraded); returns those that were new."""
        fresh = [upgrade(op) for op in self._unseen(ops)]
        if not fresh:
            return []
        bulk, single = self._split_fast_path(fresh)
        if bulk:
            self._bulk_create(bulk)
        for op in single:
            self._apply_one(op)
        self.s.execute(
            insert(AppliedOp.__table__),
            [{"op_id": o.op_id, "scope": o.scope, "hlc": o.hlc} for o in fresh],
        )
        return fresh

    # --- bookkeeping --------------------------------------------------------------------

    def _unseen(self, ops: Sequence[PlainOp]) -> list[PlainOp]:
        by_id: dict[str, PlainOp] = {}
        for op in ops:
            by_id.setdefault(op.op_id, op)
        seen: set[str] = set()
        ids = list(by_id)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            seen.update(self.s.scalars(select(AppliedOp.op_id).where(AppliedOp.op_id.in_(chunk))))
        return [op for op_id, op in by_id.items() if op_id not in seen]

    def _split_fast_path(self, ops: list[PlainOp]) -> tuple[list[PlainOp], list[PlainOp]]:
        """Creates of append entities with no earlier edits or tombstones go in bulk."""
        creates = [
            op
            for op in ops
            if op.entity_id == op.op_id
            and (spec := spec_for(op.entity)) is not None
            and spec.kind == "append"
        ]
        if not creates:
            return [], ops
        create_ids = {o.op_id for o in creates}
        touched = {(o.entity, o.entity_id) for o in ops if o.op_id not in create_ids}
        by_entity: dict[str, list[str]] = {}
        for o in creates:
            by_entity.setdefault(o.entity, []).append(o.entity_id)
        for entity, ids in by_entity.items():  # (entity, entity_id) is the key's prefix
            for i in range(0, len(ids), 500):
                rows = self.s.scalars(
                    select(FieldClock.entity_id).where(
                        FieldClock.entity == entity, FieldClock.entity_id.in_(ids[i : i + 500])
                    )
                )
                touched.update((entity, eid) for eid in rows)
        targets = {o.entity_id for o in ops if o.entity == TOMBSTONE}
        bulk = [
            o
            for o in creates
            if (o.entity, o.entity_id) not in touched and o.entity_id not in targets
        ]
        bulk_ids = {o.op_id for o in bulk}
        return bulk, [o for o in ops if o.op_id not in bulk_ids]

    def _row_values(self, spec: EntitySpec, op: PlainOp, values: dict[str, Any]) -> dict:
        row: dict[str, Any] = dict(spec.key_of(op.entity_id) or {})
        row.update(spec.local_defaults if self.local else spec.remote_defaults)
        if spec.scope_column:
            row[spec.scope_column] = op.scope_id
        if spec.kind == "append":  # lww rows have no single creating op
            if spec.author_column:
                row[spec.author_column] = op.author
            if spec.hlc_column:
                row[spec.hlc_column] = op.hlc
        for name, value in values.items():
            if name in spec.fields:
                row[name] = spec.decode[name](value) if name in spec.decode else value
        return row

    def _bulk_create(self, ops: list[PlainOp]) -> None:
        # One executemany per table and set of columns: optional fields (an activity card's
        # `activity_id`) are absent from other rows, and Core takes the columns from the first.
        batches: dict[tuple[type, frozenset[str]], list[dict]] = {}
        for op in ops:
            spec = spec_for(op.entity)
            row = self._row_values(spec, op, op.fields)
            batches.setdefault((spec.model, frozenset(row)), []).append(row)
        for (model, _), rows in batches.items():
            self.s.execute(insert(model.__table__), rows)  # Core: no ORM bookkeeping per row

    def _is_staff(self, person_id: str) -> bool:
        if self._staff is None:
            self._staff = set(
                self.s.scalars(
                    select(DirectoryEntry.person_id).where(DirectoryEntry.role == "staff")
                )
            )
        return person_id in self._staff

    def _clocks(self, spec: EntitySpec, entity_id: str) -> dict[str, FieldClock]:
        rows = self.s.scalars(
            select(FieldClock).where(
                FieldClock.entity == spec.name, FieldClock.entity_id == entity_id
            )
        )
        return {fc.field: fc for fc in rows}

    def _row(self, spec: EntitySpec, entity_id: str) -> Any:
        if not spec.id_columns:
            return self.s.get(spec.model, entity_id)
        key = spec.key_of(entity_id) or {}
        return self.s.get(spec.model, tuple(key[c] for c in spec.id_columns))

    def _may_change(self, spec: EntitySpec, creator: str | None, actor: str) -> bool:
        return not spec.only_author or creator == actor or self._is_staff(actor)

    # append entities: created once; edits and tombstones that arrive first wait as orphans

    def _park(self, spec: EntitySpec, op: PlainOp) -> None:
        self.s.add(
            FieldClock(
                entity=spec.name,
                entity_id=op.entity_id,
                field=ORPHAN + op.op_id,
                hlc=op.hlc,
                author=op.author,
                value=json.dumps(_op_to_json(op)),
            )
        )

    def _create_append(self, spec: EntitySpec, op: PlainOp) -> None:
        self.s.execute(insert(spec.model), [self._row_values(spec, op, op.fields)])
        clocks = self._clocks(spec, op.entity_id)
        orphans = [fc for name, fc in clocks.items() if name.startswith(ORPHAN)]
        for fc in orphans:
            self.s.delete(fc)
        if orphans:
            self.s.flush()
            row = self._row(spec, op.entity_id)
            for fc in orphans:
                self._modify_append(spec, _op_from_json(json.loads(fc.value)), row)

    def _modify_append(self, spec: EntitySpec, op: PlainOp, row: Any) -> None:
        """An edit or tombstone of an existing append row: authorised, then LWW per field."""
        creator = getattr(row, spec.author_column) if spec.author_column else None
        if not self._may_change(spec, creator, op.author):
            return
        clocks = self._clocks(spec, op.entity_id)
        if op.entity == TOMBSTONE:
            self._record_tombstone(spec, op, clocks)
            self._delete_row(spec, op.entity_id, row)
            return
        if DELETED in clocks:
            return
        base = _clock(getattr(row, spec.hlc_column), creator or "") if spec.hlc_column else None
        changed = self._newer_fields(spec, op, clocks, base, keep_values=False)
        if changed:
            if spec.edit_column:
                changed[spec.edit_column] = True
            self._update_row(spec, op.entity_id, changed)

    # shared helpers

    def _newer_fields(
        self,
        spec: EntitySpec,
        op: PlainOp,
        clocks: dict[str, FieldClock],
        base: tuple[str, str] | None,
        *,
        keep_values: bool,
    ) -> dict[str, Any]:
        changed: dict[str, Any] = {}
        mine = _clock(op.hlc, op.author)
        for name, value in op.fields.items():
            if name not in spec.fields:
                continue
            fc = clocks.get(name)
            current = _clock(fc.hlc, fc.author) if fc is not None else base
            if base is not None and current is not None and base > current:
                current = base
            if current is not None and mine <= current:
                continue
            if fc is None:
                fc = FieldClock(entity=spec.name, entity_id=op.entity_id, field=name)
                self.s.add(fc)
                clocks[name] = fc
            fc.hlc, fc.author = op.hlc, op.author
            fc.value = (
                json.dumps(value, separators=(",", ":"), ensure_ascii=False)
                if keep_values
                else None
            )
            changed[name] = spec.decode[name](value) if name in spec.decode else value
        return changed

    def _update_row(self, spec: EntitySpec, entity_id: str, values: dict[str, Any]) -> None:
        key = spec.key_of(entity_id) or {}
        self.s.execute(
            update(spec.model)
            .where(*(getattr(spec.model, c) == v for c, v in key.items()))
            .values(**values)
        )

    def _record_tombstone(
        self, spec: EntitySpec, op: PlainOp, clocks: dict[str, FieldClock]
    ) -> None:
        tomb = clocks.get(DELETED)
        if tomb is None:
            tomb = FieldClock(entity=spec.name, entity_id=op.entity_id, field=DELETED, value=None)
            tomb.hlc, tomb.author = op.hlc, op.author
            self.s.add(tomb)
            clocks[DELETED] = tomb
        elif _clock(op.hlc, op.author) < _clock(tomb.hlc, tomb.author):
            tomb.hlc, tomb.author = op.hlc, op.author  # earliest tombstone: order-independent
        for fc in clocks.values():
            fc.value = None  # deleted content does not linger in the merge bookkeeping

    def _delete_row(self, spec: EntitySpec, entity_id: str, row: Any) -> None:
        if row is None:
            return
        if spec.deleted_column:
            values = {**spec.erase_on_delete, spec.deleted_column: True}
            if spec.edit_column:  # "edited" must not depend on whether an edit came first
                values[spec.edit_column] = False
            self._update_row(spec, entity_id, values)
        else:
            self.s.delete(row)

    # lww entities: fields merge independently; the row appears once the required ones are known

    def _apply_lww(self, spec: EntitySpec, op: PlainOp) -> None:
        clocks = self._clocks(spec, op.entity_id)
        row = self._row(spec, op.entity_id)
        if op.entity == TOMBSTONE:
            self._record_tombstone(spec, op, clocks)
            self._delete_row(spec, op.entity_id, row)
            return
        if DELETED in clocks:
            return
        changed = self._newer_fields(spec, op, clocks, None, keep_values=True)
        if not changed:
            return
        if row is not None:
            self._update_row(spec, op.entity_id, changed)
            return
        values = {
            name: json.loads(fc.value)
            for name, fc in clocks.items()
            if name in spec.fields and fc.value is not None
        }
        if spec.required <= values.keys():
            self.s.execute(insert(spec.model), [self._row_values(spec, op, values)])

    def _apply_one(self, op: PlainOp) -> None:
        target = str(op.fields.get("entity", "")) if op.entity == TOMBSTONE else op.entity
        spec = spec_for(target)
        if spec is None or not spec.accepts(op):
            return  # unknown to this version, or not acceptable: recorded as applied, harmless
        if spec.kind == "lww":
            self._apply_lww(spec, op)
        elif op.entity_id == op.op_id and op.entity != TOMBSTONE:
            self._create_append(spec, op)
        elif (row := self._row(spec, op.entity_id)) is not None:
            self._modify_append(spec, op, row)
        else:
            self._park(spec, op)


def _op_to_json(op: PlainOp) -> dict:
    return {
        "op_id": op.op_id,
        "scope": op.scope,
        "hlc": op.hlc,
        "author": op.author,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "fields": op.fields,
    }


def _op_from_json(d: dict) -> PlainOp:
    return upgrade(PlainOp(**d))  # parked by a build that knew only the old shape


def apply_ops(session: Session, ops: Iterable[PlainOp], *, local: bool = False) -> list[PlainOp]:
    """Apply ops (any order, duplicates allowed) in the caller's transaction."""
    return Applier(session, local=local).apply(list(ops))
