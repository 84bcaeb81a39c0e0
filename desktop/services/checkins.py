"""Weekly check-ins: each member of a pair says how the week went (1–5, "did you meet or talk?",
an optional comment), and staff are alerted when it went very badly.

Who sees an answer (documented choice): it is written into the program scope sealed to the
program staff key (`record_sealed_change`, like a held message), so staff read it on every staff
PC and the other member of the pair never receives it, since its comment may be about them.
The author's own PC keeps the answer it wrote. One answer per person, pair and ISO week: a
second answer, on this PC or offline on another, replaces the first everywhere (last writer
wins, see `sync/entities_dashboard.py`), and `CheckInAnswer.replaced` lets the screen say so
when this PC knew the earlier one.

A rating at or below `ALERT_RATING`, or a comment the safety rules call urgent, raises an
urgent report to staff through the messaging service's usual report path (`report`), so it
lands in their review queue like any report; the comment itself is never copied into it.
Skipping is remembered per PC in the profile's encrypted state. No Qt; short gated
transactions on the caller's thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import select

from desktop.models.dashboard_tables import RATING_MAX, RATING_MIN, CheckIn
from desktop.models.tables import Pair
from desktop.runtime.events import ChangeKind
from desktop.services.write_gate import writing
from desktop.sync.entities import datetime_to_ms
from desktop.sync.entities_dashboard import checkin_id
from desktop.sync.errors import SyncError
from desktop.sync.keystore import get_state, set_state
from desktop.sync.outbox import record_sealed_change
from jumelage_protocol import CodedError, Scope

ALERT_RATING = 1  # "not well at all": staff hear of it the same day
MAX_COMMENT = 500
_SKIPPED = "checkins.skipped"  # encrypted per-PC state: "pair_id:week" skipped here


class CheckInError(CodedError):
    """A check-in that cannot be written; `code` is stable, the UI says it in words."""


class Messaging(Protocol):
    """What a check-in needs of the messaging service: its safety check and its reports."""

    def check(self, pair_id: str, text: str) -> Any: ...

    def report(
        self, pair_id: str, message_id: str | None = None, *, reason: str = "", note: str = ""
    ) -> Any: ...


@dataclass(frozen=True, slots=True)
class CheckInAnswer:
    pair_id: str
    week: str
    rating: int
    met: bool | None
    comment: str
    answered_at: datetime
    replaced: bool  # this PC held an earlier answer for the same week, now replaced
    alerted: bool  # staff were alerted (very low rating or an urgent comment)


def iso_week(moment: datetime) -> str:
    """The ISO week of `moment` in UTC, as "2026-W49" (the key of one week's check-in)."""
    year, week, _day = moment.astimezone(UTC).isocalendar()
    return f"{year}-W{week:02d}"


class CheckInService:
    """One member's check-ins: is one due, answer it, skip it."""

    def __init__(self, profile: Any, messaging: Messaging | None = None, events: Any = None):
        self._profile = profile
        self._messaging = messaging
        self._events = events

    @property
    def person_id(self) -> str:
        return str(self._profile.person_id)

    def _skipped(self) -> set[str]:
        with self._profile.sessionmaker() as s:
            return set(filter(None, (get_state(s, _SKIPPED) or "").split(",")))

    def mine(self, pair_id: str, now: datetime) -> CheckInAnswer | None:
        """My answer for this week, as this PC knows it."""
        week = iso_week(now)
        with self._profile.sessionmaker() as s:
            row = s.get(CheckIn, (pair_id, self.person_id, week))
            if row is None:
                return None
            return CheckInAnswer(pair_id, week, row.rating, row.met, row.comment,
                                 row.answered_at, False, False)  # fmt: skip

    def due(self, pair_id: str, now: datetime) -> bool:
        """True while this week's check-in is neither answered nor skipped on this PC."""
        week = iso_week(now)
        return self.mine(pair_id, now) is None and f"{pair_id}:{week}" not in self._skipped()

    def skip(self, pair_id: str, now: datetime) -> None:
        """Not this week: the prompt stays away until next week (on this PC)."""
        mark = f"{pair_id}:{iso_week(now)}"
        with writing(self._profile) as s:
            kept = [m for m in (get_state(s, _SKIPPED) or "").split(",") if m][-50:]
            set_state(s, _SKIPPED, ",".join([*kept, mark]))

    def answer(
        self, pair_id: str, *, rating: int, met: bool | None = None, comment: str = "",
        now: datetime | None = None,
    ) -> CheckInAnswer:  # fmt: skip
        """Write this week's answer, sealed to staff; alert staff if it calls for it.

        Raises `rating_out_of_range`, `comment_too_long`, `not_a_member`, and
        `checkin_needs_sync` while this PC has not yet received the program staff key."""
        now = now or datetime.now(UTC)
        if not RATING_MIN <= rating <= RATING_MAX:
            raise CheckInError("rating_out_of_range")
        comment = comment.strip()
        if len(comment) > MAX_COMMENT:
            raise CheckInError("comment_too_long")
        week = iso_week(now)
        with writing(self._profile) as s:
            pair = s.get(Pair, pair_id)
            if pair is None or self.person_id not in (pair.mentor_id, pair.mentee_id):
                raise CheckInError("not_a_member")
            replaced = s.get(CheckIn, (pair_id, self.person_id, week)) is not None
            fields = {"rating": rating, "met": met, "comment": comment,
                      "answered_at": datetime_to_ms(now)}  # fmt: skip
            entity_id = checkin_id(pair_id, self.person_id, week)
            try:
                record_sealed_change(s, scope=Scope.program(pair.program_id), entity="checkin",
                                     fields=fields, author=self.person_id,
                                     entity_id=entity_id)  # fmt: skip
            except SyncError as exc:
                if exc.code == "no_staff_key":
                    raise CheckInError("checkin_needs_sync") from exc
                raise
        alerted = self._alert(pair_id, rating, comment)
        if self._events is not None:
            self._events.emit_change(ChangeKind.REPORT, Scope.pair(pair_id), [])
        return CheckInAnswer(pair_id, week, rating, met, comment, now, replaced, alerted)

    def _alert(self, pair_id: str, rating: int, comment: str) -> bool:
        """An urgent report when the week went very badly or the comment is urgent."""
        if self._messaging is None:
            return False
        try:
            urgent_comment = bool(comment) and bool(
                getattr(self._messaging.check(pair_id, comment), "urgent", False)
            )
        except CodedError:  # the rules could not run: staff read the comment themselves
            urgent_comment = True
        if rating > ALERT_RATING and not urgent_comment:
            return False
        reason = "checkin_urgent_comment" if urgent_comment else "checkin_low_rating"
        self._messaging.report(pair_id, reason=reason)
        return True


def pair_checkins(profile: Any, pair_id: str) -> list[tuple[str, str, int, str]]:
    """A pair's check-ins as staff hold them, newest week first: (week, person, rating,
    comment), only from the pair's own members."""
    with profile.sessionmaker() as s:
        q = (select(CheckIn.week, CheckIn.person_id, CheckIn.rating, CheckIn.comment)
             .join(Pair, Pair.id == CheckIn.pair_id)
             .where(CheckIn.pair_id == pair_id,
                    CheckIn.person_id.in_((Pair.mentor_id, Pair.mentee_id)))
             .order_by(CheckIn.week.desc(), CheckIn.person_id))  # fmt: skip
        return [(w, p, r, c) for w, p, r, c in s.execute(q)]
