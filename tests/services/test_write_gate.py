"""The profile's one write gate: the open profile owns it, its `submitter` runs on the profile's
writer holding it without changing the gate, and every write of the messaging and scheduling
services commits while holding it.

Real SQLCipher profiles from the services conftest; a SQLAlchemy commit listener on the
profile's engine records, for each commit, whether the committing thread held the gate.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from desktop.runtime.writer import DatabaseWriter
from desktop.services import scheduling as sch
from desktop.services.messaging import MessagingService
from desktop.services.messaging import WriteGate as ReExported
from desktop.services.write_gate import WriteGate, writing
from desktop.sync.keystore import get_state, set_state
from tests.services.conftest import PAIR_ID

NOW = datetime(2025, 10, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def commits(world) -> Iterator[list[bool]]:
    """For each commit on the mentor's database: did the committing thread hold the gate?"""
    profile = world.profiles["mentor"]
    gate = profile.gate
    seen: list[bool] = []

    def on_commit(_conn) -> None:
        seen.append(gate.held_here())

    event.listen(profile.engine, "commit", on_commit)
    yield seen
    event.remove(profile.engine, "commit", on_commit)


def test_each_profile_owns_its_gate_and_messaging_shares_it(world):
    mentor, mentee = world.profiles["mentor"], world.profiles["mentee"]
    gate = mentor.gate
    assert isinstance(gate, WriteGate) and mentor.gate is gate
    assert mentee.gate is not gate
    assert MessagingService.for_profile(mentor).gate is gate
    assert ReExported is WriteGate  # old imports keep working
    assert not hasattr(WriteGate, "for_profile")  # no process-wide registry of gates


def test_submitter_runs_on_the_profiles_writer_holding_the_gate(world):
    profile = world.profiles["mentor"]
    gate = profile.gate
    with DatabaseWriter(name="db-test") as writer:
        submit = gate.submitter(writer.submit)

        def where() -> tuple[bool, bool]:
            return writer.is_writer_thread(), gate.held_here()

        assert submit(where).result(60) == (True, True)
        # the gate is not changed for anyone else: its own submit stays off the writer
        assert gate.submit(where).result(60) == (False, True)
    assert not gate.held_here()


def test_without_a_writer_submit_runs_off_the_caller_thread_holding_the_gate():
    gate = WriteGate()
    caller = threading.get_ident()
    ran_on, held = gate.submit(lambda: (threading.get_ident(), gate.held_here())).result(60)
    assert ran_on != caller and held


def test_the_gate_is_reentrant_and_errors_release_it(world):
    profile = world.profiles["mentor"]
    gate = profile.gate
    with gate.hold(), writing(profile) as session:  # nested: a service inside a held gate
        set_state(session, "probe", "1")
        assert gate.held_here()
    assert not gate.held_here()
    with pytest.raises(RuntimeError), writing(profile) as session:
        set_state(session, "probe", "2")
        raise RuntimeError("refused")
    assert not gate.held_here()
    with profile.sessionmaker() as session:
        assert get_state(session, "probe") == "1"  # the failed transaction rolled back


def test_every_scheduling_write_holds_the_gate(world, commits):
    profile = world.profiles["mentor"]
    start = NOW + timedelta(days=2)
    made = sch.plan_session(profile, pair_id=PAIR_ID, starts_at=start, duration_minutes=45,
                            kind="video", recurrence="weekly", count=3, now=NOW)  # fmt: skip
    sch.reschedule(profile, made[0].meeting_id, starts_at=start + timedelta(hours=1), now=NOW)
    sch.cancel(profile, made[1].meeting_id, whole_series=True)
    sch.record_outcome(profile, made[0].meeting_id, "held", 40, now=start + timedelta(hours=2))
    sch.record_call_end(profile, made[0].meeting_id, 50 * 60)
    sch.due_reminders(profile, now=start - timedelta(hours=1))
    assert len(commits) >= 6
    assert all(commits)


def test_every_messaging_write_holds_the_gate(world, commits):
    service = world.service("mentor")
    service.save_draft(PAIR_ID, "brouillon")
    sent = service.send(PAIR_ID, "Salut Sam, à jeudi!")
    reply = world.service("mentee").send(PAIR_ID, "Oui, à jeudi")
    with service.gate.hold():  # what sync does on the mentor's PC, through the same gate
        world.relay("mentor", "mentee")
        world.relay("mentee", "mentor")
    service.mark_read(PAIR_ID)
    service.note_delivered()
    card = service.post_activity(PAIR_ID, "act-1", "Une recette")
    service.mark_activity_done(PAIR_ID, card)
    assert sent.id and reply.id
    assert len(commits) >= 6
    assert all(commits)
