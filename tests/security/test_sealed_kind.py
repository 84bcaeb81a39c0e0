"""The server never learns what kind of change it stores (a report, a message, ...).

Real server on SQLite and PostgreSQL (its own module: on PostgreSQL a module shares one
database, and each program built here enrols the same usernames).
"""

from __future__ import annotations

import asyncio

from desktop.services.accounts import client_for
from tests.security.test_hostile_ops import send, sync


def test_server_never_learns_the_kind_of_change(server, tmp_path):  # noqa: F811
    """Ops written by this version carry no entity kind in clear: the server stores NULL."""

    async def scenario():
        sc = await server.new_program(tmp_path / "pcs")
        try:
            send(sc.mentees[0], sc.pairs[0], "Rapport?")
            assert await sync(sc.mentees[0]) == "synced"
            async with client_for(sc.staff.profile) as c:
                page = await c.pull(f"pair:{sc.pairs[0]}", 0)
            assert page.ops and all(o.op.entity is None for o in page.ops)
            assert "entity" not in page.ops[0].op.model_dump(exclude_none=True)
        finally:
            sc.close()

    asyncio.run(scenario())
