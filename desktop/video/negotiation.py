"""Connection attempts of a `Call`: peer connections, offers and answers, and failing over.

An object the `Call` is composed with: it owns the peer connection of the current attempt
and its media plumbing (senders, bitrate cap, repairs, sinks), and reaches back to the call
only through `CallHost` (send, connected, end, ...). Runs on the network loop thread. The
caller makes up to two attempts: all candidates first, then
relay-only through TURN (over TLS/TCP when offered). When an attempt has failed is judged per
phase (`attempts.AttemptWatch`: gathering stuck on a server that does not answer over UDP,
or ICE checks without a pair), not by one blanket timeout. Offers and answers carry their
attempt number, and a gathering that ends after its attempt was dropped sends nothing, so
nothing late can hijack the next attempt. A callee that cannot gather on a direct offer asks
for the next attempt at once (`retry`). Negotiation runs in tasks of its own so that a slow
gathering never holds up the signalling loop (a `bye` or a newer offer still gets through).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, Protocol

from aiortc import RTCDataChannel, RTCPeerConnection, RTCRtpSender, RTCSessionDescription
from aiortc.contrib.media import MediaRelay
from aiortc.mediastreams import MediaStreamTrack
from av.frame import Frame

from desktop.video import ice as ice_mod
from desktop.video.attempts import AttemptLimits, AttemptWatch, Phase
from desktop.video.bitrate import BitrateCap, cap_audio_sender, cap_video_sender
from desktop.video.call_types import CallOptions, CallState, EndReason
from desktop.video.modes import SPECS, Mode
from desktop.video.repair import RepairingJitterBuffer, ResendLimiter, install_jitter_buffer
from desktop.video.signalling import Message
from desktop.video.tasks import TaskSet
from desktop.video.tracks import FrameSink, LimitedVideoTrack

log = logging.getLogger(__name__)
WATCH_TICK_S = 0.1


class CallHost(Protocol):
    """What a `Negotiation` needs from its call."""

    call_id: str
    role: str | None
    state: CallState
    sources: dict[str, MediaStreamTrack]  # the opened camera and microphone, by kind

    @property
    def ending(self) -> bool:
        """Hanging up: no new attempt may start."""
        ...

    async def send(self, kind: str, **body: object) -> None: ...
    async def send_quietly(self, kind: str, **body: object) -> None: ...
    def remote_frame(self, kind: str, frame: Frame) -> None: ...
    def use_channel(self, channel: RTCDataChannel) -> None: ...
    def apply_media(self) -> None: ...
    def connected(self) -> None: ...
    async def end(self, reason: str) -> None: ...


class Negotiation:
    """The connection attempts of one call and the peer connection of the current one."""

    def __init__(
        self,
        call: CallHost,
        *,
        ice: ice_mod.IceSource,
        options: CallOptions,
        tasks: TaskSet,
        clock: Callable[[], float],
    ) -> None:
        self._call, self._ice, self.options = call, ice, options
        self._tasks, self._clock = tasks, clock
        self.offerer = False
        self.attempts: list[bool] = [False]
        self.attempt = 0
        self.watch = AttemptWatch(
            AttemptLimits(options.gather_timeout_s, options.checking_timeout_s,
                          options.connect_timeout_s)
        )  # fmt: skip
        self.pc: RTCPeerConnection | None = None
        self._pc_closed = asyncio.Event()
        self._relay = MediaRelay()
        self.outgoing: dict[str, MediaStreamTrack] = {}
        self.senders: dict[str, RTCRtpSender] = {}
        self.cap: BitrateCap | None = None  # the video sender's
        # jitter buffers and resend limiters, tuned to the RTT
        self.repairs: list[RepairingJitterBuffer | ResendLimiter] = []
        self.sinks: list[FrameSink] = []
        self.video_sink: FrameSink | None = None

    def prepare(self, offer: bool) -> None:
        """Before the first attempt: the caller tries direct, then relay-only, paths."""
        self.offerer = offer
        self.attempts = ice_mod.attempts(self._ice) if offer else [False]

    def _new_pc(self, relay_only: bool) -> RTCPeerConnection:
        pc = RTCPeerConnection(ice_mod.build_configuration(self._ice, relay_only=relay_only))
        self.pc, self.senders, self.cap, self.repairs = pc, {}, None, []
        self._pc_closed = asyncio.Event()

        @pc.on("connectionstatechange")
        async def _changed() -> None:
            if pc is self.pc:
                await self._on_connection_state(pc.connectionState)

        @pc.on("iceconnectionstatechange")
        def _ice_changed() -> None:
            phase = {"checking": Phase.CHECKING, "completed": Phase.SECURING}
            if pc is self.pc and pc.iceConnectionState in phase:
                self.watch.enter(phase[pc.iceConnectionState], self._clock())

        @pc.on("track")
        def _track(track: MediaStreamTrack) -> None:
            kind = track.kind
            sink = FrameSink(track, lambda frame: self._call.remote_frame(kind, frame))
            if track.kind == "video":
                self.video_sink = sink
            self.sinks.append(sink)

        @pc.on("datachannel")
        def _channel(channel: RTCDataChannel) -> None:
            self._call.use_channel(channel)

        return pc

    def _add_media(self, pc: RTCPeerConnection) -> None:
        for kind in ("audio", "video"):
            source = self._call.sources.get(kind)
            if source is None:
                if self.offerer:
                    pc.addTransceiver(kind, direction="recvonly")
                continue
            out = self._relay.subscribe(source, buffered=False)
            if kind == "video":
                spec = SPECS[Mode.VIDEO]
                out = LimitedVideoTrack(out, spec.width, spec.height, spec.fps)
            self.outgoing[kind] = out
            sender = pc.addTrack(out)
            self.senders[kind] = sender
            if kind == "video":
                self.cap = cap_video_sender(sender, SPECS[Mode.VIDEO].max_bps)
                self.repairs.append(ResendLimiter(sender, self.cap.current_bps))
            else:
                cap_audio_sender(sender)
        if self.offerer:
            video_codecs = [
                c
                for c in RTCRtpSender.getCapabilities("video").codecs
                if c.mimeType.lower() in ("video/vp8", "video/rtx")
            ]
            for transceiver in pc.getTransceivers():
                if transceiver.kind == "video":
                    transceiver.setCodecPreferences(video_codecs)
        for transceiver in pc.getTransceivers():
            if transceiver.kind == "video":
                self.repairs.append(install_jitter_buffer(transceiver.receiver))
        self._call.apply_media()

    def _negotiate(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        return self._tasks.spawn(coro)  # a failure (e.g. SDP aiortc refuses) is logged there

    def begin_offer(self) -> asyncio.Task[None]:
        final = self.attempt + 1 >= len(self.attempts)
        self.watch.begin(self._clock(), final=final)
        return self._negotiate(self._send_offer(self.attempt, final))

    async def _send_offer(self, attempt: int, final: bool) -> None:
        relay_only = self.attempts[attempt]
        await self.close_pc()
        if self._call.ending or attempt != self.attempt:
            return
        pc = self._new_pc(relay_only)
        self._add_media(pc)
        # Heartbeats only: unordered and never resent, so one lost in a full queue does not
        # hold back the ones after it (SCTP's first resend waits 3 s: 'reconnecting' for nothing).
        self._call.use_channel(pc.createDataChannel("ctl", ordered=False, maxRetransmits=0))
        if not await self._set_local(pc, await pc.createOffer()):
            return
        self.watch.enter(Phase.SIGNALLING, self._clock())
        body: Message = {
            "sdp": pc.localDescription.sdp,
            "relay_only": relay_only,
            "attempt": attempt,
            "final": final,
        }
        if self._call.role:
            body["role"] = self._call.role
        await self._call.send("offer", **body)

    def begin_answer(self, msg: Message) -> None:
        self.attempt = msg["attempt"]
        # A direct offer may be followed by a relay-only one: wait for it a while longer.
        total = self.options.connect_timeout_s * (1 if msg["final"] else 2)
        self.watch.begin(self._clock(), final=msg["final"], total_s=total)
        self._negotiate(self._answer(msg))

    async def _answer(self, msg: Message) -> None:
        attempt = msg["attempt"]
        await self.close_pc()
        if self._call.ending or attempt != self.attempt:
            return
        pc = self._new_pc(msg["relay_only"])
        await pc.setRemoteDescription(RTCSessionDescription(msg["sdp"], "offer"))
        self._add_media(pc)
        if not await self._set_local(pc, await pc.createAnswer()):
            return
        self.watch.enter(Phase.SIGNALLING, self._clock())
        await self._call.send("answer", sdp=pc.localDescription.sdp, attempt=attempt)

    async def _set_local(self, pc: RTCPeerConnection, description: RTCSessionDescription) -> bool:
        """Set the local description (aiortc gathers candidates here, up to 5 s when a server
        does not answer); False if the attempt was dropped meanwhile. The gathering is left
        to finish by itself, never cancelled: cancelling it mid-way can leak an allocation."""
        closed = self._pc_closed
        gather = self._tasks.spawn(pc.setLocalDescription(description), cancel_at_close=False)
        dropped = asyncio.ensure_future(closed.wait())
        try:
            await asyncio.wait({gather, dropped}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            dropped.cancel()
        if pc is not self.pc or not gather.done():
            return False
        gather.result()
        return True

    async def close_pc(self) -> None:
        pc, self.pc = self.pc, None
        self._pc_closed.set()
        for sink in self.sinks:
            await sink.stop()
        for track in self.outgoing.values():
            track.stop()  # our relay subscription (and scaler), never the camera itself
        self.sinks, self.video_sink, self.outgoing = [], None, {}
        if pc is not None:
            await pc.close()

    async def connect_watchdog(self) -> None:
        while self._call.state == CallState.CONNECTING:
            await asyncio.sleep(WATCH_TICK_S)
            reason = self.watch.overdue(self._clock())
            if reason and self._call.state == CallState.CONNECTING:
                await self.attempt_failed(reason)

    async def attempt_failed(self, reason: str) -> None:
        """The offerer moves to the next attempt; the callee asks for it or gives up."""
        call_id = self._call.call_id
        if self.offerer and self.attempt + 1 < len(self.attempts):
            self.attempt += 1
            log.info("call %s: attempt failed (%s), retrying relay-only", call_id, reason)
            self.begin_offer()
        elif not self.offerer and not self.watch.final:
            log.info("call %s: attempt failed (%s), asking for relay-only", call_id, reason)
            self.watch.begin(self._clock(), final=True, phase=Phase.SIGNALLING)
            await self._call.send_quietly("retry", attempt=self.attempt)
        else:
            log.info("call %s: connection failed (%s)", self._call.call_id, reason)
            await self._call.end(EndReason.CONNECTION_FAILED)

    async def _on_connection_state(self, state: str) -> None:
        if state == "connected" and self._call.state == CallState.CONNECTING:
            self.watch.enter(Phase.CONNECTED, self._clock())
            self._call.connected()
        elif state == "failed" and self._call.state == CallState.CONNECTING:
            await self.attempt_failed("failed")
