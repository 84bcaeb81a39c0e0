"""Calls as use cases: joining a pair's call, staff joining, the live-channel signalling adapter.

Runs on the network loop thread: every `async def` here is meant for `AsyncBridge.run`, and
`CallListener` methods are called on that thread (the UI re-posts them to Qt by signal).
`LiveSignalling` is the video engine's `Signalling` over the server's WebSocket: `send` wraps a
message as `LiveSignal.payload` (with `to`), `receive` unwraps it and sets `from` to the
server-filled `sender`, never to what the payload claims. A call starts with a *knock*: who
joins sends `{"type": "knock"}` to the pair scope; between the two participants the one with
the smaller id places the call (the other knocks back), so two people joining at once never
both offer; a participant answers a staff member's knock with a reply knock and the staff
member calls each participant who answers (the engine's mesh of three). The session ends with
the call between the two participants; `on_call_end` records the outcome (duration, reason).
Nothing is recorded from the media, ever. No Qt.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.sync.errors import SyncError
from desktop.video.call import Call, CallEnded, CallOptions, CallState, EndReason
from desktop.video.manager import CallManager
from desktop.video.media import (  # the device codes are part of this service's API
    CAMERA_BUSY,
    CAMERA_MISSING,
    CAMERA_REFUSED,
    MICROPHONE_BUSY,
    MICROPHONE_MISSING,
    MICROPHONE_REFUSED,
    MediaUnavailable,
    TrackFactory,
)
from desktop.video.modes import Mode
from desktop.video.signalling import Message, Signalling, SignallingClosed
from desktop.video.stats import CallStats
from desktop.video.tasks import TaskSet
from jumelage_protocol import CodedError, IceConfig, LiveSignal, Role, Scope, error_code

if TYPE_CHECKING:
    from av.frame import Frame

    from desktop.services.profiles import Profile
    from desktop.sync.live import Incoming, LiveChannel

__all__ = [
    "CAMERA_BUSY",
    "CAMERA_MISSING",
    "CAMERA_REFUSED",
    "MICROPHONE_BUSY",
    "MICROPHONE_MISSING",
    "MICROPHONE_REFUSED",
    "CallEndReport",
    "CallListener",
    "CallSession",
    "CallsError",
    "CallsService",
    "KnockingSignalling",
    "LiveSignalling",
    "MediaUnavailable",
    "live_signalling",
    "profile_names",
    "record_with_scheduling",
]

log = logging.getLogger(__name__)

KNOCK = "knock"
# The engine's defaults: a direct attempt is dropped for the relay-only one (TURN/TLS 443) as
# soon as its own phases show it cannot work (gathering stuck on a UDP server that does not
# answer, or ICE checks without a pair; see desktop/video/attempts.py), not after a blanket
# timeout that would also cut off a slow but working direct path.
CALL_OPTIONS = CallOptions()
_QUEUE_LIMIT = 256
_CLOSED = object()


class CallsError(CodedError):
    """A call that cannot start; `code` is stable and the UI turns it into a sentence."""


# --- the server adapter ----------------------------------------------------------------------


class LiveSignalling:
    """`Signalling` for one pair scope over a `desktop.sync.live.LiveChannel`."""

    def __init__(self, live: LiveChannel, scope: str) -> None:
        self.scope = scope
        self._live = live
        self._queue: asyncio.Queue[object] = asyncio.Queue()  # messages, then `_CLOSED`
        self._closed = False
        self._unsubscribe = live.subscribe(self._incoming)

    async def send(self, msg: Message) -> None:
        if self._closed:
            raise SignallingClosed()
        payload = {k: v for k, v in msg.items() if k not in ("from", "to")}
        try:
            await self._live.send_signal(self.scope, payload, to=msg.get("to"))
        except (SyncError, OSError) as exc:  # offline for now: the channel reconnects by itself
            raise ConnectionError("live channel not connected") from exc

    async def receive(self) -> Message:
        if self._closed:
            raise SignallingClosed()
        item = await self._queue.get()
        if item is _CLOSED or not isinstance(item, dict):
            raise SignallingClosed()
        return item

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            with contextlib.suppress(ValueError):
                self._unsubscribe()
            self._queue.put_nowait(_CLOSED)

    def _incoming(self, frame: Incoming) -> None:
        """Subscriber callback (network loop): keep this scope's signals, trust only `sender`."""
        if self._closed or not isinstance(frame, LiveSignal) or frame.scope != self.scope:
            return
        if frame.sender is None or self._queue.qsize() >= _QUEUE_LIMIT:
            log.warning("calls: dropped a live signal (no sender or queue full)")
            return
        msg = {k: v for k, v in frame.payload.items() if k not in ("from", "to")}
        msg["from"] = frame.sender
        if frame.to is not None:
            msg["to"] = frame.to
        self._queue.put_nowait(msg)


class KnockingSignalling:
    """Takes knocks out of the message stream for the session; the rest goes to the engine."""

    def __init__(
        self, inner: Signalling, local_id: str, on_knock: Callable[[str, bool], None]
    ) -> None:
        self._inner = inner
        self._local_id = local_id
        self._on_knock = on_knock

    async def send(self, msg: Message) -> None:
        await self._inner.send(msg)

    async def receive(self) -> Message:
        while True:
            msg = await self._inner.receive()
            if isinstance(msg, dict) and msg.get("type") == KNOCK:
                sender, to = msg.get("from"), msg.get("to")
                if isinstance(sender, str) and sender and to in (None, self._local_id):
                    self._on_knock(sender, msg.get("reply") is True)
                continue
            return msg

    def close(self) -> None:
        self._inner.close()


# --- what the UI hears -----------------------------------------------------------------------


@dataclass(frozen=True)
class CallEndReport:
    """How a session ended; what the session outcome records."""

    pair_id: str
    meeting_id: str | None
    reason: str
    duration_s: float


class CallListener:
    """Override what you need. Every method is called on the network loop thread."""

    def call_state(self, person_id: str, state: str, reason: str | None) -> None: ...

    def remote_video(self, person_id: str, frame: Frame) -> None: ...

    def remote_audio(self, person_id: str, frame: Frame) -> None: ...

    def stats(self, person_id: str, stats: CallStats) -> None: ...

    def presence(self, person_id: str, name: str, role: str, present: bool) -> None: ...

    def media_error(self, code: str) -> None: ...

    def mode(self, person_id: str, mode: str, by: str, reason: str) -> None: ...

    def remote_mute(self, person_id: str, audio_muted: bool, video_off: bool) -> None: ...

    def session_ended(self, report: CallEndReport) -> None: ...


# --- one pair's call on this PC --------------------------------------------------------------


class CallSession:
    """This person's part of one pair's call: one `Call` per other person present."""

    def __init__(
        self,
        *,
        pair_id: str,
        person_id: str,
        members: Sequence[str],
        meeting_id: str | None,
        manager: CallManager,
        signalling: Signalling,
        listener: CallListener,
        names: Callable[[str], str | None],
        on_end: Callable[[CallEndReport], None],
    ) -> None:
        self.pair_id, self.person_id, self.meeting_id = pair_id, person_id, meeting_id
        self.members = tuple(members)
        self.is_staff = person_id not in self.members
        self.other = None if self.is_staff else next(m for m in self.members if m != person_id)
        self.manager, self.signalling = manager, signalling
        self.listener = listener
        self.ended: CallEndReport | None = None
        self._names, self._on_end = names, on_end
        self._superseded: set[str] = set()
        self._durations: float = 0.0
        self._muted, self._camera = False, True
        self._mode: str | None = None
        self._done = asyncio.Event()
        self._tasks = TaskSet(f"pair call {pair_id}")  # knocks and calls it starts; closed at end
        manager.on_incoming = self._wire
        manager.on_presence = self._presence
        manager.on_signalling_lost = lambda: self._tasks.spawn(self._finish("signalling_lost"))

    # controls (run on the network loop) ------------------------------------------------------

    async def call(self, remote_id: str) -> Call:
        """Place a call to `remote_id` now (the knock does this by itself)."""
        live = self._live_call(remote_id)
        if live is not None:
            return live
        call = self.manager.new_call(secrets.token_hex(8), remote_id)
        self._wire(call)
        await call.start(offer=True)
        return call

    async def set_muted(self, muted: bool) -> None:
        self._muted = muted
        for call in self._calls():
            call.set_muted(muted)

    async def set_camera_enabled(self, enabled: bool) -> None:
        self._camera = enabled
        for call in self._calls():
            call.set_camera_enabled(enabled)

    async def set_mode(self, mode: str) -> None:
        """'auto', or a `Mode` value chosen by hand (for example audio only on a weak link)."""
        self._mode = None if mode == "auto" else Mode(mode)
        for call in self._calls():
            call.set_mode(mode)

    async def hang_up(self) -> CallEndReport:
        await self._finish(str(EndReason.HUNG_UP))
        assert self.ended is not None
        return self.ended

    async def wait_ended(self) -> CallEndReport:
        await self._done.wait()
        assert self.ended is not None
        return self.ended

    @property
    def remotes(self) -> list[str]:
        return [c.remote_id for c in self._calls() if c.remote_id]

    # knocks ----------------------------------------------------------------------------------

    async def knock(self, to: str | None = None, reply: bool = False) -> None:
        msg: Message = {"type": KNOCK, "call_id": self.pair_id, "from": self.person_id}
        if to is not None:
            msg["to"] = to
        if reply:
            msg["reply"] = True
        with contextlib.suppress(SignallingClosed, ConnectionError):
            await self.signalling.send(msg)

    def knocked(self, sender: str, reply: bool) -> None:
        if self.ended is not None or sender == self.person_id:
            return
        sender_is_staff = sender not in self.members
        if self.is_staff:
            if not sender_is_staff:
                self._tasks.spawn(self._call_quietly(sender))
        elif sender_is_staff:
            if not reply:
                self._tasks.spawn(self.knock(to=sender, reply=True))
        else:
            live = self._live_call(sender)
            if live is not None and live.state == CallState.RECONNECTING and not reply:
                # They came back (a restart): the old connection is dead; start afresh.
                self._superseded.add(live.call_id)
                self._tasks.spawn(live.hang_up(EndReason.PEER_LOST))
                live = None
            if live is not None:
                return
            if self.person_id < sender:
                self._tasks.spawn(self._call_quietly(sender))
            elif not reply:
                self._tasks.spawn(self.knock(to=sender, reply=True))

    # internals -------------------------------------------------------------------------------

    def _calls(self) -> list[Call]:
        return [c for c in self.manager.calls.values() if c.state != CallState.ENDED]

    def _live_call(self, remote_id: str) -> Call | None:
        return next((c for c in self._calls() if c.remote_id == remote_id), None)

    async def _call_quietly(self, remote_id: str) -> None:
        try:
            await self.call(remote_id)
        except Exception:  # one failed offer must not end the session
            log.exception("calls: could not place a call in pair session")

    def _wire(self, call: Call) -> None:
        remote = call.remote_id or ""
        lst = self.listener
        call.on_state = lambda state, ended: self._state(call, state, ended)
        call.on_remote_video_frame = lambda frame: lst.remote_video(remote, frame)
        call.on_remote_audio_frame = lambda frame: lst.remote_audio(remote, frame)
        call.on_stats = lambda stats: lst.stats(remote, stats)
        call.on_media_error = lst.media_error
        call.on_mode = lambda mode, by, reason: lst.mode(remote, str(mode), by, reason)
        call.on_remote_mute = lambda audio, video: lst.remote_mute(remote, audio, video)
        if self._muted:
            call.set_muted(True)
        if not self._camera:
            call.set_camera_enabled(False)
        if self._mode is not None:
            call.set_mode(self._mode)

    def _state(self, call: Call, state: CallState, ended: CallEnded | None) -> None:
        remote = call.remote_id or ""
        superseded = call.call_id in self._superseded
        if not superseded:
            self.listener.call_state(remote, str(state), ended.reason if ended else None)
        if state != CallState.ENDED or ended is None:
            return
        main = remote == self.other
        if main:
            self._durations += ended.duration_s
        if superseded:
            return
        if main or (self.is_staff and not self._calls()):
            self._tasks.spawn(self._finish(ended.reason))

    def _presence(self, person_id: str, role: str, present: bool) -> None:
        name = self._names(person_id) or ""
        self.listener.presence(person_id, name, role, present)

    async def _finish(self, reason: str) -> None:
        if self.ended is not None:
            await self._done.wait()
            return
        self.ended = CallEndReport(self.pair_id, self.meeting_id, reason, 0.0)
        await self.manager.close()  # hangs up every call still up (staff ones too)
        await self._tasks.close()  # knocks and offers still out
        self.ended = CallEndReport(self.pair_id, self.meeting_id, reason, round(self._durations, 3))
        try:
            self._on_end(self.ended)
        except Exception:  # recording the outcome must not hide the end from the UI
            log.exception("calls: recording the call end failed")
        self.listener.session_ended(self.ended)
        self._done.set()


# --- the service ------------------------------------------------------------------------------


SignallingFactory = Callable[[str], Signalling | Awaitable[Signalling]]


class CallsService:
    """Joins pair calls for the signed-in person. Create once per session; `close()` at sign-out.

    `loop` is the app's network loop (anything with `submit(coro)`; the UI's AsyncBridge uses
    it). `signalling_for(scope)` gives a `Signalling` for a pair scope (`live_signalling(live)`
    in the app). `ice()` fetches the server's ICE configuration (`ServerClient.ice`).
    `on_call_end(report)` records the session outcome.
    """

    def __init__(
        self,
        *,
        loop: Any,  # the app's `runtime.loop.NetworkLoop`, for the UI (no import here)
        person_id: str,
        signalling_for: SignallingFactory,
        ice: Callable[[], Awaitable[IceConfig]] | None = None,
        names: Callable[[str], str | None] | None = None,
        on_call_end: Callable[[CallEndReport], None] | None = None,
        options: CallOptions | None = None,
    ) -> None:
        self.loop = loop
        self.person_id = person_id
        self.options = options or CALL_OPTIONS
        self._signalling_for = signalling_for
        self._ice = ice
        self._names = names or (lambda _: None)
        self._on_call_end = on_call_end or (lambda _: None)
        self._camera: TrackFactory | None = None
        self._microphone: TrackFactory | None = None
        self.sessions: dict[str, CallSession] = {}

    def set_devices(self, camera: TrackFactory | None, microphone: TrackFactory | None) -> None:
        """Factories for the next join (the UI's Qt adapters); None: no such device."""
        self._camera, self._microphone = camera, microphone

    def display_name(self, person_id: str) -> str | None:
        return self._names(person_id)

    async def fetch_ice(self) -> IceConfig | None:
        """The server's STUN/TURN; without it (offline server) only direct paths are tried."""
        if self._ice is None:
            return None
        try:
            return await self._ice()
        except (SyncError, OSError) as exc:
            log.warning("calls: no ICE configuration (%s)", error_code(exc) or type(exc).__name__)
            return None

    async def join(
        self,
        pair_id: str,
        members: Sequence[str],
        listener: CallListener,
        *,
        meeting_id: str | None = None,
        knock: bool = True,
    ) -> CallSession:
        """Enter the pair's call: the other participant (or staff) connects when present.

        `members` are the pair's mentor and mentee ids; anyone else joining is staff.
        """
        current = self.sessions.get(pair_id)
        if current is not None and current.ended is None:
            raise CallsError("call_already_open")
        if len(set(members)) != 2:
            raise CallsError("call_not_a_pair")
        signalling = self._signalling_for(Scope.pair(pair_id))
        if inspect.isawaitable(signalling):
            signalling = await signalling
        is_staff = self.person_id not in members
        holder: dict[str, CallSession] = {}
        knocking = KnockingSignalling(
            signalling, self.person_id, lambda sender, reply: holder["s"].knocked(sender, reply)
        )
        manager = CallManager(
            knocking,
            local_id=self.person_id,
            role=Role.STAFF if is_staff else None,
            ice=await self.fetch_ice(),
            camera=self._camera,
            microphone=self._microphone,
            options=self.options,
        )
        session = CallSession(
            pair_id=pair_id,
            person_id=self.person_id,
            members=members,
            meeting_id=meeting_id,
            manager=manager,
            signalling=knocking,
            listener=listener,
            names=self._names,
            on_end=self._ended,
        )
        holder["s"] = session
        self.sessions[pair_id] = session
        manager.start()
        if knock:
            await session.knock()
        return session

    async def close(self) -> None:
        """Hang up every session (sign-out, lock, quit); safe to call twice."""
        for session in list(self.sessions.values()):
            if session.ended is None:
                await session.hang_up()

    def _ended(self, report: CallEndReport) -> None:
        self._on_call_end(report)


def live_signalling(live: LiveChannel) -> Callable[[str], LiveSignalling]:
    """The app's `signalling_for`: one adapter per pair scope over the shared live channel."""
    return lambda scope: LiveSignalling(live, scope)


def profile_names(profile: Profile) -> Callable[[str], str | None]:
    """Display names from the profile's own directory (read on the network loop; small query)."""
    from sqlalchemy import select

    from desktop.models.tables import Person

    def name(person_id: str) -> str | None:
        with profile.sessionmaker() as session:
            return session.scalar(select(Person.display_name).where(Person.id == person_id))

    return name


def record_with_scheduling(
    profile: Profile, submit: Callable[[Callable[[], None]], object] | None = None
) -> Callable[[CallEndReport], None]:
    """An `on_call_end` that records the outcome through the scheduling service.

    `submit` (the profile's `DatabaseWriter.submit`) keeps the write on the writer thread.
    Sessions without a meeting (an unscheduled call) record nothing.
    """

    def record(report: CallEndReport) -> None:
        meeting_id = report.meeting_id
        if meeting_id is None:
            return
        try:
            from desktop.services.scheduling import record_call_end
        except ImportError:
            log.warning("calls: scheduling service missing; call outcome not recorded")
            return

        def write() -> None:
            record_call_end(profile, meeting_id, report.duration_s, report.reason)

        if submit is not None:
            submit(write)
        else:
            write()

    return record
