"""Whether a measure is pending (a bill, a draft, a proposal) or already decided.

"Dublin drafts powers to bar ..." and "a bill to ban ..." are decisions pending: under review.
A bill that is signed, enacted or has entered into force is a decision taken, and an item
that says so anywhere ("Defence bill bars federal agencies ... The act, signed by the
president, ...") speaks of a law in force, whatever its headline calls it.
"""

from __future__ import annotations

import re

from bot.core.analysis.lexicon import for_lowercased

_PROPOSAL = re.compile(
    r"\b(?:bills?|proposals?|proposed|proposes?|draft\w*|white\s+paper)\b", re.IGNORECASE
)
# In the words before the cue: a bill signed, enacted, approved, adopted or passed.
_SIGNED = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|enact\w*|into\s+law|approv(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|"
    r"pass(?:es|ed)?|ratif\w+)\b",
    re.IGNORECASE,
)
# Anywhere in the item: the law is in force, not merely passed by one chamber.
_IN_FORCE = for_lowercased(
    re.compile(
        r"\b(?:sign(?:s|ed)?\s+(?:\w+\s+){0,3}?into\s+law|signs?\s+(?:the\s+)?(?:\w+\s+)?law\b|"
        r"signed\s+(?:by\s+(?:the\s+)?(?:president|king|governor|head\s+of\s+state)|"
        r"off\s+on)|enacted|became\s+law|(?:entered|came|enters|comes)\s+into\s+(?:force|effect)|"
        r"(?:took|takes)\s+effect|"
        # the other languages read: "entra en vigor", "entre en vigueur", "tritt in Kraft"
        r"entr\w+\s+(?:en|em|in)\s+(?:vigor|vigueur|vigore)|in\s+Kraft\s+(?:getreten|treten)|"
        r"tritt\s+(?:\w+\s+){0,3}?in\s+Kraft|w(?:chodzi|eszł\w*)\s+w\s+życie|"
        r"tr(?:äder|ädde)\s+i\s+kraft|promulg\w+)\b",
        re.IGNORECASE,
    )
)


def in_force(text: str) -> bool:
    """Whether the item says a law or decree was signed, enacted or took effect."""
    return bool(_IN_FORCE.search(text.lower()))


def proposed(text: str, low: int, start: int, end: int, *, enacted: bool) -> bool:
    """Whether the cue at text[start:end] is a proposal's (a bill, a draft) and not yet law."""
    if enacted:
        return False
    window = text[max(low, start - 60) : end]
    return bool(_PROPOSAL.search(window)) and not _SIGNED.search(window)
