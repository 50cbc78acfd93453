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
from bot.core.analysis.foreign_words import STEMS, stems

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
    return {family: re.compile(r"(?<!\w)" + stems(words)) for family, words in STEMS.items()}


_STATE = re.compile(
    r"\b(?:government|govt|ministry|minister|regulator|parliament|cabinet|court|law|decree|"
    r"president|prime\s+minister|premier|authorit(?:y|ies)|officials|state|lawmakers|senate|"
    r"congress|legislation|bill|rules?)\b",
    re.IGNORECASE,
)


def state_named(text: str) -> bool:
    """Whether English text names a government body or act ("ministry", "law", "cabinet")."""
    return bool(_STATE.search(text))


def foreign_families(text: str) -> set[str]:
    """The coarse families whose stems appear in `text` (not English text: its words are the
    rules' lexicon's)."""
    lowered = text.lower()  # the stems are lowercase: a case-sensitive search runs ~4x faster
    return {family for family, pattern in _patterns().items() if pattern.search(lowered)}
