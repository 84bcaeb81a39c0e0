"""Plain sentences for the codes calls raise or report (devices, connection, ends of calls).

Runs on the UI thread. The layers below speak in stable codes (`desktop.video.media`,
`EndReason`, `CallsError`); this is where the call window turns them into translated text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def media_message(code: str) -> str:
    """What to tell the person about a device; the call always goes on without it."""
    texts = {
        "camera_missing": QCoreApplication.translate(
            "CallMessages", "No camera was found. The others will hear you but not see you."
        ),
        "camera_busy": QCoreApplication.translate(
            "CallMessages",
            "Your camera is in use by another program. Close that program, or continue "
            "without video.",
        ),
        "camera_refused": QCoreApplication.translate(
            "CallMessages",
            "Jumelage is not allowed to use the camera. You can allow it in your computer's "
            "privacy settings; the call goes on without your video.",
        ),
        "no_camera_no_microphone": QCoreApplication.translate(
            "CallMessages",
            "No camera or microphone was found. The others cannot see or hear you; you can "
            "still see and hear them, and use the chat.",
        ),
        "microphone_missing": QCoreApplication.translate(
            "CallMessages", "No microphone was found. You can still use the chat."
        ),
        "microphone_busy": QCoreApplication.translate(
            "CallMessages",
            "Your microphone is in use by another program. Close that program, or use the chat.",
        ),
        "microphone_refused": QCoreApplication.translate(
            "CallMessages",
            "Jumelage is not allowed to use the microphone. You can allow it in your "
            "computer's privacy settings; the chat still works.",
        ),
        "speaker_missing": QCoreApplication.translate(
            "CallMessages",
            "No speaker or headphones were found, so you cannot hear the call. Use the chat.",
        ),
    }
    return texts.get(
        code,
        QCoreApplication.translate(
            "CallMessages", "A device cannot be used. The call goes on without it."
        ),
    )


def end_message(reason: str) -> str:
    texts = {
        "hung_up": QCoreApplication.translate("CallMessages", "You left the call."),
        "remote_hung_up": QCoreApplication.translate(
            "CallMessages", "The other person left the call."
        ),
        "peer_lost": QCoreApplication.translate(
            "CallMessages", "The connection was lost and could not be restored. The call has ended."
        ),
        "connection_failed": QCoreApplication.translate(
            "CallMessages",
            "The call could not connect. Check your internet connection and try again.",
        ),
        "signalling_lost": QCoreApplication.translate(
            "CallMessages", "The connection to the server was lost. The call has ended."
        ),
        "shutdown": QCoreApplication.translate("CallMessages", "The call has ended."),
    }
    return texts.get(reason, QCoreApplication.translate("CallMessages", "The call has ended."))


def error_message(code: str) -> str:
    texts = {
        "call_already_open": QCoreApplication.translate(
            "CallMessages", "This call is already open in another window."
        ),
        "call_not_a_pair": QCoreApplication.translate(
            "CallMessages", "This call cannot start: the pair is not complete."
        ),
        "signalling_closed": QCoreApplication.translate(
            "CallMessages", "Jumelage cannot reach the server right now. Try again soon."
        ),
    }
    return texts.get(
        code,
        QCoreApplication.translate("CallMessages", "The call could not start. Try again soon."),
    )
