"""Finding stance cues in a text, in one pass over it."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from bot.core.analysis.cue_lexicon import FAMILIES
from bot.core.analysis.families import BAN, RESTRICT
from bot.core.analysis.lexicon import Hit, Lexicon


@functools.cache
def cue_lexicon() -> Lexicon:
    """Compiled on first use (the analyser asks for it when it is built), then shared."""
    return Lexicon(FAMILIES)


class Cue(NamedTuple):
    start: int
    end: int
    family: str
    text: str


# "a ban", "the cap": nouns, not verbs; a verb cue needs a verb.
_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|outright|mandatory|blanket|formal|total|full|huawei|possible|"
    r"proposed|any|no|existing|new|5g|this|that|such|royalty)\s+$",
    re.IGNORECASE,
)
_NOUN_LIKE = frozenset({"ban", "bans", "cap", "caps", "curb", "curbs", "limit", "limits", "bar"})


def find_cues(text: str, hits: list[Hit]) -> list[Cue]:
    """The cues of `text`, from the cue lexicon's `hits` in it."""
    cues = []
    for start, end, family in hits:
        word = text[start:end]
        if (
            family in (BAN, RESTRICT)
            and word.lower() in _NOUN_LIKE
            and _NOUN_BEFORE.search(text, max(0, start - 20), start)
        ):
            continue
        cues.append(Cue(start, end, family, word))
    return cues
