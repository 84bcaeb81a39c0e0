"""Words for the people feature's codes (roles, states, interests, availability, form
problems, consent purposes and methods), in the person's language.

Services speak in codes; this is the one place the People, Matching, consent and invite
screens turn them into text. Built on each call so the words follow a language switch.
Runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kinds() -> dict[str, str]:
    return {
        "mentor": QCoreApplication.translate("PeopleText", "Mentor"),
        "mentee": QCoreApplication.translate("PeopleText", "Mentee"),
        "guardian": QCoreApplication.translate("PeopleText", "Guardian"),
        "staff": QCoreApplication.translate("PeopleText", "Staff"),
    }


def states() -> dict[str, str]:
    return {
        "added": QCoreApplication.translate("PeopleText", "Added"),
        "invited": QCoreApplication.translate("PeopleText", "Invited"),
        "enrolled": QCoreApplication.translate("PeopleText", "Enrolled"),
        "screened": QCoreApplication.translate("PeopleText", "Screened"),
        "trained": QCoreApplication.translate("PeopleText", "Trained"),
        "matched": QCoreApplication.translate("PeopleText", "Matched"),
        "closed": QCoreApplication.translate("PeopleText", "Closed"),
    }


def languages() -> dict[str, str]:
    return {"fr": "Français", "en": "English"}  # each language named in itself


def interests() -> dict[str, str]:
    return {
        "arts": QCoreApplication.translate("PeopleText", "Arts"),
        "sports": QCoreApplication.translate("PeopleText", "Sports"),
        "science": QCoreApplication.translate("PeopleText", "Science"),
        "technology": QCoreApplication.translate("PeopleText", "Technology"),
        "music": QCoreApplication.translate("PeopleText", "Music"),
        "reading": QCoreApplication.translate("PeopleText", "Reading"),
        "games": QCoreApplication.translate("PeopleText", "Games"),
        "nature": QCoreApplication.translate("PeopleText", "Nature"),
        "cooking": QCoreApplication.translate("PeopleText", "Cooking"),
        "careers": QCoreApplication.translate("PeopleText", "Careers"),
        "languages": QCoreApplication.translate("PeopleText", "Languages"),
        "volunteering": QCoreApplication.translate("PeopleText", "Volunteering"),
    }


def availability() -> dict[str, str]:
    return {
        "weekday_afternoon": QCoreApplication.translate("PeopleText", "Weekday afternoons"),
        "weekday_evening": QCoreApplication.translate("PeopleText", "Weekday evenings"),
        "weekend_morning": QCoreApplication.translate("PeopleText", "Weekend mornings"),
        "weekend_afternoon": QCoreApplication.translate("PeopleText", "Weekend afternoons"),
    }


def purposes() -> dict[str, str]:
    return {
        "messaging": QCoreApplication.translate("PeopleText", "Messaging"),
        "video": QCoreApplication.translate("PeopleText", "Video calls"),
        "supervision": QCoreApplication.translate("PeopleText", "Staff supervision"),
        "surveys": QCoreApplication.translate("PeopleText", "Surveys"),
    }


def methods() -> dict[str, str]:
    return {
        "paper": QCoreApplication.translate("PeopleText", "Signed paper form"),
        "email": QCoreApplication.translate("PeopleText", "Email"),
        "phone": QCoreApplication.translate("PeopleText", "Phone call"),
        "in_person": QCoreApplication.translate("PeopleText", "In person"),
    }


def problems() -> dict[str, str]:
    """Sentences for the form's field problems (shown beside the field)."""
    return {
        "name_required": QCoreApplication.translate("PeopleText", "Type the person's name."),
        "birth_date_invalid": QCoreApplication.translate(
            "PeopleText", "Type the date as year-month-day, for example 2014-03-21."
        ),
        "birth_date_future": QCoreApplication.translate(
            "PeopleText", "This date is in the future."
        ),
        "mentee_age_impossible": QCoreApplication.translate(
            "PeopleText", "A mentee is between 6 and 25 years old. Check the year."
        ),
        "mentor_age_impossible": QCoreApplication.translate(
            "PeopleText", "A mentor is at least 16 years old. Check the year."
        ),
        "mentee_age_required": QCoreApplication.translate(
            "PeopleText", "Give the mentee's date of birth or age group."
        ),
        "guardian_required": QCoreApplication.translate(
            "PeopleText", "A minor needs a guardian: type the guardian's name."
        ),
        "age_band_unknown": QCoreApplication.translate(
            "PeopleText", "Choose an age group from the list."
        ),
    }


def problem(code: str) -> str:
    return problems().get(code, QCoreApplication.translate("PeopleText", "Check this field."))


def age_band(band: str | None) -> str:
    if band is None:
        return QCoreApplication.translate("PeopleText", "Not given")
    return QCoreApplication.translate("PeopleText", "%1 years").replace(
        "%1", band.replace("-", "–")
    )
