"""The analyser: relevance, countries, subjects and stance signals of one item."""

from __future__ import annotations

from bot.core.analysis.about import headline_subjects, lobbyists
from bot.core.analysis.carveouts import narrow_carved
from bot.core.analysis.cues import cue_lexicon, find_cues
from bot.core.analysis.findings import findings_from
from bot.core.analysis.framing import framing_of
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


class Analyser:
    """Built once per country index (the vocabulary is compiled here); `analyse` is pure."""

    def __init__(self, countries: CountryIndex) -> None:
        self._finder = EntityFinder(countries)
        cue_lexicon(), marker_lexicon()  # compile the shared lexicons now, not on first item

    def analyse(self, item: Item) -> Analysis:
        text = item.text
        title_end = len(item.title)
        terms = huawei_terms(text)
        entities = self._finder.find(text, title_end, looks_title_case(item.title))
        mentions = tuple(
            Mention(e.code, e.surface, e.start, e.kind) for e in entities if e.kind in COUNTRY_KINDS
        )
        lines = [_relevance_line(terms), *_mention_lines(entities)]
        if not terms:
            return Analysis(False, terms, mentions, (), tuple(lines))
        findings, reading = _read(item, entities)
        return Analysis(True, terms, mentions, findings, tuple(lines + reading))


def _read(item: Item, entities: list[Entity]) -> tuple[tuple[Finding, ...], list[str]]:
    """The findings of a relevant item, and the explanation of how they were reached."""
    text, title_end = item.text, len(item.title)
    sentences = split_sentences(text, title_end)
    clauses = split_clauses(text, sentences)
    actors = localise_agencies(merge_operators(text, entities))
    markers = Markers(text)
    framing = framing_of(item.title, item.summary)
    reader = ClauseReader(text, actors, [] if framing else find_cues(text), markers)
    reader.read(clauses)
    signals, carved = narrow_carved(text, sentences, actors, reader.signals)
    lines = [f"{framing}: its stance words are not news of a decision"] if framing else []
    lobbying = lobbyists(text, actors, markers, clauses)
    subjects, subject_lines = headline_subjects(text, title_end, entities, lobbying)
    findings, finding_lines = findings_from(
        signals, subjects, lambda index: _sentence(text, sentences, index)
    )
    lines += subject_lines + reader.notes + [s.note for s in reader.signals] + carved
    lines += finding_lines
    decided = {f.country for f in findings} | {line.split(" ", 1)[0] for line in subject_lines}
    lines += [
        f"{code}: named, not a subject (no stance verb of its own, not in the headline)"
        for code in dict.fromkeys(e.code for e in entities if e.kind in COUNTRY_KINDS)
        if code not in decided
    ]
    return tuple(findings), lines


def _sentence(text: str, sentences: list[Span], index: int) -> str:
    span = sentences[index]
    return text[span.start : span.end].strip()


def _relevance_line(terms: tuple[str, ...]) -> str:
    if terms:
        return "relevant: " + ", ".join(f"“{term}”" for term in terms)
    return "not relevant: no Huawei, ZTE, high-risk vendors, or Chinese vendors near 5G/telecom"


def _mention_lines(entities: list[Entity]) -> list[str]:
    seen = dict.fromkeys(f"found {e.code or '?'} as “{e.surface}” ({e.kind})" for e in entities)
    return list(seen)
