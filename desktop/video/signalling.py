"""Call signalling: the `Signalling` interface, the message schema and one stream transport.

Runs on the network loop thread. A `Signalling` moves plain dicts; `validate_message`
is the single gate every received message passes through: anything malformed or
unexpected is dropped and logged (by type and call id only, never SDP or names) so a
broken or hostile peer cannot crash a call. The server's live WebSocket becomes a thin
adapter later: `send` wraps the dict as `protocol.LiveSignal.payload` (with `to`), and
`receive` unwraps it, copying the server-filled `sender` into the message's `from`.
`StreamSignalling` speaks JSON lines over any asyncio stream pair (tests, benchmarks, LAN).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from typing import Any, Protocol, runtime_checkable

from desktop.video.modes import Mode
from jumelage_protocol import CodedError, Role

log = logging.getLogger(__name__)
Message = dict[str, Any]  # one signalling message: JSON, made safe by `validate_message`

MESSAGE_TYPES = frozenset({"offer", "answer", "retry", "bye", "mode", "mute", "presence"})
MAX_ATTEMPT = 7
ROLES = frozenset(Role)
MAX_SDP_CHARS = 64_000
MAX_LINE_BYTES = 128_000
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_REASON = re.compile(r"^[a-z_]{1,32}$")


class SignallingClosed(CodedError):
    """The channel is gone; `code` lets the UI say so in the person's language."""

    code = "signalling_closed"


@runtime_checkable
class Signalling(Protocol):
    async def send(self, msg: Message) -> None: ...

    async def receive(self) -> Message:
        """The next message; raises `SignallingClosed` when the channel ends."""
        ...

    def close(self) -> None: ...


def _is_id(value: object) -> bool:
    return isinstance(value, str) and bool(_ID.match(value))


def _attempt(msg: Message) -> int | None:
    """Which connection attempt an offer/answer/retry belongs to (absent: the first)."""
    value = msg.get("attempt", 0)
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_ATTEMPT
    return value if ok else None


def _check_body(kind: str, msg: Message) -> Message | None:
    attempt = _attempt(msg)
    if kind in ("offer", "answer", "retry") and attempt is None:
        return None
    if kind == "retry":
        return {"attempt": attempt}
    if kind in ("offer", "answer"):
        sdp = msg.get("sdp")
        if not isinstance(sdp, str) or not sdp.startswith("v=0") or len(sdp) > MAX_SDP_CHARS:
            return None
        out: Message = {"sdp": sdp, "attempt": attempt}
        if kind == "offer":
            out["relay_only"] = msg.get("relay_only", False) is True
            # `final`: the caller has no other attempt after this one (absent: assume so).
            out["final"] = msg.get("final", True) is not False
            if msg.get("role") in ROLES:
                out["role"] = msg["role"]
        return out
    if kind == "bye":
        reason = msg.get("reason", "hung_up")
        return {"reason": reason} if isinstance(reason, str) and _REASON.match(reason) else None
    if kind == "mode":
        if msg.get("mode") not in {m.value for m in Mode}:
            return None
        reason = msg.get("reason", "manual")
        if not isinstance(reason, str) or not _REASON.match(reason):
            return None
        return {"mode": msg["mode"], "reason": reason, "manual": msg.get("manual") is True}
    if kind == "mute":
        audio, video = msg.get("audio"), msg.get("video")
        if not isinstance(audio, bool) or not isinstance(video, bool):
            return None
        return {"audio": audio, "video": video}
    if kind == "presence":
        present = msg.get("present")
        if not _is_id(msg.get("person_id")) or msg.get("role") not in ROLES:
            return None
        if not isinstance(present, bool):
            return None
        return {"person_id": msg["person_id"], "role": msg["role"], "present": present}
    return None


def validate_message(raw: object) -> Message | None:
    """Return a clean copy of a well-formed message, or None (and a log line) if not."""
    if not isinstance(raw, dict):
        log.warning("signalling: dropped a message that is not an object")
        return None
    kind = raw.get("type")
    if kind not in MESSAGE_TYPES:
        log.warning("signalling: dropped a message of unknown type")
        return None
    call_id = raw.get("call_id")
    if not _is_id(call_id):
        log.warning("signalling: dropped a %s without a valid call id", kind)
        return None
    body = _check_body(kind, raw)
    if body is None:
        log.warning("signalling: dropped a malformed %s for call %s", kind, call_id)
        return None
    msg = {"type": kind, "call_id": call_id, **body}
    for key in ("from", "to"):
        if raw.get(key) is not None:
            if not _is_id(raw[key]):
                log.warning("signalling: dropped a %s with a bad %r field", kind, key)
                return None
            msg[key] = raw[key]
    return msg


class StreamSignalling:
    """JSON lines over an asyncio (reader, writer) pair; one object per line."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self._closed = False

    @classmethod
    async def connect(cls, host: str, port: int) -> StreamSignalling:
        reader, writer = await asyncio.open_connection(host, port, limit=MAX_LINE_BYTES * 2)
        return cls(reader, writer)

    async def send(self, msg: Message) -> None:
        if self._closed:
            raise SignallingClosed()
        try:
            self._writer.write(json.dumps(msg, separators=(",", ":")).encode() + b"\n")
            await self._writer.drain()
        except (ConnectionError, RuntimeError) as exc:
            self._closed = True
            raise SignallingClosed() from exc

    async def receive(self) -> Message:
        while True:
            if self._closed:
                raise SignallingClosed()
            try:
                line = await self._reader.readline()
            except (ConnectionError, ValueError, asyncio.LimitOverrunError):
                line = b""  # a reset, or a line over the limit: the stream is unusable
            if not line:
                self._closed = True
                raise SignallingClosed()
            try:
                data = json.loads(line)
            except (ValueError, UnicodeDecodeError):
                log.warning("signalling: dropped a line that is not JSON")
                continue
            if isinstance(data, dict):
                return data
            log.warning("signalling: dropped a line that is not an object")

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            with contextlib.suppress(RuntimeError):
                self._writer.close()
