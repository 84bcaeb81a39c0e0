"""People-facing error sentences: stable error codes from the layers below become translated text.

Non-Qt packages raise exceptions carrying a stable `.code`; this is the one place the UI turns
such a code into a plain sentence in the person's language. For privacy, an unknown username
reads exactly like a wrong passphrase. Runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jumelage_protocol import error_code


def _messages() -> dict[str, str]:
    # Built on each call so the sentences follow a language switch.
    wrong = QCoreApplication.translate(
        "Errors", "The username or passphrase is not right. Check them and try again."
    )
    training = QCoreApplication.translate(
        "Errors",
        "Training cannot be shown: its files are missing or damaged on this computer. Ask the "
        "person who manages this computer to repair or reinstall Jumelage.",
    )
    surveys = QCoreApplication.translate(
        "Errors",
        "Surveys cannot be shown: their files are missing or damaged on this computer. Ask the "
        "person who manages this computer to repair or reinstall Jumelage.",
    )
    return {
        "wrong_passphrase": wrong,
        "no_such_profile": wrong,
        "wrong_key": wrong,
        "profile_corrupt": QCoreApplication.translate(
            "Errors",
            "Your profile on this computer cannot be opened. Sign in again to rebuild it "
            "from the server, or ask your program staff for help.",
        ),
        "database_corrupt": QCoreApplication.translate(
            "Errors",
            "Your profile on this computer cannot be opened. Sign in again to rebuild it "
            "from the server, or ask your program staff for help.",
        ),
        "profile_newer": QCoreApplication.translate(
            "Errors",
            "This profile was used with a newer version of Jumelage. Update Jumelage on this "
            "computer, then try again.",
        ),
        "database_newer": QCoreApplication.translate(
            "Errors",
            "This profile was used with a newer version of Jumelage. Update Jumelage on this "
            "computer, then try again.",
        ),
        "storage_full": QCoreApplication.translate(
            "Errors", "The disk of this computer is full. Free some space, then try again."
        ),
        "storage_read_only": QCoreApplication.translate(
            "Errors",
            "Jumelage cannot save on this computer (the folder is read-only). "
            "Ask the person who manages this computer.",
        ),
        "keyring_unavailable": QCoreApplication.translate(
            "Errors",
            "This computer has no secure password store, so Jumelage cannot remember you here. "
            "You will type your passphrase each time.",
        ),
        "username_taken": QCoreApplication.translate(
            "Errors", "This username is already used on this computer. Choose another one."
        ),
        "setting_locked": QCoreApplication.translate(
            "Errors", "Your organisation has set this option; it cannot be changed here."
        ),
        "remember_forbidden": QCoreApplication.translate(
            "Errors", "Your organisation does not allow Jumelage to remember you here."
        ),
        "profile_locked": QCoreApplication.translate(
            "Errors", "Your profile is locked. Sign in again to continue."
        ),
        "sign_in_throttled": QCoreApplication.translate(
            "Errors", "Too many tries. Wait a moment before trying again."
        ),
        "database_missing": QCoreApplication.translate(
            "Errors",
            "Your profile on this computer is incomplete. Sign in again to rebuild it "
            "from the server, or ask your program staff for help.",
        ),
        **_server_messages(),
        "install_corrupt": QCoreApplication.translate(
            "Errors",
            "Jumelage's files on this computer are damaged. Ask the person who manages "
            "this computer to repair or reinstall Jumelage.",
        ),
        "safety_rules_unavailable": QCoreApplication.translate(
            "Errors",
            "Messages cannot be sent: Jumelage's safety rules are missing or damaged on this "
            "computer. Ask the person who manages this computer to repair or reinstall Jumelage.",
        ),
        "training_invalid": training,
        "training_unreadable": training,
        "survey_invalid": surveys,
        "survey_unreadable": surveys,
        "answer_missing": QCoreApplication.translate(
            "Errors", "Some required questions have no answer yet. Answer them and send again."
        ),
        "answer_invalid": QCoreApplication.translate(
            "Errors",
            "One of the answers is not one of the choices offered. Check them and send again.",
        ),
        "no_staff_key": QCoreApplication.translate(
            "Errors",
            "Your answers cannot be sent yet: this computer has not reached the program's server "
            "since you joined. Connect to the internet, wait a moment and try again.",
        ),
        **_safety_rule_messages(),
    }


def _safety_rule_messages() -> dict[str, str]:
    """Why the Safety rules page refused a change (codes of `services/safety_rules.py`)."""
    return {
        "pattern_invalid": QCoreApplication.translate(
            "Errors", "One of the patterns cannot be read. Check its brackets and symbols, or "
            "write it as plain words."),
        "pattern_unsafe": QCoreApplication.translate(
            "Errors", "One of the patterns would match every message, or uses a part Jumelage "
            "does not allow (named groups, back-references, flags). Write it more simply."),
        "entry_too_long": QCoreApplication.translate(
            "Errors", "One of the entries is longer than 200 characters. Shorten it."),
        "too_many_entries": QCoreApplication.translate(
            "Errors", "A list can hold up to 400 entries. Remove some, then save again."),
        "category_locked": QCoreApplication.translate(
            "Errors", "This category always alerts staff at once; it cannot be changed."),
    }  # fmt: skip


def _server_messages() -> dict[str, str]:
    """Sentences for the sync server's refusals and for the network (codes from `desktop.sync`)."""
    offline = QCoreApplication.translate(
        "Errors", "The server cannot be reached. Check the internet connection."
    )
    session_over = QCoreApplication.translate(
        "Errors", "Your session on the server has ended. Lock, then sign in again."
    )
    return {
        "offline": offline,
        "timeout": offline,
        "untrusted_certificate": QCoreApplication.translate(
            "Errors",
            "The connection to the server is not secure: this computer does not trust its "
            "certificate. If this network asks you to sign in first (library or café Wi-Fi), "
            "do that; otherwise ask the person who manages this computer.",
        ),
        "server_unavailable": QCoreApplication.translate(
            "Errors", "The server is not working right now. Try again later."
        ),
        "rate_limited": QCoreApplication.translate(
            "Errors", "Too many attempts. Wait a moment and try again."
        ),
        "clock_skew": QCoreApplication.translate(
            "Errors",
            "This computer's clock is far off. Set the correct date and time, then try again.",
        ),
        "residency_not_canadian": QCoreApplication.translate(
            "Errors",
            "Your organisation requires a server hosted in "
            "Canada, and this server does not declare that it is.",
        ),
        "unsupported_protocol": QCoreApplication.translate(
            "Errors", "This version of Jumelage is too old for the server. Update Jumelage."
        ),
        "protocol_mismatch": QCoreApplication.translate(
            "Errors", "This version of Jumelage is too old for the server. Update Jumelage."
        ),
        "token_expired": session_over,
        "token_revoked": session_over,
        "signed_out": session_over,
        "database_busy": QCoreApplication.translate(
            "Errors", "Jumelage is busy saving on this computer. It will try again by itself."
        ),
        "local_database": QCoreApplication.translate(
            "Errors",
            "Jumelage could not save on this computer. Check that the disk is not full, "
            "then lock and sign in again.",
        ),
        "bad_credentials": QCoreApplication.translate(
            "Errors", "The username or passphrase is not right. Check them and try again."
        ),
        "keys_unreadable": QCoreApplication.translate(
            "Errors",
            "Your account's keys cannot be opened with this "
            "passphrase. Ask your program staff for help.",
        ),
        "not_member": QCoreApplication.translate(
            "Errors", "The server refused: you are not a member of this program."
        ),
        "invite_invalid": QCoreApplication.translate(
            "Errors", "This invite code is not valid. Check it and try again."
        ),
        "invite_used": QCoreApplication.translate(
            "Errors",
            "This invite code has already been used. Ask your program staff for a new one.",
        ),
        "invite_expired": QCoreApplication.translate(
            "Errors", "This invite code has expired. Ask your program staff for a new one."
        ),
        "no_server": QCoreApplication.translate(
            "Errors", "This profile is not connected to a server."
        ),
        "bad_server_url": QCoreApplication.translate(
            "Errors", "Type the server address, starting with https://"
        ),
        "insecure_server_url": QCoreApplication.translate(
            "Errors",
            "This server address starts with http://, which is not encrypted. Use the "
            "https:// address of your organisation's server, or ask the person who manages "
            "this computer.",
        ),
        "local_server_failed": QCoreApplication.translate(
            "Errors", "The demo server could not start on this computer."
        ),
        "bad_response": QCoreApplication.translate(
            "Errors", "The server refused: its answer could not be understood."
        ),
        "key_changed": QCoreApplication.translate(
            "Errors",
            "The server now gives another security key for someone in this pair, so nothing "
            "was shared with them. A staff member must check with that person and confirm "
            "the new key on the supervision page.",
        ),
        "bad_staff_key": QCoreApplication.translate(
            "Errors",
            "The server gave a staff key that your organisation did not sign, so Jumelage did "
            "not use it. Tell your program staff.",
        ),
        "root_mismatch": QCoreApplication.translate(
            "Errors",
            "This server does not hold the key of the organisation that invited you. Check the "
            "server address and the whole invite code, or ask your program staff.",
        ),
        "key_not_for_staff": QCoreApplication.translate(
            "Errors",
            "This change used a key the program staff do not have, so the server refused it. "
            "Sync again; if it happens again, tell your program staff.",
        ),
        "no_scope_key": QCoreApplication.translate(
            "Errors",
            "This computer does not have the program's key yet, so nothing was opened, recorded "
            "or changed. Ask a colleague on the program staff to grant you access, then sync.",
        ),
        "staff_only": QCoreApplication.translate("Errors", "Only program staff can do this."),
        "unknown_pair": QCoreApplication.translate(
            "Errors", "This pair is not on this computer yet. Sync, then try again."
        ),
        "empty_note": QCoreApplication.translate("Errors", "Write the note first."),
        "invalid_contact": QCoreApplication.translate(
            "Errors", "Choose who the contact was with and how it took place."
        ),
        "checkin_needs_sync": QCoreApplication.translate(
            "Errors",
            "Your check-in can be sent once this computer has synced with the program. "
            "Please try again in a moment.",
        ),
        "comment_too_long": QCoreApplication.translate(
            "Errors", "The comment is too long. Keep it under 500 characters."
        ),
    }


def message_for_code(code: str | None) -> str:
    """The translated sentence for an error code, or a general one for codes we do not know."""
    from desktop.ui.people_errors import people_messages

    return {**_messages(), **people_messages()}.get(code or "", general_error())


def message_for(exc: BaseException) -> str:
    return message_for_code(error_code(exc))


def general_error() -> str:
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong. Your data is safe. Try again; if it happens again, "
        "restart Jumelage or ask your program staff for help.",
    )
