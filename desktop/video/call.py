"""One 1:1 call: an aiortc peer connection, its media, its state machine and its mode.

Runs entirely on the network loop thread; callbacks fire there too (the UI side re-posts
them to Qt with signals). States: idle -> connecting -> connected <-> reconnecting -> ended.
Liveness is a heartbeat on a data channel (aiortc has no 'disconnected' state and only
notices a dead peer after ~30 s of failed consent checks): after `silence_s` without a
heartbeat the call is 'reconnecting'; heard again, it is 'connected'; silent for
`reconnect_timeout_s`, it ends with reason 'peer_lost' and the duration measured up to
the last heartbeat. Connection attempts (direct, then relay-only through TURN/TLS) and the
peer connection live in a `negotiation.Negotiation` the call is composed with. Each side
chooses what it *sends* (its `mode`); a hand-chosen mode is also a ceiling for the other
side (who asked not to receive video should not be sent it). Nothing is ever recorded.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import TypeVarTuple, cast

from aiortc import RTCDataChannel, RTCSessionDescription
from aiortc.mediastreams import MediaStreamTrack
from av.frame import Frame

from desktop.video.attempts import Phase
from desktop.video.call_types import CallEnded, CallOptions, CallState, EndReason
from desktop.video.ice import IceSource
from desktop.video.media import TrackFactory, open_source
from desktop.video.modes import SPECS, Mode, ModeController, ModeDecision, at_most
from desktop.video.negotiation import Negotiation
from desktop.video.signalling import Message, Signalling, SignallingClosed
from desktop.video.stats import CallStats, StatsSampler
from desktop.video.tasks import TaskSet
from desktop.video.tracks import LimitedVideoTrack

__all__ = ["Call", "CallEnded", "CallOptions", "CallState", "EndReason"]
log = logging.getLogger(__name__)
Args = TypeVarTuple("Args")


def _noop(*_: object) -> None:
    return None


class Call:
    """See the module docstring. Public callbacks are plain attributes; set them before start."""

    def __init__(
        self,
        call_id: str,
        signalling: Signalling,
        *,
        ice: IceSource = None,
        camera: TrackFactory | None = None,
        microphone: TrackFactory | None = None,
        options: CallOptions | None = None,
        local_id: str | None = None,
        remote_id: str | None = None,
        role: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.call_id, self.local_id, self.remote_id, self.role = call_id, local_id, remote_id, role
        self.options = options or CallOptions()
        self.state = CallState.IDLE
        self.ended: CallEnded | None = None
        self.media_errors: list[str] = []
        self.remote_mode: Mode | None = None
        self.remote_muted = {"audio": False, "video": False}
        self.remote_role: str | None = None
        self.last_stats: CallStats | None = None
        self.on_state: Callable[[CallState, CallEnded | None], None] = _noop
        self.on_remote_video_frame: Callable[[Frame], None] = _noop
        self.on_remote_audio_frame: Callable[[Frame], None] = _noop
        self.on_mode: Callable[[Mode, str, str], None] = _noop  # (mode, 'local'|'remote', reason)
        self.on_remote_mute: Callable[[bool, bool], None] = _noop  # (audio_muted, video_off)
        self.on_presence: Callable[[str, str, bool], None] = _noop  # (person_id, role, present)
        self.on_stats: Callable[[CallStats], None] = _noop
        self.on_media_error: Callable[[str], None] = _noop
        self._signalling, self._clock = signalling, clock
        self._factories = {"video": camera, "audio": microphone}
        self._controller = ModeController(
            initial=self.options.initial_mode,
            hold_s=self.options.mode_hold_s,
            probe_after_s=self.options.probe_after_s,
        )
        self.mode = self.options.initial_mode
        self._remote_ceiling = Mode.VIDEO
        self._muted = False
        self._camera_enabled = True
        self.sources: dict[str, MediaStreamTrack] = {}
        self._channel: RTCDataChannel | None = None
        self._tasks = TaskSet(f"call {call_id}")  # every task this call starts; closed at the end
        self._link = Negotiation(self, ice=ice, options=self.options, tasks=self._tasks,
                                 clock=clock)  # fmt: skip
        self._sampler = StatsSampler()
        self._connected_at: float | None = None
        self._last_heard = 0.0
        self._reconnecting_since = 0.0
        self._ended_event = asyncio.Event()
        self._ending = False
        self._state_listeners: list[Callable[[CallState, CallEnded | None], None]] = []

    # --- public controls -------------------------------------------------------------

    async def start(self, offer: bool = True) -> None:
        """Open the local media and, as the caller, send the offer."""
        if self.state != CallState.IDLE:
            return
        for kind, factory in self._factories.items():
            track, code = open_source(kind, factory)
            if track is not None:
                self.sources[kind] = track
            elif factory is not None or kind == "video":
                self._media_error(code)
        self._link.prepare(offer)
        self._set_state(CallState.CONNECTING)
        if offer:
            offering = self._link.begin_offer()
        else:  # waiting for the offer, which normally comes right after
            self._link.watch.begin(self._clock(), final=True, phase=Phase.SIGNALLING)
        self._tasks.spawn(self._link.connect_watchdog())
        if offer:
            await asyncio.shield(offering)  # returns early if the attempt is dropped meanwhile

    async def hang_up(self, reason: str = EndReason.HUNG_UP) -> None:
        if self._ending:
            await self._ended_event.wait()
            return
        with contextlib.suppress(SignallingClosed, ConnectionError):
            await self.send("bye", reason=str(reason))
        await self.end(reason)

    async def wait_ended(self) -> CallEnded:
        await self._ended_event.wait()
        assert self.ended is not None
        return self.ended

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self.apply_media()
        self._announce_mute()

    def set_camera_enabled(self, enabled: bool) -> None:
        self._camera_enabled = enabled
        self.apply_media()
        self._announce_mute()

    def set_mode(self, mode: Mode | str) -> None:
        """A hand choice pins the mode; 'auto' gives it back to the controller."""
        manual = None if mode == "auto" else Mode(mode)
        decision = self._controller.set_manual(manual, self._clock())
        if decision is not None:
            self._mode_decided(decision, manual=manual is not None)

    def add_state_listener(self, listener: Callable[[CallState, CallEnded | None], None]) -> None:
        """For owners (the manager) that must see state changes whatever the UI sets."""
        self._state_listeners.append(listener)

    async def announce_presence(self, person_id: str, role: str, present: bool) -> None:
        await self.send("presence", person_id=person_id, role=role, present=present)

    # --- signalling in ---------------------------------------------------------------

    async def handle(self, msg: Message) -> None:
        """Act on one *validated* message for this call; unexpected ones are logged and dropped."""
        kind = msg["type"]
        if self._ending:
            return
        link, pc = self._link, self._link.pc
        if kind == "offer" and not link.offerer:
            if msg["attempt"] < link.attempt:
                log.warning("call %s: offer of an earlier attempt dropped", self.call_id)
                return
            self.remote_role = msg.get("role")
            link.begin_answer(msg)  # in the background: gathering must not hold up signalling
        elif kind == "answer" and link.offerer and pc is not None:
            if msg["attempt"] != link.attempt or pc.signalingState != "have-local-offer":
                log.warning("call %s: answer out of turn dropped", self.call_id)
                return
            await pc.setRemoteDescription(RTCSessionDescription(msg["sdp"], "answer"))
        elif kind == "retry":
            if link.offerer and msg["attempt"] == link.attempt and not link.watch.final:
                if self.state == CallState.CONNECTING:
                    await link.attempt_failed("remote")
        elif kind == "bye":
            await self.end(EndReason.REMOTE_HUNG_UP)
        elif kind == "mode":
            self.remote_mode = Mode(msg["mode"])
            self._emit(self.on_mode, self.remote_mode, "remote", msg["reason"])
            ceiling = self.remote_mode if msg["manual"] else Mode.VIDEO
            if ceiling != self._remote_ceiling:
                self._remote_ceiling = ceiling
                self._update_mode("remote")
        elif kind == "mute":
            self.remote_muted = {"audio": msg["audio"], "video": msg["video"]}
            self._emit(self.on_remote_mute, msg["audio"], msg["video"])
        elif kind == "presence":
            self._emit(self.on_presence, msg["person_id"], msg["role"], msg["present"])
        else:
            log.warning("call %s: unexpected %s dropped", self.call_id, kind)

    # --- liveness, stats and modes ---------------------------------------------------

    @property
    def ending(self) -> bool:
        return self._ending

    def connected(self) -> None:
        """The peer connection is up (from the negotiation): start liveness and stats."""
        self._connected_at = self._last_heard = self._clock()
        self._set_state(CallState.CONNECTED)
        self._tasks.spawn(self._heartbeat())
        self._tasks.spawn(self._monitor())

    def remote_frame(self, kind: str, frame: Frame) -> None:
        self._emit(self.on_remote_video_frame if kind == "video" else self.on_remote_audio_frame,
                   frame)  # fmt: skip

    def use_channel(self, channel: RTCDataChannel) -> None:
        self._channel = channel

        @channel.on("message")
        def _heard(_: object) -> None:
            self._last_heard = self._clock()

    async def _heartbeat(self) -> None:
        while True:
            channel = self._channel
            if channel is not None and channel.readyState == "open":
                with contextlib.suppress(Exception):
                    channel.send("hb")
            await asyncio.sleep(self.options.heartbeat_s)

    async def _monitor(self) -> None:
        opts = self.options
        next_stats = self._clock() + opts.stats_interval_s
        while self.state in (CallState.CONNECTED, CallState.RECONNECTING):
            await asyncio.sleep(min(opts.heartbeat_s, 0.25))
            now = self._clock()
            silent = now - self._last_heard > opts.silence_s
            if self.state == CallState.CONNECTED and silent:
                self._reconnecting_since = now
                self._set_state(CallState.RECONNECTING)
            elif self.state == CallState.RECONNECTING and not silent:
                self._set_state(CallState.CONNECTED)
            elif self.state == CallState.RECONNECTING:
                if now - self._reconnecting_since >= opts.reconnect_timeout_s:
                    self._tasks.spawn(self.end(EndReason.PEER_LOST))
                    return
            connected = self.state == CallState.CONNECTED and self._link.pc is not None
            if now >= next_stats and connected:
                next_stats = now + opts.stats_interval_s
                await self._sample_stats(now)

    async def _sample_stats(self, now: float) -> None:
        link = self._link
        cap, pc = link.cap, link.pc
        if pc is None:
            return  # only sampled while connected, when there is one
        stats = await self._sampler.sample(
            pc,
            now,
            frames_received=link.video_sink.frames if link.video_sink else 0,
            estimate_bps=cap.estimate_bps if cap else None,
            encode_cpu_s=cap.encode_cpu_s if cap else None,
        )
        self.last_stats = stats
        for repair in link.repairs:
            repair.tune(stats.rtt_s)
        self._emit(self.on_stats, stats)
        decision = self._controller.feed(stats.link_sample())
        if decision is not None:
            self._mode_decided(decision, manual=False)

    def _mode_decided(self, decision: ModeDecision, manual: bool) -> None:
        self._update_mode(decision.reason, manual=manual, force_announce=decision.reason == "auto")

    def _update_mode(self, reason: str, manual: bool = False, force_announce: bool = False) -> None:
        mode = at_most(self._controller.mode, self._remote_ceiling)
        if mode == self.mode and not force_announce:
            return
        self.mode = mode
        self.apply_media()
        self._emit(self.on_mode, mode, "local", reason)
        if self.state in (CallState.CONNECTING, CallState.CONNECTED, CallState.RECONNECTING):
            body = {"mode": str(mode), "reason": reason, "manual": manual}
            self._tasks.spawn(self.send_quietly("mode", **body))

    def apply_media(self) -> None:
        """Send what the mode, mute and camera allow on the current peer connection."""
        spec, link = SPECS[self.mode], self._link
        video = cast("LimitedVideoTrack | None", link.outgoing.get("video"))  # the scaler
        sender = link.senders.get("video")
        if video is not None and sender is not None:
            on = spec.sends_video and self._camera_enabled
            if on:
                video.set_limits(spec.width, spec.height, spec.fps)
                if link.cap is not None:
                    sending: MediaStreamTrack | None = sender.track  # None while paused
                    if sending is None:
                        link.cap.estimate_bps = None  # stale after a pause
                    link.cap.set_max(spec.max_bps)
            sender.replaceTrack(video if on else None)
        audio, sender = link.outgoing.get("audio"), link.senders.get("audio")
        if audio is not None and sender is not None:
            sender.replaceTrack(audio if spec.sends_audio and not self._muted else None)

    def _announce_mute(self) -> None:
        if self.state in (CallState.CONNECTING, CallState.CONNECTED, CallState.RECONNECTING):
            body = {"audio": self._muted, "video": not self._camera_enabled}
            self._tasks.spawn(self.send_quietly("mute", **body))

    # --- plumbing --------------------------------------------------------------------

    async def send(self, kind: str, **body: object) -> None:
        msg: Message = {"type": kind, "call_id": self.call_id, **body}
        if self.local_id:
            msg["from"] = self.local_id
        if self.remote_id:
            msg["to"] = self.remote_id
        await self._signalling.send(msg)

    async def send_quietly(self, kind: str, **body: object) -> None:
        try:
            await self.send(kind, **body)
        except (SignallingClosed, ConnectionError):
            log.warning("call %s: could not send %s", self.call_id, kind)

    def _media_error(self, code: str) -> None:
        self.media_errors.append(code)
        self._emit(self.on_media_error, code)

    def _set_state(self, state: CallState) -> None:
        self.state = state
        log.info("call %s: %s", self.call_id, state)
        for listener in (*self._state_listeners, self.on_state):
            self._emit(listener, state, self.ended)

    def _emit(self, callback: Callable[[*Args], None], *args: *Args) -> None:
        try:
            callback(*args)
        except Exception:  # a faulty listener must not break the call
            log.exception("call %s: callback failed", self.call_id)

    async def end(self, reason: str) -> None:
        """Release everything, then report 'ended' (so a listener may exit at once)."""
        if self._ending:
            await self._ended_event.wait()
            return
        self._ending = True
        now = self._clock()
        last = self._last_heard if reason == EndReason.PEER_LOST else now
        duration = max(last - self._connected_at, 0.0) if self._connected_at else 0.0
        self.ended = CallEnded(str(reason), round(duration, 3))
        try:
            await self._tasks.close()
            await self._link.close_pc()
            for source in self.sources.values():
                source.stop()
        finally:
            self._set_state(CallState.ENDED)
            self._ended_event.set()
