"""The server is blind: after a realistic scenario, no table holds any name, message or note.

Content is encrypted client-side with PyNaCl exactly as a client would; usernames are
people's real-looking names on purpose. Every column of every table is scanned (text and
bytes, also base64-decoded forms), and on SQLite the raw database and WAL files as well.
"""

from __future__ import annotations

import base64
from pathlib import Path

from sqlalchemy import MetaData, select

from tests.server.conftest import World
from tests.support.wire_actor import Actor

SECRETS = [
    "Amélie Tremblay",
    "Jérémie Okafor",
    "Nadia Côté-Bouchard",
    "On se voit jeudi à la bibliothèque de Rimouski",
    "My dad yelled again last night",
    "Note de suivi : anxiété scolaire, à surveiller",
    "Survey: I feel safe with my mentor 5/5",
    "Programme Jeunes Pousses Gaspésie",
]


def _needles() -> list[bytes]:
    out = []
    for text in SECRETS:
        raw = text.encode()
        out += [raw, text.casefold().encode(), base64.urlsafe_b64encode(raw).rstrip(b"=")[:12]]
        out += [base64.b64encode(raw)[:12], text.encode("utf-16-le")]
    return out


def _scan_value(value, needles: list[bytes]) -> list[bytes]:
    if value is None or isinstance(value, int | float | bool):
        return []
    data = bytes(value) if isinstance(value, bytes | memoryview) else str(value).encode()
    variants = [data, data.casefold() if isinstance(data, str) else data.lower()]
    try:
        variants.append(base64.urlsafe_b64decode(data + b"=" * (-len(data) % 4)))
    except ValueError:
        pass
    return [n for n in needles for v in variants if n.lower() in v.lower()]


def test_no_table_holds_names_messages_or_notes(world: World, settings):
    http = world.http
    prog = world.program(staff_name=SECRETS[2])
    mentor = world.member(prog, "mentor", SECRETS[0])
    mentee = world.member(prog, "mentee", SECRETS[1])
    pair_id, key = world.pair(prog, mentor, mentee)
    scope = f"pair:{pair_id}"
    staff_key = bytes(32)  # any key: only the ciphertext reaches the server
    assert mentor.push(http, [mentor.op(scope, SECRETS[3].encode(), key)]).status_code == 200
    assert mentee.push(http, [mentee.op(scope, SECRETS[4].encode(), key)]).status_code == 200
    note = prog.staff.op(
        f"program:{prog.program_id}", SECRETS[5].encode(), staff_key, entity="staff_note"
    )
    assert prog.staff.push(http, [note]).status_code == 200
    survey = mentee.op(f"person:{mentee.person_id}", SECRETS[6].encode(), key, entity="survey")
    assert mentee.push(http, [survey]).status_code == 200
    org_name = mentee.op(f"program:{prog.program_id}", SECRETS[7].encode(), staff_key)
    assert mentee.push(http, [org_name]).status_code == 200
    # Sign-in on another PC, and a failed sign-in with a name as username.
    Actor(mentor.username, passphrase=mentor.passphrase, salt=mentor.salt).login(http)
    http.post("/v1/login", json={"username": SECRETS[7], "auth_key": "AAAA"})
    http.post("/v1/prelogin", json={"username": SECRETS[1]})

    store = http.app.state.ctx.store
    reflected = MetaData()
    reflected.reflect(store.engine)
    needles = _needles()
    found = []
    rows_seen = 0
    with store.read() as conn:
        for table in reflected.sorted_tables:
            for row in conn.execute(select(table)):
                rows_seen += 1
                for column, value in row._mapping.items():
                    for hit in _scan_value(value, needles):
                        found.append(f"{table.name}.{column}: {hit!r}")
    assert rows_seen > 20, "the scan must actually see the scenario's rows"
    assert found == []
    if store.is_sqlite:
        for path in Path(settings.data_dir).glob("jumelage-server.db*"):
            blob = path.read_bytes().lower()
            assert not [n for n in needles if n.lower() in blob], path.name


def test_the_scan_would_notice_plaintext(world: World):
    """Guard for the test above: the same scan finds a name when one is stored in clear."""
    assert _scan_value(SECRETS[0], _needles())
    assert _scan_value(base64.urlsafe_b64encode(SECRETS[4].encode()), _needles())
    assert not _scan_value("p_0123abcd", _needles())
