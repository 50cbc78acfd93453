"""One regular expression for many literal strings: a trie, so matching is one pass.

Sharing prefixes keeps the alternation small (each position tries one branch per distinct
next character, not one per string), and because every optional tail is greedy the longest
string wins at each position, falling back to a shorter one only when the longer one does not
end on a word boundary ("Nigeria" before "Niger", "Guinea-Bissau" before "Guinea").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_END = ""  # the key marking "a string ends here" in a trie node

Trie = dict[str, "Trie"]


def build_trie(strings: Iterable[str]) -> Trie:
    root: Trie = {}
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _char(char: str) -> str:
    # A space in a name matches any run of whitespace ("New  Zealand", a line break).
    return r"\s+" if char == " " else re.escape(char)


def trie_pattern(node: Trie) -> str:
    """The regex source matching exactly the strings of `node`, longest first."""
    branches = [_char(char) + trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # Greedy optional: try the longer strings first, fall back to the string ending here.
        return f"(?:{body})?"
    return body


def words_pattern(strings: Iterable[str]) -> str:
    """A pattern matching any of `strings` as a whole word (not inside a longer word)."""
    return _words_pattern(frozenset(strings))


@functools.lru_cache(maxsize=4)
def _words_pattern(strings: frozenset[str]) -> str:
    # Cached: building the trie of every name, alias and actor takes a noticeable moment, and
    # each analyser built from the same vocabulary (a restart in tests, a second app) reuses it.
    return f"(?:{trie_pattern(build_trie(sorted(strings)))})(?![\\w])"


def loose_pattern(strings: Iterable[str]) -> str:
    """A pattern matching any of `strings` anywhere, longest first (no word boundaries)."""
    return trie_pattern(build_trie(sorted(strings)))
