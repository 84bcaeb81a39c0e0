"""A call peer (or the signalling relay) for `bench_calls_links.py`, run inside a network namespace.

`relay --port P` forwards JSON lines between every client (like tests/video/video_relay.py, but
listening on all of the namespace's addresses). `peer --host H --port P ...` runs a
`CallManager` with synthetic 640x480/30 video and a tone, optionally with an ICE configuration
(a JSON file in the `IceConfig` shape, for the TURN cases), prints one JSON event per line
(state, mode, stats once a second with frame checks and this process's CPU time) and obeys
`hangup` / `quit` on stdin. Runs its own asyncio loop on the main thread.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "video"))

from video_peer import FrameCheck, emit  # noqa: E402

from desktop.services.calls import CALL_OPTIONS  # noqa: E402
from desktop.video.call import CallState  # noqa: E402
from desktop.video.manager import CallManager  # noqa: E402
from desktop.video.signalling import StreamSignalling  # noqa: E402
from desktop.video.tracks import SyntheticAudioTrack, SyntheticVideoTrack  # noqa: E402


async def relay(port: int) -> None:
    clients: set[asyncio.StreamWriter] = set()

    async def client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        clients.add(writer)
        try:
            while line := await reader.readline():
                for other in list(clients):
                    if other is not writer:
                        other.write(line)
        except (ConnectionError, ValueError):
            pass
        finally:
            clients.discard(writer)
            writer.close()

    server = await asyncio.start_server(client, "0.0.0.0", port, limit=1 << 20)
    emit("ready")
    async with server:
        await asyncio.sleep(600)  # bounded: the benchmark kills it long before


def impair(delay_ms: float, loss_pct: float) -> None:
    """netem in userspace (this kernel has no netem): delay and drop outgoing RTP and RTCP."""
    import random

    from aiortc.rtcdtlstransport import RTCDtlsTransport

    original = RTCDtlsTransport._send_rtp
    chance = random.Random(5)

    async def _send_rtp(self, data: bytes) -> None:
        if chance.random() * 100 < loss_pct:
            return
        if delay_ms:
            loop = asyncio.get_running_loop()
            loop.call_later(delay_ms / 1000, lambda: asyncio.ensure_future(original(self, data)))
            return
        await original(self, data)

    RTCDtlsTransport._send_rtp = _send_rtp


def repair_counters(call) -> dict:
    """The engine's internals behind the figures (keyframes, resends, skipped holes)."""
    from desktop.video.repair import ResendLimiter

    encoder = getattr(call._link.senders.get("video"), "_RTCRtpSender__encoder", None)
    limiter = next((r for r in call._link.repairs if isinstance(r, ResendLimiter)), None)
    buffers = [r for r in call._link.repairs if not isinstance(r, ResendLimiter)]
    return {
        "keyframes": getattr(encoder, "keyframes", 0),
        "target_bps": call._link.cap.encoder_target() if call._link.cap else None,
        "resent": limiter.resent if limiter else 0,
        "resends_skipped": limiter.skipped if limiter else 0,
        "holes_skipped": sum(b.holes_skipped for b in buffers),
    }


def debug_log(name: str) -> None:
    """With JM_PEER_LOG_DIR set (`bench_calls_links.py --logs`), log ICE/TURN and call events."""
    folder = os.environ.get("JM_PEER_LOG_DIR")
    if not folder:
        return
    logging.basicConfig(
        filename=str(Path(folder) / f"{name}.log"),
        level=logging.INFO,
        format="%(asctime)s %(name)s %(message)s",
    )
    for noisy in ("aioice", "aiortc.rtcdtlstransport", "desktop.video.repair"):
        logging.getLogger(noisy).setLevel(logging.DEBUG)


async def peer(args: argparse.Namespace) -> None:
    debug_log(args.id)
    if args.delay_ms or args.loss_pct:
        impair(args.delay_ms, args.loss_pct)
    SyntheticVideoTrack(640, 480, 30)  # draw the texture before the call, as a camera is open
    ice = json.loads(Path(args.ice).read_text()) if args.ice else None
    signalling = None
    for _ in range(50):  # the relay may still be starting: bounded retries
        try:
            signalling = await StreamSignalling.connect(args.host, args.port)
            break
        except OSError:
            await asyncio.sleep(0.1)
    if signalling is None:
        emit("error", detail="no relay")
        return
    options = dataclasses.replace(CALL_OPTIONS, stats_interval_s=1.0)  # the app's own options
    manager = CallManager(
        signalling,
        local_id=args.id,
        ice=ice,
        camera=lambda: SyntheticVideoTrack(640, 480, 30),
        microphone=SyntheticAudioTrack,
        options=options,
    )
    check = FrameCheck()
    done = asyncio.Event()

    def wire(call) -> None:
        def on_state(state, ended) -> None:
            extra = {"reason": ended.reason} if ended else {}
            emit("state", state=str(state), **extra)
            if state == CallState.ENDED:
                done.set()

        call.on_state = on_state
        call.on_remote_video_frame = check.video
        call.on_remote_audio_frame = check.audio_frame
        call.on_mode = lambda mode, by, reason: emit("mode", mode=str(mode), by=by, reason=reason)
        call.on_stats = lambda s: emit(
            "stats",
            mode=str(call.mode),
            frames=check.frames,
            audio_frames=check.audio,
            sizes=sorted(check.sizes),
            fps=s.received_fps,
            sent_video_bps=s.sent_video_bps,
            sent_audio_bps=s.sent_audio_bps,
            received_bps=s.received_bps,
            loss=s.loss,
            rtt_s=s.rtt_s,
            estimate_bps=s.estimate_bps,
            **repair_counters(call),
        )

    manager.on_incoming = wire
    manager.start()
    emit("ready")
    if args.offer:
        call = manager.new_call("bench-1", args.remote)
        wire(call)
        emit("offering")
        await call.start(offer=True)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)

    async def commands() -> None:
        while line := (await reader.readline()).decode().strip():
            current = next(iter(manager.calls.values()), None)
            if line == "quit":
                done.set()
            elif line == "hangup" and current is not None:
                await current.hang_up()

    task = asyncio.ensure_future(commands())
    try:
        await asyncio.wait_for(done.wait(), args.max_seconds)
    except TimeoutError:
        emit("error", detail="time limit")
    task.cancel()
    await manager.close()
    emit("exit", frames=check.frames, audio_frames=check.audio)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    r = sub.add_parser("relay")
    r.add_argument("--port", type=int, required=True)
    p = sub.add_parser("peer")
    p.add_argument("--host", required=True)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--id", required=True)
    p.add_argument("--remote")
    p.add_argument("--offer", action="store_true")
    p.add_argument("--ice")
    p.add_argument("--max-seconds", type=float, default=180.0)
    p.add_argument("--delay-ms", type=float, default=0.0)
    p.add_argument("--loss-pct", type=float, default=0.0)
    a = parser.parse_args()
    asyncio.run(relay(a.port) if a.what == "relay" else peer(a))
