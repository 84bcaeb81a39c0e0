"""Staff PCs re-check incoming messages against their program's current rules and raise flags.

Only clients can read messages, and a sender's PC may run older rules (or be hostile and run
none), so every staff PC re-checks what arrives: after each sync round, messages it has not
checked yet are read in batches, checked with the program's rules (`safety_rules`), and:

- a category the program flags, holds or treats as urgent, in a message that was delivered,
  raises a `safety_flag` for that message (held messages are in the review queue already);
- every category found is kept as a local signal (no text), and the thread score of that
  person in that conversation (`safety/thread_score.py`) is recomputed from the signals in
  SQL; at the threshold it raises ONE `thread` flag listing the messages that built it up,
  and updates it while it is open.

A flag's id is derived from what raised it, so staff PCs re-checking the same message write
the same entity. Messages of a program whose staff key this PC does not hold yet are left for
later. Runs where the sync status hook runs (the network loop) or in a test; no Qt.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.models.rules_tables import SafetyChecked, SafetyFlag, SafetySignal
from desktop.models.sync_tables import DirectoryEntry
from desktop.models.tables import Message, Pair
from desktop.runtime.events import ChangeKind
from desktop.safety.program import program_checker
from desktop.safety.rules import SafetyChecker
from desktop.safety.thread_score import THRESHOLD, WINDOW_DAYS, Signal, thread_score
from desktop.services.program_settings import missing_member_copies, read_setting
from desktop.services.safety_rules import checker_for_program
from desktop.sync.entities import datetime_to_ms
from desktop.sync.errors import SyncError
from desktop.sync.keystore import scope_key
from desktop.sync.outbox import record_changes
from jumelage_protocol import Role, Scope

if TYPE_CHECKING:
    from desktop.services.profiles import Profile

log = logging.getLogger(__name__)
BATCH = 1000
RAISING = ("flag", "review", "urgent")  # severities that tell staff about a delivered message
THREAD = "thread"  # the category of a thread-score flag
_IDS = uuid.UUID("6f1d2c3e-93c4-4b8e-9a55-0c5e1f7d2a10")  # namespace of derived flag ids
THRESHOLD_KEY = "thread_score.threshold"
WINDOW_KEY = "thread_score.window_days"


@dataclass(frozen=True)
class _Row:
    id: str
    pair_id: str
    author_id: str
    body: str
    created_at: datetime
    state: str
    program_id: str


def flag_id(*parts: str) -> str:
    """The entity id of the flag raised by `parts` (the same on every staff PC)."""
    return str(uuid.uuid5(_IDS, "\x1f".join(parts)))


class SafetyWatch:
    """The re-check of one staff profile; `recheck()` returns the ids of flags it raised."""

    def __init__(
        self,
        profile: Profile,
        *,
        events: Any | None = None,
        nudge: Callable[[], None] | None = None,
        submit: Callable[[Callable[[], object]], object] | None = None,
        batch: int = BATCH,
    ) -> None:
        """`submit`: where `on_sync_status` runs the re-check, one batch per call (the
        profile's writer thread, so a first sync of thousands of messages interleaves with
        sync's own writes instead of holding the network loop)."""
        self._profile = profile
        self._events = events
        self.nudge = nudge
        self._submit = submit
        self._batch = batch
        self._queued = threading.Lock()  # held while a batch waits or runs in `submit`

    def on_sync_status(self, status: object) -> list[str]:
        """A sync status hook: after each completed round, re-check what arrived (through
        `submit` when given; returns the flags raised when run here)."""
        if getattr(status, "state", None) != "synced" or self._profile.role != Role.STAFF:
            return []
        if self._submit is None:
            return self.recheck()
        if self._queued.acquire(blocking=False):  # one chain of batches at a time
            self._submit(lambda: self._step(""))
        return []

    def spread_rules(self) -> int:
        """Give pairs made since staff last changed the program's rules their copy, so their
        members' PCs check against them too; the number of copies written."""
        if self._profile.role != Role.STAFF:
            return 0
        with self._profile.gate.transaction(self._profile.sessionmaker) as s:
            changes = [c for c in missing_member_copies(s) if _has_key(s, c[0])]
            if changes:
                record_changes(s, changes, author=self._profile.person_id)
        if changes and self.nudge is not None:
            self.nudge()
        return len(changes)

    def _step(self, after: str) -> None:
        try:
            if not after:
                self.spread_rules()
            _raised, last = self.recheck_batch(after)
            if last is not None and self._submit is not None:
                self._submit(lambda: self._step(last))
                return
        except Exception as exc:  # noqa: BLE001 - locked, closed: the next round tries again
            log.error("safety re-check stopped: %s", type(exc).__name__)  # never its text
        self._queued.release()

    def recheck(self) -> list[str]:
        """Check every message not checked yet; the ids of the flags raised or updated."""
        self.spread_rules()
        raised: list[str] = []
        after: str | None = ""
        while after is not None:
            batch, after = self.recheck_batch(after)
            raised += batch
        return raised

    def recheck_batch(self, after: str = "") -> tuple[list[str], str | None]:
        """Check up to one batch of messages whose ids sort after `after`: (flags raised or
        updated, the id to continue after, or None when none is left)."""
        if self._profile.role != Role.STAFF:
            return [], None
        with self._profile.sessionmaker() as s:
            rows, last = self._unchecked(s, after)
        if not rows:
            return [], last
        raised = self._check(rows, self._checkers(rows))
        if raised:
            if self.nudge is not None:
                self.nudge()
            if self._events is not None:
                self._events.emit_change(ChangeKind.REPORT, None, raised)
        return raised, last

    def _checkers(self, rows: Sequence[_Row]) -> dict[str, SafetyChecker]:
        """Each program's checker as its settings are now (built once per settings)."""
        with self._profile.sessionmaker() as s:
            return {p: checker_for_program(s, p) or program_checker({}, {})
                    for p in {r.program_id for r in rows}}  # fmt: skip

    # --- reading ----------------------------------------------------------------------

    def _unchecked(self, s: Session, after: str) -> tuple[list[_Row], str | None]:
        """Up to one batch of unchecked messages with ids after `after` (a walk along the
        primary key), and the id to go on after (None: the end). Messages of staff, and of
        programs whose key this PC lacks, are left out here rather than in SQL, so the walk
        stays an index scan."""
        writable = {p for p in s.scalars(select(Pair.program_id).distinct()) if _can_write(s, p)}
        program_of = {pair: program for pair, program in s.execute(select(Pair.id, Pair.program_id))
                      if program in writable}  # fmt: skip
        staff = set(s.scalars(select(DirectoryEntry.person_id)
                              .where(DirectoryEntry.role == Role.STAFF)))  # fmt: skip
        staff.add(self._profile.person_id)
        query = (
            select(Message.id, Message.pair_id, Message.author_id, Message.body,
                   Message.created_at, Message.state)
            .outerjoin(SafetyChecked, SafetyChecked.message_id == Message.id)
            .where(SafetyChecked.message_id.is_(None), Message.id > after,
                   Message.deleted.is_(False), Message.release_of.is_(None),
                   Message.activity_id.is_(None))
            .order_by(Message.id)
            .limit(self._batch)
        )  # fmt: skip
        fetched = s.execute(query).all()
        rows = [_Row(*row, program_of[row[1]]) for row in fetched
                if row[1] in program_of and row[2] not in staff]  # fmt: skip
        return rows, fetched[-1][0] if len(fetched) == self._batch else None

    # --- checking ---------------------------------------------------------------------

    def _check(self, rows: Sequence[_Row], checkers: dict[str, SafetyChecker]) -> list[str]:
        signals: list[dict[str, object]] = []
        flags: list[tuple[_Row, str, str]] = []  # message, category, rule id
        for row in rows:
            seen: set[str] = set()
            for finding in checkers[row.program_id].check(row.body).findings:
                if finding.category in seen:
                    continue
                seen.add(finding.category)
                signals.append({"message_id": row.id, "category": finding.category,
                                "pair_id": row.pair_id, "author_id": row.author_id,
                                "at": row.created_at})  # fmt: skip
                if finding.severity in RAISING and row.state != "held":
                    flags.append((row, finding.category, finding.rule_id))
        threads = {program: checker.threads for program, checker in checkers.items()}
        program_of = {r.id: r.program_id for r in rows}
        touched = set()  # (pair, author, program) whose thread score may have moved
        for sig in signals:
            program = program_of[str(sig["message_id"])]
            if threads[program].get(str(sig["category"])):
                touched.add((str(sig["pair_id"]), str(sig["author_id"]), program))
        changes: list[_Change] = []  # written by one `record_changes`
        with self._profile.gate.transaction(self._profile.sessionmaker) as s:
            s.execute(insert(SafetyChecked).prefix_with("OR IGNORE"),
                      [{"message_id": r.id} for r in rows])  # fmt: skip
            if signals:
                s.execute(insert(SafetySignal).prefix_with("OR IGNORE"), signals)
            wanted = {flag_id(row.id, category): (row, category, rule)
                      for row, category, rule in flags}  # fmt: skip
            known = set(s.scalars(select(SafetyFlag.id).where(SafetyFlag.id.in_(wanted))))
            for fid, (row, category, rule) in wanted.items():
                if fid not in known:
                    changes.append(_new_flag(row.program_id, fid, row.pair_id, [row.id],
                                             category, rule, 0))  # fmt: skip
            limits: dict[str, tuple[int, int]] = {}
            for pair_id, author_id, program_id in sorted(touched):
                if program_id not in limits:
                    limits[program_id] = (
                        int(read_setting(s, program_id, THRESHOLD_KEY, THRESHOLD)),
                        int(read_setting(s, program_id, WINDOW_KEY, WINDOW_DAYS)),
                    )
                change = self._rescore(s, pair_id, author_id, program_id,
                                       threads[program_id], *limits[program_id])  # fmt: skip
                if change is not None:
                    changes.append(change)
            if changes:
                record_changes(s, changes, author=self._profile.person_id)
        return [entity_id for _scope, _entity, entity_id, _fields in changes]

    def _rescore(
        self,
        s: Session,
        pair_id: str,
        author_id: str,
        program_id: str,
        threads: Mapping[str, str | None],
        threshold: int,
        days: int,
    ) -> _Change | None:
        """Recompute one person's thread score in one conversation: the change that raises
        or grows its flag, if any."""
        mine = (SafetySignal.pair_id == pair_id, SafetySignal.author_id == author_id)
        newest = s.scalar(select(func.max(SafetySignal.at)).where(*mine))
        if newest is None:
            return None
        handled: set[str] = set()  # messages of thread flags staff already decided on
        for ids in s.scalars(select(SafetyFlag.message_ids).where(
                SafetyFlag.pair_id == pair_id, SafetyFlag.category == THREAD,
                SafetyFlag.state != "open")):  # fmt: skip
            handled.update(ids)
        rows = s.execute(
            select(SafetySignal.message_id, SafetySignal.category, SafetySignal.at).where(
                *mine, SafetySignal.at >= newest - timedelta(days=days)
            )
        )
        signals = [Signal(m, c, at) for m, c, at in rows if m not in handled]
        score = thread_score(signals, threads, threshold=threshold, window=timedelta(days=days))
        if score is None:
            return None
        fid = flag_id(THREAD, pair_id, author_id, score.first)
        flag = s.get(SafetyFlag, fid)
        if flag is None:
            return _new_flag(program_id, fid, pair_id, list(score.message_ids), THREAD,
                             "thread.score", score.score)  # fmt: skip
        if flag.state == "open" and (list(flag.message_ids), flag.score) != (
            list(score.message_ids),
            score.score,
        ):
            grown = {"message_ids": list(score.message_ids), "score": score.score}
            return Scope.program(program_id), "safety_flag", fid, grown
        return None


_Change = tuple[str, str, str, dict[str, Any]]  # scope, entity, entity id, fields


def _new_flag(
    program_id: str,
    fid: str,
    pair_id: str,
    message_ids: list[str],
    category: str,
    rule: str,
    score: int,
) -> _Change:
    # no "state": the table's default ("open"), so a late copy never reopens a decision
    fields = {"pair_id": pair_id, "message_ids": message_ids, "category": category,
              "rule": rule, "score": score, "raised_at": datetime_to_ms(_now())}  # fmt: skip
    return Scope.program(program_id), "safety_flag", fid, fields


def _can_write(s: Session, program_id: str) -> bool:
    """True when this PC holds the program scope's key (staff granted it)."""
    return _has_key(s, Scope.program(program_id))


def _has_key(s: Session, scope: str) -> bool:
    try:
        scope_key(s, scope)
    except SyncError:
        return False
    return True


def _now() -> datetime:
    return datetime.now(UTC)
