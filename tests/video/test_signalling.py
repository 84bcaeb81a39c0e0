"""Signalling messages: validation, the JSON-lines transport, and the manager's tolerance."""

from __future__ import annotations

import asyncio

import pytest

from desktop.video.signalling import SignallingClosed, StreamSignalling, validate_message

SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n"


def test_valid_messages_are_kept_and_stray_fields_dropped():
    msg = validate_message(
        {"type": "offer", "call_id": "pair:1", "sdp": SDP, "relay_only": True, "x": 1}
    )
    assert msg == {
        "type": "offer",
        "call_id": "pair:1",
        "sdp": SDP,
        "attempt": 0,
        "relay_only": True,
        "final": True,
    }
    retry = validate_message({"type": "retry", "call_id": "c", "attempt": 1, "sdp": SDP})
    assert retry == {"type": "retry", "call_id": "c", "attempt": 1}
    mode = validate_message({"type": "mode", "call_id": "c", "mode": "audio", "reason": "loss"})
    assert mode == {
        "type": "mode",
        "call_id": "c",
        "mode": "audio",
        "reason": "loss",
        "manual": False,
    }
    presence = {"type": "presence", "call_id": "c", "person_id": "s-1", "role": "staff"}
    assert validate_message({**presence, "present": True, "from": "s-1"})["from"] == "s-1"


@pytest.mark.parametrize(
    "raw",
    [
        None,
        [1, 2],
        "offer",
        {"type": "ring", "call_id": "c"},
        {"type": "offer", "call_id": "bad id", "sdp": SDP},
        {"type": "offer", "call_id": "c", "sdp": "hello"},
        {"type": "offer", "call_id": "c", "sdp": "v=0" + "x" * 70_000},
        {"type": "answer", "call_id": "c"},
        {"type": "answer", "call_id": "c", "sdp": SDP, "attempt": -1},
        {"type": "retry", "call_id": "c", "attempt": "1"},
        {"type": "retry", "call_id": "c", "attempt": True},
        {"type": "offer", "call_id": "c", "sdp": SDP, "attempt": 99},
        {"type": "mode", "call_id": "c", "mode": "hologram"},
        {"type": "mute", "call_id": "c", "audio": "yes", "video": False},
        {"type": "presence", "call_id": "c", "person_id": "s", "role": "king", "present": True},
        {"type": "presence", "call_id": "c", "person_id": "s", "role": "staff", "present": 1},
        {"type": "bye", "call_id": "c", "reason": "<script>"},
        {"type": "bye", "call_id": "c", "from": "a b"},
    ],
)
def test_malformed_messages_are_dropped_with_a_log_line(raw, caplog):
    assert validate_message(raw) is None
    assert "dropped" in caplog.text


def test_stream_signalling_relays_skips_garbage_and_reports_closing(relay):
    async def main():
        a = await StreamSignalling.connect("127.0.0.1", relay.port)
        b = await StreamSignalling.connect("127.0.0.1", relay.port)
        while relay.clients < 2:
            await asyncio.sleep(0.01)
        relay.inject(b"not json\n")
        relay.inject(b"[1]\n")
        await a.send({"type": "bye", "call_id": "c"})
        got = await asyncio.wait_for(b.receive(), 60)
        b.close()
        with pytest.raises(SignallingClosed):
            await b.receive()
        a.close()
        return got

    assert asyncio.run(main()) == {"type": "bye", "call_id": "c"}
