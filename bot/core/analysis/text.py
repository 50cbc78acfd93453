"""Sentences and clauses of an item's text, kept as offsets into it.

The title is sentence 0. A clause is the stretch a stance verb and its actor must share:
"Sweden bans Huawei | as Finland and Denmark weigh similar steps".
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int
    sentence: int  # 0 is the title


_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")
# Initials ("U.S.", "George W.") and titles end in a dot without ending the sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Inc|Corp|Ltd|Co|Jr|Sr|No|vs|Prof|Mt)"
    r"|(?<![\w.])[A-Z](?:\.[A-Z])*)\.$"
)
_CLAUSE_BREAK = re.compile(
    r";\s*|:\s+|\s+(?:[–—]\s|(?:while|whereas|but|although|though|even as|despite|meanwhile|"
    r"after|before|unlike)\s+|as\s+(?=[A-Z0-9]|(?:the|it|they|officials|operators|lawmakers|"
    r"regulators)\s))|,\s+(?:while|but|whereas|although)\s+"
)
# "such as Huawei", "known as Zong": here "as" introduces a name, not a new clause.
_NOT_A_BREAK_BEFORE_AS = re.compile(
    r"\b(?:such|seen|known|same|so|well|regarded|described|designated|listed|named|operates|"
    r"rebranded|serves?|served|acts?|acting|treated|classified|branded|just)$"
)


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, to keep word lists readable."""
    return frozenset(words.split())


def split_sentences(text: str, title_end: int) -> list[Span]:
    """The title, then each sentence of the summary."""
    spans = [Span(0, title_end, 0)]
    start = title_end + 1
    for match in _SENTENCE_END.finditer(text, start):
        if match.group().strip() and _ABBREVIATION.search(text, start, match.start() + 1):
            continue
        end = match.start() + (1 if match.group().strip() else 0)
        if end > start:
            spans.append(Span(start, end, len(spans)))
        start = match.end()
    if start < len(text):
        spans.append(Span(start, len(text), len(spans)))
    return spans


def split_clauses(text: str, sentences: list[Span]) -> list[Span]:
    clauses = []
    for sentence in sentences:
        start = sentence.start
        for match in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
            if match.group().strip() == "as" and _NOT_A_BREAK_BEFORE_AS.search(
                text, sentence.start, match.start()
            ):
                continue
            if match.start() > start:
                clauses.append(Span(start, match.start(), sentence.sentence))
            start = match.end()
        if start < sentence.end:
            clauses.append(Span(start, sentence.end, sentence.sentence))
    return clauses
