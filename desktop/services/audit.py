"""The program's audit log: every staff read and decision as an append-only, hash-chained event.

Chain order (see docs/security.md, "Audit log"): a chain is one staff member's events written
on one PC (the PC's HLC node), numbered 1, 2, 3... Each event carries the SHA-256 `hash` of
its own content and `prev`, the hash of the previous event of its chain, so two staff PCs
working offline each extend their own chain and every replica verifies the same links
whatever order the events arrive in. Each event also names the newest event of every other
chain its PC held (`seen`), which makes the chains a DAG: removing the last event of a chain
is noticed as soon as someone wrote after having seen it.

`verify_chain` re-hashes every event of a program and reports it intact, or which events are
missing or edited. It runs on every staff client whenever the audit view opens or sync brings
program news. No Qt; short transactions through the profile's write gate.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models.audit_tables import AuditLogEntry
from desktop.models.tables import Person
from desktop.services.write_gate import writing
from desktop.sync.keystore import load_clock
from desktop.sync.outbox import record_change
from jumelage_protocol import CodedError, Role, Scope

GENESIS = ""  # `prev` of a chain's first event
ChainState = Literal["intact", "missing", "edited"]


class AuditError(CodedError):
    """Only program staff write or read the audit log."""


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """One break in the log: event `seq` of `author_id`'s chain `chain` is missing or edited."""

    kind: Literal["missing", "edited"]
    author_id: str
    chain: str
    seq: int


@dataclass(frozen=True, slots=True)
class ChainReport:
    """What `verify_chain` found for one program."""

    program_id: str
    events: int
    chains: int
    problems: tuple[ChainProblem, ...]

    @property
    def state(self) -> ChainState:
        if not self.problems:
            return "intact"
        return "edited" if any(p.kind == "edited" for p in self.problems) else "missing"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One event as the audit view shows it."""

    id: str
    at: datetime
    actor_id: str
    actor_name: str
    action: str
    subject: str
    detail: dict[str, object]


def event_hash(
    *,
    program_id: str,
    author_id: str,
    chain: str,
    seq: int,
    prev: str,
    seen: Mapping[str, object],
    at_ms: int,
    action: str,
    subject: str,
    detail: Mapping[str, object],
) -> str:
    """SHA-256 of an event's canonical JSON: everything it says, and where it sits."""
    canonical = json.dumps(
        {"program": program_id, "author": author_id, "chain": chain, "seq": seq, "prev": prev,
         "seen": seen, "at": at_ms, "action": action, "subject": subject, "detail": detail},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    )  # fmt: skip
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _require_staff(profile: Any) -> None:
    if profile.role != Role.STAFF:
        raise AuditError("staff_only", "only program staff keep the audit log")


def record_audit(
    profile: Any, *, program_id: str, action: str, subject: str, detail: dict[str, object]
) -> str:
    """Append one event to the program's log (staff only); returns its id. Called inside no
    open session: it holds the profile's write gate for its own short transaction."""
    _require_staff(profile)
    with writing(profile) as s:
        return record_audit_in(
            s, author_id=profile.person_id, program_id=program_id, action=action,
            subject=subject, detail=detail,
        )  # fmt: skip


def record_audit_in(
    s: Session,
    *,
    author_id: str,
    program_id: str,
    action: str,
    subject: str,
    detail: dict[str, object],
) -> str:
    """`record_audit` inside the caller's write transaction (so a change and its event are
    stored together or not at all)."""
    chain = load_clock(s).node
    last = s.execute(
        select(AuditLogEntry.seq, AuditLogEntry.hash)
        .where(AuditLogEntry.program_id == program_id, AuditLogEntry.author_id == author_id,
               AuditLogEntry.chain == chain)
        .order_by(AuditLogEntry.seq.desc()).limit(1)
    ).first()  # fmt: skip
    seq, prev = (last.seq + 1, last.hash) if last is not None else (1, GENESIS)
    seen = {k: v for k, v in _heads(s, program_id).items() if k != _chain_key(author_id, chain)}
    fields: dict[str, Any] = {
        "chain": chain, "seq": seq, "prev": prev, "seen": seen,
        "at_ms": time.time_ns() // 1_000_000, "action": action, "subject": subject,
        "detail": dict(detail),
    }  # fmt: skip
    fields["hash"] = event_hash(program_id=program_id, author_id=author_id, **fields)
    return record_change(
        s, scope=Scope.program(program_id), entity="audit_event", author=author_id, fields=fields
    )


def _chain_key(author_id: str, chain: str) -> str:
    return f"{author_id}/{chain}"


def _heads(s: Session, program_id: str) -> dict[str, list[object]]:
    """The newest event of each chain this PC holds: `{"author/chain": [seq, hash]}`."""
    top = (
        select(AuditLogEntry.author_id, AuditLogEntry.chain,
               func.max(AuditLogEntry.seq).label("seq"))
        .where(AuditLogEntry.program_id == program_id)
        .group_by(AuditLogEntry.author_id, AuditLogEntry.chain)
        .subquery()
    )  # fmt: skip
    rows = s.execute(
        select(AuditLogEntry.author_id, AuditLogEntry.chain, AuditLogEntry.seq, AuditLogEntry.hash)
        .join(top, (top.c.author_id == AuditLogEntry.author_id)
              & (top.c.chain == AuditLogEntry.chain) & (top.c.seq == AuditLogEntry.seq))
        .where(AuditLogEntry.program_id == program_id)
    )  # fmt: skip
    return {_chain_key(a, c): [seq, h] for a, c, seq, h in rows}


def verify_chain(profile: Any, program_id: str) -> ChainReport:
    """Re-hash and re-link every event of the program's log as this PC holds it."""
    _require_staff(profile)
    with profile.sessionmaker() as s:
        rows = list(
            s.scalars(
                select(AuditLogEntry)
                .where(AuditLogEntry.program_id == program_id)
                .order_by(AuditLogEntry.author_id, AuditLogEntry.chain, AuditLogEntry.seq)
            )
        )
    return check_events(program_id, rows)


def check_events(program_id: str, rows: list[AuditLogEntry]) -> ChainReport:
    """The verification itself, over rows ordered by author, chain and seq."""
    problems: set[ChainProblem] = set()
    chains: dict[tuple[str, str], dict[int, list[AuditLogEntry]]] = {}
    for row in rows:
        chains.setdefault((row.author_id, row.chain), {}).setdefault(row.seq, []).append(row)

    def hash_of(row: AuditLogEntry) -> str:
        return event_hash(
            program_id=row.program_id, author_id=row.author_id, chain=row.chain, seq=row.seq,
            prev=row.prev, seen=row.seen, at_ms=row.at_ms, action=row.action,
            subject=row.subject, detail=row.detail,
        )  # fmt: skip

    for (author, chain), by_seq in chains.items():
        for seq in range(1, max(by_seq) + 1):
            found = by_seq.get(seq)
            if not found:
                problems.add(ChainProblem("missing", author, chain, seq))
                continue
            if len(found) > 1:  # two events claim one place: one of them was forged or edited
                problems.add(ChainProblem("edited", author, chain, seq))
            for row in found:
                if hash_of(row) != row.hash:
                    problems.add(ChainProblem("edited", author, chain, seq))
                before = by_seq.get(seq - 1)
                expected = GENESIS if seq == 1 else (before[0].hash if before else None)
                if expected is not None and row.prev != expected:
                    problems.add(ChainProblem("edited", author, chain, seq - 1))
                _check_seen(row, chains, problems)
    ordered = sorted(problems, key=lambda p: (p.author_id, p.chain, p.seq, p.kind))
    return ChainReport(program_id, len(rows), len(chains), tuple(ordered))


def _check_seen(
    row: AuditLogEntry,
    chains: dict[tuple[str, str], dict[int, list[AuditLogEntry]]],
    problems: set[ChainProblem],
) -> None:
    """Every head an event saw must still be there, unchanged."""
    for key, head in (row.seen or {}).items():
        author, _, chain = key.partition("/")
        if not isinstance(head, list) or len(head) != 2 or not isinstance(head[0], int):
            problems.add(ChainProblem("edited", row.author_id, row.chain, row.seq))
            continue
        seq, digest = head[0], head[1]
        found = chains.get((author, chain), {}).get(seq)
        if not found:
            problems.add(ChainProblem("missing", author, chain, seq))
        elif all(r.hash != digest for r in found):
            problems.add(ChainProblem("edited", author, chain, seq))


def list_audit_events(profile: Any, program_id: str, limit: int = 1000) -> list[AuditEntry]:
    """The newest events of the program's log, newest first, with their authors' names."""
    _require_staff(profile)
    query = (
        select(AuditLogEntry, Person.display_name)
        .outerjoin(Person, Person.id == AuditLogEntry.author_id)
        .where(AuditLogEntry.program_id == program_id)
        .order_by(AuditLogEntry.at_ms.desc(), AuditLogEntry.id.desc())
        .limit(limit)
    )
    with profile.sessionmaker() as s:
        return [
            AuditEntry(
                id=row.id,
                at=datetime.fromtimestamp(row.at_ms / 1000, UTC),
                actor_id=row.author_id,
                actor_name=name or "",
                action=row.action,
                subject=row.subject,
                detail=dict(row.detail),
            )
            for row, name in s.execute(query)
        ]
