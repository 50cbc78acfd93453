"""Items whose stance words are not news of a decision: questions and opinion.

"Should Canada ban Huawei?" and "Opinion: Why India must keep Huawei out" use the same verbs as
a ban, but nobody decided anything. For such items the analysis still names the countries they
are about, with no stance.
"""

from __future__ import annotations

import re

from bot.core.analysis.lexicon import for_lowercased

_OPINION_PREFIX = re.compile(
    r"^\s*(?:Opinion|Comment|Commentary|Analysis|Editorial|Op-?ed|Column|View|Viewpoint|"
    r"Letters?|Explainer|Perspective|Guest\s+(?:post|column)|Our\s+view)\s*[:|–—-]",
    re.IGNORECASE,
)
_OPINION_SUMMARY = for_lowercased(
    re.compile(
        r"\b(?:op-ed|opinion\s+piece|argues\s+our\s+columnist|our\s+columnist|the\s+author\s+"
        r"(?:writes|argues)|we\s+argue|writes\s+our)\b",
        re.IGNORECASE,
    )
)


# A question after a dash asks about what comes next, the report before it stands: "Kanada
# verbannt Huawei - folgt bald die Schweiz?". Before it, the whole headline asks: "Should Canada
# ban Huawei?", "Berlin bans Huawei? Not so fast".
_CLAUSE_BREAK = re.compile(r"\s[–—]\s|\s-\s")


def framing_of(title: str, summary: str) -> str:
    """ "question", "opinion" or "" (a report)."""
    if _OPINION_PREFIX.match(title) or _OPINION_SUMMARY.search(summary.lower()):
        return "opinion"
    if "?" in _CLAUSE_BREAK.split(title, maxsplit=1)[0]:
        return "question"
    return ""
