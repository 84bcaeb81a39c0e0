"""Program settings and the program's safety rules, across real profiles (staff, mentor, mentee).

Staff set a program's rules; the settings travel as synced ops (relayed here as a pull would
apply them) so the senders' PCs check against the same rules; members can neither set them
nor forge them; a staff word list with a pathological pattern cannot hang a check.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models.rules_tables import ProgramSetting, SafetyFlag
from desktop.services.program_settings import SettingsError, get_setting, set_setting
from desktop.services.safety_rules import RulesSettingError, SafetyRulesService
from desktop.sync.apply import apply_ops, quarantine_summary
from desktop.sync.errors import SyncError
from desktop.sync.hlc import HlcClock
from desktop.sync.ops import PlainOp, uuid7
from desktop.sync.outbox import record_change
from jumelage_protocol import Scope
from tests.services.conftest import PAIR_ID, PROGRAM_ID


def test_a_staff_setting_reaches_staff_and_member_keys_reach_members(sealed_world):
    w = sealed_world
    staff = w.profiles["staff"]
    set_setting(staff, PROGRAM_ID, "retention_days", 90)
    set_setting(staff, PROGRAM_ID, "safety.action.drugs_alcohol", "hold")
    set_setting(staff, PROGRAM_ID, "review_target_hours", 24)
    set_setting(staff, PROGRAM_ID, "retention_days", 180)  # last writer wins
    w.relay("staff", "mentor", "mentee")
    assert get_setting(staff, PROGRAM_ID, "retention_days", 0) == 180
    for member in ("mentor", "mentee"):
        profile = w.profiles[member]
        assert get_setting(profile, PROGRAM_ID, "safety.action.drugs_alcohol", "flag") == "hold"
        assert get_setting(profile, PROGRAM_ID, "review_target_hours", 0) == 24
        # the program scope never reaches members: staff-only settings stay at the default
        assert get_setting(profile, PROGRAM_ID, "retention_days", 0) == 0


def test_members_cannot_set_a_setting(sealed_world):
    with pytest.raises(SettingsError) as refused:
        set_setting(sealed_world.profiles["mentor"], PROGRAM_ID, "safety.action.link", "allow")
    assert refused.value.code == "staff_only"
    with pytest.raises(SettingsError) as bad:
        set_setting(sealed_world.profiles["staff"], PROGRAM_ID, "has:colon", 1)
    assert bad.value.code == "bad_setting_key"


def test_a_member_forging_a_setting_or_a_flag_changes_nothing(sealed_world):
    w = sealed_world
    mentor = w.profiles["mentor"]
    with mentor.sessionmaker.begin() as s, pytest.raises(SyncError):  # her own PC refuses
        record_change(s, scope=Scope.pair(PAIR_ID), entity="program_setting", author="m1",
                      fields={"program_id": PROGRAM_ID, "value": "allow", "set_at": 1},
                      entity_id=f"{PAIR_ID}:safety.action.contact_phone")  # fmt: skip
    clock = HlcClock("hostile")
    forged = [  # what a hostile client could push, validly signed by the mentor
        PlainOp(uuid7(), Scope.pair(PAIR_ID), clock.now(), "m1", "program_setting",
                f"{PAIR_ID}:safety.action.contact_phone",
                {"program_id": PROGRAM_ID, "value": "allow", "set_at": 2**40}),
        PlainOp(uuid7(), Scope.program(PROGRAM_ID), clock.now(), "m1", "safety_flag", "f1",
                {"pair_id": PAIR_ID, "message_ids": [], "category": "thread", "rule": "x",
                 "score": 0, "raised_at": 1}),
        PlainOp(uuid7(), Scope.program(PROGRAM_ID), clock.now(), "m1", "program_setting",
                f"{PROGRAM_ID}:safety.action.contact_phone",
                {"program_id": PROGRAM_ID, "value": "allow", "set_at": 2**40}),
    ]  # fmt: skip
    for role in ("staff", "mentee"):
        with w.profiles[role].sessionmaker.begin() as s:
            apply_ops(s, forged)
        with w.profiles[role].sessionmaker() as s:
            assert s.scalars(select(ProgramSetting)).all() == []
            assert s.scalars(select(SafetyFlag)).all() == []
            assert quarantine_summary(s) == {"not_allowed": 3}
    assert w.services["mentee"].check(PAIR_ID, "appelle-moi au 514-555-1234").action == "review"


def test_the_program_rules_apply_on_the_senders_pc(sealed_world):
    w = sealed_world
    rules = SafetyRulesService(w.profiles["staff"])
    rules.set_words(
        PROGRAM_ID, "violence_threats", {"fr": ["tabarnouche", "/\\bbrass\\w+ ta face/"]}
    )
    rules.set_action(PROGRAM_ID, "violence_threats", "hold")
    rules.set_action(PROGRAM_ID, "link", "allow")
    w.relay("staff", "mentor", "mentee")
    mentor = w.services["mentor"]
    assert mentor.check(PAIR_ID, "TABARNOUCHE!").action == "review"
    assert mentor.check(PAIR_ID, "je vais brasser ta face").action == "review"
    assert mentor.check(PAIR_ID, "je vais te tuer").action == "send"  # the list was replaced
    assert mentor.check(PAIR_ID, "www.exemple.com").action == "send"  # links allowed
    by_name = {c.name: c for c in SafetyRulesService(w.profiles["mentee"]).categories(PROGRAM_ID)}
    assert by_name["violence_threats"].action == "hold"
    assert by_name["violence_threats"].words["fr"] == ("tabarnouche", "/\\bbrass\\w+ ta face/")
    assert "i'll kill you" in by_name["violence_threats"].words["en"]  # English kept
    assert by_name["contact_phone"].action == "hold"  # shipped default for minors


@pytest.mark.parametrize(
    ("entry", "code"),
    [("/(a|aa/", "pattern_invalid"), ("/a*/", "pattern_unsafe"), ("/(?P<x>a)/", "pattern_unsafe"),
     ("/(a)\\1/", "pattern_unsafe"), ("  ", None), ("x" * 201, "entry_too_long")],
)  # fmt: skip
def test_unusable_entries_are_refused_with_a_code(sealed_world, entry, code):
    rules = SafetyRulesService(sealed_world.profiles["staff"])
    if code is None:  # blank lines are dropped, not refused
        rules.set_words(PROGRAM_ID, "money_gifts", {"en": [entry, "bitcoin"]})
        words = {c.name: c for c in rules.categories(PROGRAM_ID)}["money_gifts"].words
        assert words["en"] == ("bitcoin",)
        return
    with pytest.raises(RulesSettingError) as refused:
        rules.set_words(PROGRAM_ID, "money_gifts", {"en": [entry]})
    assert refused.value.code == code


def test_locked_categories_and_unknown_actions_are_refused(sealed_world):
    rules = SafetyRulesService(sealed_world.profiles["staff"])
    for category, action, code in (("self_harm", "allow", "category_locked"),
                                   ("link", "block", "unknown_action"),
                                   ("weather", "flag", "unknown_category")):  # fmt: skip
        with pytest.raises(RulesSettingError) as refused:
            rules.set_action(PROGRAM_ID, category, action)
        assert refused.value.code == code


def test_a_pathological_pattern_cannot_hang_a_check_and_fails_closed(sealed_world):
    w = sealed_world
    rules = SafetyRulesService(w.profiles["staff"])
    rules.set_words(PROGRAM_ID, "violence_threats", {"en": ["/(\\w|\\w\\w)+\\d/"]})
    w.relay("staff", "mentor")
    # Without a time limit this search would run for longer than the universe has existed.
    verdict = w.services["mentor"].check(PAIR_ID, "ab" * 2000)
    assert verdict.action == "send"  # violence_threats is flagged: delivered...
    assert "violence_threats" in verdict.categories  # ...and staff are told


def test_a_pair_made_after_the_rules_changed_gets_them_from_a_staff_pc(sealed_world):
    from desktop.models.tables import Pair
    from desktop.services.safety_watch import SafetyWatch

    w = sealed_world
    staff = w.profiles["staff"]
    with staff.sessionmaker.begin() as s:  # the only pair is closed: nothing to copy into
        s.get(Pair, PAIR_ID).status = "closed"
    SafetyRulesService(staff).set_action(PROGRAM_ID, "link", "allow")
    w.relay("staff", "mentor")
    assert get_setting(w.profiles["mentor"], PROGRAM_ID, "safety.action.link", "flag") == "flag"
    with staff.sessionmaker.begin() as s:  # a new pair (reopened here) after the change
        s.get(Pair, PAIR_ID).status = "active"
    watch = SafetyWatch(staff)
    assert watch.spread_rules() == 1 and watch.spread_rules() == 0
    w.relay("staff", "mentor")
    assert get_setting(w.profiles["mentor"], PROGRAM_ID, "safety.action.link", "flag") == "allow"
