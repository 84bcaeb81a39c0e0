"""Making invites: shared by the staff route and the CLI (`init`, `invite`). Any thread.

The code exists in clear only in the returned value; the database keeps its SHA-256.
"""

from __future__ import annotations

from jumelage_protocol import InviteResponse, Role
from sync_server.auth import invite_hash, new_invite_code, now_ms
from sync_server.store import Store


def make_invite(store: Store, program_id: str, role: Role, hours: int) -> InviteResponse:
    code = new_invite_code()
    now = now_ms()
    expires = now + hours * 3_600_000
    store.add_invite(invite_hash(code), program_id, role, expires, now)
    return InviteResponse(code=code, expires_at_ms=expires)
