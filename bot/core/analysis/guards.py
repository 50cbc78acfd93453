"""Cues that read like a decision but are not one, whatever their actor.

- A review that presses: "EU assessment urges curbs", "the risk assessment recommends that
  member states limit": the review is the lobbyist, its noun the subject of a lobbying verb.
- A measure against another vendor right after the verb ("blocks Ericsson"): not Huawei's.
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


def not_a_decision(text: str, cue: Cue, markers: Markers) -> str:
    """Why the cue is no decision, or "" when it may be one."""
    if cue.family == REVIEW and markers.any(LOBBY, cue.end, cue.end + 30):
        first = next(markers.within(LOBBY, cue.end, cue.end + 30))
        if not text[cue.end : first.start].strip():
            return "a review pressing for measures, not a decision"
    if cue.family in BANNISH and OTHER_VENDOR.match(text, cue.end):
        return "about another vendor"
    if cue.family == DENY and _RETREAT.match(text, cue.end):
        return "denies a retreat, which decides nothing"
    return ""
