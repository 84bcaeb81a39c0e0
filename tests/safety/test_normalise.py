import re

from desktop.safety.normalise import Folder, fold_char

FOLDER = Folder(
    {"tel": ["téléphone", "cell", "phone"], "courriel": ["e-mail", "email", "mail"]},
    {"cinq": "5", "un": "1", "quatre": "4", "five": "5", "one": "1", "four": "4"},
)


def back(folded, pattern, text):
    m = re.search(pattern, folded.text)
    assert m, folded.text
    s, e = folded.to_original(*m.span())
    return text[s:e]


def test_case_accents_and_ligatures_fold():
    assert FOLDER.fold("ÉCOLE Œuvre ﬁn Straße").text == "ecole oeuvre fin strasse"


def test_invisible_and_bidi_characters_vanish_and_spans_still_map():
    text = "je veux m\u200bou\u202erir"
    folded = FOLDER.fold(text)
    assert folded.text == "je veux mourir"
    assert back(folded, "mourir", text) == "m\u200bou\u202erir"


def test_decomposed_accents_map_back_to_base_and_mark():
    text = "te\u0301le\u0301phone"
    folded = FOLDER.fold(text)
    assert folded.text == "tel"
    assert back(folded, "tel", text) == text


def test_leetspeak_undone_but_numbers_kept():
    assert FOLDER.fold("k1ll m0urir $uicide").text == "kill mourir suicide"
    assert FOLDER.fold("514 5e 14h30 cell5145551234").text == "514 5e 14h30 cell5145551234"


def test_stretched_letters_shortened():
    text = "mouriiiiir"
    folded = FOLDER.fold(text)
    assert folded.text == "mourir"
    assert back(folded, "mourir", text) == text


def test_synonyms_become_canonical_with_separators():
    text = "mon E-Mail et mon Cell"
    folded = FOLDER.fold(text)
    assert folded.text == "mon courriel et mon tel"
    assert back(folded, "courriel", text) == "E-Mail"
    assert back(folded, "tel", text) == "Cell"


def test_digits_view_spells_numbers_and_keeps_digits():
    text = "cinq un quatre, five one four, 5-1-4"
    digits = FOLDER.digits(text)
    assert digits.text == "5 1 4, 5 1 4, 5-1-4"
    assert back(digits, r"5 1 4", text) == "cinq un quatre"


def test_curly_apostrophes_and_dashes_fold():
    assert fold_char("\u2019") == "'"
    assert fold_char("\u2014") == "-"
    assert fold_char("\u200d") == ""
