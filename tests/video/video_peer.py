"""One call peer in its own process, for the call tests and benchmarks/bench_calls.py.

Runs a `CallManager` on its own asyncio loop (this process's main thread) with synthetic
camera and microphone tracks, connected to a `SignallingRelay` on loopback. It prints one
JSON object per line on stdout (state changes, modes, stats with frame checks and this
process's CPU time) and obeys one-word commands on stdin (hangup, mute, camera_off,
mode <m>, quit). `--limit-kbps` polices this peer's outgoing RTP with a token bucket, a
real degraded uplink for the mode ladder (packets over the rate are dropped).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

from aiortc.rtcdtlstransport import RTCDtlsTransport  # noqa: E402

from desktop.video.call import CallOptions, CallState  # noqa: E402
from desktop.video.manager import CallManager  # noqa: E402
from desktop.video.media import CAMERA_BUSY, MediaUnavailable  # noqa: E402
from desktop.video.modes import Mode  # noqa: E402
from desktop.video.signalling import StreamSignalling  # noqa: E402
from desktop.video.tracks import (  # noqa: E402
    SyntheticAudioTrack,
    SyntheticVideoTrack,
    read_frame_counter,
)


def emit(event: str, **fields) -> None:
    # `mono` is the clock a call measures its durations with (time.monotonic by default)
    fields.update(event=event, wall=time.time(), mono=time.monotonic(), cpu_s=time.process_time())
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def police_uplink(kbps: float) -> None:
    """Drop outgoing RTP (not RTCP) over `kbps`, like a policed bottleneck."""
    original = RTCDtlsTransport._send_rtp
    bucket = {"tokens": kbps * 1000 * 0.1, "at": time.monotonic()}
    depth = kbps * 1000 * 0.1  # 100 ms of burst

    async def _send_rtp(self, data: bytes) -> None:
        is_rtcp = len(data) > 1 and 192 <= data[1] <= 223
        if not is_rtcp:
            now = time.monotonic()
            bucket["tokens"] = min(depth, bucket["tokens"] + (now - bucket["at"]) * kbps * 1000)
            bucket["at"] = now
            if bucket["tokens"] < len(data) * 8:
                return
            bucket["tokens"] -= len(data) * 8
        await original(self, data)

    RTCDtlsTransport._send_rtp = _send_rtp


class FrameCheck:
    def __init__(self) -> None:
        self.frames = self.good = self.audio = 0
        self.last = -1
        self.first_at: float | None = None
        self.sizes: set[tuple[int, int]] = set()

    def video(self, frame) -> None:
        self.frames += 1
        if self.first_at is None:
            self.first_at = time.time()
            emit("first_frame", width=frame.width, height=frame.height)
        self.sizes.add((frame.width, frame.height))
        n = read_frame_counter(frame)
        if n is not None and n > self.last:
            self.good += 1
            self.last = n

    def audio_frame(self, frame) -> None:
        self.audio += 1


async def main(args: argparse.Namespace) -> None:
    if args.limit_kbps:
        police_uplink(args.limit_kbps)
    if args.camera == "ok":
        SyntheticVideoTrack(args.width, args.height, args.fps)  # draw the texture now: a
        # real camera is open before the call, so its start-up is not call set-up time
    signalling = await StreamSignalling.connect("127.0.0.1", args.port)

    def camera():
        if args.camera == "busy":
            raise MediaUnavailable(CAMERA_BUSY)
        return SyntheticVideoTrack(args.width, args.height, args.fps)

    options = CallOptions(
        silence_s=args.silence,
        reconnect_timeout_s=args.reconnect,
        mode_hold_s=args.hold,
        probe_after_s=args.probe,
        stats_interval_s=args.stats_interval,
        initial_mode=Mode(args.mode),
    )
    manager = CallManager(
        signalling,
        local_id=args.id,
        role=args.role,
        camera=None if args.camera == "none" else camera,
        microphone=SyntheticAudioTrack,
        options=options,
    )
    check = FrameCheck()
    done = asyncio.Event()

    def wire(call) -> None:
        def on_state(state, ended) -> None:
            extra = {"reason": ended.reason, "duration_s": ended.duration_s} if ended else {}
            emit("state", state=str(state), **extra)
            if state == CallState.ENDED:
                done.set()

        call.on_state = on_state
        call.on_remote_video_frame = check.video
        call.on_remote_audio_frame = check.audio_frame
        call.on_mode = lambda mode, by, reason: emit("mode", mode=str(mode), by=by, reason=reason)
        call.on_media_error = lambda code: emit("media_error", code=code)
        call.on_remote_mute = lambda audio, video: emit("remote_mute", audio=audio, video=video)

        def on_stats(stats) -> None:
            emit(
                "stats",
                at=stats.at,
                mode=str(call.mode),
                frames=check.frames,
                good_frames=check.good,
                last_counter=check.last,
                audio_frames=check.audio,
                sizes=sorted(check.sizes),
                fps=stats.received_fps,
                sent_video_bps=stats.sent_video_bps,
                sent_audio_bps=stats.sent_audio_bps,
                received_bps=stats.received_bps,
                loss=stats.loss,
                rtt_s=stats.rtt_s,
                estimate_bps=stats.estimate_bps,
                encode_cpu=stats.encode_cpu,
                quality=stats.quality,
            )

        call.on_stats = on_stats

    manager.on_incoming = wire
    manager.on_presence = lambda pid, role, present: emit(
        "presence", person_id=pid, role=role, present=present
    )
    manager.start()
    emit("ready")
    call = None
    if args.offer:
        call = manager.new_call(args.call_id, args.remote)
        wire(call)
        emit("offering")
        await call.start(offer=True)

    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)

    async def commands() -> None:
        while line := (await reader.readline()).decode().strip():
            current = call or next(iter(manager.calls.values()), None)
            word, _, rest = line.partition(" ")
            if word == "quit":
                await manager.close()
                done.set()
            elif current is None:
                emit("error", detail="no call")
            elif word == "hangup":
                await current.hang_up()
            elif word == "mute":
                current.set_muted(True)
            elif word == "camera_off":
                current.set_camera_enabled(False)
            elif word == "mode":
                current.set_mode(rest)
            emit("ack", command=word)

    command_task = asyncio.ensure_future(commands())
    await done.wait()
    command_task.cancel()
    await manager.close()
    emit("exit", frames=check.frames, good_frames=check.good, audio_frames=check.audio)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--id", required=True)
    parser.add_argument("--remote")
    parser.add_argument("--role", default=None)
    parser.add_argument("--call-id", default="pair-1")
    parser.add_argument("--offer", action="store_true")
    parser.add_argument("--camera", choices=["ok", "none", "busy"], default="ok")
    parser.add_argument("--width", type=int, default=640)
    parser.add_argument("--height", type=int, default=480)
    parser.add_argument("--fps", type=int, default=30)
    parser.add_argument("--mode", default="video")
    parser.add_argument("--silence", type=float, default=2.0)
    parser.add_argument("--reconnect", type=float, default=30.0)
    parser.add_argument("--hold", type=float, default=5.0)
    parser.add_argument("--probe", type=float, default=30.0)
    parser.add_argument("--stats-interval", type=float, default=1.0)
    parser.add_argument("--limit-kbps", type=float, default=0.0)
    asyncio.run(main(parser.parse_args()))
