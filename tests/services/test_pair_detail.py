"""The pair detail service on real profiles: the support-contact due date, and what the pair
receives (the date of a reading, never notes or contacts)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from desktop.models.audit_tables import StaffNote, SupportContact
from desktop.models.tables import Pair
from desktop.services.pair_detail import (
    PairDetailError,
    add_staff_note,
    load_pair_detail,
    log_support_contact,
    next_support_contact_due,
    open_conversation,
)
from tests.services.conftest import PAIR_ID

MATCHED = datetime(2026, 9, 1, 15, tzinfo=UTC)


def test_the_next_support_contact_is_due_a_month_after_the_last(sealed_world):
    staff = sealed_world.profiles["staff"]
    with staff.sessionmaker.begin() as s:
        s.get(Pair, PAIR_ID).matched_at = MATCHED
    assert next_support_contact_due(staff, PAIR_ID) == date(2026, 10, 1)  # none yet: from the match
    assert load_pair_detail(staff, PAIR_ID, today=date(2026, 10, 2)).contact_overdue
    log_support_contact(staff, PAIR_ID, with_whom="mentee", channel="video",
                        contacted_at=datetime(2026, 10, 20, 12, tzinfo=UTC))  # fmt: skip
    # an older contact logged later does not move the due date back
    log_support_contact(staff, PAIR_ID, with_whom="mentor", channel="phone",
                        contacted_at=datetime(2026, 10, 5, 12, tzinfo=UTC))  # fmt: skip
    assert next_support_contact_due(staff, PAIR_ID) == date(2026, 11, 19)
    detail = load_pair_detail(staff, PAIR_ID, today=date(2026, 11, 19))
    assert not detail.contact_overdue
    assert [c.with_whom for c in detail.contacts] == ["mentee", "mentor"]  # newest first
    with staff.sessionmaker.begin() as s:
        s.get(Pair, PAIR_ID).status = "closed"
    assert next_support_contact_due(staff, PAIR_ID) is None


def test_the_pair_receives_the_reading_date_and_nothing_else(sealed_world):
    world = sealed_world
    staff = world.profiles["staff"]
    open_conversation(staff, PAIR_ID)
    add_staff_note(staff, PAIR_ID, "Note confidentielle")
    log_support_contact(staff, PAIR_ID, with_whom="family", channel="email")
    world.relay("staff", "mentor", "mentee")  # program-scope ops reach staff only
    for role in ("mentor", "mentee"):
        with world.profiles[role].sessionmaker() as s:
            assert s.scalar(select(func.count()).select_from(StaffNote)) == 0
            assert s.scalar(select(func.count()).select_from(SupportContact)) == 0
        assert world.services[role].last_staff_review(PAIR_ID) is not None


def test_only_staff_and_only_sensible_values(sealed_world):
    staff, mentor = sealed_world.profiles["staff"], sealed_world.profiles["mentor"]
    with pytest.raises(PairDetailError):
        open_conversation(mentor, PAIR_ID)
    with pytest.raises(PairDetailError):
        add_staff_note(staff, PAIR_ID, "   ")
    with pytest.raises(PairDetailError):
        log_support_contact(staff, PAIR_ID, with_whom="neighbour", channel="phone")
    with pytest.raises(PairDetailError):
        open_conversation(staff, "no-such-pair")
    assert next_support_contact_due(staff, "no-such-pair") is None
