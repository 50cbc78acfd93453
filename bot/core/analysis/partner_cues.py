"""Partnership cues: deals signed or renewed, Huawei picked, networks launched or built with it.

They follow the permission patterns in the cue lexicon (see cue_lexicon.py): at one position
the earlier pattern wins. A partnership is news only with Huawei (reading.py checks that).
"""

from __future__ import annotations

from bot.core.analysis.families import PARTNER
from bot.core.analysis.idioms import any_of as _any
from bot.core.analysis.idioms import gap as _gap
from bot.core.analysis.relevance import VENDOR

# Up to two words, none of which turns the choice away from Huawei ("picks Ericsson over Huawei",
# "selects Nokia replacing Huawei", "wins contract after Huawei ban").
_NOT_INSTEAD = r"(?:(?!(?:over|instead|rather|than|not|after|replac\w*)\b)[\w'’.&-]+\s+){0,2}?"
STRICT_HUAWEI = r"(?:" + VENDOR + r"|the\s+Chinese\s+(?:vendor|company|firm))"
_PICKING = _any(
    r"pick picks picked select selects selected choose chooses chose chosen tap taps tapped "
    r"award awards awarded hire hires hired opt(?:s|ed)?\s+for contract contracts contracted"
)
_LAUNCHING = _any(
    r"launch\w* switch(?:es|ed|ing)?\s+on turn(?:s|ed|ing)?\s+on roll(?:s|ed|ing)?\s+out "
    r"start\w* begin\w* began begun deploy\w* build\w* built expand\w* upgrad\w* conduct\w* "
    r"complet(?:e|es|ed|ing) carr(?:y|ies|ied)\s+out"
)
# What a launch launches: a network, not a phone or an auction ("launches 5G auction").
_NETWORK_THING = (
    _any(
        r"5G 5\.5G networks? services? trials? tests? broadband backbone cable base\s+stations "
        r"sites? masts? towers? cells?"
    )
    + r"\b(?!\s+(?:auctions?|tenders?|spectrum|plans?|strateg\w+|polic\w+|licen[cs]e\w*|"
    r"consultations?|phones?|smartphones?|handsets?|devices?|chips?))"
)
# A measure against Huawei: backing it is no backing of Huawei.
_A_MEASURE = r"(?:bans?|exclusion|decision|removal|curbs?|restrictions?)\b"
_DEAL = _any(r"deals? agreements? pacts? partnerships? contracts? memorand(?:um|a) MoUs? accords?")

PARTNERSHIPS: tuple[tuple[str, str], ...] = (
    # Signing a deal, or renewing or extending one: a partnership either way.
    (PARTNER, r"(?:sign|renew|extend|ink|seal|clinch)\w*\s+" + _gap(5) + _DEAL + r"\b"),
    (
        PARTNER,
        _PICKING
        + r"\s+"
        + _NOT_INSTEAD
        + r"(?:Huawei|ZTE|the\s+Chinese\s+(?:vendor|company)|Chinese\s+vendors)",
    ),
    (PARTNER, _LAUNCHING + r"\s+" + _gap(6) + _NETWORK_THING + r"\b"),
    (
        PARTNER,
        r"Huawei-(?:built|supplied|made|powered)\s+"
        r"(?:5G|networks?|infrastructure|equipment|cable|system)",
    ),
    (
        PARTNER,
        r"(?:built|deployed)\s+(?:together\s+|jointly\s+)?(?:with|by|using|on)\s+"
        + _gap(3)
        + r"Huawei",
    ),
    (
        PARTNER,
        r"(?:partner(?:s|ed|ing)?|team(?:s|ed)?\s+up|cooperat\w+|collaborat\w+|"
        r"work(?:s|ed|ing)?)\s+with\s+" + STRICT_HUAWEI,
    ),
    # "trials 5G Advanced with Huawei", "tested the new core with ZTE".
    (
        PARTNER,
        r"(?:trial(?:s|l?ed|l?ing)?|test(?:s|ed|ing)?|pilot(?:s|ed|ing)?)\s+"
        + _gap(4)
        + r"with\s+"
        + STRICT_HUAWEI,
    ),
    (
        PARTNER,
        r"(?:hail|hails|hailed|call|calls|called|name|names|named|describ\w+)\s+"
        + STRICT_HUAWEI
        + r"\s+(?:as\s+)?(?:a\s+|an\s+|its\s+|the\s+|their\s+)?(?:[\w-]+\s+)?partner",
    ),
    (
        PARTNER,
        STRICT_HUAWEI + r"\s+(?:remains|is|as|will\s+be|will\s+remain|would\s+remain)\s+"
        r"(?:a|an|its|their|the|our)\s+" + _gap(2) + r"partner",
    ),
    (PARTNER, r"rel(?:y|ies|ied|ying)\s+on\s+" + STRICT_HUAWEI),
    # A government championing Huawei: "backs Huawei", "lauds partnership with China's Huawei"
    # (not "a US-backed bill that bars Huawei": there it describes the bill).
    # Backing a measure against Huawei is none, before or after its name ("US praises British
    # ban on China's Huawei", "backs Huawei ban").
    (
        PARTNER,
        r"(?:(?<!-)back(?:s|ed)?|backing|support(?:s|ed|ing)?|prais\w+|laud\w*|champion\w*|"
        r"embrac\w+|welcom\w+)\s+(?:the\s+)?"
        r"(?:(?!" + _A_MEASURE + r")[\w'’‘“”\"-]+\s+){0,4}?" + STRICT_HUAWEI + r"(?:['’]s)?"
        r"(?!\s+(?:[\w-]+\s+)?" + _A_MEASURE + ")",
    ),
    # "wants Huawei to bring 5G", "asks Huawei to build": a government inviting the vendor.
    (
        PARTNER,
        r"(?:wants?|invit\w+|asks?|asked)\s+" + STRICT_HUAWEI + r"\s+to\s+"
        r"(?:bring|build|roll|help|lead|deliver|develop|deploy|set\s+up)\b",
    ),
    # "to honour its subsea deal with Huawei", "push through with Huawei deal".
    (
        PARTNER,
        r"(?:honou?r\w*|push\w*\s+through\s+with|go\w*\s+ahead\s+with|keep\w*|kept)['’‘]?\s+"
        r"(?:its\s+|the\s+|a\s+)?(?:[\w'’‘-]+\s+){0,3}?(?:deal|contract|agreement)"
        r"(?:\s+with\s+" + STRICT_HUAWEI + r"|\b)",
    ),
    (PARTNER, r"strategic\s+partner(?:ship)?\s+with\s+" + STRICT_HUAWEI),
    (PARTNER, r"(?:stick(?:s|ing)?|stuck|stand(?:s|ing)?|stood)\s+(?:with|by)\s+" + STRICT_HUAWEI),
    (
        PARTNER,
        r"and\s+Huawei\s+(?:agree\w*\s+to\s+|will\s+|to\s+)?(?:cooperat\w*|collaborat\w*|"
        r"partner\w*|team\s+up|work\s+together|launch\w*|build\w*|deploy\w*)",
    ),
)
