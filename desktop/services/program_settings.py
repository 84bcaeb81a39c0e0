"""Per-program settings (thresholds, review target, safety rules...): read by anyone, set by staff.

A setting is one synced `program_setting` entity per (program, key), its value as JSON, merged
last-writer-wins, so two staff PCs changing different keys never undo each other. Staff's copy
lives in the program scope, which only staff receive; keys every member's PC needs to apply
(`MEMBER_KEYS`: the safety rules each sender's PC checks against) are also copied into each
pair scope of the program. Readers take the newest copy they hold. Every change is audited
(`settings_changed`, the key only, never the value). No Qt; short transactions under the
profile's write gate, on the caller's thread.
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.rules_tables import ProgramSetting
from desktop.models.tables import JsonValue, Pair
from desktop.services.audit import record_audit
from desktop.sync.outbox import record_change
from jumelage_protocol import CodedError, Role, Scope

if TYPE_CHECKING:
    from desktop.services.profiles import Profile

T = TypeVar("T")
# Keys whose value members' PCs need, copied into every pair scope of the program: the safety
# rules senders' PCs apply, the review time the pair is told, the surveys members answer.
MEMBER_PREFIXES = ("safety.",)
MEMBER_KEYS = frozenset({"review_target_hours", "survey_schedule", "surveys_custom"})
_KEY = re.compile(r"[a-z0-9_.]{1,64}")


class SettingsError(CodedError, ValueError):
    """`staff_only`, `bad_setting_key`."""


def is_member_key(key: str) -> bool:
    return key.startswith(MEMBER_PREFIXES) or key in MEMBER_KEYS


def read_setting(s: Session, program_id: str, key: str, default: T) -> T:
    """The newest value of `key` held on this PC (program or pair copy), or `default`."""
    value = s.scalar(
        select(ProgramSetting.value)
        .where(ProgramSetting.program_id == program_id, ProgramSetting.key == key)
        .order_by(ProgramSetting.set_at.desc())
        .limit(1)
    )
    return default if value is None else cast(T, value)


def read_prefixed(s: Session, program_id: str, prefix: str) -> dict[str, JsonValue]:
    """Every key starting with `prefix` and its newest value held on this PC."""
    rows = s.execute(
        select(ProgramSetting.key, ProgramSetting.value)
        .where(ProgramSetting.program_id == program_id, ProgramSetting.key.startswith(prefix))
        .order_by(ProgramSetting.set_at)
    )
    return {key: value for key, value in rows}  # ascending: the newest copy wins


def missing_member_copies(s: Session) -> list[tuple[str, str, str, dict[str, Any]]]:
    """The pair copies of member keys a pair lacks or holds older (a pair made after the key
    was set): changes for `outbox.record_changes`, for a staff PC to write."""
    pair_copies = select(ProgramSetting).where(ProgramSetting.scope_id != ProgramSetting.program_id)
    copies = {(r.scope_id, r.key): r.set_at for r in s.scalars(pair_copies)}
    changes: list[tuple[str, str, str, dict[str, Any]]] = []
    in_program = ProgramSetting.scope_id == ProgramSetting.program_id
    staff_copies = select(ProgramSetting).where(in_program)
    for row in s.scalars(staff_copies):
        if not is_member_key(row.key):
            continue
        pairs = s.scalars(select(Pair.id).where(Pair.program_id == row.program_id,
                                                Pair.status == "active"))  # fmt: skip
        for pair_id in pairs:
            if copies.get((pair_id, row.key), -1) < row.set_at:
                fields: dict[str, Any] = {"program_id": row.program_id, "value": row.value,
                                             "set_at": row.set_at}  # fmt: skip
                changes.append((Scope.pair(pair_id), "program_setting", f"{pair_id}:{row.key}",
                                fields))  # fmt: skip
    return changes


def get_setting(profile: Profile, program_id: str, key: str, default: T) -> T:
    """The program's value for `key`, or `default` when no staff member has set it."""
    with profile.sessionmaker() as s:
        return read_setting(s, program_id, key, default)


def set_setting(profile: Profile, program_id: str, key: str, value: object) -> None:
    """Set `key` for the program (staff only): synced to staff, and to members for the keys
    their PCs apply. `value` must be JSON (a dict, list, str, number, bool)."""
    if profile.role != Role.STAFF:
        raise SettingsError("staff_only", "only program staff change program settings")
    if not _KEY.fullmatch(key):
        raise SettingsError("bad_setting_key", key)
    fields: dict[str, object] = {
        "program_id": program_id,
        "value": cast(JsonValue, value),
        "set_at": int(time.time() * 1000),
    }
    with profile.gate.transaction(profile.sessionmaker) as s:
        scopes = [Scope.program(program_id)]
        if is_member_key(key):
            pairs = s.scalars(
                select(Pair.id).where(Pair.program_id == program_id, Pair.status == "active")
            )
            scopes += [Scope.pair(pair_id) for pair_id in pairs]
        for scope in scopes:
            record_change(s, scope=scope, entity="program_setting", author=profile.person_id,
                          fields=dict(fields), entity_id=f"{scope.id}:{key}")  # fmt: skip
    record_audit(profile, program_id=program_id, action="settings_changed",
                 subject=str(Scope.program(program_id)), detail={"key": key})  # fmt: skip
