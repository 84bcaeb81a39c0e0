"""Words for the people feature's codes (roles, states, interests, availability, form
problems, consent purposes and methods), in the person's language.

Services speak in codes; this is the one place the People, Matching, consent and invite
screens turn them into text. Built on each call so the words follow a language switch.
Runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("PeopleText", text)


def kinds() -> dict[str, str]:
    return {"mentor": _t("Mentor"), "mentee": _t("Mentee"), "guardian": _t("Guardian"),
            "staff": _t("Staff")}  # fmt: skip


def states() -> dict[str, str]:
    return {"added": _t("Added"), "invited": _t("Invited"), "enrolled": _t("Enrolled"),
            "screened": _t("Screened"), "trained": _t("Trained"), "matched": _t("Matched"),
            "closed": _t("Closed")}  # fmt: skip


def languages() -> dict[str, str]:
    return {"fr": "Français", "en": "English"}  # each language named in itself


def interests() -> dict[str, str]:
    return {
        "arts": _t("Arts"), "sports": _t("Sports"), "science": _t("Science"),
        "technology": _t("Technology"), "music": _t("Music"), "reading": _t("Reading"),
        "games": _t("Games"), "nature": _t("Nature"), "cooking": _t("Cooking"),
        "careers": _t("Careers"), "languages": _t("Languages"),
        "volunteering": _t("Volunteering"),
    }  # fmt: skip


def availability() -> dict[str, str]:
    return {
        "weekday_afternoon": _t("Weekday afternoons"), "weekday_evening": _t("Weekday evenings"),
        "weekend_morning": _t("Weekend mornings"), "weekend_afternoon": _t("Weekend afternoons"),
    }  # fmt: skip


def purposes() -> dict[str, str]:
    return {"messaging": _t("Messaging"), "video": _t("Video calls"),
            "supervision": _t("Staff supervision"), "surveys": _t("Surveys")}  # fmt: skip


def methods() -> dict[str, str]:
    return {"paper": _t("Signed paper form"), "email": _t("Email"), "phone": _t("Phone call"),
            "in_person": _t("In person")}  # fmt: skip


def problems() -> dict[str, str]:
    """Sentences for the form's field problems (shown beside the field)."""
    return {
        "name_required": _t("Type the person's name."),
        "birth_date_invalid": _t("Type the date as year-month-day, for example 2014-03-21."),
        "birth_date_future": _t("This date is in the future."),
        "mentee_age_impossible": _t("A mentee is between 6 and 25 years old. Check the year."),
        "mentor_age_impossible": _t("A mentor is at least 16 years old. Check the year."),
        "mentee_age_required": _t("Give the mentee's date of birth or age group."),
        "guardian_required": _t("A minor needs a guardian: type the guardian's name."),
        "age_band_unknown": _t("Choose an age group from the list."),
    }


def problem(code: str) -> str:
    return problems().get(code, _t("Check this field."))


def age_band(band: str | None) -> str:
    if band is None:
        return _t("Not given")
    return _t("%1 years").replace("%1", band.replace("-", "–"))
