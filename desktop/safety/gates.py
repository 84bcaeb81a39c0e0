"""Cheap pre-checks that let the checker skip a rule's regular expression on most messages.

For each pattern we work out a set of literal strings at least one of which must appear in any
text the pattern matches (the idea behind RE2's "prefilter"). Testing those with ``in`` costs a
few microseconds, against tens for running the expression. The analysis is conservative: when
in doubt it returns ``None`` and the expression always runs, so a gate can cost speed but never
a finding. Runs when a checker is built; pure, any thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

_MAX_SET = 64
_MIN_USEFUL = 2
# Everyday words (and fragments of them) that make poor gates: they are in most messages.
_COMMON = frozenset(
    "you your our the and are for moi toi tue parle pas les des mon ton tes mes est que qui "
    "pour avec dans vais veux va can what with have just rd st me my je tu il elle on .".split()
)

Strings = frozenset[str]
# (exact, required): exact = the node matches exactly one of these strings;
# required = every match contains one of these strings (None: nothing known).
Info = tuple[Strings | None, Strings | None]
# A parsed (sub)pattern: (opcode, argument) pairs. `re._parser` is untyped internals, and an
# argument is an int, a tuple or a nested pattern depending on its opcode: hence Any.
SubPattern = Iterable[tuple[object, Any]]
_EMPTY: Info = (frozenset({""}), None)
_UNKNOWN: Info = (None, None)


def required_literals(pattern: str) -> Strings | None:
    """Strings one of which every match of ``pattern`` contains, or None when none is useful."""
    try:
        exact, required = _sequence(parser.parse(pattern))
    except Exception:  # unknown construct: no gate, the expression always runs
        return None
    found = _as_required((exact, required))
    if not found or not all(_useful(s) for s in found):
        return None
    return found


def minimal(gates: Strings) -> tuple[str, ...]:
    """Drop gates that contain another gate: if 'mour' is absent, so is 'mourir'."""
    ordered = sorted(gates, key=len)
    kept: list[str] = []
    for gate in ordered:
        if not any(k in gate for k in kept):
            kept.append(gate)
    return tuple(kept)


def _useful(literal: str) -> bool:
    """Long enough, or a rare symbol such as '@', to be absent from most messages."""
    return len(literal) >= _MIN_USEFUL or (
        literal != "" and not literal.isalnum() and " " not in literal
    )


def _as_required(info: Info) -> Strings | None:
    exact, required = info
    if exact is not None:
        return None if "" in exact else exact
    return required


def _better(a: Strings | None, b: Strings | None) -> Strings | None:
    if a is None or b is None:
        return a if b is None else b
    return a if _score(a) >= _score(b) else b


def _score(strings: Strings) -> tuple[bool, int, int, int]:
    """Prefer gates that are usable, avoid everyday words, are long, and are few."""
    common = sum(1 for s in strings if s.strip() in _COMMON)
    return (all(map(_useful, strings)), -common, min(min(map(len, strings)), 4), -len(strings))


def _sequence(items: SubPattern) -> Info:
    run: Strings = frozenset({""})
    best: Strings | None = None
    all_exact = True
    for op, av in items:
        exact, required = _node(op, av)
        if exact is not None and len(run) * len(exact) <= _MAX_SET:
            run = frozenset(a + b for a in run for b in exact)
            continue
        all_exact = False
        best = _better(best, _as_required((run, None)))
        if exact is not None:
            run = exact
        else:
            best = _better(best, required)
            run = frozenset({""})
    if all_exact:
        return run, None
    return None, _better(best, _as_required((run, None)))


def _node(op: object, av: Any) -> Info:
    if op is C.LITERAL:
        return frozenset({chr(av)}), None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY
    if op is C.SUBPATTERN:
        return _sequence(av[-1])
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op is C.BRANCH:
        return _branch(av[1])
    if op is C.IN:
        return _char_class(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        inner = _sequence(body)
        if low == 0:
            return _UNKNOWN
        if low == high == 1:
            return inner
        return None, _as_required(inner)
    return _UNKNOWN


def _branch(alternatives: Iterable[SubPattern]) -> Info:
    infos = [_sequence(alt) for alt in alternatives]
    if all(e is not None for e, _ in infos):
        union = frozenset().union(*(e for e, _ in infos))  # type: ignore[arg-type]
        if len(union) <= _MAX_SET:
            return union, None
    required: set[str] = set()
    for info in infos:
        part = _as_required(info)
        if part is None:
            return _UNKNOWN
        required |= part
    return None, frozenset(required)


def _char_class(items: SubPattern) -> Info:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < 8:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return _UNKNOWN
    return (frozenset(chars), None) if chars and len(chars) <= 8 else _UNKNOWN



class Prefilter:
    """Which of several gated expressions may match a text, in one pass over it.

    Each expression has gates (strings one of which every match contains) or None (always
    run). All gates become one trie-shaped expression tried at every position (a look-ahead,
    so matches may overlap); at each position it finds the longest gate starting there, and
    every shorter gate starting there is a prefix of it, so each gate maps to the expressions
    of all its prefixes as well. Far cheaper than testing every gate with ``in``.
    """

    def __init__(self, gate_sets: Sequence[tuple[str, ...] | None]) -> None:
        self._always = frozenset(i for i, g in enumerate(gate_sets) if g is None)
        owners: dict[str, set[int]] = {}
        for index, gates in enumerate(gate_sets):
            for gate in gates or ():
                owners.setdefault(gate, set()).add(index)
        self._owners = {
            gate: frozenset().union(*(owners[p] for p in owners if gate.startswith(p)))
            for gate in owners
        }
        self._trie = re.compile(f"(?=({_trie(owners)}))", re.DOTALL) if owners else None

    def candidates(self, text: str) -> frozenset[int]:
        """The expressions worth running on ``text``."""
        if self._trie is None:
            return self._always
        found = set(self._trie.findall(text))
        return self._always.union(*(self._owners[g] for g in found if g))


def _trie(words: Iterable[str]) -> str:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + build(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)
