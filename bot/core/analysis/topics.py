"""What a clause is about: Huawei and telecom networks, or chips, trade, phones, another vendor.

A stance verb is news for this bot only when what it bans, limits or signs is Huawei's network
gear; these patterns tell the reading of a clause whether that is so.
"""

from __future__ import annotations

import re

from bot.core.analysis.lexicon import for_lowercased

TARGET = re.compile(
    # "Huawei" inflected too: Finnish "Huawein", Polish "Huaweia", Hungarian "Huaweit"
    r"\b(?:Huawei\w*|ZTE|HiSilicon|vendors?|suppliers?|equipment|gear|kit|components|products|"
    r"approvals|technology|tech|firms|companies|company|manufacturers?|makers?|them|it|5G|"
    r"networks?|towers|base\s+stations|infrastructure|Chinese|"
    # Chinese vendors unnamed in the other languages read: "les équipements télécoms chinois"
    r"chinois\w*|chinos|chinas|chines\w*|cines\w*|chinees|čínsk\w*|chińsk\w*|kinesisk\w*|"
    r"chinez\w*)\b",
    re.IGNORECASE,
)
OFF_TOPIC = re.compile(
    r"\b(?:chips?|chipmakers?|semiconductors?|foundr(?:y|ies)|export\w*|Entity\s+List|"
    r"blacklist\w*|trade(?!\s+(?:wars?|tussles?|tensions?|disputes?|spats?|rows?|fights?|"
    r"conflicts?|battles?)\b)|sanctions?|Android|Google|smartphones?|phones?|apps?|TikTok|cameras?|"
    r"patents?|royalt(?:y|ies)|visas?|extradition|arrest\w*|indictment|"
    r"(?:sell(?:s|ing)?|sales)\s+to)\b",
    re.IGNORECASE,
)
OFF_TOPIC_LOWERED = for_lowercased(OFF_TOPIC)  # the same, for lowercased text: faster
# A deal for something other than 5G networks: "subsea cable contract", "to store judicial
# wiretaps", "300 ICT centres", "4G network expansion", "landline network". Unless the clause
# names 5G, it is no 5G partnership.
NOT_5G_DEAL = re.compile(
    r"\b(?:subsea|undersea|submarine|data\s+cent(?:er|re)s?|cloud|wiretaps?|"
    r"smart\s+cit(?:y|ies)|safe\s+cit(?:y|ies)|surveillance|ICT\s+(?:centres?|centers?|"
    r"training|academ\w+|talents?)|scholarships?|e-government|laptops?|donat\w+|"
    r"cable\s+submarino|cabo\s+submarino|cavo\s+sottomarino|câble\s+sous-marin|"
    r"[34]G|LTE|landlines?|fixed[\s-]lines?)\b",
    re.IGNORECASE,
)
NAMES_5G = re.compile(r"\b5G\b", re.IGNORECASE)
NETWORK = re.compile(
    r"\b(?:5G|4G|telecoms?|telecommunications|networks?|equipment|gear|kit|base\s+stations?|"
    r"operators?|carriers?|vendors?|suppliers?)\b",
    re.IGNORECASE,
)
HUAWEI = re.compile(
    r"\b(?:Huawei|ZTE|Chinese\s+(?:vendors?|suppliers?)|the\s+Chinese\s+"
    r"(?:vendor|company|firm))\b",
    re.IGNORECASE,
)
# "renewed its contract with the company": Huawei, when the item has named it and no rival.
_HUAWEI_ANAPHOR = re.compile(
    r"\bwith\s+the\s+(?:Chinese\s+)?(?:company|firm|vendor|supplier|group|telecoms?\s+giant|"
    r"tech\s+giant)\b",
    re.IGNORECASE,
)
_WESTERN = r"(?:Ericsson|Nokia|Samsung|Cisco|NEC|Fujitsu|Mavenir)"
_RIVAL = re.compile(r"\b(?:" + _WESTERN + r"|ZTE)\b")
# Another vendor picked, or winning, alone: the clause's deal is with it, whatever it says of
# Huawei ("Telenor picks Ericsson to build its 5G", "Ericsson wins 5G contract after Huawei ban").
RIVAL_CHOSEN = re.compile(
    r"(?:\b(?:pick|select|choos|chose|tap|hire)\w*\s+(?:[\w'’-]+\s+)?"
    + _WESTERN
    + r"|\b"
    + _WESTERN
    + r"\s+(?:wins?|won|lands?|landed|secures?|secured|bags?|bagged))\b"
    r"(?!\s*(?:,|and|&)\s*(?:Huawei|ZTE))",
    re.IGNORECASE,
)
# Another vendor right after the verb: the measure is about it, not Huawei ("blocks Ericsson").
OTHER_VENDOR = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:" + _WESTERN + r"|Juniper|"
    r"Ciena|Kaspersky|TikTok|Hikvision|Dahua)\b"
)


def with_huawei(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names Huawei, or speaks of it as "the company" in a deal
    ("renewed its contract with the company") after the item named it and no rival vendor."""
    return bool(HUAWEI.search(text, start, end)) or bool(
        _HUAWEI_ANAPHOR.search(text, start, end)
        and HUAWEI.search(text, 0, start)
        and not _RIVAL.search(text, 0, end)
    )
