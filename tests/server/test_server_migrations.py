"""The server's schema revisions, on SQLite and PostgreSQL.

A database made by the previous release (fixtures/, made by `make_previous_release.py`
running that release's code) is migrated by `jumelage-server migrate` and then serves its
people, keys and messages as before; `migrate` twice is a no-op; a database newer than the
code is refused untouched with its own exit code; the revisions, run one by one, build
exactly what `tables.py` creates at head.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from nacl.public import PrivateKey, SealedBox
from nacl.secret import SecretBox
from nacl.signing import SigningKey
from sqlalchemy import func, inspect, select, text
from starlette.testclient import TestClient

from jumelage_protocol import OpEnvelope
from sync_server import schema
from sync_server import tables as t
from sync_server.__main__ import EXIT_DATABASE_NEWER, EXIT_NEEDS_MIGRATION, main
from sync_server.app import create_app
from sync_server.codec import unb64
from sync_server.store import Store
from tests.server.conftest import make_settings
from tests.support.fixtures import create_pg_database, drop_pg_database
from tests.support.server import REPO_ROOT, _env, free_port
from tests.support.wire_actor import Actor

FIXTURES = Path(__file__).with_name("fixtures")
MANIFEST = json.loads((FIXTURES / "previous_release.json").read_text(encoding="utf-8"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The SQLAlchemy URL of a database with nothing in it (its own, for this test)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'jumelage-server.db'}"
        return
    made = create_pg_database()
    if made is None:
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432 (trust auth)")
    url, admin = made
    try:
        yield url
    finally:
        drop_pg_database(url, admin)


def _kind(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgres"


def load_previous_release(url: str) -> dict:
    """Fill the empty database at `url` with the previous release's; return its manifest."""
    if _kind(url) == "sqlite":
        shutil.copyfile(FIXTURES / "previous_release.sqlite3", url.removeprefix("sqlite:///"))
    else:
        import psycopg

        dump = (FIXTURES / "previous_release.postgres.sql").read_text(encoding="utf-8")
        with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute(dump)
    return MANIFEST[_kind(url)]


def revision_and_counts(store: Store) -> tuple[str | None, dict[str, int]]:
    with store.read() as conn:
        counts = {
            table.name: conn.scalar(select(func.count()).select_from(table))
            for table in t.metadata.sorted_tables
        }
        return schema.current_revision(conn), counts


def schema_drift(store: Store) -> list:
    """What differs between the database and `tables.py` (empty when they agree)."""
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(context, t.metadata)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def sign_in_as(http: TestClient, person: dict) -> Actor:
    """Sign in as a client on a new PC would: log in, then unwrap our own private keys."""
    actor = Actor(person["username"], passphrase=person["passphrase"], salt=unb64(person["salt"]))
    info = actor.login(http)
    private = SecretBox(actor.kek).decrypt(unb64(info["keys"]["wrapped_private"]))
    actor.box, actor.sign = PrivateKey(private[:32]), SigningKey(private[32:])
    return actor


def pair_key(http: TestClient, actor: Actor, scope: str) -> bytes:
    grants = http.get("/v1/keys/grants", params={"scope": scope}, headers=actor.headers)
    assert grants.status_code == 200, grants.text
    (grant,) = grants.json()
    return SealedBox(actor.box).decrypt(unb64(grant["sealed_key"]))


def read_pair(http: TestClient, actor: Actor, scope: str) -> list[tuple[int, str, str]]:
    """The scope's ops as (seq, author, decrypted text), with the key sealed to `actor`."""
    key = pair_key(http, actor, scope)
    page = actor.pull(http, scope)
    assert page.status_code == 200, page.text
    return [
        (
            stored["seq"],
            stored["op"]["author"],
            SecretBox(key).decrypt(unb64(stored["op"]["body"])).decode(),
        )
        for stored in page.json()["ops"]
    ]


def test_previous_release_is_migrated_then_serves_its_data(empty_database, tmp_path, capsys):
    before = load_previous_release(empty_database)
    store = Store(empty_database)
    try:
        revision, counts = revision_and_counts(store)
        assert revision == schema.PRE_ALEMBIC
        assert counts["ops"] == len(before["messages"]) + 1

        code, out, err = cli(capsys, "migrate", "--database-url", empty_database)
        assert (code, err) == (0, "")
        assert f"from the first release to revision {schema.head_revision()}" in out
        assert revision_and_counts(store) == (schema.head_revision(), counts)
        assert schema_drift(store) == []

        code, out, _ = cli(capsys, "migrate", "--database-url", empty_database)
        assert code == 0 and "nothing to do" in out
        assert revision_and_counts(store) == (schema.head_revision(), counts)
    finally:
        store.close()

    settings = make_settings(tmp_path, empty_database)
    with TestClient(create_app(settings), raise_server_exceptions=False) as http:
        people = {p["username"]: p for p in before["people"]}
        scope = before["pair_scope"]
        expected = [
            (seq, m["author"], m["text"]) for seq, m in enumerate(before["messages"], start=1)
        ]
        mentor = sign_in_as(http, people["mentor1"])
        assert read_pair(http, mentor, scope) == expected
        assert read_pair(http, sign_in_as(http, people["mentee1"]), scope) == expected
        assert sign_in_as(http, people["staff1"]).role == "staff"

        # op ids and the scope's head carried over: a replay is a duplicate, a new op comes next
        first = OpEnvelope.model_validate(mentor.pull(http, scope).json()["ops"][0]["op"])
        replay = mentor.push(http, [first])
        assert replay.status_code == 200, replay.text
        assert replay.json()["duplicates"] == [first.op_id]
        new = mentor.op(scope, "Après la mise à jour".encode(), pair_key(http, mentor, scope))
        pushed = mentor.push(http, [new])
        assert pushed.status_code == 200, pushed.text
        assert pushed.json()["accepted"] == {new.op_id: len(expected) + 1}

        closed = f"pair:{before['closed_pair_id']}"  # still closed: readable, not writable
        assert mentor.pull(http, closed).json()["ops"][0]["op"]["author"] == mentor.person_id
        late = mentor.push(http, [mentor.op(closed, b"late", pair_key(http, mentor, closed))])
        assert late.status_code == 403 and late.json()["code"] == "pair_closed", late.text


def test_empty_database_is_created_at_head_in_one_step(empty_database):
    store = Store(empty_database)
    try:
        done = store.prepare_schema()
        assert (done.before, done.after, done.changed) == (None, schema.head_revision(), True)
        assert schema_drift(store) == []
        again = store.prepare_schema()
        assert (again.before, again.changed) == (schema.head_revision(), False)
    finally:
        store.close()


def test_revisions_one_by_one_build_what_tables_py_creates(empty_database):
    """What an integrator's new revision must keep true: migrating gives the head schema."""
    store = Store(empty_database)
    try:
        with store.engine.begin() as conn:
            command.upgrade(schema.alembic_config(conn), "head")
        with store.read() as conn:
            assert schema.current_revision(conn) == schema.head_revision()
        assert schema_drift(store) == []
    finally:
        store.close()


def test_serve_migrates_sqlite_itself_but_waits_for_migrate_on_postgres(
    empty_database, tmp_path, capsys
):
    load_previous_release(empty_database)
    store = Store(empty_database)
    before = revision_and_counts(store)
    settings = make_settings(tmp_path, empty_database)
    try:
        if _kind(empty_database) == "sqlite":  # one process owns the file: nothing to coordinate
            with TestClient(create_app(settings)) as http:
                assert http.get("/v1/residency").status_code == 200
            assert revision_and_counts(store) == (schema.head_revision(), before[1])
            return
        # several instances may share PostgreSQL: the operator migrates, before a rolling restart
        with pytest.raises(schema.SchemaNeedsMigration):
            create_app(settings)
        code, out, err = cli(
            capsys,
            "init",
            "--database-url",
            empty_database,
            "--organisation",
            "O",
            "--program",
            "P",
        )
        assert (code, out) == (EXIT_NEEDS_MIGRATION, "")
        assert "jumelage-server migrate" in err and "Nothing was changed" in err
        assert revision_and_counts(store) == before
    finally:
        store.close()


def test_database_newer_than_the_code_is_refused_untouched(empty_database, tmp_path, capsys):
    store = Store(empty_database)
    try:
        store.prepare_schema()
        with store.write() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        before = revision_and_counts(store)

        code, out, err = cli(capsys, "migrate", "--database-url", empty_database)
        assert (code, out) == (EXIT_DATABASE_NEWER, "")
        assert "newer version of jumelage-server" in err and "9999_future" in err

        target = ["--database-url", empty_database, "--data-dir", str(tmp_path)]
        code, out, err = cli(capsys, "serve", *target, "--port", str(free_port()))
        assert (code, out) == (EXIT_DATABASE_NEWER, "")
        assert "newer version of jumelage-server" in err
        if _kind(empty_database) == "sqlite":  # the exit status an operator's script sees
            serve = subprocess.run(
                [sys.executable, "-m", "sync_server", "serve", *target, "--port", "0"],
                cwd=REPO_ROOT, env=_env(), capture_output=True, text=True, timeout=60,
            )  # fmt: skip
            assert serve.returncode == EXIT_DATABASE_NEWER, serve.stderr
            assert "newer version of jumelage-server" in serve.stderr
            assert "Traceback" not in serve.stderr
        assert revision_and_counts(store) == before
    finally:
        store.close()


def test_instances_starting_together_on_an_empty_database_create_it_once(empty_database):
    """Several instances (issue 15) may start at once: the schema lock makes one create it."""
    stores = [Store(empty_database) for _ in range(4)]
    barrier = threading.Barrier(len(stores))

    def start(store: Store) -> schema.Outcome:
        barrier.wait()
        return store.prepare_schema()

    try:
        with ThreadPoolExecutor(len(stores)) as pool:
            outcomes = list(pool.map(start, stores))
        assert sorted(o.before is None for o in outcomes) == [False, False, False, True]
        assert schema_drift(stores[0]) == []
    finally:
        for store in stores:
            store.close()


FAILING_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"


def upgrade():
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("extra", sa.Integer(), nullable=True))
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    raise RuntimeError("this revision fails half-way")
"""


def test_a_failing_revision_leaves_the_database_as_it_was(empty_database, tmp_path, monkeypatch):
    store = Store(empty_database)
    try:
        store.prepare_schema()
        scripts = tmp_path / "migrations"
        shutil.copytree(schema.MIGRATIONS_DIR, scripts)
        failing = FAILING_REVISION.format(head=schema.head_revision())
        (scripts / "versions" / "9001_fails.py").write_text(failing, encoding="utf-8")
        monkeypatch.setattr(schema, "MIGRATIONS_DIR", scripts)
        schema._script.cache_clear()
        head = schema.head_revision()
        assert head == "9001"
        with pytest.raises(RuntimeError, match="fails half-way"):
            store.migrate()
        schema._script.cache_clear()
        monkeypatch.undo()
        with store.read() as conn:
            assert schema.current_revision(conn) == schema.head_revision() != head
            assert not inspect(conn).has_table("half_done")
        assert schema_drift(store) == []  # no `extra` column either
    finally:
        schema._script.cache_clear()
        store.close()
