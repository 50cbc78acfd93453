"""The analyser: relevance, countries, subjects and stance signals of one item.

The rules find the countries, read every clause and explain themselves; where a trained reading
model is given, it decides the stance and the deciding countries from the rules' view and the
words around them, and the rules' findings become its features and evidence.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.analysis.about import headline_subjects, lobbyists
from bot.core.analysis.actors import NO_ACTORS, Actors
from bot.core.analysis.carveouts import narrow_carved
from bot.core.analysis.conventions import apply_conventions
from bot.core.analysis.cues import cue_lexicon, find_cues
from bot.core.analysis.findings import findings_from
from bot.core.analysis.framing import framing_of
from bot.core.analysis.history import NO_HISTORY, StanceHistory
from bot.core.analysis.language import guess_language
from bot.core.analysis.learned.features import RuleView
from bot.core.analysis.learned.model import Decision, ReadingModel, StanceSource
from bot.core.analysis.learned.observe import Observation, observe
from bot.core.analysis.lexicon import Lexicons
from bot.core.analysis.markers import Markers, marker_lexicon
from bot.core.analysis.mentions import (
    COUNTRY_KINDS,
    Entity,
    EntityFinder,
    localise_agencies,
    merge_operators,
)
from bot.core.analysis.reading import ClauseReader
from bot.core.analysis.relevance import huawei_terms
from bot.core.analysis.text import Span, split_clauses, split_sentences
from bot.core.analysis.traps import looks_title_case
from bot.core.analysis.values import Analysis, Finding, Mention
from bot.core.countries import CountryIndex
from bot.core.items import Item
from bot.core.models import Stance


@dataclass(frozen=True)
class _RulesReading:
    findings: tuple[Finding, ...]
    view: RuleView
    actors: list[Entity]
    sentences: list[Span]
    lines: list[str]


class Analyser:
    """Built once per country index (the vocabulary is compiled here); `analyse` is pure."""

    def __init__(
        self,
        countries: CountryIndex,
        actors: Actors = NO_ACTORS,
        *,
        model: ReadingModel | None = None,
        history: StanceHistory = NO_HISTORY,
    ) -> None:
        self._finder = EntityFinder(countries, actors)
        self._generic = actors.generic
        self._codes = frozenset(country.code for country in countries.countries)
        self._model = model
        self._history = history
        _stance_words()  # compile the shared lexicons now, not on first item

    def analyse(self, item: Item) -> Analysis:
        terms = huawei_terms(item.text)
        if not terms:  # most of a feed: kept cheap, no country is looked for
            return Analysis(False, terms, (), (), (_relevance_line(terms),))
        entities = self._entities(item)
        mentions = tuple(
            Mention(e.code, e.surface, e.start, e.kind) for e in entities if e.kind in COUNTRY_KINDS
        )
        lines = [_relevance_line(terms), *_mention_lines(entities)]
        rules = _read(item, entities, self._generic, self._standing(item))
        if self._model is None:
            return Analysis(True, terms, mentions, rules.findings, tuple(lines + rules.lines))
        decisions = self._model.decide(self._observe(item, rules), rules.view.stances)
        named = _evidence(item, rules.actors, rules.sentences)
        findings, model_lines = _merge(decisions, rules.findings, named)
        return Analysis(True, terms, mentions, findings, tuple(lines + rules.lines + model_lines))

    def observe(self, item: Item) -> Observation:
        """What the reading model sees of an item: the training command reads items this way."""
        rules = _read(item, self._entities(item), self._generic, self._standing(item))
        return self._observe(item, rules)

    def _standing(self, item: Item) -> Callable[[str], Stance]:
        """Each country's stance on record the day before the story."""
        day = item.published.date()
        return lambda code: self._history.before(code, day)

    def _entities(self, item: Item) -> list[Entity]:
        return self._finder.find(item.text, len(item.title), looks_title_case(item.title))

    def _observe(self, item: Item, rules: _RulesReading) -> Observation:
        language = guess_language(item.text)
        standing = self._standing(item)
        return observe(
            item, rules.actors, rules.view, language=language, known=self._codes, standing=standing
        )


def _read(
    item: Item, entities: list[Entity], generic: frozenset[str], standing: Callable[[str], Stance]
) -> _RulesReading:
    """The rules' findings of a relevant item, and the explanation of how they were reached."""
    text, title_end = item.text, len(item.title)
    sentences = split_sentences(text, title_end)
    clauses = split_clauses(text, sentences)
    actors = localise_agencies(merge_operators(text, entities), generic)
    cue_hits, marker_hits = _stance_words().scan(text)
    markers, cues = Markers(text, marker_hits), find_cues(text, cue_hits)
    framing = framing_of(item.title, item.summary)
    reader = ClauseReader(text, actors, [] if framing else cues, markers)
    reader.read(clauses)
    signals, carved = narrow_carved(text, sentences, actors, reader.signals)
    signals, conventional = apply_conventions(text, sentences, actors, signals, standing)
    lines = [f"{framing}: its stance words are not news of a decision"] if framing else []
    lobbying = lobbyists(text, actors, markers, clauses)
    subjects, subject_lines = headline_subjects(text, title_end, entities, lobbying)
    findings, finding_lines = findings_from(
        signals, subjects, lambda index: _sentence(text, sentences, index)
    )
    lines += subject_lines + reader.notes + [s.note for s in reader.signals] + carved
    lines += conventional
    lines += finding_lines
    decided = {f.country for f in findings} | {line.split(" ", 1)[0] for line in subject_lines}
    lines += [
        f"{code}: named, not a subject (no stance verb of its own, not in the headline)"
        for code in dict.fromkeys([e.code for e in entities if e.kind in COUNTRY_KINDS])
        if code not in decided
    ]
    view = RuleView(
        {f.country: str(f.stance) for f in findings if f.stance is not None},
        {f.country: f.confidence for f in findings if f.stance is not None},
        frozenset(subjects),
        frozenset(lobbying),
        tuple(cues),
        markers,
    )
    return _RulesReading(tuple(findings), view, actors, sentences, lines)


@functools.cache
def _stance_words() -> Lexicons:
    """The cues and the markers, found in one pass over the text."""
    return Lexicons(cue_lexicon(), marker_lexicon())


_STANCE_FROM: dict[StanceSource, str] = {
    "rules": "",  # the rules' own lines say how they read it
    "record": "; the stance on record, as the rules read none",
    "model": "; the stance model's, as the rules read none and the record has none",
    "pending": "; the stance model's over the rules': it is sure the decision is still pending",
}


def _merge(
    decisions: list[Decision], rule_findings: tuple[Finding, ...], named: dict[str, str]
) -> tuple[tuple[Finding, ...], list[str]]:
    """The model's signals, with the rules' evidence sentence where the rules saw the country
    (else the first sentence naming it, else the title); every other country the rules found
    the item about stays a finding without a stance."""
    evidence = {**named, **{f.country: f.evidence for f in rule_findings}}
    findings = [
        Finding(d.code, d.stance, d.confidence, evidence.get(d.code, named[""])) for d in decisions
    ]
    decided = {d.code for d in decisions}
    findings += [
        Finding(f.country, None, 0.0, f.evidence) for f in rule_findings if f.country not in decided
    ]
    lines = [
        f"model: {d.code} {d.stance} at {d.confidence:.2f} (what weighed most: "
        + ", ".join(d.reasons)
        + ")"
        + _STANCE_FROM[d.stance_from]
        for d in decisions
    ] or ["model: no stance signal confident enough"]
    return tuple(findings), lines


def _evidence(item: Item, actors: list[Entity], sentences: list[Span]) -> dict[str, str]:
    """The first sentence naming each country ("" → the title, for a country only implied)."""
    found = {"": item.title}
    for actor in actors:
        if actor.code and actor.code not in found:
            span = next(s for s in sentences if s.start <= actor.start < max(s.end, s.start + 1))
            found[actor.code] = _sentence(item.text, sentences, span.sentence)
    return found


def _sentence(text: str, sentences: list[Span], index: int) -> str:
    span = sentences[index]
    return text[span.start : span.end].strip()


def _relevance_line(terms: tuple[str, ...]) -> str:
    if terms:
        return "relevant: " + ", ".join(f"“{term}”" for term in terms)
    return "not relevant: no Huawei, ZTE, high-risk or Chinese vendors, nor 5G policy on vendors"


def _mention_lines(entities: list[Entity]) -> list[str]:
    seen = dict.fromkeys([f"found {e.code or '?'} as “{e.surface}” ({e.kind})" for e in entities])
    return list(seen)
