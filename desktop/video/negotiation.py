"""Connection attempts of a `Call`: peer connections, offers and answers, and failing over.

A mixin of `Call` (it works on the call's state), split out to keep each module small; runs
on the network loop thread. The caller makes up to two attempts: all candidates first, then
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
from typing import Any

from aiortc import RTCPeerConnection, RTCRtpSender, RTCSessionDescription

from desktop.video import ice as ice_mod
from desktop.video.attempts import Phase
from desktop.video.bitrate import cap_audio_sender, cap_video_sender
from desktop.video.call_types import CallState, EndReason
from desktop.video.modes import SPECS, Mode
from desktop.video.repair import ResendLimiter, install_jitter_buffer
from desktop.video.tracks import FrameSink, LimitedVideoTrack

log = logging.getLogger(__name__)
WATCH_TICK_S = 0.1


class Negotiation:
    """The negotiating half of `Call`; every attribute used here is set in `Call.__init__`."""

    _pc: Any
    _attempt: int

    def _new_pc(self, relay_only: bool) -> RTCPeerConnection:
        pc = RTCPeerConnection(ice_mod.build_configuration(self._ice, relay_only=relay_only))
        self._pc, self._senders, self._cap, self._repairs = pc, {}, None, []
        self._pc_closed = asyncio.Event()

        @pc.on("connectionstatechange")
        async def _changed() -> None:
            if pc is self._pc:
                await self._on_connection_state(pc.connectionState)

        @pc.on("iceconnectionstatechange")
        def _ice_changed() -> None:
            phase = {"checking": Phase.CHECKING, "completed": Phase.SECURING}
            if pc is self._pc and pc.iceConnectionState in phase:
                self._watch.enter(phase[pc.iceConnectionState], self._clock())

        @pc.on("track")
        def _track(track: Any) -> None:
            name = "on_remote_video_frame" if track.kind == "video" else "on_remote_audio_frame"
            sink = FrameSink(track, lambda frame: self._emit(getattr(self, name), frame))
            if track.kind == "video":
                self._video_sink = sink
            self._sinks.append(sink)

        @pc.on("datachannel")
        def _channel(channel: Any) -> None:
            self._use_channel(channel)

        return pc

    def _add_media(self, pc: RTCPeerConnection) -> None:
        for kind in ("audio", "video"):
            source = self._sources.get(kind)
            if source is None:
                if self._offerer:
                    pc.addTransceiver(kind, direction="recvonly")
                continue
            out = self._relay.subscribe(source, buffered=False)
            if kind == "video":
                spec = SPECS[Mode.VIDEO]
                out = LimitedVideoTrack(out, spec.width, spec.height, spec.fps)
            self._outgoing[kind] = out
            sender = pc.addTrack(out)
            self._senders[kind] = sender
            if kind == "video":
                self._cap = cap_video_sender(sender, SPECS[Mode.VIDEO].max_bps)
                self._repairs.append(ResendLimiter(sender, self._cap.current_bps))
            else:
                cap_audio_sender(sender)
        if self._offerer:
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
                self._repairs.append(install_jitter_buffer(transceiver.receiver))
        self._apply_media()

    def _negotiate(self, coro: Any) -> asyncio.Task:
        return self._tasks.spawn(coro)  # a failure (e.g. SDP aiortc refuses) is logged there

    def _begin_offer(self) -> asyncio.Task:
        final = self._attempt + 1 >= len(self._attempts)
        self._watch.begin(self._clock(), final=final)
        return self._negotiate(self._send_offer(self._attempt, final))

    async def _send_offer(self, attempt: int, final: bool) -> None:
        relay_only = self._attempts[attempt]
        await self._close_pc()
        if self._ending or attempt != self._attempt:
            return
        pc = self._new_pc(relay_only)
        self._add_media(pc)
        # Heartbeats only: unordered and never resent, so one lost in a full queue does not
        # hold back the ones after it (SCTP's first resend waits 3 s: 'reconnecting' for nothing).
        self._use_channel(pc.createDataChannel("ctl", ordered=False, maxRetransmits=0))
        if not await self._set_local(pc, await pc.createOffer()):
            return
        self._watch.enter(Phase.SIGNALLING, self._clock())
        body: dict[str, Any] = {
            "sdp": pc.localDescription.sdp,
            "relay_only": relay_only,
            "attempt": attempt,
            "final": final,
        }
        if self.role:
            body["role"] = self.role
        await self._send("offer", **body)

    def _begin_answer(self, msg: dict) -> None:
        self._attempt = msg["attempt"]
        # A direct offer may be followed by a relay-only one: wait for it a while longer.
        total = self.options.connect_timeout_s * (1 if msg["final"] else 2)
        self._watch.begin(self._clock(), final=msg["final"], total_s=total)
        self._negotiate(self._answer(msg))

    async def _answer(self, msg: dict) -> None:
        attempt = msg["attempt"]
        await self._close_pc()
        if self._ending or attempt != self._attempt:
            return
        pc = self._new_pc(msg["relay_only"])
        await pc.setRemoteDescription(RTCSessionDescription(msg["sdp"], "offer"))
        self._add_media(pc)
        if not await self._set_local(pc, await pc.createAnswer()):
            return
        self._watch.enter(Phase.SIGNALLING, self._clock())
        await self._send("answer", sdp=pc.localDescription.sdp, attempt=attempt)

    async def _set_local(self, pc: RTCPeerConnection, description: Any) -> bool:
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
        if pc is not self._pc or not gather.done():
            return False
        gather.result()
        return True

    async def _close_pc(self) -> None:
        pc, self._pc = self._pc, None
        self._pc_closed.set()
        for sink in self._sinks:
            await sink.stop()
        for track in self._outgoing.values():
            track.stop()  # our relay subscription (and scaler), never the camera itself
        self._sinks, self._video_sink, self._outgoing = [], None, {}
        if pc is not None:
            await pc.close()

    async def _connect_watchdog(self) -> None:
        while self.state == CallState.CONNECTING:
            await asyncio.sleep(WATCH_TICK_S)
            reason = self._watch.overdue(self._clock())
            if reason and self.state == CallState.CONNECTING:
                await self._attempt_failed(reason)

    async def _attempt_failed(self, reason: str) -> None:
        """The offerer moves to the next attempt; the callee asks for it or gives up."""
        if self._offerer and self._attempt + 1 < len(self._attempts):
            self._attempt += 1
            log.info("call %s: attempt failed (%s), retrying relay-only", self.call_id, reason)
            self._begin_offer()
        elif not self._offerer and not self._watch.final:
            log.info("call %s: attempt failed (%s), asking for relay-only", self.call_id, reason)
            self._watch.begin(self._clock(), final=True, phase=Phase.SIGNALLING)
            await self._send_quietly("retry", attempt=self._attempt)
        else:
            log.info("call %s: connection failed (%s)", self.call_id, reason)
            await self._end(EndReason.CONNECTION_FAILED)

    async def _on_connection_state(self, state: str) -> None:
        if state == "connected" and self.state == CallState.CONNECTING:
            self._connected_at = self._last_heard = self._clock()
            self._watch.enter(Phase.CONNECTED, self._connected_at)
            self._set_state(CallState.CONNECTED)
            self._tasks.spawn(self._heartbeat())
            self._tasks.spawn(self._monitor())
        elif state == "failed" and self.state == CallState.CONNECTING:
            await self._attempt_failed("failed")
