"""The call manager: owns the calls of one signalling channel and closes them all on shutdown.

Runs on the network loop thread. It replaces the module globals of aiortc's server example:
one receive loop validates each message (malformed ones are logged and dropped), routes it
to its call by `call_id`, and creates an answering `Call` for a new offer (the UI has
already rung and the person accepted before the caller sends the offer; `on_incoming` lets
the UI wire its callbacks before the answer goes out).

Staff presence is a mesh of three: a staff member joins a pair's call by opening one call
to each participant (its offers carry `role: "staff"`). A participant's manager reports
"staff <id> is in this call" from the moment that connection is up until it ends, however
it ends (hang-up, crash, network), so presence cannot outlive or hide the staff member's
media path; explicit `presence` messages from calls are forwarded as well. A mesh keeps
each media path end-to-end encrypted between two people (no server mixing) and costs a
participant one more upstream only while staff are there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from desktop.video.call import Call, CallEnded, CallOptions, CallState, EndReason
from desktop.video.ice import IceSource
from desktop.video.media import TrackFactory
from desktop.video.signalling import Message, Signalling, SignallingClosed, validate_message
from jumelage_protocol import Role

log = logging.getLogger(__name__)


class CallManager:
    def __init__(
        self,
        signalling: Signalling,
        *,
        local_id: str | None = None,
        role: str | None = None,
        ice: IceSource = None,
        camera: TrackFactory | None = None,
        microphone: TrackFactory | None = None,
        options: CallOptions | None = None,
    ) -> None:
        self.calls: dict[str, Call] = {}
        self.staff_present: set[str] = set()
        self.on_incoming: Callable[[Call], None] = lambda call: None
        self.on_presence: Callable[[str, str, bool], None] = lambda pid, role, present: None
        self.on_signalling_lost: Callable[[], object] = lambda: None
        self._signalling = signalling
        self._local_id, self._role, self._ice = local_id, role, ice
        self._camera, self._microphone = camera, microphone
        self._options = options
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Begin routing incoming signalling (call once, on the network loop)."""
        if self._task is None:
            self._task = asyncio.ensure_future(self._receive_loop())

    def new_call(self, call_id: str, remote_id: str | None = None) -> Call:
        """A call owned by this manager, not started: set its callbacks, then `start()`."""
        call = Call(
            call_id,
            self._signalling,
            ice=self._ice,
            camera=self._camera,
            microphone=self._microphone,
            options=self._options,
            local_id=self._local_id,
            remote_id=remote_id,
            role=self._role,
        )
        call.on_presence = self._presence
        call.add_state_listener(lambda state, ended: self._track_staff(call, state, ended))
        self.calls[call_id] = call
        return call

    async def call(self, call_id: str, remote_id: str | None = None) -> Call:
        """Place a call; set the returned call's callbacks right away (state events follow)."""
        if call_id in self.calls and self.calls[call_id].state != CallState.ENDED:
            return self.calls[call_id]
        call = self.new_call(call_id, remote_id)
        await call.start(offer=True)
        return call

    async def close(self) -> None:
        """Hang up every call and stop listening; safe to call twice."""
        calls = [c for c in self.calls.values() if c.state != CallState.ENDED]
        await asyncio.gather(*(c.hang_up(EndReason.SHUTDOWN) for c in calls))
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._signalling.close()

    async def _receive_loop(self) -> None:
        while True:
            try:
                raw = await self._signalling.receive()
            except SignallingClosed:
                log.warning("calls: signalling channel closed")
                self.on_signalling_lost()
                return
            msg = validate_message(raw)
            if msg is None:
                continue
            if self._local_id and msg.get("to") not in (None, self._local_id):
                continue
            try:
                await self._dispatch(msg)
            except Exception:  # one bad message (e.g. SDP aiortc refuses) must not stop routing
                log.exception("calls: a %s for call %s failed", msg["type"], msg["call_id"])

    async def _dispatch(self, msg: Message) -> None:
        call = self.calls.get(msg["call_id"])
        if call is None or call.state == CallState.ENDED:
            if msg["type"] != "offer":
                log.warning("calls: %s for no live call dropped", msg["type"])
                return
            call = self.new_call(msg["call_id"], msg.get("from"))
            self.on_incoming(call)
            await call.start(offer=False)
        await call.handle(msg)

    def _track_staff(self, call: Call, state: CallState, _: CallEnded | None) -> None:
        """Derive staff presence from the life of a staff member's connection."""
        staff = call.remote_id if call.remote_role == Role.STAFF else None
        if staff and state == CallState.CONNECTED and staff not in self.staff_present:
            self.staff_present.add(staff)
            self.on_presence(staff, Role.STAFF, True)
        elif staff and state == CallState.ENDED and staff in self.staff_present:
            self.staff_present.discard(staff)
            self.on_presence(staff, Role.STAFF, False)

    def _presence(self, person_id: str, role: str, present: bool) -> None:
        self.on_presence(person_id, role, present)
