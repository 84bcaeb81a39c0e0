"""The demo organisation: five real encrypted profiles, and not one readable name on disk.

The scan reads every file name and every byte of every file under the data directory
(database, -wal, -shm, profile and install files, anything else) for each demo name,
username, the organisation name and every message text, in UTF-8, UTF-16-LE and UTF-16-BE,
as written, lower- and upper-case, composed and decomposed.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models.tables import Meeting, Message, Pair, Person, Program
from desktop.services.demo import ACCOUNTS, PAIRS, PROGRAM_NAME, create_demo
from desktop.services.profiles import ProfileDirectory
from desktop.vault.kdf import KdfParams
from tests.vault.helpers import snapshot

FAST = {"kdf_params_factory": KdfParams.fast_for_tests}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo")
    create_demo(data_dir, **FAST)
    return data_dir


def _needles() -> set[str]:
    words = {PROGRAM_NAME, "Jumelage (démo)"}
    for account in ACCOUNTS:
        words |= {account.display_name, account.username, *account.display_name.split()}
    for _pair_id, _mentor, _mentee, _kind, conversation in PAIRS:
        for *_when, text in conversation:
            words.add(text[:24])  # short enough to sit inside one database page
    return {word for word in words if len(word) >= 3}


def _encodings(word: str) -> set[bytes]:
    forms = set()
    for variant in {word, word.lower(), word.upper(), word.casefold(), word.title()}:
        for normal in ("NFC", "NFD"):
            text = unicodedata.normalize(normal, variant)
            for codec in ("utf-8", "utf-16-le", "utf-16-be"):
                forms.add(text.encode(codec))
    return forms


# In ciphertext (the database and its -wal/-shm) any 3-5 byte string turns up by chance
# (a 3-byte one about once per 16 MiB), so there only needles of 6 bytes or more count;
# the full names and message texts are all longer than that.
_CHANCE_BYTES = 6


def _leaks(data_dir: Path) -> list[tuple[str, str]]:
    needles = {word: _encodings(word) for word in _needles()}
    found = []
    for name, raw in snapshot(data_dir).items():
        shortest = _CHANCE_BYTES if Path(name).name.startswith("jumelage.db") else 1
        for word, forms in needles.items():
            if any(
                form in name.encode() or (len(form) >= shortest and form in raw) for form in forms
            ):
                found.append((name, word))
    return found


def test_scan_finds_plain_text_when_it_is_there(tmp_path: Path) -> None:
    (tmp_path / "log.txt").write_bytes("Dernier message : LÉA BOUCHARD".encode("utf-16-be"))
    (tmp_path / "jumelage.db-wal").write_bytes(b"marc" + PAIRS[0][4][1][3].encode())
    (tmp_path / "cache-lea").touch()
    leaks = _leaks(tmp_path)
    assert {("log.txt", "Léa Bouchard"), ("log.txt", "Léa"), ("cache-lea", "lea")} <= set(leaks)
    assert ("jumelage.db-wal", PAIRS[0][4][1][3][:24]) in leaks
    assert ("jumelage.db-wal", "marc") not in leaks  # too short to mean anything in ciphertext


def test_no_demo_name_or_message_in_any_file(demo_dir: Path) -> None:
    names = set(snapshot(demo_dir))
    assert {f"profiles/{a.person_id}/jumelage.db" for a in ACCOUNTS} <= names
    assert _leaks(demo_dir) == []


def test_no_plain_text_while_a_profile_is_open_and_writing(demo_dir: Path) -> None:
    profile = ProfileDirectory(demo_dir, **FAST).unlock("marc", "marc-demo")
    try:
        with profile.sessionmaker.begin() as session:
            message = session.scalars(select(Message).limit(1)).one()
            message.body = message.body + " (modifié)"
        wal = demo_dir / "profiles" / profile.person_id / "jumelage.db-wal"
        assert wal.exists() and wal.stat().st_size > 0
        assert _leaks(demo_dir) == []
    finally:
        profile.close()


def test_every_demo_account_opens_with_its_own_data(demo_dir: Path) -> None:
    directory = ProfileDirectory(demo_dir, **FAST)
    for account in ACCOUNTS:
        profile = directory.unlock(account.username, account.passphrase)
        try:
            assert (profile.role, profile.display_name) == (account.role, account.display_name)
            with profile.sessionmaker() as session:
                pairs = session.scalars(select(Pair)).all()
                assert session.scalar(select(Program.name)) == PROGRAM_NAME
                assert session.scalar(select(func.count()).select_from(Meeting)) == len(pairs)
                for pair in pairs:
                    ids = {pair.mentor_id, pair.mentee_id}
                    assert ids <= set(session.scalars(select(Person.id)))
                    bodies = session.scalars(
                        select(Message.body).where(Message.pair_id == pair.id)
                    ).all()
                    days = session.scalars(
                        select(func.date(Message.created_at)).where(Message.pair_id == pair.id)
                    ).all()
                    assert 10 <= len(bodies) <= 20
                    assert len(set(days)) >= 4
            if account.role == "staff":
                assert len(pairs) == 2
            else:
                assert len(pairs) == 1
                assert profile.person_id in {pairs[0].mentor_id, pairs[0].mentee_id}
        finally:
            profile.close()


def test_conversations_are_bilingual() -> None:
    texts = [text for pair in PAIRS for *_w, text in pair[4]]
    assert any("é" in text or "ç" in text for text in texts)
    assert any(" the " in f" {text} " for text in texts)
    people = {a.role for a in ACCOUNTS}
    assert people == {"staff", "mentor", "mentee"}
    assert sum(a.role == "mentor" for a in ACCOUNTS) == sum(a.role == "mentee" for a in ACCOUNTS)


def test_second_run_changes_nothing(demo_dir: Path) -> None:
    before = snapshot(demo_dir)
    accounts = create_demo(demo_dir, **FAST)
    assert [a.username for a in accounts] == [a.username for a in ACCOUNTS]
    assert snapshot(demo_dir) == before


def test_missing_demo_profile_is_made_again(tmp_path: Path) -> None:
    create_demo(tmp_path, **FAST)
    directory = ProfileDirectory(tmp_path, **FAST)
    directory.wipe(next(a.person_id for a in ACCOUNTS if a.username == "lea"))
    create_demo(tmp_path, **FAST)
    profile = directory.unlock("lea", "lea-demo")
    try:
        with profile.sessionmaker() as session:
            assert session.scalar(select(func.count()).select_from(Message)) == len(PAIRS[0][4])
    finally:
        profile.close()
