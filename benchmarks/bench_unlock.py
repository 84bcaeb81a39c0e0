"""Unlock cost with the production key derivation: KDF + open + migrations check, in ms.

Creates one profile with the production Argon2id parameters in a temporary folder, then
times three sign-ins and keeps the median: the whole `ProfileDirectory.unlock` (find the
profile, Argon2id + HKDF, unwrap, open SQLCipher, check the schema, read the person) and its
parts. Baselines measured in the same run: Bitwarden's default Argon2id parameters (64 MiB,
3 passes, 4 lanes) and a pooled connection checkout against a freshly opened SQLCipher
connection (why the engine pools connections).

Run: .venv/bin/python benchmarks/bench_unlock.py   (last line of output: one JSON object)
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.services.profiles import ProfileDirectory  # noqa: E402
from desktop.vault.kdf import KdfParams, derive_master_key, split_master_key  # noqa: E402

RUNS = 3
PASSPHRASE = "une phrase de passe assez longue"


def _median_ms(work) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def main() -> None:
    production = KdfParams.new()
    bitwarden = KdfParams(1, 64 * 1024, 3, 4, production.salt)
    with tempfile.TemporaryDirectory() as tmp:
        directory = ProfileDirectory(Path(tmp))
        directory.create(
            username="bench", passphrase=PASSPHRASE, display_name="Bench", role="mentor"
        ).close()

        kdf_ms = _median_ms(lambda: split_master_key(derive_master_key(PASSPHRASE, production)))
        bitwarden_ms = _median_ms(
            lambda: split_master_key(derive_master_key(PASSPHRASE, bitwarden))
        )
        unlock_ms = _median_ms(lambda: directory.unlock("bench", PASSPHRASE).close())
        keys = directory.derive("bench", PASSPHRASE)
        open_ms = _median_ms(lambda: directory.unlock("bench", PASSPHRASE, keys=keys).close())

        profile = directory.unlock("bench", PASSPHRASE, keys=keys)
        engine = profile.engine

        def fresh() -> None:
            engine.dispose()  # the next checkout opens a new SQLCipher connection
            engine.raw_connection().close()

        def pooled() -> None:
            engine.raw_connection().close()

        fresh_ms = _median_ms(fresh)
        pooled_ms = _median_ms(pooled)
        profile.close()

    figures = {
        "unlock_ms": round(unlock_ms, 1),
        "kdf_ms": round(kdf_ms, 1),
        "open_and_migrations_check_ms": round(open_ms, 1),
        "kdf_bitwarden_defaults_ms": round(bitwarden_ms, 1),
        "kdf_vs_bitwarden_ratio": round(kdf_ms / bitwarden_ms, 2),
        "unlock_vs_kdf_ratio": round(unlock_ms / kdf_ms, 3),
        "new_connection_ms": round(fresh_ms, 2),
        "pooled_checkout_ms": round(pooled_ms, 3),
    }
    print(
        f"Argon2id {production.memory_kib // 1024} MiB, {production.passes} passes, "
        f"{production.lanes} lanes: {kdf_ms:.0f} ms (Bitwarden defaults {bitwarden_ms:.0f} ms)"
    )
    print(f"unlock (KDF + unwrap + open + migrations check): {unlock_ms:.0f} ms")
    print(f"  of which open + migrations check: {open_ms:.1f} ms")
    print(f"new SQLCipher connection {fresh_ms:.2f} ms, pooled checkout {pooled_ms:.3f} ms")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
