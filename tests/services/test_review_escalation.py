"""Escalation to the program's safeguarding lead, on real SQLCipher profiles.

Needs the synced program settings (`set_setting`) from the rules branch: skipped until they
land. Without a lead, escalating refuses with `no_safeguarding_lead` (tested here now).
"""

from __future__ import annotations

import pytest

from desktop.services.program_settings import set_setting
from desktop.services.review_queue import ReviewError, ReviewQueue
from tests.services.conftest import HELD_TEXT, PAIR_ID, PROGRAM_ID, checker


def _queue(world) -> ReviewQueue:
    return ReviewQueue(world.profiles["staff"], world.service("staff"), checker=checker())


def _two_items(world) -> None:
    world.services["mentor"].send(PAIR_ID, HELD_TEXT)
    world.services["mentee"].report(PAIR_ID, reason="other")
    world.relay("mentor", "staff")
    world.relay("mentee", "staff")


def test_escalating_without_a_lead_says_so_and_changes_nothing(world_factory):
    world = world_factory(staff_key=True)
    _two_items(world)
    queue = _queue(world)
    before = queue.page()
    with pytest.raises(ReviewError) as refused:
        queue.escalate(before.items[0], "à voir")
    assert refused.value.code == "no_safeguarding_lead"
    assert queue.page() == before


def test_an_escalated_item_is_marked_and_shown_to_the_lead_first(world_factory):
    world = world_factory(staff_key=True)
    _two_items(world)
    queue = _queue(world)
    set_setting(world.profiles["staff"], PROGRAM_ID, "safeguarding_lead", "s1")
    first, second = queue.page().items
    assert first.urgent and not second.urgent  # the report, then the held message
    assert queue.escalate(second, "à voir") == "s1"
    items = queue.page().items
    assert [i.item_id for i in items] == [second.item_id, first.item_id]
    assert items[0].escalated_to_me and items[0].escalated
    queue.dismiss(items[0], "Vu avec le mentor.")
    assert [i.item_id for i in queue.page().items] == [first.item_id]
