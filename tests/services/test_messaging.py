"""Messaging use cases on real SQLCipher profiles, with ops carried between them as sync does."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models.sync_tables import OutboxOp
from desktop.models.tables import AuditEvent, Message
from desktop.safety import SafetyChecker
from desktop.services.messaging import MAX_MESSAGE_CHARS, MessagingError
from desktop.sync.outbox import record_change
from jumelage_protocol import Scope
from tests.services.conftest import CONTACT_TEXT, HELD_TEXT, PAIR_ID, URGENT_TEXT


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
    assert err.value.code == "too_long" and err.value.facts["length"] == MAX_MESSAGE_CHARS + 1
    assert svc.count(PAIR_ID) == 0
    exact = svc.send(PAIR_ID, "y" * MAX_MESSAGE_CHARS)
    assert len(exact.body) == MAX_MESSAGE_CHARS


def test_contact_details_are_held_not_sent_anyway(world):
    mentor, mentee = world.services["mentor"], world.services["mentee"]
    assert mentor.check(PAIR_ID, CONTACT_TEXT).action == "review"
    held = mentor.send(PAIR_ID, CONTACT_TEXT)  # no confirmation asked: nothing to confirm
    assert held.state == "held"
    world.relay("mentor", "mentee", "staff")
    assert mentee.messages_by_id(PAIR_ID, [held.id]) == []
    assert [h.message_id for h in world.services["staff"].held_messages()] == [held.id]


def test_a_nudge_needs_confirmation(world):
    nudging = SafetyChecker(overrides={"contact_email": "nudge"})
    svc = world.service("mentee", checker=nudging)
    assert svc.check(PAIR_ID, CONTACT_TEXT).action == "nudge"
    with pytest.raises(MessagingError) as err:
        svc.send(PAIR_ID, CONTACT_TEXT)
    assert err.value.code == "needs_confirmation"
    assert svc.count(PAIR_ID) == 0
    assert svc.send(PAIR_ID, CONTACT_TEXT, confirmed=True).state == "pending"


def test_held_message_is_hidden_from_recipient_until_staff_approve(world):
    mentor, mentee, staff = (world.services[r] for r in ("mentor", "mentee", "staff"))
    held = mentor.send(PAIR_ID, HELD_TEXT)
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
        HELD_TEXT,
        "see you Tuesday",
    ]
    assert mentor.latest(PAIR_ID, 5)[0].state == "sent"
    assert mentee.last_staff_review(PAIR_ID) is not None


def test_dismissed_message_stays_hidden_and_sender_sees_why(world):
    mentor, mentee, staff = (world.services[r] for r in ("mentor", "mentee", "staff"))
    held = mentor.send(PAIR_ID, HELD_TEXT)
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
    worrying = mentee.send(PAIR_ID, URGENT_TEXT)
    result = mentee.report(PAIR_ID, worrying.id)
    assert result.show_crisis
    assert "988" in mentee.crisis_resources("en")[0].numbers
    assert "Ligne" in mentee.crisis_resources("fr")[0].name
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


def test_a_done_mark_arriving_alone_is_news_for_the_card(world):
    from types import SimpleNamespace

    mentor, mentee = world.services["mentor"], world.services["mentee"]
    card = mentor.post_activity(PAIR_ID, "museum", "Visit a museum together")
    world.relay("mentor", "mentee")
    synced = SimpleNamespace(state="synced")
    mentor.on_sync_status(synced)
    mentee.mark_activity_done(PAIR_ID, card)
    mentee.mark_activity_done(PAIR_ID, card)  # once is enough: nothing more to sync
    assert world.relay("mentee", "mentor") == 1
    assert mentor.on_sync_status(synced) == [PAIR_ID]
    assert mentor.messages_by_id(PAIR_ID, [card])[0].activity.done
    with pytest.raises(MessagingError) as err:
        mentee.mark_activity_done(PAIR_ID, mentee.send(PAIR_ID, "not a card").id)
    assert err.value.code == "not_an_activity"


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


def test_real_rules_classify_the_test_texts(world):
    svc = world.services["mentee"]
    assert svc.check(PAIR_ID, HELD_TEXT).action == "review"
    assert svc.check(PAIR_ID, CONTACT_TEXT).action == "review"
    assert svc.check(PAIR_ID, URGENT_TEXT).urgent
    assert svc.check(PAIR_ID, "see you Tuesday").action == "send"


def test_receipts_travel_and_follow_program_policy(world_factory):
    for receipts, expected in ((True, ("delivered", "read")), (False, ("sent", "sent"))):
        world = world_factory({"read_receipts": receipts})
        mentor, mentee = world.services["mentor"], world.services["mentee"]
        m = mentor.send(PAIR_ID, "hi")
        world.relay("mentor", "mentee")
        assert mentee.note_delivered() == ([PAIR_ID] if receipts else [])
        assert mentee.note_delivered() == []  # once per newest message
        world.relay("mentee", "mentor")
        assert mentor.messages_by_id(PAIR_ID, [m.id])[0].state == expected[0]
        mentee.mark_read(PAIR_ID)
        assert world.relay("mentee", "mentor") == (1 if receipts else 0)
        assert mentor.messages_by_id(PAIR_ID, [m.id])[0].state == expected[1]
        assert mentee.latest(PAIR_ID, 1)[0].state == "sent"  # receipts describe my messages only
        for p in world.profiles.values():
            p.close()


def test_writes_nudge_sync_and_sync_rounds_announce_changes(world):
    from types import SimpleNamespace

    nudges = []
    mentor = world.service("mentor", nudge=lambda: nudges.append(1))
    mentor.send(PAIR_ID, "hello")
    assert nudges == [1]  # send() never talks to the network itself
    mentee = world.service("mentee", nudge=lambda: nudges.append(2))
    synced = SimpleNamespace(state="synced")
    first = mentee.on_sync_status(synced)
    assert mentee.on_sync_status(SimpleNamespace(state="syncing")) == []
    world.relay("mentor", "mentee")
    assert mentee.on_sync_status(synced) == [PAIR_ID] and first == []
    assert nudges == [1, 2]  # the delivered receipt waits in the outbox for a push
    assert mentee.on_sync_status(synced) == []


def test_staff_see_reports_newest_first(world):
    mentee, staff = world.services["mentee"], world.services["staff"]
    worrying = mentee.send(PAIR_ID, URGENT_TEXT)
    mentee.report(PAIR_ID, None, reason="uneasy")
    world.relay("mentee", "staff")
    got = staff.reports()
    assert len(got) == 2 and got[0].at >= got[1].at
    assert {r.message_id for r in got} == {worrying.id, None}
    assert any(r.self_harm and r.excerpt == URGENT_TEXT for r in got)
    assert all(r.reporter_name == "Sam" for r in got)
    with pytest.raises(MessagingError):
        mentee.reports()


def test_sealed_held_message_never_reaches_recipient_until_released(sealed_world):
    world = sealed_world
    mentor, mentee, staff = (world.services[r] for r in ("mentor", "mentee", "staff"))
    held = mentor.send(PAIR_ID, HELD_TEXT)
    assert held.state == "held" and held.mine
    with world.profiles["mentor"].sessionmaker() as s:  # sealed into the program scope
        assert {o.scope for o in s.scalars(select(OutboxOp))} == {"program:prog1"}
    world.relay("mentor", "mentee", "staff")
    with world.profiles["mentee"].sessionmaker() as s:
        assert s.get(Message, held.id) is None  # not even ciphertext in the pair scope
    assert mentee.latest(PAIR_ID, 5) == []
    assert [h.body for h in staff.held_messages()] == [HELD_TEXT]
    staff.decide_held(held.id, approve=True)
    assert staff.held_messages() == []
    world.relay("staff", "mentee", "mentor")
    got = mentee.latest(PAIR_ID, 5)
    assert [(m.body, m.author_name, m.mine) for m in got] == [(HELD_TEXT, "Alex", False)]
    assert mentee.conversations()[0].unread == 1
    mine = mentor.latest(PAIR_ID, 5)
    assert [(m.body, m.mine, m.state) for m in mine] == [(HELD_TEXT, True, "sent")]
    assert mentor.conversations()[0].unread == 0  # my own released message is not news
    assert [m.body for m in staff.latest(PAIR_ID, 5)] == [HELD_TEXT]


def test_sealed_held_message_dismissed_tells_the_sender(sealed_world):
    world = sealed_world
    mentor, mentee, staff = (world.services[r] for r in ("mentor", "mentee", "staff"))
    held = mentor.send(PAIR_ID, HELD_TEXT)
    world.relay("mentor", "staff")
    staff.decide_held(held.id, approve=False)
    world.relay("staff", "mentee", "mentor")
    assert mentee.latest(PAIR_ID, 5) == []
    mine = mentor.latest(PAIR_ID, 5)
    assert [(m.state, m.failure) for m in mine] == [("failed", "dismissed_by_staff")]


def test_forged_release_by_a_member_shows_under_its_real_author(sealed_world):
    world = sealed_world
    mentor = world.services["mentor"]
    with world.profiles["mentee"].sessionmaker.begin() as s:  # a tampered client
        record_change(s, scope=f"pair:{PAIR_ID}", entity="message", author="e1",
                      fields={"body": "from Alex, trust me", "release_of": "x",
                              "release_author_id": "m1", "created_at": 1_700_000_000_000})
        record_change(s, scope=f"pair:{PAIR_ID}", entity="message", author="e1",
                      fields={"body": "\u2063released:y:m1\nold shape, same trick",
                              "created_at": 1_700_000_000_000})  # fmt: skip
    world.relay("mentee", "mentor")
    got = mentor.latest(PAIR_ID, 5)
    assert [(m.author_name, m.mine) for m in got] == [("Sam", False)] * 2
    assert mentor.conversations()[0].unread == 2  # "mine" only when staff signed it


def test_sealed_report_goes_to_program_scope_for_staff_only(sealed_world):
    world = sealed_world
    mentee, staff = world.services["mentee"], world.services["staff"]
    result = mentee.report(PAIR_ID, None, reason="uneasy")
    with world.profiles["mentee"].sessionmaker() as s:
        scopes = {o.scope for o in s.scalars(select(OutboxOp))}
    assert scopes == {"program:prog1"}
    world.relay("mentee", "mentor", "staff")
    assert [r.report_id for r in staff.reports()] == [result.report_id]
    with world.profiles["mentor"].sessionmaker() as s:
        assert s.scalars(select(AuditEvent)).all() == []


def test_a_member_cannot_fake_a_staff_review_date(world):
    """An audit event with a review action counts only when its author is staff by the server's
    directory: a mentor claiming "program staff read this" changes nothing the mentee sees."""
    mentor = world.profiles["mentor"]
    with mentor.sessionmaker.begin() as s:
        record_change(s, scope=Scope.pair(PAIR_ID), entity="report", author=mentor.person_id,
                      fields={"at": 1_700_000_000_000, "action": "conversation_read",
                              "subject_scope": Scope.pair(PAIR_ID), "detail": {}})  # fmt: skip
    world.relay("mentor", "mentee")
    assert world.services["mentee"].last_staff_review(PAIR_ID) is None
