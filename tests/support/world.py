"""Builds organisations, programs, people and pairs through the real API, for tests and benchmarks.

Runs on the caller's thread, over Starlette's TestClient (in-process app: programs are
created through the store, as the `init` CLI does) or over httpx against a real server
process (programs are created by running the CLI).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from jumelage_protocol import Role, Scope, staff_recipient
from sync_server.auth import now_ms
from sync_server.codec import b64
from sync_server.invites import make_invite
from tests.support.wire_actor import Actor, new_scope_key, seal_to


@dataclass
class Program:
    organisation_id: str
    program_id: str
    staff: Actor


class World:
    """Builds organisations, programs, people and pairs through the real API."""

    def __init__(self, http, server=None) -> None:
        self.http = http
        self.server = server  # a RunningServer when `http` talks to a real process
        self.store = None if server else http.app.state.ctx.store

    def program(self, staff_name: str | None = None, organisation_id: str | None = None) -> Program:
        if self.server is not None:
            made = self.server.init_program()
            staff = Actor(staff_name or f"staff-{secrets.token_hex(3)}")
            staff.enrol(self.http, made["invite_code"])
            return Program(made["organisation_id"], made["program_id"], staff)
        if organisation_id is None:
            organisation_id, program_id = self.store.create_organisation_and_program(now_ms())
        else:
            from sqlalchemy import insert

            from sync_server import tables as t
            from sync_server.store import new_id

            program_id = new_id("prog")
            with self.store.write() as conn:
                conn.execute(
                    insert(t.programs).values(
                        id=program_id, organisation_id=organisation_id, created_ms=now_ms()
                    )
                )
        code = make_invite(self.store, program_id, Role.STAFF, 1).code
        staff = Actor(staff_name or f"staff-{secrets.token_hex(3)}")
        staff.enrol(self.http, code)
        return Program(organisation_id, program_id, staff)

    def member(self, program: Program, role: str, name: str | None = None) -> Actor:
        r = self.http.post(
            "/v1/invites",
            json={"program_id": program.program_id, "role": role},
            headers=program.staff.headers,
        )
        assert r.status_code == 200, r.text
        actor = Actor(name or f"{role}-{secrets.token_hex(3)}")
        actor.enrol(self.http, r.json()["code"])
        return actor

    def pair(self, program: Program, mentor: Actor, mentee: Actor) -> tuple[str, bytes]:
        """Make a pair and share a fresh pair key with mentor, mentee and the staff key."""
        pair_id = f"pair{secrets.token_hex(4)}"
        r = self.http.post(
            "/v1/pairs",
            json={
                "pair_id": pair_id,
                "program_id": program.program_id,
                "mentor_id": mentor.person_id,
                "mentee_id": mentee.person_id,
            },
            headers=program.staff.headers,
        )
        assert r.status_code == 204, r.text
        key = new_scope_key()
        self.grant_pair_key(program, pair_id, key, 1, [mentor, mentee])
        return pair_id, key

    def grant_pair_key(
        self, program: Program, pair_id: str, key: bytes, key_id: int, people: list[Actor]
    ) -> None:
        """Staff share a pair key with `people` and the program staff key, as the client does.

        The staff key must hold every pair key (the server refuses ops under any other); the
        staff member's own box stands in for the staff key's public half.
        """
        recipients = {who.person_id: who.box.public_key for who in people}
        recipients[staff_recipient(program.program_id)] = program.staff.box.public_key
        grants = [
            {
                "scope": Scope.pair(pair_id),
                "key_id": key_id,
                "recipient_id": rid,
                "sealed_key": seal_to(b64(bytes(public)), key),
            }
            for rid, public in recipients.items()
        ]
        r = self.http.post(
            "/v1/keys/grants", json={"grants": grants}, headers=program.staff.headers
        )
        assert r.status_code == 204, r.text
