"""A staff PC re-checking incoming messages with the program's rules, on a real SQLCipher profile.

20,000 messages of 50 pairs (short and long, French and English, one in 200 that raises a
category) are stored as sync leaves them; `SafetyWatch.recheck()` then reads them in batches,
checks each with the program's rules (the shipped ones plus a staff word list, so the
program path with its patterns runs), records the signals, raises flags and scores threads.
The program's checker is built (once per change of its settings, then cached) before the
timing, and its build time is reported apart. Target: at least 5,000 messages/s. Baselines
in the same run, on the same messages: reading the bodies only (the SQL part), reading plus
the plain normalisation (`Folder.views`) with no rule run, and reading plus the check without
writing anything. Figures are wall time and CPU time of this process; the machine is shared,
so the CPU figure is the steadier one. Run: `.venv/bin/python benchmarks/bench_recheck.py`; the last
line is JSON.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select  # noqa: E402

from desktop.models.rules_tables import SafetyChecked, SafetyFlag  # noqa: E402
from desktop.models.tables import Message, Pair, Person  # noqa: E402
from desktop.safety.program import program_checker  # noqa: E402
from desktop.safety.ruleset import load_rule_set  # noqa: E402
from desktop.services.profiles import ProfileDirectory  # noqa: E402
from desktop.services.safety_rules import SafetyRulesService, checker_for_program  # noqa: E402
from desktop.services.safety_watch import SafetyWatch  # noqa: E402
from desktop.sync.keystore import put_directory, put_scope_key  # noqa: E402
from desktop.vault.kdf import KdfParams  # noqa: E402
from desktop.vault.keys import new_staff_key, program_op_key  # noqa: E402
from jumelage_protocol import Scope  # noqa: E402

N = 20_000
FLAGGED_SHARE = 0.005  # one message in 200 raises a category (most raise a flag)
PAIRS = 50
PROGRAM = "prog"
CLEAN = [
    "Salut! Comment ça va aujourd'hui?",
    "Hi! How was your week?",
    "ok cool",
    "merci 🙂",
    "J'ai eu 85 % à mon examen de maths et on a parlé de mon projet de sciences.",
    "My coach says practice is at 4:30 on Tuesday, then we have a game on Saturday.",
    "On se parle jeudi à 16 h en vidéo? J'ai hâte de te montrer mon dessin.",
    "The ticket was $12.50 and popcorn was $6, we saw the new movie with my cousins.",
    "Ma sœur est née en 2009 et moi en 2011, elle est en secondaire 5 cette année.",
    "I took photos of the sunset at the cottage, it was so pretty with the lake. " * 3,
]
FLAGGED = [
    "on pourrait fumer un joint samedi",
    "send me a pic of you",
    "c'est notre petit secret",
    "appelle-moi au 514-555-0199",
    "i'll buy you a new phone",
    "je vais te tuer",
]


def build(folder: Path):
    directory = ProfileDirectory(folder, kdf_params_factory=KdfParams.fast_for_tests)
    profile = directory.create(username="staff", passphrase="bench passphrase long",
                               display_name="Dominique", role="staff", person_id="s1",
                               program_id=PROGRAM)  # fmt: skip
    secret = bytes(new_staff_key())
    rng = random.Random(7)
    base = 1_760_000_000_000
    with profile.sessionmaker.begin() as s:
        put_scope_key(s, Scope.program(PROGRAM), 1, program_op_key(secret), secret=secret)
        put_directory(s, "s1", "staff", b"\0" * 32, b"\0" * 32)
        for p in range(PAIRS):
            for pid, role in ((f"m{p}", "mentor"), (f"e{p}", "mentee")):
                s.add(Person(id=pid, role=role, display_name=pid, program_id=PROGRAM))
                put_directory(s, pid, role, b"\0" * 32, b"\0" * 32)
            s.add(Pair(id=f"pair{p}", program_id=PROGRAM, mentor_id=f"m{p}", mentee_id=f"e{p}"))
            put_scope_key(s, Scope.pair(f"pair{p}"), 1, os.urandom(32))
        s.flush()
        rows = []
        for i in range(N):
            p = i % PAIRS
            body = rng.choice(FLAGGED) if rng.random() < FLAGGED_SHARE else rng.choice(CLEAN)
            rows.append({"id": f"msg{i:06d}", "pair_id": f"pair{p}",
                         "author_id": rng.choice((f"m{p}", f"e{p}")), "body": body,
                         "hlc": f"{base + i:015d}", "state": "sent", "edited": False,
                         "deleted": False, "created_at": _dt(base + i * 60_000)})  # fmt: skip
        s.execute(insert(Message), rows)
    SafetyRulesService(profile).set_words(PROGRAM, "money_gifts", {"fr": [
        "bitcoin*", "/\\bje (?:vais )?t'(?:envoie|envoyer|donne) \\d+/"]})  # fmt: skip
    return profile


def _dt(ms: int):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ms / 1000, UTC)


def timed(fn):  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        profile = build(Path(tmp))
        folder = load_rule_set().folder

        def read_only() -> int:
            with profile.sessionmaker() as s:
                return len(s.scalars(select(Message.body)).all())

        def read_and_fold() -> int:
            with profile.sessionmaker() as s:
                for body in s.scalars(select(Message.body)):
                    folder.views(body)
            return N

        def read_and_check() -> int:
            checker = program_checker({}, {})
            with profile.sessionmaker() as s:
                for body in s.scalars(select(Message.body)):
                    checker.check(body)
            return N

        read_only()  # warm the page cache for everyone alike
        _, read_wall, read_cpu = timed(read_only)
        _, fold_wall, fold_cpu = timed(read_and_fold)
        _, check_wall, check_cpu = timed(read_and_check)
        with profile.sessionmaker() as s:  # once per change of the settings, then cached
            _, _build_wall, build_cpu = timed(lambda: checker_for_program(s, PROGRAM))
        watch = SafetyWatch(profile)
        raised, wall, cpu = timed(watch.recheck)
        with profile.sessionmaker() as s:
            checked = s.scalar(select(func.count()).select_from(SafetyChecked))
            flags = s.scalar(select(func.count()).select_from(SafetyFlag))
        assert checked == N and 0 < flags <= len(raised), (checked, flags)
        profile.close()
    figures = {
        "messages": N,
        "recheck_msgs_per_s_wall": round(N / wall),
        "recheck_msgs_per_s_cpu": round(N / cpu),
        "flags_raised": flags,
        "baseline_read_only_msgs_per_s_cpu": round(N / read_cpu),
        "baseline_read_and_normalise_msgs_per_s_cpu": round(N / fold_cpu),
        "baseline_read_and_normalise_msgs_per_s_wall": round(N / fold_wall),
        "recheck_vs_normalise_cpu_ratio": round(fold_cpu / cpu, 3),
        "read_and_check_only_msgs_per_s_cpu": round(N / check_cpu),
        "program_checker_build_s_cpu": round(build_cpu, 2),
        "cores": os.cpu_count(),
        "read_only_wall_s": round(read_wall, 3),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
