"""Canadian crisis resources shown at once when a message is flagged urgent, as plain data.

The UI renders these (it owns layout and accessibility); this module only says which resources
apply to which urgent category, in French or English. Pure data, any thread. Numbers must stay
on the checker's allow-list so sharing them never triggers a contact nudge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Lang = Literal["fr", "en"]


@dataclass(frozen=True)
class Contact:
    kind: Literal["call", "text"]
    number: str  # what to dial or text, digits only
    label: dict[str, str]  # "Call 9-8-8" / "Appelle le 9-8-8", per language


@dataclass(frozen=True)
class CrisisResource:
    id: str
    name: dict[str, str]
    description: dict[str, str]
    contacts: tuple[Contact, ...]
    url: str
    hours: dict[str, str]


@dataclass(frozen=True)
class CrisisCard:
    """One resource in one language, ready for display."""

    id: str
    name: str
    description: str
    actions: tuple[str, ...]
    numbers: tuple[str, ...]
    url: str
    hours: str
    kinds: tuple[str, ...] = ()  # "call" or "text", one per action

    @property
    def how(self) -> str:
        """The actions on one line, e.g. "Call 9-8-8 · Text 9-8-8"."""
        return " · ".join(self.actions)


SUICIDE_CRISIS_HELPLINE = CrisisResource(
    id="988",
    name={
        "fr": "9-8-8 : Ligne d'aide en cas de crise de suicide",
        "en": "9-8-8: Suicide Crisis Helpline",
    },
    description={
        "fr": "Si tu penses au suicide ou si tu t'inquiètes pour quelqu'un, parle à une personne "
        "formée, en français ou en anglais. C'est gratuit et confidentiel.",
        "en": "If you are thinking about suicide, or worried about someone, talk to a trained "
        "responder in English or French. It is free and confidential.",
    },
    contacts=(
        Contact("call", "988", {"fr": "Appelle le 9-8-8", "en": "Call 9-8-8"}),
        Contact("text", "988", {"fr": "Texte le 9-8-8", "en": "Text 9-8-8"}),
    ),
    url="https://988.ca",
    hours={"fr": "24 heures sur 24, 7 jours sur 7", "en": "24 hours a day, 7 days a week"},
)

KIDS_HELP_PHONE = CrisisResource(
    id="kids_help_phone",
    name={"fr": "Jeunesse, J'écoute", "en": "Kids Help Phone"},
    description={
        "fr": "Pour les jeunes, peu importe ce qui se passe : intimidation, violence, stress, "
        "idées noires. Gratuit, confidentiel, partout au Canada.",
        "en": "For young people, whatever is going on: bullying, abuse, stress, dark thoughts. "
        "Free, confidential, anywhere in Canada.",
    },
    contacts=(
        Contact(
            "call",
            "18006686868",
            {"fr": "Appelle le 1-800-668-6868", "en": "Call 1-800-668-6868"},
        ),
        Contact(
            "text",
            "686868",
            {"fr": "Texte PARLER au 686868", "en": "Text CONNECT to 686868"},
        ),
    ),
    url="https://jeunessejecoute.ca",
    hours={"fr": "24 heures sur 24, 7 jours sur 7", "en": "24 hours a day, 7 days a week"},
)

EMERGENCY = CrisisResource(
    id="911",
    name={"fr": "Urgence : 9-1-1", "en": "Emergency: 9-1-1"},
    description={
        "fr": "Si tu es en danger maintenant ou si quelqu'un est blessé, appelle le 9-1-1.",
        "en": "If you are in danger right now or someone is hurt, call 9-1-1.",
    },
    contacts=(Contact("call", "911", {"fr": "Appelle le 9-1-1", "en": "Call 9-1-1"}),),
    url="",
    hours={"fr": "En tout temps", "en": "Any time"},
)

ALL_RESOURCES: tuple[CrisisResource, ...] = (SUICIDE_CRISIS_HELPLINE, KIDS_HELP_PHONE, EMERGENCY)

_BY_CATEGORY: dict[str, tuple[CrisisResource, ...]] = {
    "self_harm": (SUICIDE_CRISIS_HELPLINE, KIDS_HELP_PHONE, EMERGENCY),
    "abuse_disclosure": (KIDS_HELP_PHONE, EMERGENCY),
    "bullying": (KIDS_HELP_PHONE,),
}


def resources_for(categories: Iterable[str], lang: Lang) -> list[CrisisCard]:
    """The cards to show for a check's categories, most urgent first, each once."""
    if lang not in ("fr", "en"):
        raise ValueError(f"unsupported language: {lang!r}")
    chosen: list[CrisisResource] = []
    wanted = set(categories)
    for category in ("self_harm", "abuse_disclosure", "bullying"):
        if category in wanted:
            chosen.extend(r for r in _BY_CATEGORY[category] if r not in chosen)
    chosen.sort(key=ALL_RESOURCES.index)
    return [_card(r, lang) for r in chosen]


def resources(lang: Lang) -> list[CrisisCard]:
    """Every crisis line in ``lang``, most urgent first (for a "get help now" screen)."""
    return resources_for(_BY_CATEGORY, lang)


def _card(resource: CrisisResource, lang: Lang) -> CrisisCard:
    return CrisisCard(
        id=resource.id,
        name=resource.name[lang],
        description=resource.description[lang],
        actions=tuple(c.label[lang] for c in resource.contacts),
        numbers=tuple(c.number for c in resource.contacts),
        url=resource.url,
        hours=resource.hours[lang],
        kinds=tuple(c.kind for c in resource.contacts),
    )
