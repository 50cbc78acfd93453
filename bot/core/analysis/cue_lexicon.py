"""The stance lexicon: the verbs and phrases that signal a decision, by family.

Order matters: where two patterns could start at the same place, the earlier one wins, so
"drops its ban" is a lifted ban (not a ban) and "keeps its ban" a ban upheld (not Huawei kept).
Patterns are matched case-insensitively, on word starts (see lexicon.py).
"""

from __future__ import annotations

from bot.core.analysis.families import (
    AGAINST,
    ALLOW,
    BAN,
    DENY,
    LIFT,
    NO_LIMIT,
    PARTNER,
    PROHIBIT,
    REMOVE,
    RESTRICT,
    REVERSAL,
    REVIEW,
    RULE_OUT,
    STOP_SHORT,
    UPHOLD_BAN,
    UPHOLD_RESTRICT,
)
from bot.core.analysis.foreign_cues import FOREIGN
from bot.core.analysis.idioms import IDIOMS, LIFTING, REFUSING, affirmed_gap
from bot.core.analysis.idioms import any_of as _any
from bot.core.analysis.idioms import gap as _gap
from bot.core.analysis.partner_cues import PARTNERSHIPS
from bot.core.analysis.partner_cues import STRICT_HUAWEI as _STRICT
from bot.core.analysis.relevance import HUAWEI_LIKE as H
from bot.core.analysis.synonyms import ALLOWING, BANNING, RESTRICTING, REVIEWING

_USE = (
    _any(
        r"use buy deploy install procure purchase supply source authori[sz]e approve certify "
        r"include operate provide sell"
    )
    + r"\b"
)
_BAN_NOUN = _any("ban bans banning exclusion exclu\\w+ prohibition barring blocking") + r"\b"
_RESTRAINT = (
    _any(
        r"ban bans restrictions? curbs? suspension decree exclusion embargo prohibition limits? "
        r"freeze moratorium "
        r"blacklisting block veto"
    )
    + r"\b"
)
_PUSHBACK = (
    _any(
        r"plans? reports? claims? calls? pressure demands? requests? push warnings? lobbying "
        r"appeals? suggestions? speculation rumou?rs? ban exclusion attempts? efforts? campaigns?"
    )
    + r"\b"
)
_UPHOLDING = _any(
    r"uph[oe]l\w* confirm\w* reaffirm\w* maintain\w* extend\w* enforc\w* impos\w* introduc\w* "
    r"announc\w* adopt\w* enact\w* pass(?:es|ed)? approv\w* finali[sz]\w* keep\w* kept "
    r"reiterat\w* defend\w* plac(?:e|es|ed|ing) slap\w*"
)
_UPHELD = _any(
    r"upheld confirmed extended approved enacted adopted passed stands "
    r"remains\s+in\s+(?:force|place) (?:takes|took|taken)\s+effect "
    r"(?:comes|came|enters|entered|goes|went)\s+into\s+(?:force|effect)"
)
_DENYING = _any(
    r"den(?:y|ies|ied|ying) dismiss\w* reject\w* refut\w* rebuff\w* brush\w*\s+aside "
    r"shrug\w*\s+off brush\w*\s+off ignor\w* def(?:y|ies|ied|ying) resist\w* turn\w*\s+down buck\w*"
)
_WASHINGTON = r"(?:U\.?S\.?|American|Washington|Trump)(?:['’]s)?(?:,\s+\S+['’]s)?"
_NOT_BOWING = (
    _any(r"will\s+not won['’]t would\s+not wouldn['’]t refus\w+\s+to did\s+not does\s+not not")
    + r"\s+"
    + _any(r"bow bend yield give\s+in cave succumb follow heed submit")
)
_DECIDING_AGAINST = _any(
    r"opt opts opted decide decides decided vote votes voted argue argues argued come\s+out "
    r"came\s+out rule rules ruled"
)
_HUAWEI_MAY = (
    _any(
        r"can may will\s+be\s+(?:able|allowed|permitted)\s+to is\s+(?:allowed|permitted|able)\s+to"
    )
    + r"\s+"
    + _any(r"supply participate take\s+part bid provide continue compete sell")
    + r"\b"
)

FAMILIES: tuple[tuple[str, str], ...] = (
    *IDIOMS,
    # "Estonia's ban on the company's 5G equipment entered into force": a ban in effect.
    (UPHOLD_BAN, r"(?:ban|exclusion|prohibition)(?=\s+" + _gap(5) + _UPHELD + ")"),
    (
        UPHOLD_BAN,
        _UPHOLDING
        + r"\s+"
        + affirmed_gap(4)
        + r"(?:ban|bans|exclusion|prohibition)\b(?!\s+on\s+(?:imports|exports))",
    ),
    (
        UPHOLD_RESTRICT,
        _any(r"impos\w* introduc\w* announc\w* adopt\w* enact\w* approv\w* tighten\w*")
        + r"\s+"
        + affirmed_gap(3)
        + r"(?:restrictions|curbs|limits|caps?|conditions)\b",
    ),
    (LIFT, LIFTING + r"\s+" + _gap(3) + _RESTRAINT),
    (REVERSAL, r"(?:revisit\w*|reconsider\w*|rethink\w*|U-turn\w*)"),
    # An operator's plan to use Huawei turned down is Huawei kept out of that network, not a
    # denial of plans: "GCSB declines Spark's proposal to use Huawei equipment".
    (
        RESTRICT,
        REFUSING
        + r"\s+"
        + _gap(3)
        + _any(r"plans? proposals? requests? bids? applications?")
        + r"\s+to\s+"
        + _any(r"use deploy install buy")
        + r"\s+"
        + _gap(2)
        + r"(?:Huawei|ZTE)\b",
    ),
    (DENY, _DENYING + r"\s+" + _gap(4) + _PUSHBACK),
    # Washington's threats and concerns, not anyone's: "Canada dismisses Chinese threats" is
    # no welcome for Huawei.
    (DENY, _DENYING + r"\s+(?:the\s+)?" + _WASHINGTON + r"\s+" + _any("threats? concerns? fears?")),
    (
        DENY,
        _NOT_BOWING
        + r"\s+"
        + _gap(4)
        + _any("calls? pressure demands? requests? push warnings? lead example")
        + r"\b",
    ),
    (RULE_OUT, r"rul(?:e|es|ed|ing)\s+out\s+" + _gap(3) + _BAN_NOUN),
    (AGAINST, _DECIDING_AGAINST + r"\s+against\s+" + _gap(3) + _BAN_NOUN),
    (STOP_SHORT, r"stop(?:s|ped|ping)?\s+short\s+of\s+" + _gap(3) + _BAN_NOUN),
    (
        NO_LIMIT,
        r"(?:no|without)\s+(?:new\s+|any\s+|further\s+)?(?:restrictions?|curbs?|limits?|bans?)"
        r"\s+(?:on|for|against)\s+" + H,
    ),
    # the ban noun after the vendor: "Auction Rules, No Huawei Ban"
    (NO_LIMIT, r"(?:no|without(?:\s+an?)?)\s+" + H + r"\s+(?:bans?|restrictions?|exclusion)\b"),
    (
        PROHIBIT,
        r"(?:must|may|can|could|shall|will|would)\s+(?:not|no\s+longer)\s+"
        r"(?:be\s+(?:allowed|permitted|able)\s+to\s+)?" + _USE,
    ),
    (PROHIBIT, r"(?:cannot|can['’]t)\s+" + _USE),
    (PROHIBIT, r"(?:not|no\s+longer)\s+(?:be\s+)?(?:allowed|permitted)\s+to\s+" + _USE),
    (
        PROHIBIT,
        r"(?:must|may|can|shall|will)\s+not\s+be\s+"
        r"(?:used|deployed|installed|bought|procured|purchased)\b",
    ),
    (PROHIBIT, r"no\s+longer\s+" + _USE),
    (REMOVE, r"remov(?:e|es|ed|ing|al)\b"),
    (REMOVE, r"rip(?:s|ped|ping)?\s+" + _gap(4) + r"out\b"),
    (REMOVE, r"strip(?:s|ped|ping)?\b"),
    (REMOVE, r"phas(?:e|es|ed|ing)\s+" + _gap(5) + r"out\b"),
    (REMOVE, r"phase-out\b"),
    (REMOVE, r"(?:tear|tears|tearing|tore|swap|swaps|swapped)\s+" + _gap(3) + r"out\b"),
    (REMOVE, r"replac(?:e|es|ed|ing)\s+" + _gap(3) + H),
    (BAN, r"(?:shut|shuts|shutting|keep|keeps|keeping|kept)\s+" + _gap(4) + r"(?:out|away|off)\b"),
    (BAN, r"ban(?:s|ned|ning)?\b(?!\s+(?:on|report|reports|of)\b)"),
    (BAN, r"bar(?:s|red|ring)?\b"),
    (BAN, r"block(?:s|ed|ing)?\b"),
    (BAN, r"exclud(?:e|es|ed|ing)\b"),
    (BAN, r"veto(?:es|ed|ing)?\b"),
    (BAN, r"prohibit(?:s|ed|ing)?\b"),
    (BAN, r"forb(?:id|ids|ade|idden)\b"),
    (BAN, r"outlaw(?:s|ed|ing)?\b"),
    (BAN, r"shun(?:s|ned|ning)?\b"),
    (BAN, r"drop(?:s|ped|ping)?\b"),
    (BAN, r"stop(?:s|ped|ping)?\s+(?:using|buying|procuring|deploying)\b"),
    (BAN, r"avoid(?:s|ed|ing)?\b"),
    *BANNING,
    (RESTRICT, r"restrict(?:s|ed|ing)?\b"),
    (RESTRICT, r"limit(?:s|ed|ing)?\b"),
    (RESTRICT, r"cap(?:s|ped|ping)?\b"),
    (RESTRICT, r"curb(?:s|ed|ing)?\b"),
    (RESTRICT, r"scal(?:e|es|ed|ing)\s+back\b"),
    *RESTRICTING,
    (
        REVIEW,
        r"(?:delay\w*|postpon\w*|defer\w*|push(?:es|ed)?\s+back)\s+"
        + _gap(5)
        + r"(?:decision|review|ruling|verdict)\b",
    ),
    (
        REVIEW,
        r"(?:no|not\s+(?:yet\s+)?(?:reached|made|taken)\s+(?:a|any))\s+(?:final\s+)?decision\b",
    ),
    (REVIEW, r"(?:has|have|had)\s+(?:not|yet\s+to)\s+(?:yet\s+)?decided?\b"),
    (REVIEW, r"yet\s+to\s+decide\b|undecided\b"),
    # "will wait for the regulator's report before deciding on Huawei"
    (REVIEW, r"wait\w*\s+(?:[\w'’-]+\s+){0,5}?before\s+deciding\b"),
    (
        REVIEW,
        r"(?:decision|ruling|review)\s+(?:\w+\s+){0,2}?"
        r"(?:delayed|postponed|deferred|pushed\s+back|to\s+wait|will\s+wait|waits)\b",
    ),
    (REVIEW, r"(?:has|have)\s+(?:yet\s+to|not\s+yet)\s+rul(?:e|ed)\b"),
    (REVIEW, r"(?:will|would|to)\s+(?:not\s+)?decide\b"),
    # "won't make a decision on banning Huawei until after the election"
    (REVIEW, r"(?:won['’]t|will\s+not|wouldn['’]t|would\s+not)\s+(?:make|take)\s+a\s+decision\b"),
    # An auction put off is a decision pending: "Sweden postpones 5G auction after Huawei appeal".
    (
        REVIEW,
        r"(?:postpon\w*|delay(?:s|ed|ing)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|paus(?:es|ed|ing)|"
        r"defer(?:s|red|ring)?)\s+(?:(?:the|its|a)\s+)?(?:[\w-]+\s+){0,2}?auctions?\b",
    ),
    (
        REVIEW,
        r"auctions?\s+(?:(?:is|was|has\s+been|had\s+been)\s+)?"
        r"(?:postponed|delayed|halted|suspended|paused|deferred)\b",
    ),
    (REVIEW, r"review(?:s|ed|ing)?\b"),
    (REVIEW, r"re-?evaluat\w+"),
    (REVIEW, r"weigh(?:s|ed|ing)?\b"),
    (REVIEW, r"consider(?:s|ed|ing)?\b|under\s+consideration\b"),
    (REVIEW, r"mull(?:s|ed|ing)?\b"),
    (REVIEW, r"stud(?:y|ies|ied|ying)\s+(?:whether|how|possible|ways|options)\b"),
    (REVIEW, r"examin(?:e|es|ed|ing)\b"),
    (REVIEW, r"assess(?:es|ed|ing)?\b|assessment\b"),
    (REVIEW, r"evaluat(?:e|es|ed|ing)\b"),
    (REVIEW, r"consult(?:s|ed|ing)?\b|consultation\b"),
    (REVIEW, r"deliberat(?:e|es|ed|ing)\b"),
    (REVIEW, r"debat(?:e|es|ed|ing)\b"),
    *REVIEWING,
    (
        ALLOW,
        _any("allow allows allowed allowing permit permits permitted permitting let lets letting")
        + r"\s+"
        + H,
    ),
    # Before "keeps Huawei" (allowed): keeping it as a key vendor is a partnership.
    (
        PARTNER,
        r"keep(?:s|ing)?\s+"
        + _STRICT
        + r"\s+as\s+(?:a\s+|an\s+|its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:vendor|supplier|partner)",
    ),
    (ALLOW, r"(?:approv|clear)(?:e|es|ed|ing|s)?\s+" + H),
    (ALLOW, r"welcom(?:e|es|ed|ing)\s+" + H),
    (ALLOW, r"(?:is|are|remains?|remained|still)\s+(?:still\s+)?welcome\b"),
    (
        ALLOW,
        r"(?:give|gives|given|giving|gave)\s+"
        + H
        + r"\s+(?:the\s+|a\s+)?(?:green\s+light|nod|go-ahead|all-clear)",
    ),
    (ALLOW, r"(?:green\s+light|go-ahead|nod|all-clear)\s+(?:to|for)\s+" + H),
    (ALLOW, r"green-?light(?:s|ed)?\s+" + H),
    (
        ALLOW,
        r"(?:is|are|remains?|remained|be)\s+free\s+to\s+"
        r"(?:use|buy|supply|deploy|operate|take\s+part|participate|bid)\b",
    ),
    (
        ALLOW,
        r"keep(?:s|ing)?\s+(?:using\s+)?"
        + _STRICT
        + r"(?!(?:\s+[\w'’-]+){0,4}\s+(?:out|away|off)\b)",
    ),
    (ALLOW, r"(?:will|to|can|may)\s+(?:continue\s+to\s+)?use\s+" + _STRICT),
    (ALLOW, H + r"\s+" + _HUAWEI_MAY),
    (ALLOW, r"(?:be|been|being)\s+allowed\s+to\s+(?:participate|take\s+part|bid|supply|compete)\b"),
    (ALLOW, r"(?:cleared|approved|permitted)\s+for\s+(?:use|sale|deployment)\b"),
    (ALLOW, r"(?:may|can|are\s+free\s+to|are\s+allowed\s+to)\s+(?:use|deploy|buy)\s+" + H),
    (ALLOW, r"open\s+to\s+all\s+(?:vendors|suppliers)\b"),
    (ALLOW, r"(?:is|are|remains?|remained|stays?|still)\s+eligible\s+(?:to|for)\b"),
    (ALLOW, r"treat\w*\s+all\s+(?:vendors|suppliers)\s+equally\b"),
    *ALLOWING,
    *PARTNERSHIPS,
    *FOREIGN,  # last: at one position, an English pattern wins
)
