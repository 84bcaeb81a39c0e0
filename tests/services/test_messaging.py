"""Messaging use cases on real SQLCipher profiles, with ops carried between them as sync does."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models.sync_tables import OutboxOp
from desktop.models.tables import AuditEvent, Message
from desktop.services.messaging import MAX_MESSAGE_CHARS, MessagingError
from tests.services.conftest import PAIR_ID


def test_messages_page_in_hlc_order(world):
    mentor = world.services["mentor"]
    sent = [mentor.send(PAIR_ID, f"message {i}").id for i in range(25)]
    latest = mentor.latest(PAIR_ID, 10)
    assert [m.id for m in latest] == sent[-10:]
    older = mentor.older(PAIR_ID, (latest[0].hlc, latest[0].id), 10)
    assert [m.id for m in older] == sent[5:15]
    oldest = mentor.older(PAIR_ID, (older[0].hlc, older[0].id), 10)
    assert [m.id for m in oldest] == sent[:5]
    assert mentor.count(PAIR_ID) == 25
    assert all(m.state == "pending" and m.mine for m in latest)


def test_relayed_messages_reach_the_other_side_in_order(world):
    for i in range(3):
        world.services["mentee"].send(PAIR_ID, f"hors ligne {i}")
    assert world.relay("mentee", "mentor") == 3
    got = world.services["mentor"].latest(PAIR_ID, 10)
    assert [m.body for m in got] == ["hors ligne 0", "hors ligne 1", "hors ligne 2"]
    assert [m.author_name for m in got] == ["Sam"] * 3 and not got[0].mine
    summary = world.services["mentor"].conversations()[0]
    assert summary.other_name == "Sam" and summary.unread == 3
    world.services["mentor"].mark_read(PAIR_ID)
    assert world.services["mentor"].conversations()[0].unread == 0
    assert world.services["mentee"].latest(PAIR_ID, 10)[0].state == "sent"


def test_bad_input_is_refused_and_never_cut(world):
    svc = world.services["mentor"]
    for text in ("", "   \n\t "):
        with pytest.raises(MessagingError) as err:
            svc.send(PAIR_ID, text)
        assert err.value.code == "empty"
    with pytest.raises(MessagingError) as err:
        svc.send(PAIR_ID, "x" * (MAX_MESSAGE_CHARS + 1))
    assert err.value.code == "too_long" and err.value.detail["length"] == MAX_MESSAGE_CHARS + 1
    assert svc.count(PAIR_ID) == 0
    exact = svc.send(PAIR_ID, "y" * MAX_MESSAGE_CHARS)
    assert len(exact.body) == MAX_MESSAGE_CHARS


def test_contact_details_need_confirmation(world):
    svc = world.services["mentee"]
    assert svc.check(PAIR_ID, "write me at sam@example.org").action == "nudge"
    with pytest.raises(MessagingError) as err:
        svc.send(PAIR_ID, "write me at sam@example.org")
    assert err.value.code == "needs_confirmation"
    assert svc.count(PAIR_ID) == 0
    assert svc.send(PAIR_ID, "write me at sam@example.org", confirmed=True).state == "pending"


def test_held_message_is_hidden_from_recipient_until_staff_approve(world):
    mentor, mentee, staff = (world.services[r] for r in ("mentor", "mentee", "staff"))
    held = mentor.send(PAIR_ID, "meet me alone at the park")
    assert held.state == "held" and mentor.latest(PAIR_ID, 5)[0].state == "held"
    mentor.send(PAIR_ID, "see you Tuesday")
    world.relay("mentor", "mentee", "staff")
    assert mentor.latest(PAIR_ID, 5)[0].state == "held"  # the server has it; still waiting
    assert [m.body for m in mentee.latest(PAIR_ID, 10)] == ["see you Tuesday"]
    assert mentee.messages_by_id(PAIR_ID, [held.id]) == []
    assert mentee.conversations()[0].unread == 1
    assert [h.message_id for h in staff.held_messages()] == [held.id]
    staff.decide_held(held.id, approve=True)
    assert staff.held_messages() == []
    world.relay("staff", "mentee", "mentor")
    assert [m.body for m in mentee.latest(PAIR_ID, 10)] == [
        "meet me alone at the park",
        "see you Tuesday",
    ]
    assert mentor.latest(PAIR_ID, 5)[0].state == "sent"
    assert mentee.last_staff_review(PAIR_ID) is not None


def test_dismissed_message_stays_hidden_and_sender_sees_why(world):
    mentor, mentee, staff = (world.services[r] for r in ("mentor", "mentee", "staff"))
    held = mentor.send(PAIR_ID, "meet me alone after school")
    world.relay("mentor", "mentee", "staff")
    with pytest.raises(MessagingError) as err:
        mentee.held_messages()
    assert err.value.code == "staff_only"
    staff.decide_held(held.id, approve=False)
    world.relay("staff", "mentee", "mentor")
    assert mentee.latest(PAIR_ID, 10) == []
    mine = mentor.latest(PAIR_ID, 10)[0]
    assert mine.state == "failed" and mine.failure == "dismissed_by_staff"
    with pytest.raises(MessagingError) as err:
        mentor.retry(PAIR_ID, held.id)
    assert err.value.code == "not_retryable"


def test_report_is_urgent_and_self_harm_shows_crisis_resources(world):
    mentee, mentor = world.services["mentee"], world.services["mentor"]
    mentor.send(PAIR_ID, "how was school?")
    plain = mentor.latest(PAIR_ID, 1)[0]
    world.relay("mentor", "mentee")
    result = mentee.report(PAIR_ID, plain.id)
    assert result.urgent and not result.show_crisis
    worrying = mentee.send(PAIR_ID, "some days I want to kill myself")
    result = mentee.report(PAIR_ID, worrying.id)
    assert result.show_crisis
    assert mentee.crisis_resources("en")[0].phone == "988"
    world.relay("mentee", "staff")
    with world.profiles["staff"].sessionmaker() as s:
        reports = s.scalars(select(AuditEvent).where(AuditEvent.action == "report")).all()
    # two explicit reports and the automatic one for the self-harm message itself
    assert len(reports) == 3 and all(r.detail["urgent"] for r in reports)
    assert any(r.detail["self_harm"] for r in reports)
    assert {r.subject_scope for r in reports} == {f"pair:{PAIR_ID}"}


def test_draft_survives_lock_and_reopen(world):
    world.services["mentee"].save_draft(PAIR_ID, "à moitié écrit 🙂")
    world.reopen("mentee")
    assert world.services["mentee"].draft(PAIR_ID) == "à moitié écrit 🙂"
    world.services["mentee"].send(PAIR_ID, "à moitié écrit 🙂 — fini")
    assert world.services["mentee"].draft(PAIR_ID) == ""


def test_activity_card_can_be_marked_done_by_either(world):
    mentor, mentee = world.services["mentor"], world.services["mentee"]
    card = mentor.post_activity(PAIR_ID, "museum", "Visit a museum together")
    world.relay("mentor", "mentee")
    seen = mentee.latest(PAIR_ID, 5)
    assert len(seen) == 1 and seen[0].activity.title == "Visit a museum together"
    assert not seen[0].activity.done
    mentee.mark_activity_done(PAIR_ID, card)
    assert mentee.latest(PAIR_ID, 5)[0].activity.done
    world.relay("mentee", "mentor")
    after = mentor.latest(PAIR_ID, 5)
    assert len(after) == 1 and after[0].activity.done  # the mark itself is not a bubble


def test_failed_message_can_be_retried(world):
    svc = world.services["mentor"]
    m = svc.send(PAIR_ID, "hello")
    with world.profiles["mentor"].sessionmaker.begin() as s:
        s.get(Message, m.id).state = "failed"
        s.get(OutboxOp, m.id).last_error_code = "rejected"
    failed = svc.latest(PAIR_ID, 1)[0]
    assert failed.state == "failed" and failed.failure == "rejected"
    svc.retry(PAIR_ID, m.id)
    assert svc.latest(PAIR_ID, 1)[0].state == "pending"


def test_read_receipts_follow_program_policy(world_factory):
    for receipts, expected in ((True, "read"), (False, "sent")):
        world = world_factory({"read_receipts": receipts})
        m = world.services["mentor"].send(PAIR_ID, "hi")
        world.relay("mentor", "mentee")
        world.services["mentee"].mark_read(PAIR_ID)
        with world.profiles["mentee"].sessionmaker() as s:  # until read markers sync
            from desktop.models.tables import ReadMarker

            marker = s.get(ReadMarker, (PAIR_ID, "e1"))
            hlc = marker.last_read_hlc
        with world.profiles["mentor"].sessionmaker.begin() as s:
            s.add(ReadMarker(pair_id=PAIR_ID, person_id="e1", last_read_hlc=hlc))
        assert world.services["mentor"].messages_by_id(PAIR_ID, [m.id])[0].state == expected
        for p in world.profiles.values():
            p.close()
