"""Country names that often mean something else, and how to tell.

Two kinds of trap. Longer strings that contain a country name but are not the country
("New Mexico", "South China Sea", "guinea pig") are matched as blockers: the longest match
wins, so the country inside them is never seen. Names that are also first names or food
("Michael Jordan", "Chad Hurley", "Turkey prices", "Atlanta, Georgia") are checked in context.
"""

from __future__ import annotations

import re

from bot.core.analysis.text import word_set

BLOCKERS = (
    "New Mexico",
    "New South Wales",
    "New Jersey",
    "New England",
    "New Guinea",
    "Guinea pig",
    "Guinea pigs",
    "Guinea fowl",
    "Gulf of Guinea",
    "Jersey City",
    "Washington Post",
    "Washington state",
    "Washington State",
    "University of Washington",
    "Washington University",
    "Indian Ocean",
    "American Indian",
    "Latin America",
    "Latin American",
    "South America",
    "South American",
    "North America",
    "North American",
    "Central America",
    "Central American",
    "American Express",
    "American Airlines",
    "South China Sea",
    "East China Sea",
    "South China Morning Post",
    "Georgia Tech",
    "Georgia State",
    "Georgia Power",
    "Niger Delta",
    "Panama Papers",
    "Panama Canal",
    "Brit Awards",
    "French fries",
    "Paris Agreement",
    # the Council of Europe's cybercrime treaty: Costa Rica's 5G decree is built on it
    "Budapest Convention",
    "Convention of Budapest",
    "Convenio de Budapest",
    "Convención de Budapest",
    "Convenção de Budapeste",
)

# Names that are also first names: "Jordan Peterson", "Michael Jordan", "Chad Hurley".
FIRST_NAMES = frozenset({"Jordan", "Chad", "Georgia", "Sofia", "Santiago", "Israel", "India"})

# Capitalised words that may stand next to a country without being a person's name.
_NEUTRAL = word_set(
    "a an and as at by for from in into of on or over the to with against after before says "
    "said signs picks bans bars telecom telecoms government ministry minister parliament "
    "cabinet regulator mobile communications authority president prime national central bank"
)
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")
_US_GEORGIA = re.compile(
    r"\b(?:Atlanta|Savannah|Augusta|Macon|Peach State|state of Georgia|Gov\.|Kemp|"
    r"General Assembly|Fulton County|counties|across the state)\b"
)
_COUNTRY_GEORGIA = re.compile(r"\b(?:Tbilisi|Georgian|Georgians|Kobakhidze|Caucasus)\b")
_FOOD = re.compile(
    r"\b(?:Thanksgiving|roast|roasted|poultry|stuffing|gravy|recipe|bird|birds|feast|"
    r"pound|pounds|sandwich|meat|farmers?)\b",
    re.IGNORECASE,
)
_COUNTRY_TURKEY = re.compile(r"\b(?:Ankara|Istanbul|Erdo[gğ]an|Turkish|Turkcell|lira)\b")


def is_trap(text: str, start: int, end: int, *, title_case: bool, after_name: bool) -> bool:
    """Whether the country name at text[start:end] means something else here.

    `title_case`: the name stands in a headline that capitalises every word; `after_name`: it
    directly follows another known name ("Orange Jordan"), so a capitalised word before it is
    no first name.
    """
    surface = text[start:end]
    if surface == "Georgia" and _US_GEORGIA.search(text):
        return not _COUNTRY_GEORGIA.search(text)
    if surface == "Turkey" and _FOOD.search(text):
        return not _COUNTRY_TURKEY.search(text)
    if surface in FIRST_NAMES:
        return _is_a_persons_name(text, start, end, title_case, after_name)
    return False


def _is_a_persons_name(text: str, start: int, end: int, title_case: bool, after_name: bool) -> bool:
    before = None if after_name else _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before and before.group(1).lower() not in _NEUTRAL:
        return True
    if title_case:  # "Chad Signs Deal With Huawei": every word is capitalised in a title.
        return False
    after = _WORD_AFTER.match(text, end)
    return bool(after and after.group(1).lower() not in _NEUTRAL)


def looks_title_case(title: str) -> bool:
    """Whether a headline capitalises every word ("Chad Signs Deal With Huawei")."""
    words = [word for word in title.split() if len(word) > 3 and word[0].isalpha()]
    capitalised = sum(1 for word in words if word[0].isupper())
    return len(words) >= 3 and capitalised >= 0.8 * len(words)
