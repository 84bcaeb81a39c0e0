"""A scripted program through a real server: staff, mentors, mentees and pairs.

For integration tests and for the demo: every person enrols with a real invite into their
own data directory, the staff member makes the pairs and grants their keys, and everyone
syncs once so each PC holds its keys and its pairs. Async, on the network loop (tests run
it with `asyncio.run`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.accounts import create_pair, engine_for, enrol, invite
from desktop.services.profiles import Profile, ProfileDirectory
from desktop.vault.kdf import KdfParams
from jumelage_protocol import Role


@dataclass
class Member:
    username: str
    passphrase: str
    display_name: str
    data_dir: Path
    profile: Profile


@dataclass
class Scenario:
    server_url: str
    program_id: str
    staff: Member
    mentors: list[Member] = field(default_factory=list)
    mentees: list[Member] = field(default_factory=list)
    pairs: list[str] = field(default_factory=list)

    def everyone(self) -> list[Member]:
        return [self.staff, *self.mentors, *self.mentees]

    def close(self) -> None:
        for m in self.everyone():
            m.profile.close()


def _dir(root: Path, username: str, fast: bool) -> ProfileDirectory:
    factory = KdfParams.fast_for_tests if fast else KdfParams.new
    return ProfileDirectory(root / username, kdf_params_factory=factory)


async def build_program(
    server_url: str,
    root: Path,
    *,
    program_id: str,
    staff_invite: str,
    pairs: int = 1,
    fast_kdf: bool = False,
    names: tuple[str, str, str] = ("Coordonnatrice", "Mentor", "Jeune"),
) -> Scenario:
    """Staff enrols with `staff_invite`, invites `pairs` mentors and mentees, pairs them."""
    params = KdfParams.fast_for_tests if fast_kdf else KdfParams.new

    async def join(code: str, username: str, display: str) -> Member:
        data = _dir(root, username, fast_kdf)
        passphrase = f"correct horse {username} battery"
        profile = await enrol(
            data, server_url, code, username, passphrase, display, kdf_params=params()
        )
        return Member(username, passphrase, display, data.data_dir, profile)

    staff = await join(staff_invite, "staff1", names[0])
    scenario = Scenario(server_url, program_id, staff)
    for i in range(1, pairs + 1):
        code = await invite(staff.profile, program_id, Role.MENTOR)
        scenario.mentors.append(await join(code, f"mentor{i}", f"{names[1]} {i}"))
        code = await invite(staff.profile, program_id, Role.MENTEE)
        scenario.mentees.append(await join(code, f"mentee{i}", f"{names[2]} {i}"))
    for mentor, mentee in zip(scenario.mentors, scenario.mentees, strict=True):
        scenario.pairs.append(
            await create_pair(
                staff.profile,
                program_id=program_id,
                mentor_id=mentor.profile.person_id,
                mentee_id=mentee.profile.person_id,
            )
        )
    for member in scenario.everyone():
        engine = engine_for(member.profile, live=False)
        try:
            await engine.sync_once()
        finally:
            await engine.client.aclose()
    return scenario
