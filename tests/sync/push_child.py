"""A real client process for the crash test: unlock a profile and push its outbox.

With `--stall-after N` it stops answering right after the server acknowledged its N-th
batch (before the client records that), prints STALLED and waits to be killed with -9.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

from desktop.services.accounts import engine_for
from desktop.services.profiles import ProfileDirectory
from desktop.sync import engine as engine_module
from desktop.vault.kdf import KdfParams


async def main(args: argparse.Namespace) -> None:
    directory = ProfileDirectory(Path(args.data_dir), kdf_params_factory=KdfParams.fast_for_tests)
    profile = directory.unlock(args.username, args.passphrase)
    engine_module.PUSH_BATCH = args.batch
    eng = engine_for(profile, live=False)
    if args.stall_after:
        real_push, count = eng.client.push, 0

        async def stalling_push(req):
            nonlocal count
            resp = await real_push(req)
            count += 1
            if count >= args.stall_after:
                print("STALLED", flush=True)
                while True:
                    time.sleep(60)  # the server has the batch; we never record it
            return resp

        eng.client.push = stalling_push
    await eng.sync_once()
    print("DONE", eng.status.pending, flush=True)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    for name in ("--data-dir", "--username", "--passphrase"):
        p.add_argument(name, required=True)
    p.add_argument("--batch", type=int, default=20)
    p.add_argument("--stall-after", type=int, default=0)
    asyncio.run(main(p.parse_args()))
    sys.exit(0)
