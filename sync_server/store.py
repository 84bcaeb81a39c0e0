"""The server's storage: engine set-up (SQLite WAL or PostgreSQL) and account/membership queries.

Called from request handlers on uvicorn's worker threads and from the CLI; every method
opens its own short transaction. On SQLite, write transactions start with BEGIN IMMEDIATE
so concurrent writers queue on the busy timeout instead of failing half-way; on PostgreSQL,
`op_log` locks the head rows it advances. Operation storage itself lives in `op_log.py`.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypedDict

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Row,
    and_,
    create_engine,
    delete,
    event,
    insert,
    or_,
    select,
    update,
)

from jumelage_protocol import KdfParams, PersonKeys, Role
from sync_server import schema
from sync_server import tables as t
from sync_server.errors import Refused


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(8)}"


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, a busy timeout and explicit BEGIN handling."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, below
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")  # WAL+NORMAL survives a killed process
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            immediate = conn.info.pop("immediate", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


@dataclass(frozen=True)
class Person:
    id: str
    organisation_id: str
    role: Role
    keys: PersonKeys
    auth_hash: str
    kdf: KdfParams


@dataclass(frozen=True)
class Pair:
    id: str
    program_id: str
    mentor_id: str
    mentee_id: str
    closed_ms: int | None
    purged_ms: int | None = None  # `purge` deleted its ops and grants (it stays closed)


class GrantRow(TypedDict):
    """A row of `key_grants` as a route hands it to `Store.put_grants`."""

    scope: str
    key_id: int
    recipient_id: str
    sealed_key: str
    granted_by: str


def _person(row: Row[Any]) -> Person:
    return Person(
        id=row.id,
        organisation_id=row.organisation_id,
        role=row.role,
        keys=PersonKeys(
            box_public=row.box_public,
            sign_public=row.sign_public,
            wrapped_private=row.wrapped_private,
        ),
        auth_hash=row.auth_hash,
        kdf=KdfParams.model_validate_json(row.kdf),
    )


class Store:
    """One database, shared by all request threads."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"

    def prepare_schema(self) -> schema.Outcome:
        """Create an empty database at head, migrate an older one on SQLite (one process owns
        the file), refuse one that needs `migrate` or is newer than this code (`SchemaError`)."""
        return schema.prepare(self.engine, migrate_older=self.is_sqlite)

    def migrate(self) -> schema.Outcome:
        """`jumelage-server migrate`: bring any older database to head."""
        return schema.prepare(self.engine, migrate_older=True)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE on SQLite), committed on success."""
        with self.engine.connect() as conn:
            conn.info["immediate"] = True
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.info.pop("immediate", None)
            with conn.begin():
                yield conn

    # --- server meta (the secret of older versions) ------------------------------------

    def meta_value(self, name: str) -> bytes | None:
        with self.read() as conn:
            value = conn.scalar(select(t.meta.c.value).where(t.meta.c.key == name))
        return None if value is None else bytes(value)

    def drop_meta(self, name: str) -> None:
        with self.write() as conn:
            conn.execute(delete(t.meta).where(t.meta.c.key == name))

    # --- organisations, programs, invites ------------------------------------------------

    def create_organisation_and_program(self, now_ms: int) -> tuple[str, str]:
        org_id, program_id = new_id("org"), new_id("prog")
        with self.write() as conn:
            conn.execute(insert(t.organisations).values(id=org_id, created_ms=now_ms))
            conn.execute(
                insert(t.programs).values(id=program_id, organisation_id=org_id, created_ms=now_ms)
            )
        return org_id, program_id

    def program_exists(self, program_id: str) -> bool:
        with self.read() as conn:
            return (
                conn.scalar(select(t.programs.c.id).where(t.programs.c.id == program_id))
                is not None
            )

    def add_invite(
        self, code_hash: str, program_id: str, role: str, expires_ms: int, now_ms: int
    ) -> None:
        with self.write() as conn:
            conn.execute(
                insert(t.invites).values(
                    code_hash=code_hash,
                    program_id=program_id,
                    role=role,
                    expires_ms=expires_ms,
                    created_ms=now_ms,
                )
            )

    def enrol(
        self,
        *,
        code_hash: str,
        username_key: str,
        auth_hash: str,
        kdf: KdfParams,
        keys: PersonKeys,
        now_ms: int,
    ) -> str:
        """Use the invite (once) and create the person in its program; returns the person id."""
        person_id = new_id("p")
        with self.write() as conn:
            inv = conn.execute(
                select(t.invites, t.programs.c.organisation_id)
                .join(t.programs, t.programs.c.id == t.invites.c.program_id)
                .where(t.invites.c.code_hash == code_hash)
            ).first()
            if inv is None:
                raise Refused("invite_invalid")
            if inv.used_ms is not None:
                raise Refused("invite_used")
            if inv.expires_ms <= now_ms:
                raise Refused("invite_expired")
            taken = conn.scalar(
                select(t.persons.c.id).where(t.persons.c.username_key == username_key)
            )
            if taken is not None:
                raise Refused("username_taken")
            conn.execute(
                update(t.invites).where(t.invites.c.code_hash == code_hash).values(used_ms=now_ms)
            )
            conn.execute(
                insert(t.persons).values(
                    id=person_id,
                    organisation_id=inv.organisation_id,
                    username_key=username_key,
                    role=inv.role,
                    auth_hash=auth_hash,
                    kdf=kdf.model_dump_json(),
                    box_public=keys.box_public,
                    sign_public=keys.sign_public,
                    wrapped_private=keys.wrapped_private,
                    created_ms=now_ms,
                )
            )
            conn.execute(
                insert(t.program_members).values(
                    program_id=inv.program_id, person_id=person_id, role=inv.role
                )
            )
        return person_id

    # --- persons and sessions --------------------------------------------------------------

    def person_by_username(self, username_key: str) -> Person | None:
        with self.read() as conn:
            row = conn.execute(
                select(t.persons).where(t.persons.c.username_key == username_key)
            ).first()
        return _person(row) if row else None

    def latest_kdf(self) -> KdfParams | None:
        """The KDF parameters of the latest enrolment (prelogin's decoys copy their shape)."""
        with self.read() as conn:
            kdf = conn.scalar(
                select(t.persons.c.kdf).order_by(t.persons.c.created_ms.desc()).limit(1)
            )
        return None if kdf is None else KdfParams.model_validate_json(kdf)

    def person(self, person_id: str) -> Person | None:
        with self.read() as conn:
            row = conn.execute(select(t.persons).where(t.persons.c.id == person_id)).first()
        return _person(row) if row else None

    def update_auth_hash(self, person_id: str, auth_hash: str) -> None:
        with self.write() as conn:
            conn.execute(
                update(t.persons).where(t.persons.c.id == person_id).values(auth_hash=auth_hash)
            )

    def add_session(self, token_hash: str, person_id: str, expires_ms: int, now_ms: int) -> None:
        with self.write() as conn:
            conn.execute(
                insert(t.sessions).values(
                    token_hash=token_hash,
                    person_id=person_id,
                    expires_ms=expires_ms,
                    revoked=False,
                    created_ms=now_ms,
                )
            )

    def session(self, token_hash: str) -> tuple[Person, int, bool] | None:
        """(person, expires_ms, revoked) for a token hash, or None if unknown."""
        with self.read() as conn:
            row = conn.execute(
                select(t.persons, t.sessions.c.expires_ms, t.sessions.c.revoked)
                .join(t.sessions, t.sessions.c.person_id == t.persons.c.id)
                .where(t.sessions.c.token_hash == token_hash)
            ).first()
        return (_person(row), row.expires_ms, bool(row.revoked)) if row else None

    def revoke_session(self, token_hash: str) -> None:
        with self.write() as conn:
            conn.execute(
                update(t.sessions).where(t.sessions.c.token_hash == token_hash).values(revoked=True)
            )

    def revoke_all_sessions(self, person_id: str) -> None:
        with self.write() as conn:
            conn.execute(
                update(t.sessions).where(t.sessions.c.person_id == person_id).values(revoked=True)
            )

    # --- programs and pairs -----------------------------------------------------------------

    def program_role(self, conn: Connection, person_id: str, program_id: str) -> str | None:
        return conn.scalar(
            select(t.program_members.c.role).where(
                t.program_members.c.program_id == program_id,
                t.program_members.c.person_id == person_id,
            )
        )

    def pair(self, conn: Connection, pair_id: str) -> Pair | None:
        row = conn.execute(select(t.pairs).where(t.pairs.c.id == pair_id)).first()
        return (
            Pair(row.id, row.program_id, row.mentor_id, row.mentee_id, row.closed_ms, row.purged_ms)
            if row
            else None
        )

    def create_pair(
        self, *, pair_id: str, program_id: str, mentor_id: str, mentee_id: str, now_ms: int
    ) -> None:
        with self.write() as conn:
            if self.pair(conn, pair_id) is not None:
                raise Refused("pair_exists")
            if (
                self.program_role(conn, mentor_id, program_id) != Role.MENTOR
                or self.program_role(conn, mentee_id, program_id) != Role.MENTEE
            ):
                raise Refused("not_in_program")
            conn.execute(
                insert(t.pairs).values(
                    id=pair_id,
                    program_id=program_id,
                    mentor_id=mentor_id,
                    mentee_id=mentee_id,
                    created_ms=now_ms,
                )
            )

    def close_pair(self, pair_id: str, now_ms: int, retain_days: int | None = None) -> None:
        """Close an open pair; `retain_days` (the program's retention) sets when `purge` may
        delete its ops. Closing again changes nothing."""
        purge_after = None if retain_days is None else now_ms + retain_days * 86_400_000
        with self.write() as conn:
            conn.execute(
                update(t.pairs)
                .where(t.pairs.c.id == pair_id, t.pairs.c.closed_ms.is_(None))
                .values(closed_ms=now_ms, purge_after_ms=purge_after)
            )

    def program_memberships(self, person_id: str) -> list[tuple[str, Role]]:
        """(program_id, role) for every program the person belongs to."""
        with self.read() as conn:
            rows = conn.execute(
                select(t.program_members.c.program_id, t.program_members.c.role).where(
                    t.program_members.c.person_id == person_id
                )
            ).all()
        return [(r.program_id, r.role) for r in rows]

    def pairs_visible_to(self, person_id: str, staff_programs: list[str]) -> list[Pair]:
        """Pairs the person is in, plus every pair of the programs they are staff of."""
        cond = or_(t.pairs.c.mentor_id == person_id, t.pairs.c.mentee_id == person_id)
        if staff_programs:
            cond = or_(cond, t.pairs.c.program_id.in_(staff_programs))
        with self.read() as conn:
            rows = conn.execute(select(t.pairs).where(cond)).all()
        return [
            Pair(r.id, r.program_id, r.mentor_id, r.mentee_id, r.closed_ms, r.purged_ms)
            for r in rows
        ]

    def purged_pairs_visible_to(self, person_id: str) -> list[str]:
        """Ids of the purged pairs the person was in or is staff of."""
        staff_of = [p for p, role in self.program_memberships(person_id) if role == Role.STAFF]
        return [p.id for p in self.pairs_visible_to(person_id, staff_of) if p.purged_ms]

    def program_people(self, program_id: str, roles: tuple[str, ...]) -> list[Person]:
        with self.read() as conn:
            rows = conn.execute(
                select(t.persons)
                .join(t.program_members, t.program_members.c.person_id == t.persons.c.id)
                .where(
                    and_(
                        t.program_members.c.program_id == program_id,
                        t.program_members.c.role.in_(roles),
                    )
                )
            ).all()
        return [_person(r) for r in rows]

    # --- key grants -------------------------------------------------------------------------

    def put_grants(self, rows: list[GrantRow], now_ms: int) -> None:
        """Store sealed keys; an identical re-upload is a no-op, a different one a conflict."""
        with self.write() as conn:
            for row in rows:
                existing = conn.scalar(
                    select(t.key_grants.c.sealed_key).where(
                        t.key_grants.c.scope == row["scope"],
                        t.key_grants.c.key_id == row["key_id"],
                        t.key_grants.c.recipient_id == row["recipient_id"],
                    )
                )
                if existing is None:
                    conn.execute(insert(t.key_grants).values(**row, created_ms=now_ms))
                elif existing != row["sealed_key"]:
                    raise Refused("grant_conflict")

    def grants_for(self, recipients: list[str], scope: str | None = None) -> Sequence[Row[Any]]:
        cond: ColumnElement[bool] = t.key_grants.c.recipient_id.in_(recipients)
        if scope is not None:
            cond = and_(cond, t.key_grants.c.scope == scope)
        with self.read() as conn:
            return conn.execute(
                select(t.key_grants)
                .where(cond)
                .order_by(t.key_grants.c.scope, t.key_grants.c.key_id, t.key_grants.c.recipient_id)
            ).all()
