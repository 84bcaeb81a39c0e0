"""The demo organisation, made through a real sync server: five encrypted profiles whose
messages reached each other through the server, and not one readable name on disk.

The scan reads every file name and every byte of every file under the data directory
(profile databases, -wal, -shm, profile and install files, and the server's own database,
config and log) for each demo name, username, the organisation name and every message
text, in UTF-8, UTF-16-LE and UTF-16-BE, as written, lower- and upper-case, composed and
decomposed.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models.tables import Meeting, Message, Pair, Person
from desktop.services.demo import ACCOUNTS, HELD, PAIRS, PROGRAM_NAME, create_demo
from desktop.services.messaging import MessagingService
from desktop.services.profiles import ProfileDirectory
from desktop.vault.kdf import KdfParams
from tests.support.server import RunningServer, start_server
from tests.vault.helpers import snapshot

FAST = {"kdf_params_factory": KdfParams.fast_for_tests}


def _init(server: RunningServer):
    def init() -> tuple[str, str]:
        made = server.init_program()
        return made["program_id"], made["invite_code"]

    return init


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    """The demo data dir, with the server's folder inside it as the app lays it out."""
    data_dir = tmp_path_factory.mktemp("demo")
    server = start_server(data_dir)  # its database lives in data_dir/server
    try:
        accounts = create_demo(data_dir, server_url=server.base_url, init_program=_init(server),
                               **FAST)  # fmt: skip
        yield data_dir, server, accounts
    finally:
        server.stop()


def _needles() -> set[str]:
    words = {PROGRAM_NAME, "Jumelage (démo)", HELD[-1][:24]}
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


# In ciphertext (the databases and their -wal/-shm) any 3-5 byte string turns up by chance
# (a 3-byte one about once per 16 MiB; in base64 text far more often), so there only needles
# of 6 bytes or more count; the full names and message texts are all longer than that.
_CHANCE_BYTES = 6


def _holds_ciphertext(name: str) -> bool:
    base = Path(name).name
    return base.startswith("jumelage.db") or base.startswith("jumelage-server.db")


def _leaks(data_dir: Path) -> list[tuple[str, str]]:
    needles = {word: _encodings(word) for word in _needles()}
    found = []
    for name, raw in snapshot(data_dir).items():
        shortest = _CHANCE_BYTES if _holds_ciphertext(name) else 1
        for word, forms in needles.items():
            if any(
                form in name.encode() or (len(form) >= shortest and form in raw) for form in forms
            ):
                found.append((name, word))
    return found


def test_scan_finds_plain_text_when_it_is_there(tmp_path: Path) -> None:
    (tmp_path / "log.txt").write_bytes("Dernier message : LÉA BOUCHARD".encode("utf-16-be"))
    (tmp_path / "jumelage.db-wal").write_bytes(b"marc" + PAIRS[0][4][1][3].encode())
    (tmp_path / "jumelage-server.db").write_bytes(HELD[-1].encode())
    (tmp_path / "cache-lea").touch()
    leaks = _leaks(tmp_path)
    assert {("log.txt", "Léa Bouchard"), ("log.txt", "Léa"), ("cache-lea", "lea")} <= set(leaks)
    assert ("jumelage.db-wal", PAIRS[0][4][1][3][:24]) in leaks
    assert ("jumelage-server.db", HELD[-1][:24]) in leaks
    assert ("jumelage.db-wal", "marc") not in leaks  # too short to mean anything in ciphertext


def test_no_demo_name_or_message_in_any_file_including_the_servers(demo) -> None:
    data_dir, _server, accounts = demo
    names = set(snapshot(data_dir))
    assert {f"profiles/{a.person_id}/jumelage.db" for a in accounts} <= names
    assert "server/jumelage-server.db" in names
    assert _leaks(data_dir) == []


def test_no_plain_text_while_a_profile_is_open_and_writing(demo) -> None:
    data_dir = demo[0]
    profile = ProfileDirectory(data_dir, **FAST).unlock("marc", "marc-demo")
    try:
        with profile.sessionmaker.begin() as session:
            message = session.scalars(select(Message).limit(1)).one()
            message.body = message.body + " (modifié)"
        wal = data_dir / "profiles" / profile.person_id / "jumelage.db-wal"
        assert wal.exists() and wal.stat().st_size > 0
        assert _leaks(data_dir) == []
    finally:
        profile.close()


def test_each_person_holds_their_pairs_with_both_sides_of_the_conversation(demo) -> None:
    data_dir, _server, accounts = demo
    directory = ProfileDirectory(data_dir, **FAST)
    for account in accounts:
        profile = directory.unlock(account.username, account.passphrase)
        try:
            assert (profile.role, profile.display_name) == (account.role, account.display_name)
            with profile.sessionmaker() as session:
                pairs = session.scalars(select(Pair)).all()
                assert len(pairs) == (2 if account.role == "staff" else 1)
                for pair in pairs:
                    authors = set(session.scalars(
                        select(Message.author_id).where(Message.pair_id == pair.id)))  # fmt: skip
                    assert authors == {pair.mentor_id, pair.mentee_id}  # synced from the other
                    names = set(session.scalars(select(Person.display_name).where(
                        Person.id.in_(authors))))  # fmt: skip
                    assert len(names) == 2 and "?" not in names
                    days = session.scalars(select(func.date(Message.created_at)).where(
                        Message.pair_id == pair.id)).all()  # fmt: skip
                    assert 10 <= len(days) <= 20 and len(set(days)) >= 4
                    meetings = session.scalar(select(func.count()).select_from(Meeting).where(
                        Meeting.pair_id == pair.id))  # fmt: skip
                    assert meetings == 2
                if account.role != "staff":
                    assert profile.person_id in {pairs[0].mentor_id, pairs[0].mentee_id}
        finally:
            profile.close()


def test_the_held_message_waits_for_staff_and_is_hidden_from_the_mentor(demo) -> None:
    data_dir, _server, _accounts = demo
    directory = ProfileDirectory(data_dir, **FAST)
    staff = directory.unlock("sophie", "sophie-demo")
    mentor = directory.unlock("priya", "priya-demo")
    try:
        held = MessagingService.for_profile(staff).held_messages()
        assert [h.body for h in held] == [HELD[-1]]
        assert held[0].author_name == "Jayden Thompson"
        service = MessagingService.for_profile(mentor)
        [pair] = service.conversations()
        assert HELD[-1] not in [m.body for m in service.latest(pair.pair_id, 100)]
    finally:
        staff.close()
        mentor.close()


def test_conversations_are_bilingual() -> None:
    texts = [text for pair in PAIRS for *_w, text in pair[4]]
    assert any("é" in text or "ç" in text for text in texts)
    assert any(" the " in f" {text} " for text in texts)
    people = {a.role for a in ACCOUNTS}
    assert people == {"staff", "mentor", "mentee"}
    assert sum(a.role == "mentor" for a in ACCOUNTS) == sum(a.role == "mentee" for a in ACCOUNTS)


def test_second_run_changes_nothing(demo) -> None:
    data_dir, server, accounts = demo
    before = {k: v for k, v in snapshot(data_dir).items() if not k.startswith("server/")}
    again = create_demo(data_dir, server_url=server.base_url,
                        init_program=lambda: pytest.fail("no new program"), **FAST)  # fmt: skip
    assert again == accounts
    after = {k: v for k, v in snapshot(data_dir).items() if not k.startswith("server/")}
    assert after == before


def test_missing_demo_profile_is_restored_from_the_server(demo) -> None:
    data_dir, server, accounts = demo
    directory = ProfileDirectory(data_dir, **FAST)
    lea = next(a for a in accounts if a.username == "lea")
    directory.wipe(lea.person_id)
    again = create_demo(data_dir, server_url=server.base_url,
                        init_program=lambda: pytest.fail("no new program"), **FAST)  # fmt: skip
    assert next(a for a in again if a.username == "lea").person_id == lea.person_id
    profile = directory.unlock("lea", "lea-demo")
    try:
        assert profile.display_name == "Léa Bouchard"
        with profile.sessionmaker() as session:
            count = session.scalar(select(func.count()).select_from(Message))
        assert count == len(PAIRS[0][4])
    finally:
        profile.close()


def test_staff_see_the_demo_training_and_starting_survey(demo) -> None:
    from desktop.services.demo import BASELINE, TRAINING_DONE
    from desktop.services.surveys import list_surveys, survey_results
    from desktop.services.training import program_progress

    data_dir, _server, _accounts = demo
    staff = ProfileDirectory(data_dir, **FAST).unlock("sophie", "sophie-demo")
    try:
        names = {a.display_name: a.username for a in ACCOUNTS}
        progress = program_progress(staff, staff.program_id or "")
        assert {names[p.display_name]: p.required_done for p in progress} == TRAINING_DONE
        baseline = next(s for s in list_surveys("en") if s.id == "baseline")
        results = survey_results(staff, baseline)
        assert results.respondents == len(BASELINE)
        assert {q.question_id: q.answered for q in results.questions}["online_comfort"] == 4
    finally:
        staff.close()
