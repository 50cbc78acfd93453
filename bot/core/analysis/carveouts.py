"""Carve-outs: a measure that spells out what it leaves alone is partial.

"Operators must remove Huawei from their core networks; antennas are not covered", "though the
Chinese company may still provide antennas", "commercial operators are exempt": whatever verb
carried the exclusion ("purge", "remove", "must not use"), an exclusion with stated exceptions
restricts rather than bans. The exception is often in another sentence than the measure, so
this is read over the whole item, for the country the carve-out's sentence can be about.
"""

from __future__ import annotations

import bisect
import re

from bot.core.analysis.mentions import COUNTRY_KINDS, Entity
from bot.core.analysis.reading import Signal
from bot.core.analysis.text import Span
from bot.core.models import Stance

_CARVE_OUT = re.compile(
    r"\b(?:not\s+(?:be\s+)?covered|(?:is|are|remains?|be)\s+exempt(?:ed)?|"
    r"exempt(?:s|ed|ing)?\s+from|except\s+(?:for|in)|with\s+the\s+exception\s+of|"
    r"(?:may|can|could|will)\s+(?:still|continue\s+to)\s+(?:supply|provide|sell|use|deploy|"
    r"operate|be\s+used)|still\s+(?:be\s+)?(?:allowed|permitted)\s+(?:to|in|for)|"
    r"(?:may|can|could|will)\s+(?:still\s+)?(?:stay|remain)\s+(?:in|on|at)\s+(?:the\s+)?"
    r"(?:radio|access|RAN|non-core|periphery|edge|antenna)|"
    r"(?:leaving|leaves|leave)\s+(?:[\w-]+\s+){0,6}?(?:permitted|allowed)\s+(?:in|for)|"
    r"elsewhere\s+(?:may|can|will|could)\s+(?:still\s+)?(?:remain|stay)|"
    r"not\s+(?:a|an)\s+(?:total|outright|blanket|full|complete|general)\s+"
    r"(?:ban|exclusion|prohibition))\b",
    re.IGNORECASE,
)


def narrow_carved(
    text: str, sentences: list[Span], actors: list[Entity], signals: list[Signal]
) -> tuple[list[Signal], list[str]]:
    """The signals with bans turned into restrictions where the item carves out exceptions,
    and a line of explanation for each carve-out applied."""
    if not any(signal.stance is Stance.BANNED for signal in signals):
        return signals, []
    ends = [span.end for span in sentences]
    narrowed: set[str] = set()
    lines: list[str] = []
    for match in _CARVE_OUT.finditer(text):
        span = sentences[min(bisect.bisect_left(ends, match.start()), len(sentences) - 1)]
        named = _countries_in(actors, span)
        for code in {s.code for s in signals if s.stance is Stance.BANNED} - narrowed:
            if named <= {code}:  # the carve-out may only speak of this country
                narrowed.add(code)
                lines.append(f"{code}: “{match.group()}” carves out exceptions: restricted")
    return [
        s._replace(stance=Stance.RESTRICTED)
        if s.code in narrowed and s.stance is Stance.BANNED
        else s
        for s in signals
    ], lines


def _countries_in(actors: list[Entity], span: Span) -> set[str]:
    return {
        actor.code
        for actor in actors
        if span.start <= actor.start < span.end
        and actor.kind in COUNTRY_KINDS
        and actor.institutional
    }
