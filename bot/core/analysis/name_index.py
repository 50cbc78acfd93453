"""Finding many literal names in text by their first word: a dictionary, not a regular expression.

Compiling one regular expression of some ten thousand names costs about a kilobyte per name while
it compiles (12 MB of peak memory for the country and actor names), and the bot's peak is what
its host must provide. A dictionary from each name's first word to the names starting with it
costs only the entries, and finds the same matches: at each word's start (not after a letter,
"_" or "&"), the longest name there that ends at a word's end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

_WORD = re.compile(r"\w+")


class NameMatch(NamedTuple):
    start: int
    end: int
    name: str  # the name as listed; the text may space it differently


class NameIndex:
    """Names made of word characters, spaces (any run of whitespace in the text) and
    punctuation, each starting with a word character."""

    def __init__(self, names: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for name in names:
            first = _WORD.match(name)
            if first is None:
                raise ValueError(f"a name must start with a letter or digit: {name!r}")
            by_first.setdefault(first.group(), []).append(name)
        # Longest first: the candidates at one place are prefixes of each other. Only the
        # strings are kept (split at match time, the rare name with a space): tens of
        # thousands of names, each a tuple more, would cost megabytes.
        self._by_first = {first: tuple(_longest_first(names)) for first, names in by_first.items()}

    def starts_a_name(self, word: str) -> bool:
        return word in self._by_first

    def finditer(self, text: str) -> Iterator[NameMatch]:
        """The names in `text`, left to right, none overlapping."""
        taken_to = 0
        candidates_of = self._by_first.get
        for word in _WORD.finditer(text):
            candidates = candidates_of(word.group())
            if candidates is None:
                continue
            start = word.start()
            if start < taken_to or (start and text[start - 1] == "&"):
                continue
            for name in candidates:
                end = _end_of(name, text, start)
                if end >= 0:
                    taken_to = end
                    yield NameMatch(start, end, name)
                    break


def _longest_first(names: list[str]) -> list[str]:
    return sorted(names, key=len, reverse=True)


def _end_of(name: str, text: str, start: int) -> int:
    """Where `name` ends if it stands in `text` at `start` and ends a word there, else -1."""
    if " " not in name:
        end = start + len(name)
        if not text.startswith(name, start) or (end < len(text) and _is_word_char(text[end])):
            return -1
        return end
    position = start
    for index, part in enumerate(name.split(" ")):
        if index:
            if position >= len(text) or not text[position].isspace():
                return -1
            while position < len(text) and text[position].isspace():
                position += 1
        if not text.startswith(part, position):
            return -1
        position += len(part)
    if position < len(text) and _is_word_char(text[position]):
        return -1
    return position


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"
