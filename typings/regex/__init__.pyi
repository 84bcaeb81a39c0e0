# The part of the `regex` package Jumelage uses (safety/wordlists.py): it ships no hints.
from collections.abc import Iterator
from typing import AnyStr, Generic

class error(Exception): ...

class Match(Generic[AnyStr]):
    def span(self, group: int | str = 0) -> tuple[int, int]: ...
    def group(self, group: int | str = 0) -> AnyStr: ...

class Pattern(Generic[AnyStr]):
    def search(
        self, string: AnyStr, pos: int | None = None, endpos: int | None = None, *,
        timeout: float | None = None,
    ) -> Match[AnyStr] | None: ...
    def finditer(
        self, string: AnyStr, pos: int | None = None, endpos: int | None = None, *,
        timeout: float | None = None,
    ) -> Iterator[Match[AnyStr]]: ...

def compile(pattern: AnyStr, flags: int = 0) -> Pattern[AnyStr]: ...
