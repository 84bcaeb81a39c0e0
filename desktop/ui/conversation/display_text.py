"""Making message text safe to show: control and bidirectional-override characters neutralised.

Messages come from other people, so their text must not reorder the lines around it (bidi
overrides such as U+202E), hide itself (zero-width joiners used as separators are kept, they
are needed for emoji) or smuggle terminal or layout controls. Nothing here changes what is
stored; it only shapes what is painted and read aloud. Pure functions; any thread.
"""

from __future__ import annotations

import re
import unicodedata

# Bidi embeddings, overrides and isolates: visible as a small marker instead of acting.
_BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
_KEEP = frozenset("\n\t\u200d\ufe0f\ufe0e")  # newlines, tabs, emoji joiners and selectors
REPLACEMENT = "\ufffd"
TAB = "    "
_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\r\t\u061c\u200e\u200f\u2028-\u202e"
                      "\u2066-\u2069\ud800-\udfff]")  # fmt: skip


def neutralise(text: str) -> str:
    """The text with every control or bidi-override character made inert and visible."""
    if not _SUSPECT.search(text):
        return text  # the usual case, without a walk over every character
    out: list[str] = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        if ch in _KEEP:
            out.append(TAB if ch == "\t" else ch)
        elif ch in _BIDI_CONTROLS:
            out.append(REPLACEMENT)
        elif unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029":
            out.append(REPLACEMENT)
        else:
            out.append(ch)
    return "".join(out)


def one_line(text: str, limit: int = 200) -> str:
    """A neutralised single-line excerpt, for lists and screen-reader names."""
    flat = " ".join(neutralise(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
