"""Synced kinds of program settings and safety flags: staff write them, nobody else.

`program_setting`: one entity per (scope, key), entity id `"<scope id>:<key>"`, its value as
JSON, merged last-writer-wins. Staff write the copy in the program scope (staff read it); keys
members' PCs need (the safety rules, which every sender's PC applies) are also copied into each
pair scope of the program, since members never receive program-scope ops.

`safety_flag`: a review item a staff PC's re-check raised (see `services/safety_watch.py`), in
the program scope. Its id is derived from what raised it, so two staff PCs raising the same
flag write the same entity; the creating op never sets `state` (the table's default is
"open"), so a late duplicate cannot reopen a flag a colleague already handled.
"""

from __future__ import annotations

from desktop.models.rules_tables import FLAG_STATES, ProgramSetting, SafetyFlag
from desktop.sync.entities import ms_to_datetime
from desktop.sync.kinds import EntitySpec, grant
from jumelage_protocol import ScopeKind

PROGRAM_SETTING = EntitySpec(
    name="program_setting",
    model=ProgramSetting,
    kind="lww",
    fields=frozenset({"program_id", "value", "set_at"}),
    writers=(grant("staff", ScopeKind.PROGRAM, ScopeKind.PAIR, delete=True),),
    required=frozenset({"program_id", "value", "set_at"}),
    id_columns=("scope_id", "key"),
    scope_column="scope_id",
)

SAFETY_FLAG = EntitySpec(
    name="safety_flag",
    model=SafetyFlag,
    kind="lww",
    fields=frozenset({"pair_id", "message_ids", "category", "rule", "score", "raised_at", "state"}),
    writers=(grant("staff", ScopeKind.PROGRAM, delete=True),),
    required=frozenset({"pair_id", "message_ids", "category", "rule", "score", "raised_at"}),
    scope_column="program_id",
    decode={"raised_at": ms_to_datetime},
    choices={"state": FLAG_STATES},
)
