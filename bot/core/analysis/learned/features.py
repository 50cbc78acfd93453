"""What the learned stage sees of an item, and of each country it might be about.

Names are masked by what they are (a country, a demonym, a regulator, a leader, an operator), so
the model learns "⟨country⟩ bans huawei" once for every country. The rules' own reading is a
feature too: the model learns when to trust it. Words (by their first five letters: one feature
for a word's forms) and word pairs, no character n-grams: by grouped cross-validation those
fitted the training events' spellings rather than the language (decision 019). Shared by the
running bot and the training command, so both see exactly the same features.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.core.analysis.cues import Cue
from bot.core.analysis.learned.lexicon import coarse_family, foreign_families, state_named
from bot.core.analysis.markers import Markers
from bot.core.analysis.mentions import Entity
from bot.core.analysis.topics import OFF_TOPIC_LOWERED

# What an item shows, each feature present (1.0): the training command vectorises these dicts;
# the running bot reads only their names.
Features = dict[str, float]

_TOKEN = re.compile(r"⟨\w+⟩|\d+(?:[.,]\d+)?%?[a-z]*|[^\W\d_]+(?:['’][^\W\d_]+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MASKS = {
    "name": "⟨country⟩",
    "alias": "⟨country⟩",
    "code": "⟨country⟩",
    "seat": "⟨seat⟩",
    "demonym": "⟨demonym⟩",
    "agency": "⟨agency⟩",
    "leader": "⟨leader⟩",
    "operator": "⟨operator⟩",
}
_SELF = "⟨self⟩"  # a candidate's own names, in its context
_BEGINNING = 5  # the letters of a word that stand for all its forms
_SUMMARY_CHARS = 400  # the opening of the summary: later sentences are background
# Countries whose part in this story is often not their own decision: China as Huawei's home,
# the US as the lobbying party, the EU as the bloc whose toolbox members apply.
_SPECIAL = frozenset({"CN", "US", "EU"})
_GOVERNMENT_KINDS = frozenset({"agency", "leader", "name", "alias", "seat", "code"})
_MARKER_KINDS = ("negation", "hedge", "source", "lobbying", "condition", "scope")


@dataclass(frozen=True)
class Candidate:
    """A country the item might be about, and how the item names it."""

    code: str
    mentions: tuple[Entity, ...]  # in text order; empty when only implied
    implied_by: tuple[str, ...] = ()  # "tld", "language": no name in the text


@dataclass(frozen=True)
class RuleView:
    """What the rule-based reading made of the item: the features the model may trust, and the
    stance words and markers it found in the whole text (read once, by the rules)."""

    stances: Mapping[str, str]  # country -> stance the rules signal
    confidences: Mapping[str, float]  # country -> how strongly (headline and summary agreeing)
    subjects: frozenset[str]  # countries the rules hold the headline to be about
    lobbyists: frozenset[str]
    cues: tuple[Cue, ...]
    markers: Markers


def masked(text: str, entities: Iterable[Entity]) -> str:
    """`text` with every name replaced by its kind."""
    parts: list[str] = []
    at = 0
    for entity in sorted(entities, key=lambda e: e.start):
        if entity.start < at:
            continue
        parts += [text[at : entity.start], f" {_MASKS.get(entity.kind, '⟨country⟩')} "]
        at = entity.end
    parts.append(text[at:])
    return "".join(parts)


def tokens(text: str) -> list[str]:
    # Both apostrophes join a word alike, so one replace over the text does what one per word
    # did; only tokens that begin with a digit need a closer look.
    found = _TOKEN.findall(text.lower().replace("’", "'"))
    return [_number(token) if token[0].isdigit() else token for token in found]


def _number(token: str) -> str:
    if _YEAR.fullmatch(token):
        return "⟨year⟩"
    return token if token in ("5g", "4g", "3g", "6g") else "⟨num⟩"


def item_features(
    windows: Windows,
    title: str,
    summary: str,
    entities: list[Entity],
    *,
    rules: RuleView,
    language: str,
) -> Features:
    """The stance model's view of the whole item."""
    title_end = len(title)
    in_title = [e for e in entities if e.start < title_end]
    # Tokenised once, with the candidates' windows; a long summary is read up to its opening.
    title_words = windows.words("t")
    summary_words = (
        windows.words("s")
        if len(summary) <= _SUMMARY_CHARS
        else tokens(masked(summary[:_SUMMARY_CHARS], _shifted(entities, title_end)))
    )
    features: Features = {}
    _add_words(features, "t", ["^", *title_words])
    _add_words(features, "s", ["^", *summary_words])
    _add_actors(features, in_title, "t")
    _add_actors(features, [e for e in entities if e.start > title_end], "s")
    _add_lexical(features, title, summary[:_SUMMARY_CHARS], rules, language)
    for stance in dict.fromkeys(rules.stances.values()) or ["none"]:
        features[f"rules:{stance}"] = 1.0
    language = language or "other"
    features[f"lang:{language}"] = 1.0
    # The title's stance words and the rules' reading weigh differently where the rules read
    # fewer constructions: per language, and English against all the others.
    for name in [f for f in features if f.startswith(("fam:t:", "rules:"))]:
        features[f"{name}|{language}"] = 1.0
        features[f"{name}|{'en' if language == 'en' else 'xx'}"] = 1.0
    if title.rstrip().endswith("?"):
        features["t:question"] = 1.0
    return features


def _shifted(entities: list[Entity], title_end: int) -> list[Entity]:
    """The summary's names, placed in the summary alone."""
    return [
        e._replace(start=e.start - title_end - 1, end=e.end - title_end - 1)
        for e in entities
        if e.start > title_end
    ]


def _add_actors(features: Features, entities: list[Entity], where: str) -> None:
    """Who is named: a government's institutions and leaders decide, operators choose."""
    # In the text's order, not a set's: a set's follows each process's string hashes, and the
    # features' order is the order their weights are summed in (a refit must not vary).
    kinds = dict.fromkeys([e.kind if e.institutional else "descriptive" for e in entities])
    for kind in kinds:
        features[f"{where}.actor:{kind}"] = 1.0
    if "operator" in kinds and _GOVERNMENT_KINDS.isdisjoint(kinds):
        features[f"{where}.actor:operator only"] = 1.0
    if not kinds:
        features[f"{where}.actor:none"] = 1.0


def _add_lexical(
    features: Features, title: str, summary: str, rules: RuleView, language: str
) -> None:
    """Stance families, negations, hedges, lobbying and off-topic words, in title and summary
    (the summary's opening, which starts after the title's line break): the rules' cues and
    markers in every language; then in English its off-topic and state words, in the others
    their own stance words (the rules read fewer of their constructions)."""
    parts = (
        ("t", title, 0, len(title)),
        ("s", summary, len(title) + 1, len(title) + 1 + len(summary)),
    )
    english = language in ("en", "")
    for where, part, start, end in parts:
        for cue in rules.cues:
            if start <= cue.start < end:
                features[f"fam:{where}:{coarse_family(cue.family)}"] = 1.0
                features[f"cue:{where}:{cue.family}"] = 1.0
        for kind in _MARKER_KINDS:
            if rules.markers.any(kind, start, end):
                features[f"mark:{where}:{kind}"] = 1.0
        if not english:
            for family in foreign_families(part):
                features[f"fam:{where}:{family}"] = 1.0
            continue
        lowered = part.lower()
        if OFF_TOPIC_LOWERED.search(lowered):
            features[f"fam:{where}:off_topic"] = 1.0
        if state_named(lowered):
            features[f"fam:{where}:state"] = 1.0


def _add_words(features: Features, prefix: str, words: list[str]) -> None:
    """Words and word pairs, each word by its first letters, so that its forms share one
    feature ("excluye", "excluyó", "excluirá"; "excluded", "excluding"): cross-validated, five
    letters read better than four or six, and better than whole words beside them, which cost
    2 MB and 4% of the reading for 0.002 more (decision 009)."""
    words = [word if word[0] == "⟨" else word[:_BEGINNING] for word in words]
    for word in words:
        features[f"{prefix}:{word}"] = 1.0
    for left, right in itertools.pairwise(words):
        features[f"{prefix}:{left} {right}"] = 1.0


class Windows:
    """The title and the summary, tokenised once per item with each name kept apart, so that
    every candidate's context is read with its own names as ⟨self⟩ without tokenising again."""

    def __init__(self, text: str, title_end: int, entities: list[Entity]) -> None:
        self._text, self._title_end, self._entities = text, title_end, entities
        self._split: dict[str, tuple[list[list[str]], list[tuple[str, str]]]] = {}
        # The countries the title names, in order: where each candidate stands among them.
        self.title_codes = list(
            dict.fromkeys([e.code for e in entities if e.start < title_end and e.code])
        )

    def words(self, where: str, own: str | None = None) -> list[str]:
        """The tokens of the title ("t") or summary ("s"), names masked, `own`'s as ⟨self⟩."""
        pieces, names = self._split.get(where) or self._tokenise(where)
        words = list(pieces[0])
        for (code, mask), piece in zip(names, pieces[1:], strict=True):
            words.append(_SELF if code == own else mask)
            words += piece
        return words

    def _tokenise(self, where: str) -> tuple[list[list[str]], list[tuple[str, str]]]:
        start, end = (
            (0, self._title_end) if where == "t" else (self._title_end + 1, len(self._text))
        )
        pieces: list[list[str]] = []
        names: list[tuple[str, str]] = []
        at = start
        for entity in sorted(self._entities, key=lambda e: e.start):
            if entity.start < at or entity.end > end:
                continue  # overlapping an earlier name, or outside this part
            pieces.append(tokens(self._text[at : entity.start]))
            names.append((entity.code, _MASKS.get(entity.kind, "⟨country⟩")))
            at = entity.end
        pieces.append(tokens(self._text[at:end]))
        self._split[where] = (pieces, names)
        return pieces, names


def candidate_features(
    windows: Windows,
    title_end: int,
    candidate: Candidate,
    *,
    rules: RuleView,
    codes: Sequence[str],
) -> Features:
    """The decider's view of one candidate: how and where it is named, what surrounds
    its first naming in the title and in the summary, and what the rules made of it. `codes`
    are all the item's candidates: how many there are, and whether any country other than
    China, the US and the EU could be the one deciding instead of this one."""
    code = candidate.code
    features: Features = {f"cands:{min(len(codes), 3)}": 1.0}
    if code in _SPECIAL:
        features[f"code:{code}"] = 1.0
    else:
        others = sum(1 for other in codes if other not in _SPECIAL) - 1
        features[f"others:{min(others, 2)}"] = 1.0
    for via in candidate.implied_by:
        features[f"via:{via}"] = 1.0
    features[f"count:{min(len(candidate.mentions), 3)}"] = 1.0
    if code in windows.title_codes:
        features[f"t.pos:{min(windows.title_codes.index(code), 2)}"] = 1.0
    for mention in candidate.mentions:
        where = "t" if mention.start < title_end else "s"
        features[f"{where}.kind:{mention.kind}"] = 1.0
        if not mention.institutional:
            features[f"{where}.descriptive"] = 1.0
    _add_context(features, windows, title_end, candidate)
    _add_rules(features, code, rules)
    return features


def _add_context(
    features: Features, windows: Windows, title_end: int, candidate: Candidate
) -> None:
    named_in = dict.fromkeys(["t" if m.start < title_end else "s" for m in candidate.mentions])
    for where in named_in:
        words = windows.words(where, candidate.code)
        if _SELF not in words:
            continue
        at = words.index(_SELF)
        left = ["^", "^", *words[:at]][-2:]
        right = [*words[at + 1 :], "$", "$"][:2]
        features[f"{where}.l1:{left[1]}"] = 1.0
        features[f"{where}.l2:{left[0]} {left[1]}"] = 1.0
        features[f"{where}.r1:{right[0]}"] = 1.0
        features[f"{where}.r2:{right[0]} {right[1]}"] = 1.0
        features[f"{where}.lr:{left[1]} {right[0]}"] = 1.0


def _add_rules(features: Features, code: str, rules: RuleView) -> None:
    if code in rules.stances:
        features[f"rule:{rules.stances[code]}"] = 1.0
        features["rule:signal"] = 1.0
        features[f"rule.conf:{_strength(rules.confidences[code])}"] = 1.0
    if code in rules.subjects:
        features["rule:subject"] = 1.0
    if code in rules.lobbyists:
        features["rule:lobbyist"] = 1.0


def _strength(confidence: float) -> str:
    """The rules' confidence in bands: high for a headline's signal (0.9, more with the summary
    agreeing), mid or low for a summary sentence's (0.55-0.7) or one a contrary signal weakens."""
    return "high" if confidence >= 0.85 else "mid" if confidence >= 0.65 else "low"
