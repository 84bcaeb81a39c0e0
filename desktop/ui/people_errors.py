"""Sentences for the error codes of people, consent, invites and matching (merged into
`errors.message_for_code`, the one place codes become text). Runs on the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def people_messages() -> dict[str, str]:
    return {
        "duplicate_person": _t("A person with the same name and date of birth is already in "
                               "the program."),
        "no_such_person": _t("This person is not on this computer yet. Sync, then try again."),
        "guardian_no_account": _t("Guardians do not get an account: only mentors, mentees and "
                                  "staff are invited."),
        "guardian_required": _t("Type the name of the guardian who gave the answer."),
        "consent_purpose_unknown": _t("Choose at least one purpose."),
        "consent_method_unknown": _t("Choose how the guardian gave the answer."),
        "consent_missing": _t("This mentee is under the program's age of consent: record a "
                              "guardian's consent for messaging and staff supervision first "
                              "(People page, Consent)."),
        "training_missing": _t("This mentor has not finished the required training yet."),
        "mentor_full": _t("This mentor already has as many mentees as the program allows."),
        "match_not_enrolled": _t("Both people must have joined with their invite code before "
                                 "they can be paired."),
        "match_roles": _t("Choose a mentor and a mentee."),
        "rules_unavailable": _t("The program's rules cannot be read on this computer. "
                                "Reinstall Jumelage or ask your program staff."),
    }  # fmt: skip
