"""Materialise ops into the profile's tables: the merge rules every replica shares.

What each kind is, and who may write it, is data (`kinds.EntitySpec`), looked up in the
`Registry` bound to the profile's session factory. "append" entities (messages) are created
once by the op whose id is the entity id and ordered by HLC; later ops on the same id edit
fields. "lww" entities (meetings, profiles, ...) merge last-writer-wins per field by
`(hlc, author)`, with the winning clock (and, until the row exists, the value) in
`sync_field_clocks`. A "tombstone" op deletes its target for good. Every op id is recorded,
so replays are no-ops; the result depends only on the set of ops, never on their order.

A remote op that breaks a rule (its author may not write that, a value the table refuses) is
quarantined with its reason and changes nothing; an op of a kind this version does not know
is kept whole, and fields it does not know are kept beside the applied rest, until an
upgraded version applies them (`apply_kept`, at start-up). Runs on the thread that holds the
database writer, inside the caller's transaction.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from typing import Any, TypedDict

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.sync_tables import (
    AppliedOp,
    FieldClock,
    KeptOp,
    QuarantinedOp,
)
from desktop.models.tables import Base
from desktop.sync.entities import builtin_registry
from desktop.sync.errors import SyncError
from desktop.sync.kinds import EntitySpec, Registry, table_of
from desktop.sync.legacy import upgrade
from desktop.sync.ops import TOMBSTONE, PlainOp
from desktop.sync.pause_hold import hold_paused_sends, touched_pairs
from desktop.sync.write_rules import WriteRules

DELETED = "__deleted__"
ORPHAN = "__orphan__:"
REGISTRY_INFO = "jumelage.registry"  # the key of a session factory's `info`


def use_registry(maker: sessionmaker[Session], registry: Registry) -> None:
    """Bind the kinds this app version knows to a profile's session factory (at start-up)."""
    maker.configure(info={**maker.kw.get("info", {}), REGISTRY_INFO: registry})


def registry_of(session: Session) -> Registry:
    """The registry the composition root bound, or the built-in kinds when none was."""
    registry = session.info.get(REGISTRY_INFO)
    return registry if registry is not None else _builtin()


@cache
def _builtin() -> Registry:
    return builtin_registry()


Batch = tuple[type[Base], frozenset[str]]  # a model and the columns of its rows


def _clock(hlc: str, author: str) -> tuple[str, str]:
    return (hlc, author)


class Applier:
    """Applies ops for one profile; `local` marks changes made on this PC (outbox side).

    Every op is checked before it touches anything (its kind, its id, its values, and
    whether its author may write those fields there); a remote one then applies inside its
    own savepoint, so one that the database refuses is quarantined and the rest of the page
    still applies. A local op is this PC's own service at work: a problem is raised to it
    as a `SyncError` instead, and the caller's transaction writes nothing.
    """

    def __init__(
        self, session: Session, registry: Registry | None = None, *, local: bool = False
    ) -> None:
        self.s = session
        self.registry = registry if registry is not None else registry_of(session)
        self.local = local
        self.rules = WriteRules(session, local=local)

    # --- public -------------------------------------------------------------------------

    def apply(self, ops: Sequence[PlainOp]) -> list[PlainOp]:
        """Apply the ops not seen before (old shapes upgraded); returns those now recorded as
        seen (applied or quarantined). Ops of a kind this version does not know are kept."""
        fresh = [upgrade(op) for op in self._unseen(ops)]  # old shapes in today's fields
        if not fresh:
            return []
        bulk, single = self._split_fast_path(fresh)
        if bulk and not self._bulk_create(bulk):
            single = bulk + single  # one of them broke a constraint: find it, op by op
        kept: set[str] = set()
        for op in single:
            if not self._apply_checked(op):
                kept.add(op.op_id)
        recorded = [o for o in fresh if o.op_id not in kept]
        if recorded:
            self.s.execute(
                insert(table_of(AppliedOp)),
                [{"op_id": o.op_id, "scope": o.scope, "hlc": o.hlc} for o in recorded],
            )
            hold_paused_sends(self.s, touched_pairs(recorded))  # a paused pair's mentor
        return recorded

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
        """Valid, permitted creates of append entities with no earlier edits or tombstones
        go in bulk; everything else goes op by op."""
        creates = [
            op
            for op in ops
            if op.entity_id == op.op_id
            and (spec := self.registry.get(op.entity)) is not None
            and spec.kind == "append"
            and op.fields.keys() <= spec.fields
            and self.rules.refusal(spec, op, op.author, decode=False) is None  # decoded on insert
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

    def _row_values(self, spec: EntitySpec, op: PlainOp, values: dict[str, Any]) -> dict[str, Any]:
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

    def _bulk_create(self, ops: list[PlainOp]) -> bool:
        """Insert in bulk (Core, no ORM bookkeeping per row); False if a value or the
        database refused (the caller then goes op by op)."""
        by_model = self._bulk_rows(ops)
        if by_model is None:
            return False
        if self.local:
            for (model, _), rows in by_model.items():
                self.s.execute(insert(table_of(model)), rows)
            return True
        try:
            with self.s.begin_nested():
                for (model, _), rows in by_model.items():
                    self.s.execute(insert(table_of(model)), rows)
        except SQLAlchemyError:
            return False
        return True

    def _bulk_rows(self, ops: list[PlainOp]) -> dict[Batch, list[dict[str, Any]]] | None:
        """Rows per model and set of columns (optional fields, such as an activity card's
        `activity_id`, are absent from other rows, and Core takes the columns from the first),
        or None if a value does not decode (checked op by op then)."""
        batches: dict[Batch, list[dict[str, Any]]] = {}
        try:
            for op in ops:
                spec = self.registry.get(op.entity)
                assert spec is not None
                row = self._row_values(spec, op, op.fields)
                batches.setdefault((spec.model, frozenset(row)), []).append(row)
        except (TypeError, ValueError, OverflowError, OSError):
            return None
        return batches

    def _refuse(self, op: PlainOp, reason: str) -> None:
        if self.local:
            raise SyncError(reason, "this change is not valid here")
        quarantine(self.s, op, reason)

    # --- dispatch -----------------------------------------------------------------------

    def _apply_checked(self, op: PlainOp) -> bool:
        """Check and apply one op; False when it is kept for a later version."""
        target = str(op.fields.get("entity", "")) if op.entity == TOMBSTONE else op.entity
        spec = self.registry.get(target)
        if spec is None:
            if self.local:
                raise SyncError("unknown_kind", "this version does not know this kind")
            keep(self.s, op, "unknown_kind")
            return False
        append_create = spec.kind == "append" and op.entity_id == op.op_id
        reason = self.rules.refusal(spec, op, op.author if append_create else None)
        if reason == "not_allowed" and spec.kind == "append" and not append_create:
            reason = None  # depends on the row's creator: checked in `_modify_append`
        if reason is not None:
            self._refuse(op, reason)
            return True
        if self.local:
            self._dispatch(spec, op)
        else:
            try:
                with self.s.begin_nested():
                    self._dispatch(spec, op)
            except SQLAlchemyError:
                self._refuse(op, "refused_by_database")
                return True
        unknown = {k: v for k, v in op.fields.items() if k not in spec.fields}
        if unknown and op.entity != TOMBSTONE:
            keep(self.s, replace(op, fields=unknown), "unknown_fields")
        return True

    def _dispatch(self, spec: EntitySpec, op: PlainOp) -> None:
        if spec.kind == "lww":
            self._apply_lww(spec, op)
        elif op.entity_id == op.op_id and op.entity != TOMBSTONE:
            self._create_append(spec, op)
        elif (row := self._row(spec, op.entity_id)) is not None:
            self._modify_append(spec, op, row)
        else:
            self._park(spec, op)

    def _clocks(self, spec: EntitySpec, entity_id: str) -> dict[str, FieldClock]:
        rows = self.s.scalars(
            select(FieldClock).where(
                FieldClock.entity == spec.name, FieldClock.entity_id == entity_id
            )
        )
        return {fc.field: fc for fc in rows}

    def _row(self, spec: EntitySpec, entity_id: str) -> Base | None:
        if not spec.id_columns:
            return self.s.get(spec.model, entity_id)
        key = spec.key_of(entity_id) or {}
        return self.s.get(spec.model, tuple(key[c] for c in spec.id_columns))

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
            assert row is not None  # inserted just above
            for fc in orphans:
                assert fc.value is not None  # a parked op keeps its value until adopted
                self._modify_append(spec, _op_from_json(json.loads(fc.value)), row)

    def _modify_append(self, spec: EntitySpec, op: PlainOp, row: Base) -> None:
        """An edit or tombstone of an existing append row: authorised, then LWW per field."""
        creator = getattr(row, spec.author_column) if spec.author_column else None
        if not self.rules.permitted(spec, op, creator):
            self._refuse(op, "not_allowed")
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

    def _delete_row(self, spec: EntitySpec, entity_id: str, row: Base | None) -> None:
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

    # after an upgrade: fields an older version kept

    def upgrade_fields(self, op: PlainOp) -> dict[str, Any]:
        """Apply the kept fields of an op that this version now knows; returns those it
        still does not know."""
        spec = self.registry.get(op.entity)
        assert spec is not None
        known = {k: v for k, v in op.fields.items() if k in spec.fields}
        rest = {k: v for k, v in op.fields.items() if k not in spec.fields}
        if not known:
            return rest
        part = replace(op, fields=known)
        creator = op.author if spec.kind == "append" and op.entity_id == op.op_id else None
        row = self._row(spec, op.entity_id) if spec.kind == "append" else None
        if row is not None and spec.author_column:
            creator = getattr(row, spec.author_column)
        reason = self.rules.refusal(spec, part, creator)
        if reason is not None:
            self._refuse(part, reason)
            return rest
        try:
            with self.s.begin_nested():
                if spec.kind == "lww":
                    self._apply_lww(spec, part)
                elif row is None:
                    self._park(spec, part)  # the row comes later; its create adopts these
                elif op.entity_id == op.op_id:  # set at creation: only where no edit won since
                    clocks = self._clocks(spec, op.entity_id)
                    if DELETED not in clocks:
                        values = {k: v for k, v in known.items() if k not in clocks}
                        self._update_row(spec, op.entity_id, self._row_values(spec, part, values))
                else:
                    self._modify_append(spec, part, row)
        except SQLAlchemyError:
            self._refuse(part, "refused_by_database")
        return rest


class ParkedOp(TypedDict):
    """A `PlainOp` as JSON, parked in a `FieldClock` until its row exists."""

    op_id: str
    scope: str
    hlc: str
    author: str
    entity: str
    entity_id: str
    fields: dict[str, Any]


def _op_to_json(op: PlainOp) -> ParkedOp:
    return {
        "op_id": op.op_id,
        "scope": op.scope,
        "hlc": op.hlc,
        "author": op.author,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "fields": op.fields,
    }


def _op_from_json(d: ParkedOp) -> PlainOp:
    return upgrade(PlainOp(**d))  # parked by a build that knew only the old shape


def quarantine(session: Session, op: PlainOp, reason: str) -> None:
    """Set an op aside for good, with its reason (no content): shown to staff as a sync
    problem. It stays recorded as seen, so it never blocks or repeats."""
    if session.get(QuarantinedOp, op.op_id) is None:
        session.add(
            QuarantinedOp(
                op_id=op.op_id,
                scope=op.scope,
                author=op.author,
                entity=op.entity[:32],
                reason=reason,
                at=time.time_ns() // 1_000_000,
            )
        )


def keep(session: Session, op: PlainOp, reason: str) -> None:
    """Keep an op (or the fields of it) this version cannot apply, for after an upgrade."""
    stored = json.dumps(_op_to_json(op), separators=(",", ":"), ensure_ascii=False)
    row = session.get(KeptOp, op.op_id)
    if row is None:
        session.add(KeptOp(op_id=op.op_id, scope=op.scope, reason=reason, stored=stored))
    else:
        row.reason, row.stored = reason, stored


def apply_kept(session: Session, registry: Registry | None = None) -> int:
    """Apply what an older version kept and this one knows (on start-up, after an
    upgrade); returns how many ops it applied in full or in part."""
    applier = Applier(session, registry)
    done = 0
    whole: list[PlainOp] = []
    for row in list(session.scalars(select(KeptOp).order_by(KeptOp.op_id))):
        op = _op_from_json(json.loads(row.stored))
        target = str(op.fields.get("entity", "")) if op.entity == TOMBSTONE else op.entity
        if target not in applier.registry:
            continue
        if row.reason == "unknown_kind":
            session.delete(row)
            whole.append(op)
            continue
        rest = applier.upgrade_fields(op)
        if len(rest) < len(op.fields):
            done += 1
            if rest:
                row.stored = json.dumps(_op_to_json(replace(op, fields=rest)))
            else:
                session.delete(row)
    session.flush()
    return done + len(applier.apply(whole))


def quarantine_summary(session: Session) -> dict[str, int]:
    """How many ops were set aside, by reason: what the sync status shows staff."""
    rows = session.execute(
        select(QuarantinedOp.reason, func.count()).group_by(QuarantinedOp.reason)
    )
    return {reason: count for reason, count in rows}


def apply_ops(
    session: Session,
    ops: Iterable[PlainOp],
    *,
    local: bool = False,
    registry: Registry | None = None,
) -> list[PlainOp]:
    """Apply ops (any order, duplicates allowed) in the caller's transaction."""
    return Applier(session, registry, local=local).apply(list(ops))
