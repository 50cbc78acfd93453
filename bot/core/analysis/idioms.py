"""Idioms and fixed constructions that say a stance without a stance verb, and the pattern
helpers the lexicons share.

They come first in the cue lexicon: at one position the earlier pattern wins, and these are
more specific than the plain verbs they start with ("rejects Huawei's appeal" is a ban upheld,
not a denial; "will not reverse its decision to strip" keeps the ban).
"""

from __future__ import annotations

from bot.core.analysis.families import ALLOW, BAN, LIFT, REMOVE, REVERSAL, STOP_SHORT, UPHOLD_BAN
from bot.core.analysis.relevance import VENDOR


def any_of(alternatives: str) -> str:
    """A group of the space-separated alternatives: any_of("a b") is (?:a|b)."""
    return "(?:" + "|".join(alternatives.split()) + ")"


# Words that open a clause of their own: a gap does not run into it ("replace as Romania bans").
_CLAUSE_OPENER = r"(?!(?:as|while|whereas|although|because|but)\s)"


def gap(words: int) -> str:
    """Up to `words` words, as few as possible, within the clause."""
    return rf"(?:{_CLAUSE_OPENER}[\w'’.&-]+\s+){{0,{words}}}?"


def affirmed_gap(words: int) -> str:
    """Up to `words` words, none of them a negation: "announces no ban" is no ban announced."""
    return rf"(?:(?!(?:no|not|never|without)\b)[\w'’.&-]+\s+){{0,{words}}}?(?!(?:no|not)\b)"


# Huawei's own move against a measure: rejecting it leaves the measure standing ("dismissed
# Huawei's latest attempt to overturn the ban").
_CHALLENGE = (
    r"(?:(?:Huawei|ZTE|the\s+(?:company|firm|vendor))(?:['’]s)?\s+(?:[\w-]+\s+)?|"
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?)"
    + any_of("appeals? challenges? lawsuits? complaints? petitions? bids? attempts?")
    + r"\b(?!\s+(?:to|for)\s+(?:ban|exclu|restrict|block|bar|remov))"
)
_DISMISSING = any_of(
    r"den(?:y|ies|ied|ying) dismiss\w* reject\w* refus\w* throw\w*\s+out threw\s+out "
    r"turn\w*\s+down overrul\w*"
)
_DOOR = r"(?:the\s+|its\s+)?doors?"
LIFTING = any_of(
    r"lift\w* scrap\w* revok\w* rescind\w* overturn\w* revers\w* end(?:s|ed|ing)? "
    r"drop(?:s|ped|ping)? relax\w* eas(?:e|es|ed|ing) withdr[ae]w\w* abandon\w* loosen\w* "
    r"shelv\w* halt\w* suspend\w* annul\w* quash\w* invalidat\w* overrul\w* "
    r"strik(?:e|es|ing)\s+down struck\s+down set(?:s|ting)?\s+aside"
)
# Taking a clause out of the rules lifts the exclusion the clause held.
_TAKING_OUT = any_of(r"remov\w* delet\w* axe[sd]? axing ditch\w* cut(?:s|ting)?")
_MEASURE = (
    any_of(
        r"clauses? provisions? proposals? plans? rules? requirements? amendments? measures? "
        r"conditions? articles? criteria guidelines? bills?"
    )
    + r"\b"
)
_EXCLUDING = (
    r"(?=\s+(?:(?:that|which)\s+(?:would\s+have\s+|had\s+|could\s+have\s+)?|to\s+)?"
    r"(?:targeting|aimed\s+at|against|barr\w+|bann\w+|exclud\w+|block\w+|restrict\w+|"
    r"ban|bar|exclude|block|restrict|limit\w*|cap)\b)"
)

# What a designation calls Huawei: "national security threats", "as risks to national security".
_SECURITY_THREATS = (
    r"(?:as\s+)?(?:an?\s+)?\W?(?:(?:national\s+)?security\s+(?:threats?|risks?)|"
    r"(?:threats?|risks?)\s+to\s+(?:(?:US|U\.S\.)\s+)?national\s+security)\b"
)
# A request, a plan or a permission turned down (here Huawei's own; in `cue_lexicon`, an
# operator's plan to use Huawei).
REFUSING = any_of(r"den(?:y|ies|ied|ying) reject\w* declin\w* turn\w*\s+down refus\w*")
IDIOMS: tuple[tuple[str, str], ...] = (
    # "scraps a clause that would have barred Huawei", "withdraws rules targeting Chinese
    # suppliers": what is withdrawn is an exclusion, so the vendor stays allowed.
    (LIFT, "(?:" + LIFTING + "|" + _TAKING_OUT + r")\s+" + gap(3) + _MEASURE + _EXCLUDING),
    # "scraps the Huawei clause", "drops its anti-ZTE provisions": the measure names its target.
    (
        LIFT,
        "(?:" + LIFTING + "|" + _TAKING_OUT + r")\s+(?:the\s+|its\s+|a\s+)?(?:anti-)?"
        r"(?:Huawei|ZTE)(?:-related|-specific)?\s+" + _MEASURE,
    ),
    # "rejects Huawei's appeal", "dismissed the company's challenge": the ban stands.
    (UPHOLD_BAN, _DISMISSING + r"\s+" + _CHALLENGE),
    (UPHOLD_BAN, r"(?:leave|leaves|leaving|left)\s+in\s+place\b"),
    # A ban in force: "UK ban on Huawei takes effect", "Australia's Huawei ban stays".
    (
        UPHOLD_BAN,
        r"ban\s+(?:on\s+(?:[\w-]+\s+){1,3}?)?(?:(?:takes|took|comes|came|goes|went)\s+into\s+"
        r"(?:effect|force)|takes\s+effect|took\s+effect|stays|remains|stands)\b",
    ),
    # "Huawei loses its appeal against ...": the measure stands.
    (
        UPHOLD_BAN,
        r"(?:lose|loses|lost|losing)\s+(?:its\s+|their\s+|an?\s+|the\s+)?(?:[\w-]+\s+)?"
        + any_of("appeals? challenges? lawsuits? case bid")
        + r"\b",
    ),
    # "will not reverse its decision to strip ...": a reversal that a ban follows is a lift,
    # and a lift negated keeps the ban.
    (REVERSAL, r"(?:revers|overturn|undo|undoes|undid)\w*\s+(?=(?:its|the|their|a)\s+decision)"),
    # Doors: "shuts the door on", "slams the door to" bans; "opens the door to" allows.
    (BAN, any_of(r"clos\w* shut\w* slam\w*") + r"\s+" + _DOOR + r"\s+(?:on|to)\b"),
    (ALLOW, r"open(?:s|ed|ing)?\s+" + _DOOR + r"\s+(?:to|for)\b"),
    # The way cleared for Huawei, not for a ban on it: "clears the way for Huawei".
    (ALLOW, r"clear(?:s|ed|ing)?\s+the\s+way\s+for\s+" + VENDOR + r"\b(?!\s+ban)"),
    # "refuses to license Huawei equipment": a permission refused is an exclusion.
    (
        BAN,
        r"(?:refus\w*|declin\w*)\s+to\s+"
        + any_of(r"licen[cs]e authori[sz]e approve certify permit allow admit"),
    ),
    # Huawei's own request or authorisation refused: "refuses Huawei's request for 5G
    # authorisation", "Romania's rejection of Huawei's 5G equipment authorization".
    (
        BAN,
        r"(?:"
        + REFUSING
        + r"|rejection\s+of)\s+"
        + VENDOR
        + r"['’]s\s+"
        + gap(2)
        + any_of(r"requests? applications? submissions? authori[sz]ations? licen[cs]es?")
        + r"\b",
    ),
    # "FCC designates Huawei, ZTE national security threats": the designation bars them.
    (
        BAN,
        r"(?:designat\w*|classif\w*|names?|named)\s+"
        + VENDOR
        + r"\W+"
        + gap(3)
        + _SECURITY_THREATS,
    ),
    # ... and in the passive: "Huawei and ZTE officially designated 'national security threats'
    # by the FCC".
    (BAN, VENDOR + r"\W+" + gap(3) + r"designated\s+" + _SECURITY_THREATS),
    # "has no issues with using Huawei", "sees no problem in": nothing against it.
    (
        ALLOW,
        r"(?:ha[sd]|have|sees?|saw|finds?|found)\s+no\s+(?:issues?|problems?|objections?|"
        r"concerns?|reason\s+to\s+(?:ban|exclude))\b",
    ),
    # "Vietnam says no to Huawei"; "says yes to".
    (BAN, r"(?:say|says|said|saying)\s+no\s+to\s+(?=" + VENDOR + r"\b)"),
    (ALLOW, r"(?:say|says|said|saying)\s+yes\s+to\s+(?=" + VENDOR + r"\b)"),
    # "Huawei is not a security threat", "little security risk": an official clearing it.
    (
        ALLOW,
        r"(?:not\s+an?|no|little|low)\s+(?:national\s+)?security\s+(?:threat|risk|concern)s?\b",
    ),
    # "Huawei gets the government's approval", "wins the go-ahead".
    (
        ALLOW,
        r"(?:gets?|got|wins?|won|receives?|received|secures?|secured)\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:approval|nod|green\s+light|go-ahead|clearance|permission)\b",
    ),
    # "Israel refuses Chinese bids on 5G": the vendors' offers turned down.
    (
        BAN,
        r"(?:refus\w*|reject\w*|turn\w*\s+down)\s+(?:the\s+)?(?:Chinese|Huawei['’]s?|ZTE['’]s?)\s+"
        r"(?:bids?|offers?|tenders?|proposals?)\b",
    ),
    # "Huawei could avoid a 5G ban", "escapes exclusion": the measure is not (yet) taken.
    (
        ALLOW,
        any_of(r"avoid\w* escap\w* dodg\w* spared")
        + r"\s+(?:from\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:ban|exclusion|blacklist\w*)\b",
    ),
    # Object-first orders: "orders Huawei gear out of", "cut Huawei out of", "purge".
    (REMOVE, any_of(r"order\w* want\w*") + r"\s+" + gap(4) + r"out\s+of\b"),
    (BAN, r"cut(?:s|ting)?\s+" + gap(4) + r"out\s+of\b"),
    (REMOVE, r"purg(?:e|es|ed|ing)\b"),
    (REMOVE, r"torn\s+out\b"),
    (ALLOW, r"(?:leave|leaves|leaving|left)\s+(?:the\s+)?door\s+open\b"),
    (
        BAN,
        r"(?:leave|leaves|leaving|left)\s+" + gap(4) + r"(?:out\s+of|off|out\s+in\s+the\s+cold)\b",
    ),
    # "no Huawei components will remain in the core": a removal said as what is left.
    (
        REMOVE,
        r"no\s+"
        + gap(5)
        + r"(?:will|shall|may|can|is\s+to|are\s+to)\s+(?:remain|stay|be\s+left)\b",
    ),
    (BAN, r"(?:kept|shut)\s+out\b"),
    # "This is not a total ban": a measure, but a partial one.
    (
        STOP_SHORT,
        r"not\s+(?:a|an)\s+(?:total|outright|blanket|full|complete|general)\s+"
        r"(?:ban|exclusion|prohibition)\b",
    ),
)
