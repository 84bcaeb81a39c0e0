"""Self-harm, abuse and bullying disclosures: recall in both languages, including misspellings,
and the everyday phrases that must not raise an alarm."""

import pytest

from desktop.safety.crisis import resources_for
from tests.safety.conftest import flagged

SELF_HARM = [
    "je veux mourir",
    "Je veux mourrir",
    "je veu mourir",
    "j'ai envie de mourir",
    "J'AI ENVIE DE ME FAIRE DU MAL",
    "j'ai envie de me faire du mal",
    "je pense à me suicider",
    "je vais me tuer",
    "je veux en finir",
    "j'ai plus envie de vivre",
    "personne me regretterait",
    "je me scarifie encore",
    "je veux m0urir",
    "je veux mouriiiir",
    "suicide",
    "sucide",
    "I want to kill myself",
    "i wanna kill my self",
    "gonna k1ll myself",
    "I want to die",
    "i wanna die",
    "I don't want to live anymore",
    "everyone would be better off without me",
    "i've been cutting myself",
    "thinking about suicide",
    "im suicidal",
    "i want to end my life",
    "i wanna kms",
    "self-harm again",
    "I want to unalive myself",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_is_urgent(checker, text):
    result = checker.check(text)
    assert "self_harm" in result.categories, text
    assert result.action == "urgent"
    assert result.urgent and not result.needs_review


ABUSE = [
    "mon père me frappe quand il boit",
    "mon beau-père me bat",
    "il m'a touchée et j'ai peur",
    "j'ai peur de rentrer chez moi",
    "my stepdad hits me",
    "he touched me and told me not to say",
    "I was abused",
]

BULLYING = [
    "ils m'intimident à l'école",
    "je me fais niaiser tous les jours",
    "tout le monde se moque de moi",
    "they keep bullying me",
    "I'm being bullied at school",
    "kids make fun of me every day",
]


@pytest.mark.parametrize("text", ABUSE)
def test_abuse_disclosure_is_urgent(checker, text):
    result = checker.check(text)
    assert "abuse_disclosure" in result.categories, (text, flagged(result, text))
    assert result.action == "urgent"


@pytest.mark.parametrize("text", BULLYING)
def test_bullying_is_urgent_not_held(checker, text):
    result = checker.check(text)
    assert "bullying" in result.categories, (text, flagged(result, text))
    assert result.action == "urgent" and not result.needs_review


NOT_URGENT = [
    "je vais mourir de rire",
    "j'étais morte de rire",
    "I'm dying to see the movie",
    "this homework is killing me",
    "I was killing myself laughing",
    "ma sœur me bat aux échecs",
    "elle me tape sur les nerfs",
    "she hit me up last night",
    "my brother beat me at chess",
    "on a parlé de l'intimidation en classe",
    "je me coupe les cheveux demain",
    "je veux en finir avec mes devoirs",
    "Tuesday works for me",
    "I want to dye my hair blue",
    "c'est pas un succès mais c'est correct",
    "I want to succeed in science",
]


@pytest.mark.parametrize("text", NOT_URGENT)
def test_everyday_phrases_are_not_urgent(checker, text):
    result = checker.check(text)
    assert result.action != "urgent", (text, flagged(result, text))


def test_urgent_span_points_at_the_words(checker):
    text = "Bonjour. Honnêtement je veux mourir."
    result = checker.check(text)
    (finding,) = [f for f in result.findings if f.category == "self_harm"]
    assert "mourir" in text[finding.start : finding.end]


def test_urgent_categories_lead_to_crisis_resources(checker):
    result = checker.check("I want to kill myself")
    cards = resources_for(result.categories, "en")
    assert [c.id for c in cards][:2] == ["988", "kids_help_phone"]
    assert "Call 9-8-8" in cards[0].actions
    fr = resources_for(checker.check("ils m'intimident").categories, "fr")
    assert [c.name for c in fr] == ["Jeunesse, J'écoute"]
    assert "Texte PARLER au 686868" in fr[0].actions
