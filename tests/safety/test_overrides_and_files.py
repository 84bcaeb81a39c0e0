"""Program overrides, allow-lists and the handling of broken rule files."""

import json
import shutil

import pytest

from desktop.resources import BUNDLED
from desktop.safety.rules import SafetyChecker
from desktop.safety.ruleset import SafetyRulesError, expand_pattern, load_rule_set


def test_contact_details_are_held_by_default_and_a_program_may_only_flag_them():
    held = SafetyChecker().check("appelle-moi au 514-555-1234")
    assert held.action == "review" and held.needs_review
    checker = SafetyChecker(overrides={"contact_phone": "flag"})
    result = checker.check("appelle-moi au 514-555-1234")
    assert result.action == "flag" and result.flagged and not result.needs_review
    assert [f.severity for f in result.findings] == ["flag"]
    assert checker.categories["contact_phone"] == "flag"
    assert checker.categories["contact_email"] == "review"


def test_an_allowed_category_is_not_checked():
    checker = SafetyChecker(overrides={"drugs_alcohol": "allow"})
    assert SafetyChecker().check("on va fumer un joint").action == "flag"
    assert checker.check("on va fumer un joint").action == "send"


def test_urgent_and_review_together_keep_the_hold():
    checker = SafetyChecker(overrides={"contact_phone": "review"})
    result = checker.check("je veux mourir, appelle-moi au 514-555-1234")
    assert result.action == "urgent"
    assert result.needs_review
    assert result.categories == {"self_harm", "contact_phone"}


def test_self_harm_cannot_be_lowered():
    with pytest.raises(SafetyRulesError) as err:
        SafetyChecker(overrides={"self_harm": "nudge"})
    assert err.value.code == "override_locked"


@pytest.mark.parametrize(
    ("overrides", "code"),
    [({"weather": "review"}, "unknown_category"), ({"link": "block"}, "unknown_action")],
)
def test_bad_overrides_are_refused_with_a_code(overrides, code):
    with pytest.raises(SafetyRulesError) as err:
        SafetyChecker(overrides=overrides)
    assert err.value.code == code


def test_program_allowed_domain_is_not_a_link():
    text = "regarde www.monprogramme.ca/activites"
    assert SafetyChecker().check(text).categories == {"link"}
    allowed = SafetyChecker(allow_domains=["monprogramme.ca"])
    assert allowed.check(text).action == "send"


def test_nothing_found_means_send(checker):
    result = checker.check("Bonne chance pour ton examen demain!")
    assert result.action == "send" and result.findings == () and not result.categories


def test_expand_pattern_shorthand():
    assert expand_pattern("a b") == r"a[\s\-_.]+b"
    assert expand_pattern("my~self") == r"my[\s\-_.]*self"
    assert expand_pattern("j'ai") == r"j['\s]?ai"
    assert expand_pattern("[a' ]x") == "[a' ]x"


@pytest.fixture
def rules_copy(tmp_path):
    target = tmp_path / "safety"
    shutil.copytree(BUNDLED.path("safety"), target)
    return target


def test_broken_json_gives_a_clear_code(rules_copy):
    (rules_copy / "rules_fr.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(SafetyRulesError) as err:
        load_rule_set(rules_copy)
    assert err.value.code == "rules_unreadable"
    assert "rules_fr.json" in str(err.value)


def test_bad_regex_names_the_rule(rules_copy):
    data = {"rules": [{"id": "x.bad", "category": "link", "pattern": "(unclosed"}]}
    (rules_copy / "rules_extra.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SafetyRulesError) as err:
        load_rule_set(rules_copy)
    assert err.value.code == "rule_invalid" and "x.bad" in err.value.detail


def test_unknown_category_in_rule_file(rules_copy):
    data = {"rules": [{"id": "x.cat", "category": "gossip", "pattern": "abc"}]}
    (rules_copy / "rules_extra.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SafetyRulesError) as err:
        load_rule_set(rules_copy)
    assert err.value.code == "unknown_category"


def test_missing_directory(tmp_path):
    with pytest.raises(SafetyRulesError) as err:
        load_rule_set(tmp_path / "nowhere")
    assert err.value.code == "rules_missing"


def test_extra_rule_file_is_picked_up(rules_copy):
    data = {"rules": [{"id": "x.word", "category": "link", "pattern": "zorglub"}]}
    (rules_copy / "rules_extra.json").write_text(json.dumps(data), encoding="utf-8")
    checker = SafetyChecker(load_rule_set(rules_copy))
    (finding,) = checker.check("un zorglub ici").findings
    assert finding.rule_id == "x.word" and finding.category == "link"
