"""Contact details, links, meeting and app-switch requests: positives (FR/EN, obfuscated),
negatives from ordinary mentoring talk, and spans into the original text."""

import pytest

from tests.safety.conftest import flagged

POSITIVES = [
    ("contact_phone", "Appelle-moi au 514-555-1234 ce soir", "514-555-1234"),
    ("contact_phone", "mon numéro : (819) 555 0199", "(819) 555 0199"),
    ("contact_phone", "call me +1 416.555.0123", "+1 416.555.0123"),
    ("contact_phone", "c'est le 5 1 4 - 5 5 5 - 1 2 3 4", "5 1 4 - 5 5 5 - 1 2 3 4"),
    ("contact_phone", "cinq un quatre cinq cinq cinq un deux trois quatre", None),
    ("contact_phone", "it's five one four five five five one two three four", None),
    ("contact_phone", "mon cell 555-1234", "555-1234"),
    ("contact_phone", "texte au 6135550123", "6135550123"),
    ("contact_email", "écris-moi à Julie.Tremblay@gmail.com", "Julie.Tremblay@gmail.com"),
    ("contact_email", "john (at) gmail (dot) com", "john (at) gmail (dot) com"),
    ("contact_email", "john at hotmail dot com", "john at hotmail dot com"),
    ("contact_email", "jdoe [at] videotron [point] ca", "jdoe [at] videotron [point] ca"),
    ("contact_email", "mon courriel c'est sam_22 arobase gmail", "sam_22 arobase gmail"),
    ("contact_address", "j'habite au 123, rue des Érables", "123, rue"),
    ("contact_address", "I live at 45 Maple Street", "45 Maple Street"),
    ("contact_address", "mon code postal est H2X 1Y4", "H2X 1Y4"),
    ("contact_address", "postal code k1a0b1", "k1a0b1"),
    ("contact_address", "j'habite sur la rue Principale", None),
    ("contact_address", "1200 boul. Saint-Laurent", None),
    ("social_handle", "suis-moi @jess.dessins", "@jess.dessins"),
    ("social_handle", "mon snap c'est jdoe_22", None),
    ("social_handle", "discord: gamer#1234", None),
    ("link", "regarde https://exemple.com/video", "https://exemple.com/video"),
    ("link", "va sur www.jeux-gratuits.net", "www.jeux-gratuits.net"),
    ("link", "check bit.ly/3abc", "bit.ly/3abc"),
    ("link", "c'est sur monsite.ca", "monsite.ca"),
    ("meet_request", "on se voit au parc samedi?", "on se voit"),
    ("meet_request", "On pourrait se rejoindre au Tim après l'école", None),
    ("meet_request", "viens chez moi après l'école", "viens chez moi"),
    ("meet_request", "let's meet at the mall", "let's meet"),
    ("meet_request", "wanna hang out this weekend?", "wanna hang out"),
    ("meet_request", "I can pick you up after school", None),
    ("meet_request", "where do you live?", "where do you live"),
    ("meet_request", "t'habites où?", None),
    ("move_app", "texte-moi sur snap", "texte-moi sur snap"),
    ("move_app", "Texte moi sur SNAPCHAT stp", None),
    ("move_app", "add me on insta", "add me on insta"),
    ("move_app", "t'as snap?", "t'as snap"),
    ("move_app", "tu as WhatsApp?", None),
    ("move_app", "what's your insta", "what's your insta"),
    ("move_app", "on continue sur discord", None),
    ("move_app", "do you have tiktok", None),
    ("move_app", "let's talk on telegram instead", None),
    ("move_app", "donne-moi ton numéro", None),
    ("move_app", "text me tonight", "text me"),
    ("move_app", "écris-moi sur messenger", None),
    ("secrecy", "ne le dis pas à tes parents", None),
    ("secrecy", "don't tell your mom about this", None),
    ("secrecy", "c'est notre petit secret", None),
    ("secrecy", "delete our messages after", None),
]


@pytest.mark.parametrize(("category", "text", "span"), POSITIVES)
def test_positive(checker, category, text, span):
    result = checker.check(text)
    found = flagged(result, text)
    assert category in found, (text, found)
    if span is not None:
        assert span in found[category]
    assert result.action in ("flag", "review")


NEGATIVES = [
    "On se parle jeudi à 14h30 en vidéo?",
    "J'ai eu 85 % à mon examen de maths!",
    "the 5 of us went to the game",
    "Le billet coûte 1 500 $ et le bus 3,50 $",
    "Mon examen est le 2024-05-12, puis le 15/06/2024",
    "En 2023-2024 j'étais en 5e année",
    "ok.ca va bien toi?",
    "c'est un bon point ça",
    "J'ai vu une vidéo sur TikTok hier, trop drôle",
    "tu as vu le tiktok de la chorale?",
    "My insta is private anyway",
    "I had 2 tickets for the road trip",
    "I ran 3 km down the road",
    "Kids Help Phone: 1-800-668-6868 ou texte CONNECT au 686868",
    "Appelle le 9-8-8 si ça ne va pas",
    "My score was 1234567 points?",  # 7 digits without phone grouping only flags when contiguous
    "It's 5 minutes drive from school",
    "On se voit jeudi en vidéo!",
    "Let's meet on the video call Thursday",
    "Je me suis fait une tresse à 7h",
    "email me your homework? no, send it here in the app",
    "rendez-vous à 15 h 30 sur Jumelage",
    "Rangée 12, siège 4",
    "J'ai lu 12 livres et 300 pages",
]


@pytest.mark.parametrize("text", NEGATIVES[:-1] + NEGATIVES[-1:])
def test_negative(checker, text):
    result = checker.check(text)
    contact = {"contact_phone", "contact_address", "link", "social_handle", "meet_request"}
    if text.startswith("My score"):
        # A bare 7-digit run reads as a local number; documented trade-off.
        assert result.categories <= {"contact_phone"}
        return
    if text.startswith("email me"):
        assert "contact_email" not in result.categories
        return
    assert not (result.categories & contact), (text, flagged(result, text))
    assert result.action == "send", (text, flagged(result, text))


def test_spans_point_into_original_with_accents_and_invisibles(checker):
    text = "Salut! Écris-moi sur Snäp\u200b: mon n° c'est 514\u00a0555\u00a01234 🙂"
    result = checker.check(text)
    found = flagged(result, text)
    assert found["contact_phone"] == ["514\u00a0555\u00a01234"]
    assert "move_app" in found
    for f in result.findings:
        assert 0 <= f.start < f.end <= len(text)


def test_findings_carry_no_text(checker):
    result = checker.check("mon courriel: secret.person@gmail.com")
    for f in result.findings:
        assert set(vars(f)) == {"category", "severity", "start", "end", "rule_id"}
        assert "secret" not in f.rule_id


def test_link_inside_email_is_reported_once(checker):
    text = "jdoe@gmail.com"
    result = checker.check(text)
    assert [f.category for f in result.findings] == ["contact_email"]
