"""One regular expression for many literal strings: a trie, so matching is one pass.

Sharing prefixes keeps the alternation small (each position tries one branch per distinct
next character, not one per string), and because every optional tail is greedy the longest
string wins at each position, falling back to a shorter one only when the longer one does not
end on a word boundary ("Nigeria" before "Niger", "Guinea-Bissau" before "Guinea").
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(strings: Iterable[str]) -> str:
    """The regex source matching exactly `strings`, longest first."""
    ordered = sorted(set(strings))
    return _node(ordered, 0, len(ordered), 0) if ordered else ""


def _node(strings: list[str], low: int, high: int, depth: int) -> str:
    """The pattern of the trie node holding strings[low:high] (sorted), which share their
    first `depth` characters: walking the sorted list builds no trie in memory."""
    ends_here = len(strings[low]) == depth  # sorted: the shared prefix itself comes first
    branches = []
    start = low + ends_here
    while start < high:
        char = strings[start][depth]
        end = start + 1
        while end < high and strings[end][depth] == char:
            end += 1
        branches.append(_char(char) + _node(strings, start, end, depth + 1))
        start = end
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # Greedy optional: try the longer strings first, fall back to the string ending here.
        return f"(?:{body})?"
    return body


def _char(char: str) -> str:
    # A space in a name matches any run of whitespace ("New  Zealand", a line break).
    return r"\s+" if char == " " else re.escape(char)
