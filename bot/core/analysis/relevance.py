"""Is an item about Huawei? Its names, and the phrases governments use instead of its name.

Decisions written down:
- ZTE counts. Governments decide on "Huawei and ZTE" together and both are the "high-risk
  vendors" of the EU toolbox, so a ZTE-only item is relevant too.
- Honor does not: Huawei sold it in 2020.
- "high-risk vendor(s)/supplier(s)" always counts: the phrase only lives in 5G security policy.
- "Chinese vendors/suppliers/equipment (makers)", "Chinese-made equipment", "Chinese telecom
  giant" count only with a 5G or telecom word in the same sentence: "Chinese-made surveillance
  cameras" or "Chinese apps" are another story.
"""

from __future__ import annotations

import re

_NAMED = re.compile(
    r"\b(?:Huawei|HiSilicon|Ren Zhengfei|Meng Wanzhou|ZTE)\b"
    r"|\bhigh[- ]risk['’\"]?\s+(?:5G\s+|telecoms?\s+|network\s+|equipment\s+)?"
    r"(?:vendors?|suppliers?|providers?)\b",
    re.IGNORECASE,
)
# Huawei and ZTE as other scripts write them, found anywhere: these scripts join words.
_NAMED_ELSEWHERE = re.compile(
    r"华为|華為|華爲|ファーウェイ|화웨이|هواوي|هواوى|Хуавэй|Хуавей|Хуавеј|หัวเว่ย|"
    r"হুয়াওয়ে|हुवावे|हुआवेई|हूवावे|中兴|中興"
)
_CHINESE_VENDOR = re.compile(
    r"\bChinese(?:[- ]made|[- ]built)?\s+(?:(?:5G|telecoms?|telecommunications|network|"
    r"networking|tech|technology|equipment|telecom equipment)\s+)*"
    r"(?:vendors?|suppliers?|equipment(?:\s+(?:makers?|manufacturers?))?|gear|kit|giant)\b"
)
_TELECOM = re.compile(
    r"\b(?:5G|4G|telecoms?|telecommunications?|networks?|mobile|carriers?|operators?|"
    r"base stations?|spectrum|broadband)\b",
    re.IGNORECASE,
)
# In cue patterns: the object of "allows ...", "picks ...": Huawei or a way of naming it.
HUAWEI_LIKE = (
    r"(?:Huawei|ZTE|HiSilicon|it|them|the\s+(?:Chinese\s+)?(?:company|vendor|firm|supplier|"
    r"group|telecoms?\s+giant|tech\s+giant)|high[- ]risk\s+(?:vendors?|suppliers?)|"
    r"Chinese\s+(?:vendors?|suppliers?|equipment|firms?|companies))"
)


def huawei_terms(text: str) -> tuple[str, ...]:
    """The Huawei terms in `text`, each once, in order of appearance."""
    found: dict[str, str] = {}
    for match in _NAMED.finditer(text):
        found.setdefault(match.group().lower(), match.group())
    if not text.isascii():
        for match in _NAMED_ELSEWHERE.finditer(text):
            found.setdefault(match.group(), match.group())
    for match in _CHINESE_VENDOR.finditer(text):
        if _telecom_nearby(text, match.start(), match.end()):
            found.setdefault(match.group().lower(), match.group())
    return tuple(found.values())


def _telecom_nearby(text: str, start: int, end: int) -> bool:
    # The same sentence, roughly: up to 150 characters either side, not across a full stop.
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 150)
    right_stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min([*right_stop, end + 150])
    return bool(_TELECOM.search(text, left, start)) or bool(_TELECOM.search(text, start, right))
