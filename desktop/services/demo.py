"""The demo organisation: five people, one program, two pairs, made THROUGH a sync server.

`create_demo` enrols one staff member, two mentors and two mentees with real invites on the
given server (the app starts a local one), makes the two pairs with their keys, writes a
few days of bilingual conversation (each message in its author's own profile, so it is
signed by them) and a couple of planned sessions, and syncs everyone, so each demo person's
messages reach the other through the server as in real use. Every profile lives in the same
data directory. Idempotent: complete demo profiles are kept; a missing one is restored from
the server (the new-PC sign-in); a fresh server (its database was absent) means a fresh
demo. Slow (Argon2id per person, network round trips): run it off the UI thread. No Qt.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import desktop.services.messaging  # noqa: F401  (registers the message "state" field)
from desktop.services import accounts
from desktop.services.checkins import CheckInService
from desktop.services.profiles import Profile, ProfileDirectory
from desktop.services.scheduling import plan_session
from desktop.services.screening import record_check
from desktop.sync.entities import datetime_to_ms
from desktop.sync.errors import SyncError
from desktop.sync.outbox import record_change
from desktop.vault.kdf import KdfParams
from jumelage_protocol import Role, Scope

PROGRAM_NAME = "Centre communautaire Jumelage (démo)"  # kept for the plain-text scan only
InitProgram = Callable[[], tuple[str, str]]  # -> (program id, first staff invite code)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    passphrase: str
    role: str
    display_name: str
    person_id: str = ""  # the server's id, known once enrolled


ACCOUNTS = (
    DemoAccount("sophie", "sophie-demo", Role.STAFF, "Sophie Tremblay"),
    DemoAccount("marc", "marc-demo", Role.MENTOR, "Marc Gagnon"),
    DemoAccount("priya", "priya-demo", Role.MENTOR, "Priya Singh"),
    DemoAccount("lea", "lea-demo", Role.MENTEE, "Léa Bouchard"),
    DemoAccount("jayden", "jayden-demo", Role.MENTEE, "Jayden Thompson"),
)
_BY_USERNAME = {account.username: account for account in ACCOUNTS}

# (name, mentor, mentee, meeting kind, conversation as (day, hour:minute, author, text))
PAIRS = (
    (
        "demo-pair-1",
        "marc",
        "lea",
        "video",
        (
            (0, "16:05", "marc", "Bonjour Léa! Je suis Marc, ton mentor. Content de commencer?"),
            (0, "16:40", "lea", "Allo! Oui, un peu gênée mais contente 🙂"),
            (0, "16:45", "marc", "C'est normal. Qu'est-ce que tu aimes faire après l'école?"),
            (0, "17:10", "lea", "Du dessin, surtout des mangas. Et je joue au soccer le samedi."),
            (1, "18:02", "marc", "Super! Tu pourrais me montrer un dessin à notre rencontre?"),
            (1, "19:15", "lea", "Peut-être… je dessine un personnage qui fait du skate."),
            (2, "15:30", "lea", "J'ai un examen de maths vendredi, j'ai un peu peur."),
            (2, "15:52", "marc", "On peut réviser ensemble jeudi soir si tu veux. Quel chapitre?"),
            (2, "16:03", "lea", "Les fractions et les pourcentages. Merci!!"),
            (4, "20:11", "lea", "L'examen s'est bien passé je pense!"),
            (
                4,
                "20:30",
                "marc",
                "Bravo! Tu as bien travaillé. On fête ça avec une partie d'échecs?",
            ),
            (6, "17:45", "marc", "Rappel : rencontre mardi à 16 h à la bibliothèque."),
            (6, "18:20", "lea", "Oui c'est noté. Je vais apporter mon cahier de dessins."),
            (7, "12:00", "lea", "Est-ce qu'on pourrait aussi parler des camps d'été?"),
        ),
    ),
    (
        "demo-pair-2",
        "priya",
        "jayden",
        "in_person",
        (
            (0, "17:00", "priya", "Hi Jayden, I'm Priya. Really glad we were matched!"),
            (0, "17:25", "jayden", "Hey Priya. Thanks. Sophie said you like robotics?"),
            (0, "17:31", "priya", "I do! I build small robots with my nephew. Do you code?"),
            (1, "19:02", "jayden", "A bit of Scratch at school. I want to learn Python."),
            (1, "19:20", "priya", "Perfect, we can start a tiny Python project together."),
            (2, "16:10", "jayden", "Mon cours de français est difficile cette semaine."),
            (2, "16:34", "priya", "Je peux t'aider un peu! What are you reading in class?"),
            (2, "16:50", "jayden", "Le Petit Prince. I like the fox part."),
            (3, "18:45", "priya", "That's a great book. Which line did you like most?"),
            (3, "19:05", "jayden", "On ne voit bien qu'avec le cœur. Kind of deep lol."),
            (5, "15:15", "jayden", "Can we meet at the community centre on Saturday?"),
            (5, "15:40", "priya", "Yes, 10 a.m. at the front desk. Bring your laptop if you can."),
            (6, "21:00", "jayden", "OK see you Saturday! I wrote my first loop 🎉"),
            (8, "09:30", "priya", "Amazing work on the loop. Next: a tiny guessing game."),
        ),
    ),
)


# This week's check-ins (username, rating, met): Léa's low answer puts her pair "at risk" on
# the staff dashboard, so its rows differ; a comment is never seeded (no plain-text worry).
CHECKINS = (("marc", 3, True), ("lea", 2, False), ("priya", 5, True), ("jayden", 4, True))

# One message held for staff review (contact details), so supervision has something to show.
HELD = (1, 6, "21:10", "jayden", "Tu peux m'écrire sur Snap aussi : jayden.t08 (c'est plus simple)")


def _passphrase_of(username: str) -> str:
    return _BY_USERNAME[username].passphrase


def _at(start: datetime, day: int, clock: str) -> datetime:
    hour, minute = (int(part) for part in clock.split(":"))
    return start + timedelta(days=day, hours=hour, minutes=minute)


async def _sync(profile: Profile, server_url: str) -> None:
    engine = accounts.engine_for(profile, server_url, live=False)
    try:
        await engine.sync_once()
    finally:
        await engine.client.aclose()


def _write_conversations(people: dict[str, Profile], pair_ids: list[str], start: datetime) -> None:
    """Each message in its author's profile, in conversation order (HLCs follow wall time)."""
    lines = [
        (day, clock, author, text, index, "sent")
        for index, pair in enumerate(PAIRS)
        for day, clock, author, text in pair[4]
    ]
    held_pair, day, clock, author, text = HELD
    lines.append((day, clock, author, text, held_pair, "held"))
    for day, clock, author, text, index, state in sorted(lines, key=lambda line: line[:2]):
        created_at = datetime_to_ms(_at(start, day, clock))
        fields: dict[str, Any] = {"body": text, "created_at": created_at}
        if state == "held":
            fields["state"] = "held"
        profile = people[author]
        with profile.sessionmaker.begin() as s:
            record_change(s, scope=Scope.pair(pair_ids[index]), entity="message",
                          author=profile.person_id, fields=fields)  # fmt: skip
        time.sleep(0.002)  # distinct milliseconds: the HLC order is the conversation order


# Training done so far (modules in their order) and starting-survey answers, so the Training
# page and staff's Training and Surveys pages have something to show.
TRAINING_DONE = {"marc": 5, "priya": 8, "lea": 2, "jayden": 0}
BASELINE: dict[str, dict[str, int | bool | str]] = {
    "marc": {"online_comfort": 4, "prepared": 4, "hopes": "Aider un jeune à prendre confiance."},
    "priya": {"online_comfort": 5, "prepared": 5},
    "lea": {"adult_support": False, "confidence_goals": 2, "ask_for_help": 2, "online_comfort": 4},
    "jayden": {"adult_support": True, "confidence_goals": 3, "ask_for_help": 4,
               "online_comfort": 5},
}  # fmt: skip


def _learning(people: dict[str, Profile]) -> None:
    """Each member's training and starting survey, written in their own profile."""
    from desktop.services.surveys import list_surveys, submit_survey
    from desktop.services.training import complete_module, list_modules

    baseline = next(s for s in list_surveys("fr") if s.id == "baseline")
    for username, done in TRAINING_DONE.items():
        profile = people[username]
        for module in list_modules("en", profile.role)[:done]:
            complete_module(profile, module.id, [q.answer for q in module.quiz])
        submit_survey(profile, baseline, None, BASELINE[username])
def _check_in(people: dict[str, Profile], pair_ids: list[str]) -> None:
    """Each member answers this week's check-in (sealed to staff: synced members hold its key)."""
    for username, rating, met in CHECKINS:
        index = next(i for i, pair in enumerate(PAIRS) if username in pair[1:3])
        CheckInService(people[username]).answer(pair_ids[index], rating=rating, met=met)


def _plan_sessions(people: dict[str, Profile], pair_ids: list[str], now: datetime) -> None:
    first = (now + timedelta(days=3)).replace(hour=20, minute=0, second=0, microsecond=0)
    for index, (_name, mentor, _mentee, kind, _talk) in enumerate(PAIRS):
        starts = first + timedelta(days=index)
        plan_session(people[mentor], pair_id=pair_ids[index], starts_at=starts,
                     duration_minutes=60, kind=kind, recurrence="weekly", count=2,
                     now=now)  # fmt: skip


def _supervise(staff: Profile, pair_id: str) -> None:
    """Sophie reads the first pair's conversation, notes it and logs a call with the family:
    the audit log and the pair detail page have something to show (and Léa's notice a date)."""
    from desktop.services.pair_detail import add_staff_note, log_support_contact, open_conversation

    open_conversation(staff, pair_id)
    add_staff_note(staff, pair_id, "Bon départ. Léa aimerait parler de l'école secondaire.")
    log_support_contact(staff, pair_id, with_whom="family", channel="phone",
                        note="Appel avec la mère de Léa : tout va bien.")  # fmt: skip
# The People page's records: (name, role, language, years old or age group, interests,
# availability, guardian, demo account or "invited"/"" for someone not enrolled yet).
RECORDS = (
    ("Marc Gagnon", "mentor", "fr", "10-12", ("sports", "science", "games"),
     ("weekday_evening",), "", "marc"),
    ("Priya Singh", "mentor", "en", "13-15", ("technology", "science", "reading"),
     ("weekend_morning",), "", "priya"),
    ("Léa Bouchard", "mentee", "fr", 13, ("arts", "sports"), ("weekday_evening",),
     "Nathalie Bouchard", "lea"),
    ("Jayden Thompson", "mentee", "en", 15, ("technology", "reading"), ("weekend_morning",),
     "Kim Thompson", "jayden"),
    ("Noah Côté", "mentee", "fr", 12, ("science", "games", "sports"),
     ("weekday_evening", "weekend_morning"), "Isabelle Côté", "invited"),
    ("Emma Wilson", "mentee", "en", "16-17", ("music", "arts"), ("weekend_afternoon",),
     "Daniel Wilson", ""),
    ("Amélie Roy", "mentor", "fr", "10-12", ("science", "games", "nature"),
     ("weekday_evening",), "", "invited"),
    ("Olivia Chen", "mentor", "en", "13-15", ("music", "arts", "careers"),
     ("weekend_afternoon",), "", ""),
    ("Isabelle Côté", "guardian", "fr", None, (), (), "", ""),
)  # fmt: skip


def _record_people(staff: Profile, program_id: str, people: dict[str, Profile]) -> None:
    """Sophie's People list: the demo members (linked, matched), people invited or just
    added, and the guardians' consent of the two matched mentees."""
    from datetime import date

    from desktop.services import consent
    from desktop.services import people as records

    today = date.today()
    for name, kind, lang, age, interests, slots, guardian, who in RECORDS:
        born = today.replace(year=today.year - age, day=min(today.day, 28)) if isinstance(
            age, int) else None  # fmt: skip
        form = records.PersonForm(
            kind=kind, display_name=name, language=lang, birth_date=born,
            age_band=age if isinstance(age, str) else None, interests=interests,
            availability=slots, guardian_name=guardian,
        )  # fmt: skip
        record_id = records.add_person(staff, program_id, form, allow_duplicate=True)
        if who == "invited":
            records.mark_invited(staff, record_id)
        elif who:
            records.mark_invited(staff, record_id)
            records.set_account(staff, record_id, people[who].person_id)
            if kind == "mentee":
                consent.record_consent(staff, record_id, consent.NEEDED_TO_MATCH + ("video",),
                                       guardian_name=guardian, method="paper")  # fmt: skip


def _accept_rules(profile: Profile) -> None:
    from desktop.services import rules

    rules.accept(profile, rules.rules_text("fr"))
def _record_screening(people: dict[str, Profile], today: date) -> None:
    """Marc is screened but his police check runs out soon; Priya still lacks hers."""
    staff = people["sophie"]
    for mentor, kind, done, valid in (("marc", "reference", 60, None),
                                      ("marc", "interview", 55, None),
                                      ("marc", "police", 3 * 365 - 20, 3 * 365),
                                      ("priya", "reference", 20, None)):  # fmt: skip
        expires = None if valid is None else today - timedelta(days=done - valid)
        record_check(staff, mentor_id=people[mentor].person_id, kind=kind, outcome="cleared",
                     done_on=today - timedelta(days=done), expires_on=expires)  # fmt: skip


async def _build(
    directory: ProfileDirectory, server_url: str, init_program: InitProgram,
    params: Callable[[], KdfParams],
) -> None:  # fmt: skip
    program_id, staff_code = await asyncio.to_thread(init_program)
    people: dict[str, Profile] = {}

    async def join(code: str, account: DemoAccount) -> None:
        people[account.username] = await accounts.enrol(
            directory, server_url, code, account.username, account.passphrase,
            account.display_name, kdf_params=params(),
        )  # fmt: skip

    try:
        await join(staff_code, ACCOUNTS[0])
        staff = people["sophie"]
        for account in ACCOUNTS[1:]:
            await join(await accounts.invite(staff, program_id, account.role, server_url), account)
        pair_ids = [
            await accounts.create_pair(
                staff,
                program_id=program_id,
                server_url=server_url,
                mentor_id=people[mentor].person_id,
                mentee_id=people[mentee].person_id,
            )  # fmt: skip
            for _name, mentor, mentee, _kind, _talk in PAIRS
        ]
        for account in ACCOUNTS:  # everyone receives their pair (and its key)
            await _sync(people[account.username], server_url)
        now = datetime.now(UTC)
        start = now.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=9)
        await asyncio.to_thread(_write_conversations, people, pair_ids, start)
        await asyncio.to_thread(_plan_sessions, people, pair_ids, now)
        await _sync(staff, server_url)  # staff read the conversations with the program key
        await asyncio.to_thread(_supervise, staff, pair_ids[0])
        await asyncio.to_thread(_learning, people)
        await asyncio.to_thread(_record_people, staff, program_id, people)
        for profile in people.values():  # the demo opens on its pages, not on the rules
            await asyncio.to_thread(_accept_rules, profile)
        await asyncio.to_thread(_record_screening, people, now.date())
        await asyncio.to_thread(_check_in, people, pair_ids)
        for _round in range(2):  # push everything, then everyone pulls everything
            for account in ACCOUNTS:
                await _sync(people[account.username], server_url)
    finally:
        for profile in people.values():
            profile.close()


def _existing(directory: ProfileDirectory) -> dict[str, str]:
    """username -> person id of the demo profiles already on this PC."""
    found = {}
    for account in ACCOUNTS:
        profile_file = directory._find(account.username, strict=False)
        if profile_file is not None:
            found[account.username] = profile_file.person_id
    return found


async def _restore(directory: ProfileDirectory, server_url: str, usernames: list[str]) -> bool:
    """Rebuild missing profiles from the server; False when the server does not know them."""
    for username in usernames:
        try:
            profile = await accounts.sign_in(directory, server_url, username,
                                             _passphrase_of(username))  # fmt: skip
        except SyncError as exc:
            if exc.code == "bad_credentials":
                return False
            raise
        profile.close()
    return True


def create_demo(
    data_dir: Path,
    *,
    server_url: str,
    init_program: InitProgram,
    fresh_server: bool = False,
    kdf_params_factory: Callable[[], KdfParams] = KdfParams.new,
) -> list[DemoAccount]:
    """Make (or complete) the demo through the server at `server_url`; return its accounts."""
    directory = ProfileDirectory(data_dir, kdf_params_factory=kdf_params_factory)
    existing = _existing(directory)
    missing = [a.username for a in ACCOUNTS if a.username not in existing]

    async def make() -> None:
        if existing and (fresh_server or not await _restore(directory, server_url, missing)):
            for person_id in existing.values():  # profiles of a server that is gone
                directory.wipe(person_id)
            existing.clear()
        if not existing:
            await _build(directory, server_url, init_program, kdf_params_factory)

    if missing or fresh_server:
        asyncio.run(make())
    ids = _existing(directory)
    return [replace(a, person_id=ids.get(a.username, "")) for a in ACCOUNTS]
