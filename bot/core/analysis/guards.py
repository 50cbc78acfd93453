"""Cues that read like a decision but are not one, whatever their actor.

- A review that presses: "EU assessment urges curbs", "the risk assessment recommends that
  member states limit": the review is the lobbyist, its noun the subject of a lobbying verb.
- A measure against another vendor right after the verb ("blocks Ericsson"): not Huawei's.
- An inquiry into spying ("AIVD onderzoekt mogelijke spionage van Huawei", "probe into alleged
  espionage by Huawei") is police or intelligence work, not a review of Huawei's place in 5G.
- A denial of a retreat: "rejecting suggestions that the file had been shelved" denies that a
  review (or a ban) was dropped, so it allows nothing; what stands is said elsewhere.
"""

from __future__ import annotations

import re

from bot.core.analysis.cues import Cue
from bot.core.analysis.families import BANNISH, DENY, REVIEW
from bot.core.analysis.markers import LOBBY, Markers
from bot.core.analysis.topics import OTHER_VENDOR

_RETREAT = re.compile(
    r"\s+that\s+(?:[\w'’-]+\s+){0,8}?(?:shelv\w+|abandon\w+|dropp\w+|scrapp\w+|lift\w*|dead|"
    r"reversed|softened|watered\s+down|put\s+on\s+ice|on\s+hold)\b",
    re.IGNORECASE,
)

_SPYING_WORD = (
    r"(?:espionage|spying|spionage|spionaggio|espionaje|espionnage|espionagem|szpieg\w*|"
    r"špionáž\w*|spioneri\w*|vakoilu\w*)\b"
)
_SPYING = re.compile(r"\b" + _SPYING_WORD, re.IGNORECASE)  # inside the cue
_SPYING_NEXT = re.compile(  # right after it: "probe into alleged espionage"
    r"\s+(?:(?:into|of|on|for|naar|alleged|possible|suspected|mogelijke|vermeende)\s+){0,3}"
    + _SPYING_WORD,
    re.IGNORECASE,
)


def not_a_decision(text: str, cue: Cue, markers: Markers) -> str:
    """Why the cue is no decision, or "" when it may be one."""
    if cue.family == REVIEW and markers.any(LOBBY, cue.end, cue.end + 30):
        first = next(markers.within(LOBBY, cue.end, cue.end + 30))
        if not text[cue.end : first.start].strip():
            return "a review pressing for measures, not a decision"
    if cue.family == REVIEW and (_SPYING.search(cue.text) or _SPYING_NEXT.match(text, cue.end)):
        return "an inquiry into spying, not a review of Huawei's role"
    if cue.family in BANNISH and OTHER_VENDOR.match(text, cue.end):
        return "about another vendor"
    if cue.family == DENY and _RETREAT.match(text, cue.end):
        return "denies a retreat, which decides nothing"
    return ""
