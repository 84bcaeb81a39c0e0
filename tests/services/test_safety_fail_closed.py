"""Missing or broken safety rules stop sending with a plain error, never let messages through
unchecked; reading and urgent reports go on. Each case damages a copy of the shipped rules."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from desktop.models.tables import Message
from desktop.resources import BUNDLED, Resources
from desktop.services.messaging import MessagingError
from desktop.sync.outbox import pending
from tests.services.conftest import PAIR_ID


def _missing_file(safety):
    (safety / "rules_fr.json").unlink()


def _no_rules_at_all(safety):
    for path in safety.glob("rules_*.json"):
        path.unlink()


def _not_json(safety):
    (safety / "categories.json").write_text("{ not json", encoding="utf-8")


def _wrong_shape(safety):
    (safety / "rules_en.json").write_text("[1, 2, 3]", encoding="utf-8")


def _no_folder(safety):
    shutil.rmtree(safety)


@pytest.fixture
def copy(tmp_path) -> Resources:
    shutil.copytree(BUNDLED.path("safety"), tmp_path / "resources" / "safety")
    return Resources(tmp_path / "resources")


def _outbox(world):
    with world.profiles["mentor"].sessionmaker() as s:
        return len(pending(s, limit=1000)), s.scalar(select(func.count()).select_from(Message))


def test_an_intact_copy_sends_and_checks(world, copy):
    service = world.service("mentor", checker=None, resources=copy)
    assert service.check(PAIR_ID, "write me at sam@example.org").action == "review"
    service.send(PAIR_ID, "hello")
    assert _outbox(world)[1] == 1


@pytest.mark.parametrize("damage", [_missing_file, _no_rules_at_all, _not_json, _wrong_shape,
                                    _no_folder])  # fmt: skip
def test_damaged_rules_refuse_sending_and_write_nothing(world, copy, damage):
    damage(copy.path("safety"))
    service = world.service("mentor", checker=None, resources=copy)
    before = _outbox(world)
    for attempt in (lambda: service.check(PAIR_ID, "hello"),
                    lambda: service.send(PAIR_ID, "hello", confirmed=True)):  # fmt: skip
        with pytest.raises(MessagingError) as err:
            attempt()
        assert err.value.code == "safety_rules_unavailable"
    assert _outbox(world) == before
    # Everything but sending goes on: the conversation reads, and a report still reaches staff.
    assert service.latest(PAIR_ID, 10) == []
    assert service.report(PAIR_ID, reason="self_harm").show_crisis
