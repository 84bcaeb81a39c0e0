"""Staff PCs re-check incoming messages with the program's current rules and raise flags.

Real profiles; the mentor's ops reach staff as a pull would apply them. A sender's PC with
lax rules (older, or hostile) is simulated by giving its service a checker that allows every
category it may: what staff then catch is what the re-check found on its own.
"""

from __future__ import annotations

import concurrent.futures
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import func, select

from desktop.models.rules_tables import SafetyChecked, SafetyFlag
from desktop.safety import SafetyChecker
from desktop.safety.ruleset import load_rule_set
from desktop.services.safety_rules import SafetyRulesService
from desktop.services.safety_watch import THREAD, SafetyWatch
from desktop.sync.entities import datetime_to_ms
from desktop.sync.outbox import record_change
from jumelage_protocol import Scope
from tests.services.conftest import PAIR_ID, PROGRAM_ID

DAY0 = datetime(2026, 11, 2, 18, 0, tzinfo=UTC)


def lax() -> SafetyChecker:
    """What a PC running none of today's rules would let through."""
    rules = load_rule_set()
    return SafetyChecker(rules, {n: "allow" for n, c in rules.categories.items()
                                 if not c.locked and c.severity != "urgent"})  # fmt: skip


def flags(world) -> list[SafetyFlag]:
    with world.profiles["staff"].sessionmaker() as s:
        return list(s.scalars(select(SafetyFlag).order_by(SafetyFlag.raised_at)))


def said_on(world, role: str, day: int, body: str) -> str:
    """A message written `day` days after DAY0 (as an offline PC would stamp it)."""
    profile = world.profiles[role]
    at = datetime_to_ms(DAY0 + timedelta(days=day))
    with profile.sessionmaker.begin() as s:
        return record_change(s, scope=Scope.pair(PAIR_ID), entity="message",
                             author=profile.person_id,
                             fields={"body": body, "created_at": at})  # fmt: skip


def test_a_flagged_message_is_delivered_and_raises_one_flag(sealed_world):
    w = sealed_world
    sent = w.services["mentor"].send(PAIR_ID, "on pourrait fumer un joint samedi")
    assert sent.state == "pending"  # drugs and alcohol are flagged: delivered
    w.services["mentor"].send(PAIR_ID, "bonne fin de semaine!")
    w.relay("mentor", "mentee", "staff")
    watch = SafetyWatch(w.profiles["staff"])
    (raised,) = watch.recheck()
    (flag,) = flags(w)
    assert (flag.id, flag.pair_id, flag.message_ids) == (raised, PAIR_ID, [sent.id])
    assert (flag.category, flag.state, flag.program_id) == ("drugs_alcohol", "open", PROGRAM_ID)
    assert flag.rule.startswith("words.drugs_alcohol.fr.")
    assert watch.recheck() == []  # each message is checked once
    with w.profiles["staff"].sessionmaker() as s:
        assert s.scalar(select(func.count()).select_from(SafetyChecked)) == 2


def test_a_lax_senders_phone_number_is_caught_by_staff(sealed_world):
    w = sealed_world
    mentor = w.service("mentor", checker=lax())
    sent = mentor.send(PAIR_ID, "texte-moi au 514 555 0199")
    assert sent.state == "pending"  # his PC let it through
    w.relay("mentor", "mentee", "staff")
    SafetyWatch(w.profiles["staff"]).recheck()
    assert sorted((f.category, f.message_ids) for f in flags(w)) == [
        ("contact_phone", [sent.id]),
        ("move_app", [sent.id]),
    ]


def test_held_messages_raise_no_second_item_and_members_raise_nothing(sealed_world):
    w = sealed_world
    held = w.services["mentor"].send(PAIR_ID, "envoie-moi une photo de toi")
    assert held.state == "held"
    w.relay("mentor", "mentee", "staff")
    assert SafetyWatch(w.profiles["mentee"]).recheck() == []  # only staff re-check
    assert SafetyWatch(w.profiles["staff"]).recheck() == []
    assert flags(w) == []


def test_the_program_rules_in_force_are_the_ones_rechecked(sealed_world):
    w = sealed_world
    SafetyRulesService(w.profiles["staff"]).set_words(PROGRAM_ID, "money_gifts",
                                                      {"fr": ["bitcoin*"]})  # fmt: skip
    mentor = w.service("mentor", checker=lax())  # an old PC, without the program's words
    sent = mentor.send(PAIR_ID, "je peux t'envoyer des bitcoins")
    w.relay("mentor", "mentee", "staff")
    SafetyWatch(w.profiles["staff"]).recheck()
    assert [(f.category, f.message_ids) for f in flags(w)] == [("money_gifts", [sent.id])]


def test_a_build_up_over_days_raises_one_item_that_grows(sealed_world):
    w = sealed_world
    watch = SafetyWatch(w.profiles["staff"])
    first = said_on(w, "mentor", 0, "t'es vraiment mature pour ton âge. c'est notre secret ok")
    said_on(w, "mentor", 2, "ton match de soccer était bon?")
    w.relay("mentor", "staff")
    watch.recheck()
    assert [f.category for f in flags(w)] == ["secrecy"]  # one signal: no thread item yet
    second = said_on(w, "mentor", 5, "ajoute-moi sur snap, c'est plus simple")
    w.relay("mentor", "staff")
    watch.recheck()
    (thread,) = [f for f in flags(w) if f.category == THREAD]
    assert thread.message_ids == [first, second] and thread.score == 5
    third = said_on(w, "mentor", 9, "send me a pic of you after practice")
    w.relay("mentor", "staff")
    watch.recheck()
    (grown,) = [f for f in flags(w) if f.category == THREAD]
    assert grown.id == thread.id and grown.message_ids == [first, second, third]
    assert grown.score == 7
    with w.profiles["staff"].sessionmaker.begin() as s:  # staff decide on it
        record_change(s, scope=Scope.program(PROGRAM_ID), entity="safety_flag", author="s1",
                      fields={"state": "escalated"}, entity_id=thread.id)  # fmt: skip
    said_on(w, "mentor", 10, "c'est entre nous")
    w.relay("mentor", "staff")
    watch.recheck()
    threads = [f for f in flags(w) if f.category == THREAD]
    assert [f.state for f in threads] == ["escalated"]  # a lone new signal starts over


def test_the_mentees_words_do_not_add_to_the_mentors_score(sealed_world):
    w = sealed_world
    said_on(w, "mentor", 0, "c'est notre secret")
    said_on(w, "mentee", 1, "ajoute-moi sur snap")
    said_on(w, "mentee", 2, "envoie-moi une photo de ton chien")
    w.relay("mentor", "staff")
    w.relay("mentee", "staff")
    SafetyWatch(w.profiles["staff"]).recheck()
    assert THREAD not in {f.category for f in flags(w)}
    assert len({f.category for f in flags(w)}) == 3


def test_without_the_program_key_messages_wait_for_a_later_check(world):
    w = world  # nobody holds the staff key yet
    w.services["mentor"].send(PAIR_ID, "on pourrait fumer un joint samedi")
    w.relay("mentor", "staff")
    assert SafetyWatch(w.profiles["staff"]).recheck() == []
    with w.profiles["staff"].sessionmaker() as s:
        assert s.scalar(select(func.count()).select_from(SafetyChecked)) == 0


def test_after_a_sync_round_the_recheck_runs_in_batches_on_the_writer(sealed_world):
    w = sealed_world
    for i in range(5):
        said_on(w, "mentee", 0, f"j'ai bu de la vodka {i}")
    w.relay("mentee", "staff")
    writer = concurrent.futures.ThreadPoolExecutor(1)
    watch = SafetyWatch(w.profiles["staff"], submit=writer.submit, batch=2)
    assert watch.on_sync_status(SimpleNamespace(state="syncing")) == []
    watch.on_sync_status(SimpleNamespace(state="synced"))
    assert watch._queued.acquire(timeout=60)  # the chain of batches has ended (bounds a hang)
    writer.shutdown(wait=True)
    assert len(flags(w)) == 5
