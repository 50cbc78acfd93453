"""News analysis: is an item about Huawei, which countries is it about, what stance does it
signal for each, and how sure is that. Pure: standard library and bot.core only.

    analyser = Analyser(countries)          # compiles the vocabulary once
    analysis = analyser.analyse(item)       # relevance, mentions, findings, explanation
    KeywordRules.parse(["huawei", '"high-risk vendor"', "-honor"]).match(text).passes
"""

from bot.core.analysis import compiled

if not compiled.fresh():  # stale or missing extension modules: read every module as Python
    compiled.read_as_python(__path__)

from bot.core.analysis.analyse import Analyser
from bot.core.analysis.keywords import DEFAULT_KEYWORDS, KeywordMatch, KeywordRules
from bot.core.analysis.values import Analysis, Finding, Mention

__all__ = [
    "DEFAULT_KEYWORDS",
    "Analyser",
    "Analysis",
    "Finding",
    "KeywordMatch",
    "KeywordRules",
    "Mention",
]
