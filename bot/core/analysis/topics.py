"""What a clause is about: Huawei and telecom networks, or chips, trade, phones, another vendor.

A stance verb is news for this bot only when what it bans, limits or signs is Huawei's network
gear; these patterns tell the reading of a clause whether that is so.
"""

from __future__ import annotations

import re

TARGET = re.compile(
    r"\b(?:Huawei|ZTE|HiSilicon|vendors?|suppliers?|equipment|gear|kit|components|products|"
    r"approvals|technology|tech|firms|companies|company|manufacturers?|makers?|them|it|5G|"
    r"networks?|towers|base\s+stations|infrastructure|Chinese)\b",
    re.IGNORECASE,
)
OFF_TOPIC = re.compile(
    r"\b(?:chips?|chipmakers?|semiconductors?|foundr(?:y|ies)|exports?|Entity\s+List|"
    r"blacklist\w*|trade|sanctions?|Android|Google|smartphones?|phones?|apps?|TikTok|cameras?|"
    r"patents?|royalt(?:y|ies)|visas?|extradition|arrest\w*|indictment)\b",
    re.IGNORECASE,
)
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
# Another vendor right after the verb: the measure is about it, not Huawei ("blocks Ericsson").
OTHER_VENDOR = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:Ericsson|Nokia|Samsung|Cisco|NEC|Fujitsu|Mavenir|Juniper|"
    r"Ciena|Kaspersky|TikTok|Hikvision|Dahua)\b"
)
