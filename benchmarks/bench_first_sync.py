"""First sign-in on a new PC with 100,000 ops of history: download + verify + decrypt + apply.

Starts a real server on loopback, builds a program (staff, mentor, mentee, one pair), pushes
OPS sealed and signed messages as the mentor, then times the mentee's sign-in on a fresh data
directory (the whole new-PC path). Baseline in the same run: applying the same OPS messages
as plaintext rows (no network, no crypto) into a fresh SQLCipher profile through the same
apply code. Per-op crypto costs (seal, sign, verify, open) are measured alone. The sign-in is
timed twice on fresh PCs: in one process (verification and decryption sharing the
interpreter with the database writer, as before the catch-up helper) and as the app does it
(a helper process downloads, verifies and decrypts while this one writes). Note that the
server runs on the same two cores here; on a real PC the client has both to itself.
Ends with one JSON line of figures.
Usage: python benchmarks/bench_first_sync.py [--ops N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import func, select  # noqa: E402

import desktop.sync.engine as engine_mod  # noqa: E402
from desktop.models.tables import Message  # noqa: E402
from desktop.services.accounts import client_for, sign_in  # noqa: E402
from desktop.services.profiles import ProfileDirectory  # noqa: E402
from desktop.sync.apply import apply_ops  # noqa: E402
from desktop.sync.keystore import own_keys, scope_key  # noqa: E402
from desktop.sync.ops import PlainOp, b64e, op_digest, open_op, seal_op, uuid7  # noqa: E402
from desktop.vault.envelope import sign_batch, verify_batch  # noqa: E402
from desktop.vault.kdf import KdfParams  # noqa: E402
from jumelage_protocol import PushRequest  # noqa: E402
from tests.support.server import start_server  # noqa: E402

BATCH = 1000


def _reaped_cpu() -> float:
    """CPU seconds of this process's finished children: the catch-up helper once joined
    (the server, still running, is not counted)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def make_ops(n: int, scope: str, author: str) -> list[PlainOp]:
    base = 1_700_000_000_000
    ops = []
    for i in range(n):
        op_id = uuid7()
        ops.append(
            PlainOp(
                op_id,
                scope,
                f"{base + i:013d}-00000-bench",
                author,
                "message",
                op_id,
                {"body": f"Message numéro {i} — bonjour, comment ça va ?", "created_at": base + i},
            )
        )
    return ops


def crypto_costs(ops: list[PlainOp], key: bytes, signer) -> dict[str, float]:
    sample = ops[:5000]
    t = time.perf_counter()
    envs = [seal_op(o, key, 1) for o in sample]
    seal = (time.perf_counter() - t) / len(sample)
    t = time.perf_counter()
    digests = [op_digest(e) for e in envs]
    digest = (time.perf_counter() - t) / len(sample)
    t = time.perf_counter()
    for d in digests[:2000]:
        sign_batch(signer, [d])
    sign_one = (time.perf_counter() - t) / 2000
    sig = sign_batch(signer, digests[:BATCH])
    t = time.perf_counter()
    for _ in range(50):
        verify_batch(bytes(signer.verify_key), digests[:BATCH], sig)
    verify_per_op = (time.perf_counter() - t) / 50 / BATCH
    t = time.perf_counter()
    for e in envs:
        open_op(e, key)
    open_ = (time.perf_counter() - t) / len(envs)
    return {
        "seal_us_per_op": round(seal * 1e6, 2),
        "digest_us_per_op": round(digest * 1e6, 2),
        "sign_us_per_signature": round(sign_one * 1e6, 2),
        "verify_us_per_op_in_batch_of_1000": round(verify_per_op * 1e6, 3),
        "open_us_per_op": round(open_ * 1e6, 2),
    }


async def main(n: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="bench-first-sync-"))
    server = start_server(tmp)
    try:
        sc = await server.new_program(tmp / "pcs")
        mentor, mentee = sc.mentors[0], sc.mentees[0]
        scope = f"pair:{sc.pairs[0]}"
        with mentor.profile.sessionmaker() as s:
            key_id, key = scope_key(s, scope)
            signer = own_keys(s, mentor.profile.person_id).signing_key
        ops = make_ops(n, scope, mentor.profile.person_id)
        figures = crypto_costs(ops, key, signer)

        t = time.perf_counter()
        async with client_for(mentor.profile) as client:
            for i in range(0, n, BATCH):
                envs = [seal_op(o, key, key_id) for o in ops[i : i + BATCH]]
                sig = sign_batch(signer, [op_digest(e) for e in envs])
                await client.push(PushRequest(ops=envs, signature=b64e(sig)))
        figures["history_push_s"] = round(time.perf_counter() - t, 2)

        async def first_sign_in(folder: str) -> tuple[float, float, float]:
            """Seconds, this process's CPU seconds, the helper's CPU seconds."""
            fresh = ProfileDirectory(tmp / folder, kdf_params_factory=KdfParams.fast_for_tests)
            t, cpu, helper = time.perf_counter(), time.process_time(), _reaped_cpu()
            restored = await sign_in(fresh, server.base_url, mentee.username, mentee.passphrase)
            took = time.perf_counter() - t
            cpu, helper = time.process_time() - cpu, _reaped_cpu() - helper
            with restored.sessionmaker() as s:
                count = s.scalar(select(func.count()).select_from(Message))
            assert count == n, f"restored {count} of {n} messages"
            restored.close()
            return took, cpu, helper

        # Before/after in one run: everything in this process, then with the catch-up helper.
        saved = engine_mod.CATCH_UP_OPS
        engine_mod.CATCH_UP_OPS = sys.maxsize  # never
        try:
            one_process, one_process_cpu, _ = await first_sign_in("new-pc-one-process")
        finally:
            engine_mod.CATCH_UP_OPS = saved
        first_sync, main_cpu, helper_cpu = await first_sign_in("new-pc")

        t = time.perf_counter()  # the server's and the network's share: pages fetched, not applied
        async with client_for(mentee.profile) as client:
            after, more = 0, True
            while more:
                page = await client.pull(scope, after)
                after, more = page.next_after, page.has_more
        download_only = time.perf_counter() - t

        base_dir = ProfileDirectory(tmp / "baseline", kdf_params_factory=KdfParams.fast_for_tests)
        plain = base_dir.create(username="b", passphrase="b", display_name="B", role="mentee")
        with plain.sessionmaker.begin() as s:
            from desktop.models.tables import Pair

            s.add(Pair(id=sc.pairs[0], program_id="p", mentor_id="a", mentee_id="b"))
        t = time.perf_counter()
        for i in range(0, n, 250):  # same page size as the pull
            with plain.sessionmaker.begin() as s:
                apply_ops(s, ops[i : i + 250])
        baseline = time.perf_counter() - t
        plain.close()
        sc.close()
        figures.update(
            {
                "ops": n,
                "first_sync_s": round(first_sync, 2),
                "first_sync_ops_per_s": round(n / first_sync),
                "first_sync_one_process_ops_per_s": round(n / one_process),
                "helper_vs_one_process_ratio": round(one_process / first_sync, 3),
                # CPU seconds: what a PC whose server is elsewhere has to find on its cores
                "one_process_cpu_s": round(one_process_cpu, 2),
                "with_helper_main_process_cpu_s": round(main_cpu, 2),
                "with_helper_helper_cpu_s": round(helper_cpu, 2),
                "main_process_cpu_vs_one_process_ratio": round(main_cpu / one_process_cpu, 3),
                "download_only_ops_per_s": round(n / download_only),
                "baseline_plain_apply_ops_per_s": round(n / baseline),
                "first_sync_vs_plain_apply_ratio": round(baseline / first_sync, 3),
            }
        )
        return figures
    finally:
        server.stop()
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=100_000)
    result = asyncio.run(main(parser.parse_args().ops))
    print(json.dumps(result))
    os._exit(0)
