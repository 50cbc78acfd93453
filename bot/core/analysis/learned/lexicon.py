"""Stance words in the languages the bot reads, by family: the model's language-free features.

English is read by the rules' own lexicon (cue_lexicon, markers); its families are folded into
the same coarse families as the other languages' stems (`foreign_words.py`), so "bans",
"verbietet", "interdit" and "zakaz" all light up `fam:ban` and a handful of examples in one
language teach the others.
"""

from __future__ import annotations

import functools
import re

from bot.core.analysis import families as f
from bot.core.analysis.foreign_words import STEMS
from bot.core.analysis.trie import trie_pattern

# The rules' English cue families, folded into the coarse families of the other languages.
_ENGLISH: dict[str, str] = {
    f.BAN: "ban",
    f.PROHIBIT: "ban",
    f.UPHOLD_BAN: "ban",
    f.REMOVE: "remove",
    f.RESTRICT: "restrict",
    f.UPHOLD_RESTRICT: "restrict",
    f.STOP_SHORT: "restrict",
    f.REVIEW: "review",
    f.REVERSAL: "review",
    f.ALLOW: "allow",
    f.LIFT: "allow",
    f.DENY: "allow",
    f.RULE_OUT: "allow",
    f.AGAINST: "allow",
    f.NO_LIMIT: "allow",
    f.PARTNER: "partner",
}


def coarse_family(english_family: str) -> str:
    return _ENGLISH.get(english_family, english_family)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    # Only whether a stem starts a word matters, so a trie of the stems is enough: it tries one
    # branch per next letter where the plain alternation tried every stem.
    return {family: _starting(words.split()) for family, words in STEMS.items()}


@functools.cache
def _any_stem() -> re.Pattern[str]:
    return _starting(" ".join(STEMS.values()).split())


def _starting(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + trie_pattern(words))


_STATE = re.compile(
    r"\b(?:government|govt|ministry|minister|regulator|parliament|cabinet|court|law|decree|"
    r"president|prime\s+minister|premier|authorit(?:y|ies)|officials|state|lawmakers|senate|"
    r"congress|legislation|bill|rules?)\b"
)


def state_named(lowered: str) -> bool:
    """Whether lowercased English text names a government body or act ("ministry", "law")."""
    return bool(_STATE.search(lowered))


def foreign_families(text: str) -> list[str]:
    """The coarse families whose stems appear in `text`, in the order they first appear (not
    English text: its words are the rules' lexicon's)."""
    lowered = text.lower()  # the stems are lowercase: a case-sensitive search runs ~4x faster
    found: dict[str, None] = {}  # a set in a fixed order: features' order is summing order
    # One pass finds where any stem starts (every such place: a search resumes one character
    # on); only there is each family tried.
    hit = _any_stem().search(lowered)
    while hit:
        at = hit.start()
        found.update({f: None for f, pattern in _patterns().items() if pattern.match(lowered, at)})
        hit = _any_stem().search(lowered, at + 1)
    return list(found)
