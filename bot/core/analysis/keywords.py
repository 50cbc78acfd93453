"""A tenant's watched keywords: which items may reach its channels.

Terms are what an admin types: a word (`huawei`), a quoted phrase (`"high-risk vendor"`), or
either after a minus to exclude (`-honor`, `-"phone review"`). Matching ignores case, respects
word boundaries, lets any whitespace stand for a space, and accepts a plural ending ("vendor"
finds "vendors"). Nothing a user types is a regular expression: every term is escaped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.catalogue import refusal

DEFAULT_KEYWORDS: tuple[str, ...] = ("huawei", '"high-risk vendor"', "zte", "5g")
MAX_TERM_LENGTH = 100
_TERM = re.compile(r'(-)?(?:"([^"]*)"|([^"\s]+))')


@dataclass(frozen=True)
class KeywordMatch:
    matched: tuple[str, ...]  # positive terms found
    excluded: tuple[str, ...]  # exclusion terms found
    requires_match: bool = True  # False when the rules define no positive term at all

    @property
    def passes(self) -> bool:
        """No exclusion found, and a positive term found unless the rules define none."""
        return not self.excluded and (bool(self.matched) or not self.requires_match)


@dataclass(frozen=True)
class KeywordRules:
    terms: tuple[str, ...]  # as the admin typed them, normalised: `word`, `"a phrase"`, `-word`

    @classmethod
    def parse(cls, terms: Iterable[str]) -> KeywordRules:
        """Check and normalise terms; raises UsageError naming the first bad one."""
        return cls(tuple(dict.fromkeys(_normalised(term) for term in terms)))

    def match(self, text: str) -> KeywordMatch:
        positive, negative = _compiled(self.terms)
        matched = tuple(term for term, pattern in positive if pattern.search(text))
        excluded = tuple(term for term, pattern in negative if pattern.search(text))
        return KeywordMatch(matched, excluded, requires_match=bool(positive))


def _normalised(raw: str) -> str:
    term = raw.strip()
    match = _TERM.fullmatch(term)
    if not term or match is None:
        raise refusal("error.keyword.syntax", term=repr(raw))
    minus, phrase, word = match.groups()
    body = " ".join((phrase if phrase is not None else word).split())
    if not re.search(r"\w", body):
        raise refusal("error.keyword.empty", term=repr(raw))
    if len(body) > MAX_TERM_LENGTH:
        raise refusal("error.keyword.long", term=repr(raw), limit=MAX_TERM_LENGTH)
    return (minus or "") + (f'"{body}"' if phrase is not None else body)


Compiled = tuple[tuple[tuple[str, re.Pattern[str]], ...], tuple[tuple[str, re.Pattern[str]], ...]]


@functools.lru_cache(maxsize=1024)
def _compiled(terms: tuple[str, ...]) -> Compiled:
    """Each term's pattern, compiled once per distinct rule set."""
    # Rules built without `parse` may hold junk: a term with no word in it matches nothing.
    usable = [t for t in terms if re.search(r"\w", t)]
    positive = tuple((t, _pattern(t)) for t in usable if not t.startswith("-"))
    negative = tuple((t, _pattern(t[1:])) for t in usable if t.startswith("-"))
    return positive, negative


def _pattern(term: str) -> re.Pattern[str]:
    body = term.strip('"')
    escaped = r"\s+".join(re.escape(word) for word in body.split())
    plural = "(?:s|es)?" if body[-1].isalpha() else ""
    edge_left = r"(?<!\w)" if body[0].isalnum() or body[0] == "_" else ""
    edge_right = r"(?!\w)" if body[-1].isalnum() or body[-1] == "_" else ""
    return re.compile(edge_left + escaped + plural + edge_right, re.IGNORECASE)
