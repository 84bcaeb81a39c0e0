"""Fixtures for the messaging and search tests: a program with a pair, as three real profiles.

Mentor, mentee and staff each get their own SQLCipher profile (fast KDF), holding the pair,
the pair key and the people, as sync would have left them, and the real `SafetyChecker` and
crisis resources. `relay(src, dst)` carries the
ops queued in one profile's outbox into another, opened and applied exactly as the sync
engine does after a pull (without the server, which the integration tests add).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from desktop.models.tables import Pair, Person, Program
from desktop.safety import SafetyChecker
from desktop.services.messaging import MessagingService
from desktop.services.profiles import Profile, ProfileDirectory
from desktop.sync.apply import apply_ops
from desktop.sync.entities import mark_sent
from desktop.sync.keystore import (
    put_directory,
    put_scope_key,
    put_staff_public,
    scope_key,
    staff_secrets,
)
from desktop.sync.ops import open_op, open_sealed_op
from desktop.sync.outbox import acknowledge, pending
from desktop.vault.envelope import EnvelopeError
from desktop.vault.kdf import KdfParams
from desktop.vault.keys import new_staff_key, program_op_key, staff_public
from jumelage_protocol import Scope, ScopeKind

PAIR_ID = "pair1"
PROGRAM_ID = "prog1"
PAIR_KEY = os.urandom(32)
PASSPHRASE = "correct horse battery staple"
PEOPLE = {"mentor": ("m1", "Alex"), "mentee": ("e1", "Sam"), "staff": ("s1", "Dominique")}


_CHECKER: SafetyChecker | None = None


def checker() -> SafetyChecker:
    """The real safety rules (FR/EN rule files), built once per test session."""
    global _CHECKER
    if _CHECKER is None:
        _CHECKER = SafetyChecker()
    return _CHECKER


# Texts the real rules classify (asserted in test_messaging so a rule change shows up there).
HELD_TEXT = "let us meet alone, dont tell your parents"  # secrecy: held for review
CONTACT_TEXT = "write me at sam@example.org"  # contact details: held for review
URGENT_TEXT = "some days I want to kill myself"  # self-harm: delivered, staff alerted


@dataclass
class World:
    directory: ProfileDirectory
    profiles: dict[str, Profile]
    services: dict[str, MessagingService]

    def service(self, role: str, **kwargs) -> MessagingService:
        kwargs.setdefault("checker", checker())
        return MessagingService.for_profile(self.profiles[role], **kwargs)

    def reopen(self, role: str) -> Profile:
        """Lock and unlock: the database is closed and opened again with the passphrase."""
        self.profiles[role].close()
        self.profiles[role] = self.directory.unlock(role, PASSPHRASE)
        self.services[role] = self.service(role)
        return self.profiles[role]

    def relay(self, src: str, *dsts: str) -> int:
        """Deliver `src`'s queued ops to each of `dsts` as a push and pulls would: program
        scope ops reach staff only, opened with the scope key or, if sealed, the staff key."""
        with self.profiles[src].sessionmaker.begin() as s:
            envs = pending(s)
            acknowledge(s, [e.op_id for e in envs])
            mark_sent(s, [e.op_id for e in envs])
        for dst in dsts:
            with self.profiles[dst].sessionmaker.begin() as d:
                mine = [e for e in envs if dst == "staff" or e.scope.kind is ScopeKind.PAIR]
                ops = [_open(d, e) for e in mine]
                apply_ops(d, ops)
        return len(envs)


def _open(session, env):
    if env.scope.kind is ScopeKind.PROGRAM:
        try:
            return open_op(env, scope_key(session, env.scope, env.key_id)[1])
        except EnvelopeError:
            return open_sealed_op(env, staff_secrets(session)[(env.scope, env.key_id)])
    return open_op(env, scope_key(session, env.scope, env.key_id)[1])


STAFF_SECRET = bytes(new_staff_key())


def seed(profile: Profile, policies: dict, *, staff_key: bool = False) -> None:
    with profile.sessionmaker.begin() as s:
        s.add(Program(id=PROGRAM_ID, organisation_id="org", name="Programme", policies=policies))
        for role, (pid, name) in PEOPLE.items():
            if pid != profile.person_id:
                s.add(Person(id=pid, role=role, display_name=name, program_id=PROGRAM_ID))
            put_directory(s, pid, role, b"\0" * 32, b"\0" * 32)
        s.add(Pair(id=PAIR_ID, program_id=PROGRAM_ID, mentor_id="m1", mentee_id="e1"))
        put_scope_key(s, Scope.pair(PAIR_ID), 1, PAIR_KEY)
        if staff_key:  # as sync leaves it: staff hold the private half, members the public
            if profile.person_id == PEOPLE["staff"][0]:
                put_scope_key(s, Scope.program(PROGRAM_ID), 1, program_op_key(STAFF_SECRET),
                              secret=STAFF_SECRET)  # fmt: skip
            put_staff_public(s, PROGRAM_ID, 1, staff_public(STAFF_SECRET))


@pytest.fixture
def world_factory(tmp_path) -> Iterator:
    made: list[World] = []

    def make(policies: dict | None = None, *, staff_key: bool = False) -> World:
        directory = ProfileDirectory(
            tmp_path / f"world{len(made)}", kdf_params_factory=KdfParams.fast_for_tests
        )
        profiles = {}
        for role, (pid, name) in PEOPLE.items():
            profiles[role] = directory.create(username=role, passphrase=PASSPHRASE,
                                              display_name=name, role=role, person_id=pid,
                                              program_id=PROGRAM_ID)  # fmt: skip
            seed(profiles[role], policies or {}, staff_key=staff_key)
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
    return world_factory({})


@pytest.fixture
def sealed_world(world_factory) -> World:
    """Members hold the program staff key's public half: held messages and reports are
    sealed to staff in the program scope."""
    return world_factory({}, staff_key=True)
