"""Ops written before format 2 (ideas packed into ids and body prefixes), in today's shape.

`upgrade` runs on every op before it is applied (pulled, replayed from the orphan store, or
written by a PC not yet upgraded); the conversion itself is `desktop.models.legacy`'s, which
migration 0004 uses on stored rows too. Pure; any thread.
"""

from __future__ import annotations

import dataclasses

from desktop.models.legacy import upgrade_fields
from desktop.sync.ops import PlainOp


def upgrade(op: PlainOp) -> PlainOp:
    """The op in today's shape (the same object when it already is)."""
    converted = upgrade_fields(op.entity, op.entity_id, op.fields)
    if converted is None:
        return op
    entity, entity_id, fields = converted
    return dataclasses.replace(op, entity=entity, entity_id=entity_id, fields=fields)
