"""Many labelled patterns, matched case-insensitively in one left-to-right pass, fast.

One big IGNORECASE alternation tries every branch at every word: slow. Here the text is
lowercased once, and at each word start only the patterns that can begin with its first
character are tried (one small compiled alternation per character). The result is what
`re.finditer` over the whole alternation would give: leftmost matches, not overlapping,
earlier patterns winning at the same position.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from typing import NamedTuple

from bot.core.analysis.trie import trie_pattern

_KEYS = string.ascii_lowercase + string.digits
_UPPER_OUTSIDE_ESCAPES = re.compile(r"(\\.)|([A-Z])")
_LITERAL_START = re.compile(r"[^\W_]+")
_OPTIONAL = ("?", "*", "{")
# A run of word characters (\w+, [\w'-]*) just before whitespace that must be there (\s+ or
# \s, not \s*): the two never overlap, so giving the run back character by character cannot
# help the whitespace match.
_RUN_BEFORE_SPACE = re.compile(r"(\[\\w['’.&-]*\]|\\w)([+*])(?=\\s(?![*?{]))")
# How much of a pattern's literal beginning makes its trigger: with five characters rather than
# three, far fewer words start a trigger whose patterns then fail ("de", "la", "pro"...), and
# each bucket holds fewer patterns (the cues scan about a sixth faster, in less memory).
_PREFIX_CHARS = 5


class Hit(NamedTuple):
    start: int
    end: int
    label: str


class Lexicon:
    """Built once from (label, pattern) pairs, in order of priority."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self._labels: dict[str, str] = {}
        starting: list[tuple[set[str], str]] = []  # (literal prefixes, named source), in order
        everywhere: list[str] = []
        for index, (label, pattern) in enumerate(entries):
            name = f"p{index}"
            self._labels[name] = label
            source = _possessive(_lowercase(pattern.removeprefix(r"\b")))
            starts = prefixes(source)
            if not starts:
                everywhere.append(pattern)
            starting.append((starts or set(_KEYS), f"(?P<{name}>{source})"))
        # Patterns with no literal start: each is tried at every word, which costs time.
        self.everywhere = tuple(everywhere)
        triggers = set().union(*[starts for starts, _ in starting])
        # Where a match may start: a word beginning with one of the literal prefixes. The
        # trigger found is the longest such prefix, so its bucket holds every pattern whose
        # prefix begins it ("not" also tries the patterns starting "no").
        self._buckets = {
            trigger: re.compile(
                "|".join(source for starts, source in starting if _begins(trigger, starts))
            )
            for trigger in triggers
        }

    def bucket(self, trigger: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
        """The patterns to try where `trigger` starts a word (any lexicon's trigger: this
        lexicon's longest one that begins it), with their labels; None where none of its
        triggers begins it."""
        for end in range(len(trigger), 0, -1):
            if (bucket := self._buckets.get(trigger[:end])) is not None:
                return bucket, self._labels
        return None

    @property
    def triggers(self) -> set[str]:
        return set(self._buckets)


class Lexicons:
    """Several lexicons read in one pass over a text: one search for the words where any of
    them may match, then at each such word every lexicon's own patterns. Each lexicon's hits
    are those a pass over it alone finds (its trigger at a word is the longest it has, which
    begins the longest trigger of them all); the search, the costliest part, is made once."""

    def __init__(self, *lexicons: Lexicon) -> None:
        triggers = set().union(*[lexicon.triggers for lexicon in lexicons])
        self._triggers = re.compile(r"\b(?:" + trie_pattern(triggers) + ")")
        self._buckets = {
            trigger: tuple(lexicon.bucket(trigger) for lexicon in lexicons) for trigger in triggers
        }
        self._count = len(lexicons)

    def scan(self, text: str) -> list[list[Hit]]:
        """Each lexicon's hits in `text`: leftmost, not overlapping, earlier patterns first."""
        lowered = _lower_keeping_offsets(text)
        found: list[list[Hit]] = [[] for _ in range(self._count)]
        free_from = [0] * self._count
        for trigger in self._triggers.finditer(lowered):
            start = trigger.start()
            for index, bucket in enumerate(self._buckets[trigger.group()]):
                if bucket is None or start < free_from[index]:
                    continue
                patterns, labels = bucket
                match = patterns.match(lowered, start)
                if match:
                    found[index].append(Hit(start, match.end(), labels[match.lastgroup or ""]))
                    free_from[index] = match.end()
        return found


def _begins(trigger: str, starts: set[str]) -> bool:
    return any(trigger.startswith(start) for start in starts)


def for_lowercased(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without IGNORECASE, to search text lowercased first: several times faster."""
    return re.compile(_lowercase(pattern.pattern), pattern.flags & ~re.IGNORECASE)


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern behind a look-ahead for the literal beginnings of its matches: a search
    of a long alternation then fails at most positions on one small test instead of on every
    alternative (two to four times faster). Unchanged where those beginnings are not plain to
    see, or where case is ignored (a case-blind look-ahead costs about what it saves)."""
    starts = prefixes(pattern.pattern)
    if starts is None or pattern.flags & re.IGNORECASE:
        return pattern
    return re.compile(f"(?={trie_pattern(starts)})(?:{pattern.pattern})", pattern.flags)


def _lowercase(pattern: str) -> str:
    """The pattern for lowercased text: capitals become small, escapes (\\S, \\W) stay."""
    return _UPPER_OUTSIDE_ESCAPES.sub(lambda m: m.group(1) or m.group(2).lower(), pattern)


def _possessive(pattern: str) -> str:
    """The pattern with its word runs before whitespace possessive: the same matches, found
    without backtracking into each word of a "(?:[\\w'’-]+\\s+){0,3}?" window (the cues'
    scan is about a fifth faster)."""
    return _RUN_BEFORE_SPACE.sub(r"\1\2+", pattern)


def _lower_keeping_offsets(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters lowercase to two ("İ"): keep those as they are, so offsets hold.
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def prefixes(pattern: str) -> set[str] | None:
    """Literal beginnings (up to five characters) that every match of `pattern` starts with one
    of, or None when that is not plain to see (then every word is a candidate)."""
    found: set[str] = set()
    for branch in _split_top(pattern):
        starts = _prefixes_of_branch(branch.removeprefix(r"\b"))
        if not starts:
            return None
        found |= starts
    return found


def _prefixes_of_branch(branch: str) -> set[str] | None:
    if branch.startswith("(?:"):
        return _prefixes_of_group(branch)
    if branch.startswith(("(?<!", "(?<=")):  # a look-behind takes no characters
        close = _closing(branch, 0)
        return _prefixes_of_branch(branch[close + 1 :]) if close > 0 else None
    if branch.startswith("\\d"):
        return set(string.digits)
    if branch.startswith("["):
        return _prefixes_of_class(branch)
    literal = _LITERAL_START.match(branch)
    if not literal:
        return None
    text = literal.group()
    if branch[len(text) : len(text) + 1] in _OPTIONAL:
        text = text[:-1]  # "bans?": the last character may be missing
    return {text[:_PREFIX_CHARS]} if text else None


def _prefixes_of_class(branch: str) -> set[str] | None:
    """ "[ÉE]tats": one of the class's characters, where the class lists them plainly."""
    close = branch.find("]", 1)
    chars = branch[1:close]
    if close < 2 or not chars.isalnum():  # no negation, range, escape or punctuation
        return None
    return None if branch[close + 1 : close + 2] in _OPTIONAL else set(chars)


def _prefixes_of_group(branch: str) -> set[str] | None:
    close = _closing(branch, 0)
    inside = prefixes(branch[3:close]) if close > 0 else None
    quantifier = branch[close + 1 : close + 2]
    if inside is None or quantifier not in _OPTIONAL:
        return inside
    # "(?:china's\s+)?huawei": a match starts with the group's beginning or what follows it
    after = None if quantifier == "{" else _prefixes_of_branch(branch[close + 2 :])
    return None if after is None else inside | after


def _split_top(pattern: str) -> list[str]:
    """The pattern's top-level alternatives."""
    parts, depth, start, index = [], 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = pattern.index("]", index + 1)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def _closing(pattern: str, opening: int) -> int:
    """The index of the parenthesis closing the one at `opening`, or -1."""
    depth, index = 0, opening
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = pattern.index("]", index + 1)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1
