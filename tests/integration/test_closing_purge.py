"""Closing a match and the retention purge, through a real server and real profiles.

Staff close one of two pairs with its reason: both its members' conversations turn
read-only and the staff-only closure record reaches no member. Once the retention period
has passed (zero days here), `jumelage-server purge` deletes the pair's ops and grants on the
server, and each PC deletes its own copy at its next sync; the other pair is untouched.
"""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from desktop.models.closing_tables import Closure
from desktop.models.sync_tables import AppliedOp, ScopeKey
from desktop.models.tables import Message, Pair
from desktop.services.accounts import client_for, engine_for
from desktop.services.closing import CLOSING_ACTIVITY, ClosingError, close_match, closure_of
from desktop.services.messaging import MessagingError, MessagingService
from desktop.sync.errors import SyncError
from jumelage_protocol import Scope
from tests.support.fixtures import sync_profile
from tests.support.server import start_server


@pytest.fixture
def world(tmp_path):
    server = start_server(tmp_path)
    scenario = asyncio.run(server.new_program(tmp_path / "pcs", pairs=2))
    yield server, scenario
    scenario.close()
    server.stop()


def _send(member, pair_id: str, text: str) -> None:
    MessagingService.for_profile(member.profile, checker=None).send(pair_id, text, confirmed=True)


def _count(profile, model, *where) -> int:
    with profile.sessionmaker() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


async def _sync_all(scenario) -> None:
    for member in scenario.everyone():
        await sync_profile(member.profile)


def test_closing_makes_the_conversation_read_only_and_purge_forgets_the_pair(world):
    server, sc = world
    closed, kept = sc.pairs
    staff = sc.staff.profile
    _send(sc.mentors[0], closed, "Bonjour, comment va l'école?")
    _send(sc.mentors[1], kept, "Salut!")
    asyncio.run(_sync_all(sc))

    with pytest.raises(ClosingError) as bad:
        asyncio.run(close_match(staff, closed, kind="planned", reason="bored", rematch=True))
    assert bad.value.code == "bad_closure_reason"
    asyncio.run(close_match(staff, closed, kind="planned", reason="term_completed",
                            note="Fin d'année scolaire", rematch=True, language="fr",
                            retain_days=0))  # fmt: skip
    asyncio.run(_sync_all(sc))

    for member in (sc.mentors[0], sc.mentees[0]):
        with pytest.raises(MessagingError) as refused:
            _send(member, closed, "Encore un message")
        assert refused.value.code == "pair_closed"
        with member.profile.sessionmaker() as s:
            card = s.scalars(select(Message).where(Message.activity_id == CLOSING_ACTIVITY)).one()
            assert card.pair_id == closed and card.body == "Merci pour ce jumelage"
        assert _count(member.profile, Closure) == 0  # staff-only, program scope
    _send(sc.mentees[1], kept, "Toujours ouvert")  # the other pair goes on
    summary = closure_of(staff, closed)
    assert summary is not None and summary.reason == "term_completed" and summary.rematch
    with pytest.raises(ClosingError) as again:
        asyncio.run(close_match(staff, closed, kind="early", reason="other", rematch=False))
    assert again.value.code == "pair_closed"

    counts = server.cli("purge", "--json")
    assert '"pairs": 1' in counts

    async def on_server(scope: str) -> tuple[int, int]:
        async with client_for(staff) as client:
            return len((await client.pull(scope, 0)).ops), len(await client.grants(scope))

    assert asyncio.run(on_server(Scope.pair(closed))) == (0, 0)  # ops and key grants gone
    ops, grants = asyncio.run(on_server(Scope.pair(kept)))
    assert ops > 0 and grants > 0

    async def listed(member) -> list[str]:
        async with client_for(member.profile) as client:
            return await client.purged()

    assert asyncio.run(listed(sc.mentees[0])) == [Scope.pair(closed)]
    assert asyncio.run(listed(sc.mentors[1])) == []  # not theirs: nobody else hears of it
    purged: list[list[str]] = []

    async def staff_sync() -> None:
        engine = engine_for(staff, live=False, on_purged=purged.append)
        try:
            await engine.sync_once()
            await engine.sync_once()  # a second round forgets nothing new
        finally:
            await engine.client.aclose()

    asyncio.run(staff_sync())
    assert purged == [[Scope.pair(closed)]]
    asyncio.run(_sync_all(sc))
    for member in sc.everyone():
        profile = member.profile
        assert _count(profile, Pair, Pair.id == closed) == 0
        assert _count(profile, Message, Message.pair_id == closed) == 0
        assert _count(profile, AppliedOp, AppliedOp.scope == Scope.pair(closed)) == 0
        assert _count(profile, ScopeKey, ScopeKey.scope == Scope.pair(closed)) == 0
    assert _count(sc.mentees[1].profile, Message, Message.pair_id == kept) == 2
    assert closure_of(staff, closed) is not None  # staff keep why it ended, not the talk

    async def reopen() -> None:
        async with client_for(staff) as client:
            await client.reopen_pair(closed)

    with pytest.raises(SyncError) as gone:
        asyncio.run(reopen())
    assert gone.value.code == "pair_purged"
