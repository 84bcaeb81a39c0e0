"""A debug-only memory probe: GET /debug/memory, mounted only when JUMELAGE_DEBUG_MEMORY=1.

Why: the process RSS alone cannot tell a leak from glibc keeping its peak. This answers,
from inside the server, the Python heap (`sys.getallocatedblocks()`, and tracemalloc's
figure when the server runs with PYTHONTRACEMALLOC), the per-connection bookkeeping (live
hub, per-token limits, rate-limiter keys, asyncio tasks), and the RSS before and after
`malloc_trim(0)` when asked (`?trim=1`). Counts only: no ids, tokens or addresses. Never
mounted by default; a production server has no such route.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import gc
import os
import sys
import tracemalloc
from collections import Counter
from pathlib import Path

from fastapi import APIRouter, Request

from sync_server.context import ServerContext

ENV = "JUMELAGE_DEBUG_MEMORY"
router = APIRouter(prefix="/debug", tags=["debug"], include_in_schema=False)


def enabled() -> bool:
    return os.environ.get(ENV) == "1"


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def malloc_trim() -> bool:
    """Ask glibc to hand free heap pages back to the OS; False where there is no glibc."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    libc = ctypes.CDLL(name)
    if not hasattr(libc, "malloc_trim"):
        return False
    libc.malloc_trim(0)
    return True


def bookkeeping(ctx: ServerContext) -> dict[str, int]:
    """Entries that hold per-connection or per-key state: all should fall back once idle."""
    return {
        "live_connections": ctx.hub.connection_count(),
        "live_persons": len(ctx.hub._by_person),
        "live_token_counts": len(ctx.hub._per_token),
        "live_frame_buckets": len(ctx.live_frames._buckets),
        "prelogin_buckets": len(ctx.prelogin_rate._buckets),
        "enrol_buckets": len(ctx.enrol_rate._buckets),
        "account_tries": len(ctx.account_tries._tries),
        "address_tries": len(ctx.address_tries._tries),
    }


@router.get("/memory")
async def memory(request: Request, trim: bool = False) -> dict[str, object]:
    ctx: ServerContext = request.app.state.ctx
    gc.collect()
    answer: dict[str, object] = {
        "rss_kib": rss_kib(),
        "python_blocks": sys.getallocatedblocks(),
        "tracemalloc_kib": tracemalloc.get_traced_memory()[0] // 1024
        if tracemalloc.is_tracing()
        else None,
        "bookkeeping": bookkeeping(ctx),
        "asyncio_tasks": len(asyncio.all_tasks()),
        "top_types": dict(Counter(type(o).__name__ for o in gc.get_objects()).most_common(25)),
    }
    if trim and malloc_trim():
        answer["rss_after_trim_kib"] = rss_kib()
    return answer
