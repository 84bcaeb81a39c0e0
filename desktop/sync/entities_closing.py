"""Synced kinds of closing and screening: staff-only records in the program scope.

`closure` (entity id: the pair id) says why and how a match ended and whether to match the
mentee again; `screening` is one check of a mentor. Only staff write either (a mentor
cannot clear their own police check, a mentee cannot rewrite why their match ended): every
replica checks the author against the directory's roles before applying. Added to
`entities.builtin_registry()`. No Qt.
"""

from __future__ import annotations

from desktop.models.closing_tables import (
    CHECK_KINDS,
    CHECK_OUTCOMES,
    CLOSURE_KINDS,
    CLOSURE_REASONS,
    Closure,
    ScreeningCheck,
)
from desktop.sync.entities import ms_to_datetime
from desktop.sync.kinds import EntitySpec, grant
from jumelage_protocol import ScopeKind

CLOSURE = EntitySpec(
    name="closure",
    model=Closure,
    kind="lww",
    fields=frozenset({"kind", "reason", "note", "rematch", "closed_at"}),
    writers=(grant("staff", ScopeKind.PROGRAM, delete=True),),
    required=frozenset({"kind", "reason"}),
    scope_column="program_id",
    decode={"closed_at": ms_to_datetime},
    choices={"kind": CLOSURE_KINDS, "reason": CLOSURE_REASONS},
)

SCREENING = EntitySpec(
    name="screening",
    model=ScreeningCheck,
    kind="lww",
    fields=frozenset({"mentor_id", "kind", "outcome", "done_at", "expires_at", "note"}),
    writers=(grant("staff", ScopeKind.PROGRAM, delete=True),),
    required=frozenset({"mentor_id", "kind", "done_at"}),
    scope_column="program_id",
    decode={"done_at": ms_to_datetime, "expires_at": ms_to_datetime},
    choices={"kind": CHECK_KINDS, "outcome": CHECK_OUTCOMES},
)

CLOSING_KINDS = (CLOSURE, SCREENING)
