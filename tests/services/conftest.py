"""Fixtures for the messaging and search tests: a program with a pair, as three real profiles.

Mentor, mentee and staff each get their own SQLCipher profile (fast KDF), holding the pair,
the pair key and the people, as sync would have left them. `relay(src, dst)` carries the
ops queued in one profile's outbox into another, opened and applied exactly as the sync
engine does after a pull (without the server, which the integration tests add).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from desktop.models.tables import Pair, Person, Program
from desktop.services.messaging import MessagingService
from desktop.services.profiles import Profile, ProfileDirectory
from desktop.sync.apply import apply_ops
from desktop.sync.entities import mark_sent
from desktop.sync.keystore import put_directory, put_scope_key, scope_key
from desktop.sync.ops import open_op
from desktop.sync.outbox import acknowledge, pending
from desktop.vault.kdf import KdfParams

PAIR_ID = "pair1"
PROGRAM_ID = "prog1"
PAIR_KEY = os.urandom(32)
PASSPHRASE = "correct horse battery staple"
PEOPLE = {"mentor": ("m1", "Alex"), "mentee": ("e1", "Sam"), "staff": ("s1", "Dominique")}


class WordChecker:
    """The safety rules' interface over a tiny fixed word list (used until the real rules land).

    Same `check(text) -> result(action, categories)` contract as `desktop.safety.rules`.
    """

    def check(self, text: str) -> SimpleNamespace:
        low = text.lower()
        if "kill myself" in low or "me tuer" in low:
            return SimpleNamespace(action="urgent", categories=("self_harm",), findings=())
        if "@" in low or "514-" in low:
            return SimpleNamespace(action="nudge", categories=("contact_details",), findings=())
        if "meet me alone" in low:
            return SimpleNamespace(action="send", categories=("meeting_offline",), findings=())
        return SimpleNamespace(action="send", categories=(), findings=())


def checker() -> WordChecker:
    """Fixed words, so these tests do not depend on the wording of the rule lists."""
    return WordChecker()


CRISIS = {
    "en": [SimpleNamespace(name="9-8-8 Suicide Crisis Helpline", phone="988", text="988")],
    "fr": [
        SimpleNamespace(
            name="9-8-8 Ligne d'aide en cas de crise suicidaire", phone="988", text="988"
        )
    ],  # fmt: skip
}


@dataclass
class World:
    directory: ProfileDirectory
    profiles: dict[str, Profile]
    services: dict[str, MessagingService]

    def service(self, role: str, **kwargs) -> MessagingService:
        kwargs.setdefault("checker", checker())
        kwargs.setdefault("crisis", lambda lang: CRISIS[lang])
        return MessagingService.for_profile(self.profiles[role], **kwargs)

    def reopen(self, role: str) -> Profile:
        """Lock and unlock: the database is closed and opened again with the passphrase."""
        self.profiles[role].close()
        self.profiles[role] = self.directory.unlock(role, PASSPHRASE)
        self.services[role] = self.service(role)
        return self.profiles[role]

    def relay(self, src: str, *dsts: str) -> int:
        """Deliver `src`'s queued ops to each of `dsts` as a push and pulls would."""
        with self.profiles[src].sessionmaker.begin() as s:
            envs = pending(s)
            acknowledge(s, [e.op_id for e in envs])
            mark_sent(s, [e.op_id for e in envs])
        for dst in dsts:
            with self.profiles[dst].sessionmaker.begin() as d:
                ops = [open_op(e, scope_key(d, e.scope, e.key_id)[1]) for e in envs]
                apply_ops(d, ops)
        return len(envs)


def seed(profile: Profile, policies: dict) -> None:
    with profile.sessionmaker.begin() as s:
        s.add(Program(id=PROGRAM_ID, organisation_id="org", name="Programme", policies=policies))
        for role, (pid, name) in PEOPLE.items():
            if pid != profile.person_id:
                s.add(Person(id=pid, role=role, display_name=name, program_id=PROGRAM_ID))
            put_directory(s, pid, role, b"\0" * 32, b"\0" * 32)
        s.add(Pair(id=PAIR_ID, program_id=PROGRAM_ID, mentor_id="m1", mentee_id="e1"))
        put_scope_key(s, f"pair:{PAIR_ID}", 1, PAIR_KEY)


@pytest.fixture
def world_factory(tmp_path) -> Iterator:
    made: list[World] = []

    def make(policies: dict | None = None) -> World:
        directory = ProfileDirectory(
            tmp_path / f"world{len(made)}", kdf_params_factory=KdfParams.fast_for_tests
        )
        profiles = {}
        for role, (pid, name) in PEOPLE.items():
            profiles[role] = directory.create(username=role, passphrase=PASSPHRASE,
                                              display_name=name, role=role, person_id=pid,
                                              program_id=PROGRAM_ID)  # fmt: skip
            seed(profiles[role], policies or {})
        world = World(directory, profiles, {})
        world.services = {role: world.service(role) for role in profiles}
        made.append(world)
        return world

    yield make
    for world in made:
        for profile in world.profiles.values():
            profile.close()


@pytest.fixture
def world(world_factory) -> World:
    return world_factory({"review_categories": ["meeting_offline"]})
