"""Wrong PC clocks with real clients and a real server (issue 9, defects 9 and 10).

Each PC's clock is its own: the profile's session factory carries a wall clock at a fixed
offset from the real one (`keystore.pc_wall`), which the HLC, the outbox and the engine's
clock check all read. The server runs in its own process on the real clock.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.models.sync_tables import AppliedOp, FieldClock, OutboxOp
from desktop.models.tables import Meeting
from desktop.services import scheduling
from desktop.services.accounts import engine_for
from desktop.sync.engine import CLOCK_OFF
from desktop.sync.hlc import Stamp, wall_ms
from desktop.sync.outbox import pending_count
from jumelage_protocol import MAX_CLOCK_SKEW_SECONDS

DAY_MS = 24 * 3600 * 1000


def set_clock(member, offset_ms: int) -> None:
    """This member's PC reads its clock `offset_ms` away from the real one from now on."""
    member.profile.sessionmaker.configure(info={"wall": lambda: wall_ms() + offset_ms})


async def sync(member):
    engine = engine_for(member.profile, live=False)
    try:
        return await engine.sync_once()
    finally:
        await engine.client.aclose()


def starts_at(profile, meeting_id: str) -> datetime | None:
    with profile.sessionmaker() as s:
        row = s.get(Meeting, meeting_id)
        return row.starts_at if row is not None else None


def soon(hours: int) -> datetime:
    return (datetime.now(UTC) + timedelta(hours=hours)).replace(microsecond=0)


def test_a_later_reschedule_wins_on_both_pcs_whatever_the_clocks(program):
    """Mentor's PC ahead, mentee's behind, each within what the server accepts, 320 to
    580 s apart: the mentee sees the session, moves it, and her move wins on both PCs."""
    server, scenario = program
    mentor, mentee = scenario.mentors[0], scenario.mentees[0]
    pair_id = scenario.pairs[0]

    async def go():
        for hours, apart_s in enumerate((320, 450, 580), start=1):
            set_clock(mentor, apart_s * 500)  # each half the gap from the server's clock
            set_clock(mentee, -apart_s * 500)
            planned = scheduling.plan_session(
                mentor.profile, pair_id=pair_id, starts_at=soon(hours), duration_minutes=60,
                kind="video",
            )  # fmt: skip
            meeting_id = planned[0].meeting_id
            await sync(mentor)
            await sync(mentee)
            moved = soon(hours + 24)
            info = scheduling.reschedule(mentee.profile, meeting_id, starts_at=moved)
            assert info.starts_at == moved  # not silently back to the mentor's time
            await sync(mentee)
            await sync(mentor)
            assert starts_at(mentee.profile, meeting_id) == moved, apart_s
            assert starts_at(mentor.profile, meeting_id) == moved, apart_s

    asyncio.run(go())


def test_a_pc_whose_clock_was_a_day_ahead_recovers_in_one_sync(program):
    """Ops written a day ahead, then the clock is fixed: one sync pulls, pushes them all
    (re-stamped inside what the server accepts), and new changes are stamped right."""
    server, scenario = program
    mentor, mentee = scenario.mentors[0], scenario.mentees[0]
    pair_id = scenario.pairs[0]

    async def go():
        set_clock(mentee, DAY_MS)
        made = [
            scheduling.plan_session(
                mentee.profile, pair_id=pair_id, starts_at=soon(n), duration_minutes=30,
                kind="video",
            )[0].meeting_id
            for n in range(1, 5)
        ]  # fmt: skip
        with mentee.profile.sessionmaker() as s:
            old = sorted(s.scalars(select(OutboxOp.hlc)))
        assert len(old) == 4 and Stamp.parse(old[0]).ms > wall_ms() + DAY_MS // 2
        # Meanwhile the mentor plans a session the mentee has not seen yet.
        theirs = scheduling.plan_session(
            mentor.profile, pair_id=pair_id, starts_at=soon(9), duration_minutes=30,
            kind="video",
        )[0].meeting_id  # fmt: skip
        await sync(mentor)

        set_clock(mentee, 0)  # the clock is fixed
        status = await sync(mentee)
        assert (status.state, status.pending, status.error_code) == ("synced", 0, None)
        assert starts_at(mentee.profile, theirs) is not None  # the pull came through
        limit = wall_ms() + MAX_CLOCK_SKEW_SECONDS * 1000
        with mentee.profile.sessionmaker() as s:
            applied = s.scalars(select(AppliedOp.hlc)).all()
            clocks = list(s.scalars(select(FieldClock.hlc).where(FieldClock.entity_id.in_(made))))
        assert clocks and all(Stamp.parse(h).ms <= limit for h in clocks)
        assert all(Stamp.parse(h).ms <= limit for h in applied)
        # New changes are stamped by the fixed clock, after what was written before.
        moved = scheduling.reschedule(mentee.profile, made[0], starts_at=soon(30))
        with mentee.profile.sessionmaker() as s:
            (new,) = s.scalars(select(OutboxOp.hlc))
        assert Stamp.parse(new).ms <= limit and new > max(clocks)
        await sync(mentee)
        await sync(mentor)
        for meeting_id in made:
            assert starts_at(mentor.profile, meeting_id) == starts_at(mentee.profile, meeting_id)
        assert starts_at(mentor.profile, made[0]) == moved.starts_at

    asyncio.run(go())


def test_a_clock_still_wrong_syncs_and_says_so(program):
    """A PC whose clock is still a day ahead: its changes reach the others (re-stamped at
    each push), and the status says the clock is off instead of stopping sync."""
    server, scenario = program
    mentor, mentee = scenario.mentors[0], scenario.mentees[0]
    pair_id = scenario.pairs[0]

    async def go():
        set_clock(mentee, DAY_MS)
        meeting_id = scheduling.plan_session(
            mentee.profile, pair_id=pair_id, starts_at=soon(2), duration_minutes=30,
            kind="video",
        )[0].meeting_id  # fmt: skip
        status = await sync(mentee)
        assert (status.state, status.error_code, status.pending) == ("synced", CLOCK_OFF, 0)
        await sync(mentor)
        assert starts_at(mentor.profile, meeting_id) == starts_at(mentee.profile, meeting_id)
        # The mentor edits after: a later action beats the PC that was ahead.
        later = scheduling.reschedule(mentor.profile, meeting_id, starts_at=soon(5))
        await sync(mentor)
        await sync(mentee)
        assert starts_at(mentee.profile, meeting_id) == later.starts_at
        with mentee.profile.sessionmaker() as s:
            assert pending_count(s) == 0

    asyncio.run(go())


@pytest.mark.parametrize("offset_ms", [-DAY_MS, DAY_MS])
def test_a_clock_a_day_off_either_way_is_a_warning_not_a_stop(program, offset_ms):
    """Heads, pushes and pulls go through whatever this PC's clock says: the server takes
    stamps from the past, and the engine re-stamps those from the future."""
    server, scenario = program
    mentor, mentee = scenario.mentors[0], scenario.mentees[0]
    set_clock(mentee, offset_ms)
    meeting_id = scheduling.plan_session(
        mentee.profile, pair_id=scenario.pairs[0], starts_at=soon(3), duration_minutes=30,
        kind="video",
    )[0].meeting_id  # fmt: skip
    status = asyncio.run(sync(mentee))
    assert (status.state, status.error_code, status.pending) == ("synced", CLOCK_OFF, 0)
    asyncio.run(sync(mentor))
    theirs = starts_at(mentor.profile, meeting_id)
    assert theirs is not None and theirs == starts_at(mentee.profile, meeting_id)
