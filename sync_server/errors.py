"""Refusals with a stable code, and the one table mapping each code to a status and a sentence.

Raised anywhere in the server (route, store, auth; any thread) and turned into a
`protocol.Problem` body by the handlers in `app.py`. The client translates by `code`; the
English `detail` is for people reading logs or using curl. Details never echo input values.
"""

from __future__ import annotations

from jumelage_protocol import CodedError

REASONS: dict[str, tuple[int, str]] = {
    "malformed_json": (400, "The request body is not valid JSON."),
    "malformed_frame": (400, "This live message is not one this server understands."),
    "invalid_request": (422, "The request is not valid."),
    "token_missing": (401, "Sign in first: this request needs a session token."),
    "token_invalid": (401, "This session is not valid. Please sign in again."),
    "token_expired": (401, "This session has expired. Please sign in again."),
    "token_revoked": (401, "This session was signed out. Please sign in again."),
    "bad_credentials": (401, "The username or passphrase is not correct."),
    "not_member": (403, "You are not a member of this space, so you cannot use it."),
    "not_staff": (403, "Only the staff of this program can do this."),
    "author_mismatch": (403, "Operations can only be sent by their own author."),
    "pair_closed": (403, "This pair is closed: nothing new can be added to it."),
    "pair_purged": (409, "This pair's data was purged after its retention period."),
    "not_found": (404, "There is nothing at this address."),
    "staff_key_missing": (404, "This program's staff have not set up their key yet."),
    "invite_invalid": (404, "This invitation code is not valid. Check it and try again."),
    "method_not_allowed": (405, "This address does not accept this kind of request."),
    "username_taken": (409, "This username is already taken. Please choose another one."),
    "invite_used": (409, "This invitation code has already been used."),
    "pair_exists": (409, "A pair with this identifier already exists."),
    "op_conflict": (
        409,
        "An operation with this identifier was already stored with other content.",
    ),
    "grant_conflict": (
        409,
        "A different key was already shared with this person for this version.",
    ),
    "staff_key_conflict": (
        409,
        "A different staff key was already published for this program and version.",
    ),
    "root_conflict": (
        409,
        "This organisation already has another root key.",
    ),
    "stale_key": (
        409,
        "The people in this pair changed: changes must use the pair's new key.",
    ),
    "key_not_for_staff": (
        409,
        "This pair's staff do not hold this key: changes must use a key the staff can read.",
    ),
    "invite_expired": (
        410,
        "This invitation code has expired. Ask the program staff for a new one.",
    ),
    "request_timeout": (408, "The request arrived too slowly. Please try again."),
    "payload_too_large": (413, "The request is too large for this server."),
    "op_too_large": (413, "One of the operations is larger than this server accepts."),
    "batch_too_large": (413, "This batch holds more operations than this server accepts."),
    "clock_skew": (
        422,
        "This computer's clock is far from the server's time. "
        "Please set the correct date and time.",
    ),
    "bad_signature": (422, "The signature of this batch does not match its author's key."),
    "duplicate_in_batch": (422, "The same operation appears twice in this batch."),
    "bad_staff_key": (
        422,
        "This staff key is not signed by the staff member publishing it and the given root.",
    ),
    "not_in_program": (422, "The mentor and mentee must both belong to this program."),
    "bad_key_id": (422, "A new key must take the next version number of its space."),
    "bad_recipient": (422, "This key can only be shared with members of its space."),
    "unsupported_protocol": (426, "This version of Jumelage is not supported. Please update it."),
    "rate_limited": (429, "Too many attempts. Please wait a moment and try again."),
    "too_many_connections": (429, "Too many open connections from here. Please try again later."),
    "internal_error": (500, "The server could not complete this request."),
}


def problem_statuses() -> list[int]:
    """Every status a Problem body can come with (for the OpenAPI description)."""
    return sorted({status for status, _ in REASONS.values()})


class Refused(CodedError):
    """A request the server declines, with a stable code (see REASONS)."""

    def __init__(
        self,
        code: str,
        *,
        detail: str | None = None,
        headers: dict[str, str] | None = None,
        server_time_ms: int | None = None,
    ) -> None:
        status, sentence = REASONS[code]
        super().__init__(code, detail or sentence)
        self.status = status
        self.headers = headers
        self.server_time_ms = server_time_ms
