"""The demo organisation: five people, one program, two pairs, each in their own profile.

`create_demo` writes a community centre's program with one staff member, two mentors, two
mentees and two pairs, a bilingual conversation in each pair and one planned meeting, into
one encrypted profile per person (a mentor's profile holds only their own pair; the staff
profile holds both). Idempotent: existing demo profiles are kept. Slow (one Argon2id
derivation per person): run it off the UI thread. No Qt.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.models.tables import Meeting, Message, Pair, Person, Program, ReadMarker
from desktop.services.profiles import ProfileDirectory
from desktop.vault.errors import ProfileExists, UsernameTaken
from desktop.vault.kdf import KdfParams

ORGANISATION_ID = "demo-org"
PROGRAM_ID = "demo-program"
PROGRAM_NAME = "Centre communautaire Jumelage (démo)"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    passphrase: str
    role: str
    display_name: str
    person_id: str


# Ids reach file names and, once synced, the server: they never carry a name.
ACCOUNTS = (
    DemoAccount("sophie", "sophie-demo", "staff", "Sophie Tremblay", "demo-person-1"),
    DemoAccount("marc", "marc-demo", "mentor", "Marc Gagnon", "demo-person-2"),
    DemoAccount("priya", "priya-demo", "mentor", "Priya Singh", "demo-person-3"),
    DemoAccount("lea", "lea-demo", "mentee", "Léa Bouchard", "demo-person-4"),
    DemoAccount("jayden", "jayden-demo", "mentee", "Jayden Thompson", "demo-person-5"),
)
_BY_USERNAME = {account.username: account for account in ACCOUNTS}

# (pair id, mentor, mentee, meeting kind, conversation as (day, hour:minute, author, text))
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


def _id_from(*parts: object) -> str:
    """A stable UUIDv7-shaped id: the first part is a time in ms, the rest seeds the tail."""
    ms = int(parts[0])  # type: ignore[call-overload]
    tail = int.from_bytes(hashlib.sha256(repr(parts).encode()).digest()[:10])
    value = (ms << 80) | (0x7 << 76) | ((tail >> 64) & 0xFFF) << 64 | (0b10 << 62)
    value |= tail & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def _hlc(moment: datetime, author_id: str) -> str:
    return f"{int(moment.timestamp() * 1000):013d}-00000-{author_id.replace('-', '')}"


def _visible_pairs(account: DemoAccount) -> list[tuple]:
    if account.role == "staff":
        return list(PAIRS)
    return [pair for pair in PAIRS if account.username in (pair[1], pair[2])]


def _fill(session: Session, account: DemoAccount, start: datetime) -> None:
    pairs = _visible_pairs(account)
    staff = ACCOUNTS[0]
    people = {staff.username} | {name for pair in pairs for name in (pair[1], pair[2])}
    session.add(Program(id=PROGRAM_ID, organisation_id=ORGANISATION_ID, name=PROGRAM_NAME))
    for username in sorted(people - {account.username}):
        other = _BY_USERNAME[username]
        session.add(
            Person(
                id=other.person_id,
                role=other.role,
                display_name=other.display_name,
                program_id=PROGRAM_ID,
                created_at=start,
                updated_at=start,
            )
        )
    for pair_id, mentor, mentee, kind, conversation in pairs:
        mentor_id, mentee_id = _BY_USERNAME[mentor].person_id, _BY_USERNAME[mentee].person_id
        session.add(
            Pair(
                id=pair_id,
                program_id=PROGRAM_ID,
                mentor_id=mentor_id,
                mentee_id=mentee_id,
                status="active",
                matched_at=start - timedelta(days=1),
            )
        )
        session.flush()
        last_hlc = ""
        for day, clock, author, text in conversation:
            hour, minute = (int(part) for part in clock.split(":"))
            moment = start + timedelta(days=day, hours=hour, minutes=minute)
            author_id = _BY_USERNAME[author].person_id
            last_hlc = _hlc(moment, author_id)
            session.add(
                Message(
                    id=_id_from(int(moment.timestamp() * 1000), pair_id, author),
                    pair_id=pair_id,
                    author_id=author_id,
                    body=text,
                    hlc=last_hlc,
                    created_at=moment,
                    state="read",
                )
            )
        for person_id in (mentor_id, mentee_id):
            session.add(ReadMarker(pair_id=pair_id, person_id=person_id, last_read_hlc=last_hlc))
        session.add(
            Meeting(
                id=f"{pair_id}-meeting-1",
                pair_id=pair_id,
                starts_at=start + timedelta(days=12, hours=16),
                duration_minutes=60,
                kind=kind,
                recurrence="FREQ=WEEKLY;COUNT=8",
            )
        )


def create_demo(
    data_dir: Path, *, kdf_params_factory: Callable[[], KdfParams] = KdfParams.new
) -> list[DemoAccount]:
    """Create the demo profiles that do not exist yet; return every demo account."""
    directory = ProfileDirectory(data_dir, kdf_params_factory=kdf_params_factory)
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    start = today - timedelta(days=9)
    for account in ACCOUNTS:
        try:
            profile = directory.create(
                username=account.username,
                passphrase=account.passphrase,
                display_name=account.display_name,
                role=account.role,
                person_id=account.person_id,
                program_id=PROGRAM_ID,
            )
        except (UsernameTaken, ProfileExists):
            continue
        try:
            with profile.sessionmaker.begin() as session:
                _fill(session, account, start)
        except BaseException:
            profile.close()
            directory.wipe(account.person_id)  # no half-filled demo profile left behind
            raise
        profile.close()
    return list(ACCOUNTS)
