"""A staff profile holding three pairs of one program, for the dashboard and report pages.

A real SQLCipher profile (fast key derivation) with its rows written as sync would have left
them (like tests/services/conftest.py's seed): "busy" talks every day, "quiet" stopped 24 days
ago, "never" has not started. Import the `staff` fixture into a test module.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desktop.models.tables import Message, Pair, Person, Program
from desktop.services.profiles import Profile, ProfileDirectory
from desktop.sync.keystore import put_scope_key
from desktop.vault.kdf import KdfParams
from jumelage_protocol import Scope

NOW = datetime.now(UTC)
# pair id, mentor, mentee, days ago of each message (mentor, mentee alternate)
PAIRS = (
    ("busy", "Alice", "Bruno", [1, 2, 3, 4, 5, 6]),
    ("quiet", "Chantal", "Dario", [25, 24]),
    ("never", "Émile", "Farah", []),
)


@pytest.fixture
def staff(tmp_path) -> Iterator[Profile]:
    directory = ProfileDirectory(tmp_path / "pc", kdf_params_factory=KdfParams.fast_for_tests)
    profile = directory.create(username="staff", passphrase="correct horse battery staple",
                               display_name="Dominique", role="staff", person_id="s1",
                               program_id="prog")  # fmt: skip
    with profile.sessionmaker.begin() as s:
        s.add(Program(id="prog", organisation_id="org", name="Programme", policies={}))
        put_scope_key(s, Scope.program("prog"), 1, os.urandom(32))  # staff hold the program key
        for pair_id, mentor, mentee, days in PAIRS:
            s.add(Person(id=f"{pair_id}-m", role="mentor", display_name=mentor, program_id="prog"))
            s.add(Person(id=f"{pair_id}-e", role="mentee", display_name=mentee, program_id="prog"))
            s.add(Pair(id=pair_id, program_id="prog", mentor_id=f"{pair_id}-m",
                       mentee_id=f"{pair_id}-e", matched_at=NOW - timedelta(days=60)))  # fmt: skip
            s.flush()
            for i, ago in enumerate(days):
                author = f"{pair_id}-m" if i % 2 == 0 else f"{pair_id}-e"
                s.add(Message(id=f"{pair_id}-{i}", pair_id=pair_id, author_id=author, body="Salut",
                              hlc=f"{i:04d}", created_at=NOW - timedelta(days=ago),
                              state="sent"))  # fmt: skip
    yield profile
    profile.close()
