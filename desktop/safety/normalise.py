"""Text folding for the safety rules, with a map from folded positions back to the original.

Rules match a *folded* view of a message: case-folded, accents and invisible characters removed,
leetspeak undone (``m0urir``), stretched letters shortened (``mouriiir``), common spellings of a
word brought to one form (``cell``/``tél``/``phone`` -> ``tel``) and, in the digits view,
spelled-out digits turned into digits (``cinq un quatre`` -> ``5 1 4``). Each step records
which spans changed length, so a match in the folded text maps back to a span of the
ORIGINAL text without ever copying it. Pure functions, no I/O; safe on any thread.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

# Characters folded by hand because Unicode decomposition leaves them alone.
_SPECIAL = {
    "\u2019": "'",
    "\u2018": "'",
    "\u201b": "'",
    "\u02bc": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u0153": "oe",
    "\u00e6": "ae",
    "\u00f8": "o",
    "\u0142": "l",
    "\u0111": "d",
    "\u0131": "i",
    "\u00df": "ss",
}
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s"})
_LEET_TOKEN = re.compile(r"(?<![a-z0-9$])(?=[a-z0-9$]*[013457$])[a-z0-9$]*[a-z][a-z0-9$]*")
_LEET_DIGIT = re.compile(r"[013457$]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SEPARATORS = re.compile(r"[\s\-_.]+")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_CACHE_LIMIT = 20_000
_char_cache: dict[str, str] = {}


@dataclass(frozen=True)
class _Layer:
    """Spans whose length one folding step changed, sorted by position in the step's output."""

    out_starts: tuple[int, ...]
    out_ends: tuple[int, ...]
    in_starts: tuple[int, ...]
    in_ends: tuple[int, ...]

    def start(self, pos: int) -> int:
        i = bisect_right(self.out_starts, pos) - 1
        if i < 0:
            return pos
        if pos < self.out_ends[i]:
            return self.in_starts[i]
        return pos - self.out_ends[i] + self.in_ends[i]

    def end(self, pos: int) -> int:
        last = pos - 1
        i = bisect_right(self.out_starts, last) - 1
        if last < 0 or i < 0:
            return pos
        if last < self.out_ends[i]:
            return self.in_ends[i]
        return pos - self.out_ends[i] + self.in_ends[i]


def _layer(changes: list[tuple[int, int, int, int]]) -> _Layer:
    out_s, out_e, in_s, in_e = zip(*changes, strict=True)
    return _Layer(out_s, out_e, in_s, in_e)


@dataclass(frozen=True)
class Folded:
    """A folded view of a message and the layers that lead back to the original."""

    text: str
    layers: tuple[_Layer, ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text to the span of the original text it came from."""
        for layer in reversed(self.layers):
            start, end = layer.start(start), layer.end(end)
        return start, max(start, end)


def fold_char(char: str) -> str:
    """Fold one character: case, accents, look-alikes; invisible characters become ''."""
    folded = _char_cache.get(char)
    if folded is None:
        folded = _compute_char(char)
        if len(_char_cache) > _CACHE_LIMIT:
            _char_cache.clear()
        _char_cache[char] = folded
    return folded


def _compute_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    category = unicodedata.category(char)
    if category in ("Mn", "Me", "Cf"):  # lone accents, zero-width and bidi controls
        return ""
    if category in ("Zs", "Zl", "Zp", "Cc"):
        return " "
    out = []
    for part in unicodedata.normalize("NFKD", char):
        if unicodedata.category(part) in ("Mn", "Me", "Cf"):
            continue
        for low in part.casefold():
            out.append(_SPECIAL.get(low, low))
    return "".join(out)


def _fold_chars(text: str) -> Folded:
    if text.isascii():
        return Folded(text.lower())
    folded = substitute(Folded(text), _NON_ASCII, lambda m: fold_char(m.group()))
    lowered = folded.text.lower()
    return Folded(lowered, folded.layers) if len(lowered) == len(folded.text) else folded


def substitute(
    folded: Folded, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]
) -> Folded:
    """Replace each match of ``pattern`` in a folded view, extending its map to the original."""
    text = folded.text
    pieces: list[str] = []
    changes: list[tuple[int, int, int, int]] = []
    last = shift = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        new = replace(match)
        if new == match.group():
            continue
        pieces.append(text[last:start])
        pieces.append(new)
        if len(new) != end - start:
            changes.append((start + shift, start + shift + len(new), start, end))
            shift += len(new) - (end - start)
        last = end
    if not pieces:
        return folded
    pieces.append(text[last:])
    layers = folded.layers + ((_layer(changes),) if changes else ())
    return Folded("".join(pieces), layers)


def _unleet(match: re.Match[str]) -> str:
    token = match.group()
    digits = len(_LEET_DIGIT.findall(token))
    # "k1ll", "m0urir" are words; "5e", "cell5145551234" keep their digits.
    return token.translate(_LEET) if len(token) - digits > digits else token


def _word_alternation(words: Iterable[str]) -> str:
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(r"[\s\-_.]*".join(re.escape(p) for p in w.split(" ")) for w in parts)


class Folder:
    """Folds messages with a lexicon of spellings; build once, use for every message."""

    def __init__(
        self,
        synonyms: Mapping[str, Iterable[str]] | None = None,
        number_words: Mapping[str, str] | None = None,
    ) -> None:
        self._canon: dict[str, str] = {}
        spellings: list[str] = []
        for canonical, variants in (synonyms or {}).items():
            for variant in (canonical, *variants):
                spelling = " ".join(_SEPARATORS.split(_fold_plain(variant)))
                spellings.append(spelling)
                self._canon[spelling.replace(" ", "")] = canonical
        self._synonyms = self._words_pattern(spellings)
        self._numbers = {_fold_plain(k): v for k, v in (number_words or {}).items()}
        self._number_re = self._words_pattern(self._numbers)

    @staticmethod
    def _words_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
        alternation = _word_alternation(words)
        return re.compile(rf"(?<![a-z0-9])(?:{alternation})(?![a-z0-9])") if alternation else None

    def fold(self, text: str) -> Folded:
        """The words view: what every rule except phone numbers and postal codes matches."""
        return self._words(_fold_chars(text))

    def digits(self, text: str) -> Folded:
        """The digits view: no leetspeak (digits stay digits), spelled-out digits as digits."""
        return self._digits(_fold_chars(text))

    def views(self, text: str) -> tuple[Folded, Folded]:
        """Both views at the cost of one character pass."""
        chars = _fold_chars(text)
        return self._words(chars), self._digits(chars)

    def _words(self, folded: Folded) -> Folded:
        folded = substitute(folded, _LEET_TOKEN, _unleet)
        folded = substitute(folded, _STRETCHED, lambda m: m.group(1))
        if self._synonyms is not None:
            folded = substitute(folded, self._synonyms, self._canonical)
        return folded

    def _digits(self, folded: Folded) -> Folded:
        if self._number_re is None:
            return folded
        return substitute(folded, self._number_re, lambda m: self._numbers[m.group()])

    def _canonical(self, match: re.Match[str]) -> str:
        return self._canon.get(_SEPARATORS.sub("", match.group()), match.group())


def _fold_plain(text: str) -> str:
    return "".join(fold_char(c) for c in text)
