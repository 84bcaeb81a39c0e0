"""Ops in the shape written before format 2 land in today's fields.

`upgrade` on its own, then through a real server (SQLite and PostgreSQL): PCs of the old
build push a meeting series packed in ids, an activity card and its "done" mark as body
prefixes, and a staff release as a body prefix with its original set to "delivered"; the
new build reads them through its services, on PCs that were there and on one signing in fresh.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from desktop.models.legacy import ACTIVITY_MARK, DONE_MARK, RELEASE_MARK
from desktop.models.tables import ActivityMark, Meeting, Message
from desktop.services import scheduling
from desktop.services.accounts import sign_in
from desktop.services.messaging import MessagingService
from desktop.services.profiles import ProfileDirectory
from desktop.sync.apply import apply_ops
from desktop.sync.keystore import scope_key
from desktop.sync.legacy import upgrade
from desktop.sync.ops import PlainOp, seal_op
from desktop.sync.outbox import _enqueue, _stamp, record_sealed_change
from desktop.vault.kdf import KdfParams
from tests.support.fixtures import database_url, server, sync_profile  # noqa: F401
from tests.sync.conftest import make_replica

SERIES = "0b5e3c1a-8d2f-4e6b-9a7c-112233445566"


def _op(entity: str, entity_id: str, fields: dict, op_id: str = "op1") -> PlainOp:
    return PlainOp(op_id, "pair:p1", "0001", "mentor", entity, entity_id, fields)


# --- the function on its own ------------------------------------------------------------------


def test_old_series_id_becomes_a_field_and_new_ids_are_left_alone():
    old = upgrade(_op("meeting", f"{SERIES}.03", {"starts_at": 1, "recurrence": "FREQ=WEEKLY"}))
    assert old.entity_id == f"{SERIES}.03" and old.fields["series_id"] == SERIES
    assert upgrade(_op("meeting", f"{SERIES}.03", {"outcome": "held"})).fields == {
        "outcome": "held",
        "series_id": SERIES,
    }  # a later edit of an old occurrence names its series too: same value, no harm
    plain = _op("meeting", str(uuid.uuid4()), {"starts_at": 1})
    assert upgrade(plain) is plain
    dotted = _op("meeting", "not-a-uuid.01", {"starts_at": 1})
    assert upgrade(dotted) is dotted


def test_old_activity_card_and_done_mark():
    card = upgrade(_op("message", "c1", {"body": f"{ACTIVITY_MARK}museum\nVisit a museum"}))
    assert (card.entity, card.entity_id) == ("message", "c1")
    assert card.fields == {"body": "Visit a museum", "activity_id": "museum"}
    mark = upgrade(_op("message", "m9", {"body": f"{DONE_MARK}c1", "created_at": 5}, "m9"))
    assert (mark.entity, mark.entity_id, mark.fields) == ("activity_mark", "c1", {"done": True})
    assert mark.op_id == "m9"  # still the op the server logged: replays stay no-ops


def test_old_release_and_released_state():
    copy = upgrade(_op("message", "r1", {"body": f"{RELEASE_MARK}h1:m1\nline 1\nline 2"}))
    assert copy.fields == {"body": "line 1\nline 2", "release_of": "h1", "release_author_id": "m1"}
    held = upgrade(_op("held_message", "h1", {"state": "delivered"}))
    assert held.fields == {"state": "released"}
    for same in (
        _op("message", "x", {"body": "delivered"}),
        _op("message", "x", {"state": "sent"}),
        _op("held_message", "h1", {"state": "failed"}),
        _op("report", "x", {"detail": {"body": RELEASE_MARK}}),
    ):
        assert upgrade(same) is same


def test_parked_old_edit_is_upgraded_when_its_message_arrives(tmp_path):
    """An edit that arrived before its message waits in the orphan store as written; an old
    one written there by the previous build is upgraded when replayed."""
    maker = make_replica(tmp_path / "r.db")
    edit = PlainOp("e1", "pair:p1", "0002", "mentor", "message", "c1",
                   {"body": f"{ACTIVITY_MARK}museum\nMusée"})  # fmt: skip
    create = PlainOp("c1", "pair:p1", "0001", "mentor", "message", "c1",
                     {"body": "hello", "created_at": 1_700_000_000_000})  # fmt: skip
    with maker.begin() as s:
        apply_ops(s, [edit])
    with maker.begin() as s:
        apply_ops(s, [create])
    with maker() as s:
        row = s.get(Message, "c1")
        assert (row.body, row.activity_id) == ("Musée", "museum")


def test_one_batch_of_messages_with_and_without_optional_fields(tmp_path):
    """Bulk creates with different columns (a card among plain messages) keep every field,
    whichever comes first."""
    maker = make_replica(tmp_path / "r.db")
    ops = [
        PlainOp(f"m{i}", "pair:p1", f"000{i}", "mentor", "message", f"m{i}", fields)
        for i, fields in enumerate([
            {"body": "plain", "created_at": 1_700_000_000_000},
            {"body": "Musée", "created_at": 1_700_000_000_000, "activity_id": "museum"},
            {"body": "plain again", "created_at": 1_700_000_000_000},
        ])
    ]
    with maker.begin() as s:
        apply_ops(s, ops)
    with maker() as s:
        assert [s.get(Message, f"m{i}").activity_id for i in range(3)] == [None, "museum", None]


# --- through a real server --------------------------------------------------------------------


def _old_write(profile, *, scope: str, entity: str, fields: dict, entity_id=None) -> str:
    """What a PC of the previous build queues: the op as it wrote it, not applied here."""
    with profile.sessionmaker.begin() as s:
        key_id, key = scope_key(s, scope)
        op = _stamp(s, scope=scope, entity=entity, author=profile.person_id, fields=fields,
                    entity_id=entity_id)  # fmt: skip
        _enqueue(s, seal_op(op, key, key_id))
        return op.op_id


def test_old_shape_ops_from_the_server_land_in_the_new_fields(server, tmp_path):  # noqa: F811
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    week = int(timedelta(weeks=1).total_seconds() * 1000)
    start_ms = int(start.timestamp() * 1000)

    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        mentor, mentee, staff = sc.mentors[0], sc.mentees[0], sc.staff
        pair, program = f"pair:{sc.pairs[0]}", f"program:{sc.program_id}"
        try:
            for n in (1, 2, 3):  # an old weekly series of three
                _old_write(mentor.profile, scope=pair, entity="meeting",
                           entity_id=f"{SERIES}.{n:02d}",
                           fields={"starts_at": start_ms + (n - 1) * week, "duration_minutes": 60,
                                   "kind": "video",
                                   "recurrence": "FREQ=WEEKLY;INTERVAL=1;COUNT=3"})  # fmt: skip
            card = _old_write(mentor.profile, scope=pair, entity="message",
                              fields={"body": f"{ACTIVITY_MARK}museum\nVisit a museum together",
                                      "created_at": start_ms - week})  # fmt: skip
            with mentor.profile.sessionmaker.begin() as s:  # held for review, sealed to staff
                held = record_sealed_change(
                    s, scope=program, entity="held_message", author=mentor.profile.person_id,
                    fields={"pair_id": sc.pairs[0], "body": "mon numéro: 555-0100",
                            "created_at": start_ms - week}, apply_locally=False)  # fmt: skip
            await sync_profile(mentor.profile)
            await sync_profile(staff.profile)
            with staff.profile.sessionmaker() as s:
                assert s.get(Message, held).state == "held"
            # staff on the old build release it: the original "delivered", a prefixed copy
            _old_write(staff.profile, scope=program, entity="held_message", entity_id=held,
                       fields={"state": "delivered"})  # fmt: skip
            _old_write(staff.profile, scope=pair, entity="message",
                       fields={"body": f"{RELEASE_MARK}{held}:{mentor.profile.person_id}\n"
                                       "mon numéro: 555-0100",
                               "created_at": start_ms - week})  # fmt: skip
            await sync_profile(staff.profile)
            await sync_profile(mentee.profile)
            _old_write(mentee.profile, scope=pair, entity="message",
                       fields={"body": f"{DONE_MARK}{card}", "created_at": start_ms})  # fmt: skip
            await sync_profile(mentee.profile)
            for member in (mentor, staff, mentee):
                await sync_profile(member.profile)
            fresh_dir = ProfileDirectory(tmp_path / "fresh",
                                         kdf_params_factory=KdfParams.fast_for_tests)  # fmt: skip
            fresh = await sign_in(fresh_dir, sc.server_url, mentee.username, mentee.passphrase)
            return sc, held, card, fresh
        except BaseException:
            sc.close()
            raise

    sc, held, card, fresh = asyncio.run(scenario())
    mentor, mentee, staff = sc.mentors[0], sc.mentees[0], sc.staff
    pair_id = sc.pairs[0]
    try:
        for profile in (mentee.profile, fresh):  # a PC that was there, and one signing in anew
            reader = MessagingService.for_profile(profile)
            got = reader.latest(pair_id, 10)
            assert [(m.body, m.author_name, m.mine) for m in got] == [
                ("Visit a museum together", "Mentor 1", False),
                ("mon numéro: 555-0100", "Mentor 1", False),
            ]
            assert got[0].activity is not None and got[0].activity.done
            assert got[0].activity.activity_id == "museum"
            with profile.sessionmaker() as s:
                assert not s.scalars(select(Message).where(Message.body.contains("\u2063"))).all()
                assert s.get(ActivityMark, card).done
                assert {m.series_id for m in s.scalars(select(Meeting))} == {SERIES}
        writer = MessagingService.for_profile(mentor.profile)
        mine = writer.latest(pair_id, 10)
        assert [(m.body, m.mine) for m in mine][1] == ("mon numéro: 555-0100", True)
        staff_view = MessagingService.for_profile(staff.profile)
        assert staff_view.held_messages() == []
        with staff.profile.sessionmaker() as s:
            assert s.get(Message, held).state == "released"
        # the old series still moves and cancels as one, through the service
        service = scheduling.SchedulingService(fresh, clock=lambda: datetime.now(UTC))
        moved = service.reschedule(f"{SERIES}.02", starts_at=start + timedelta(days=8))
        assert moved.series_id == SERIES
        cancelled = service.cancel(f"{SERIES}.01", whole_series=True)
        assert [c.meeting_id for c in cancelled] == [f"{SERIES}.{n:02d}" for n in (1, 2, 3)]
        assert all(c.outcome == "cancelled" for c in cancelled)
    finally:
        fresh.close()
        sc.close()
